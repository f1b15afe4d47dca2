"""Filters above the event list: period, campaign, target group, place type, planned/held, search."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from branchdesk.domain import education
from branchdesk.domain.education import HELD, PLANNED, EducationFilter
from branchdesk.domain.timeutil import local_now
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.code_select import CodeMultiSelectButton
from branchdesk.ui.widgets.filter_bar import NO_DATE, RecordFilterBar, to_date

# Quick periods: key -> callable(today) -> (from, to)
PERIODS = ("all", "month", "quarter", "year", "last12")


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    if key in (education.MONTH, education.QUARTER, education.YEAR):
        return education.period_bounds(today, key)
    if key == "last12":
        return today - timedelta(days=365), today
    return None, None


def _to_qdate(d: date | None) -> QDate:
    return NO_DATE if d is None else QDate(d.year, d.month, d.day)


class EducationFilterBar(RecordFilterBar):
    """sig_filter_changed carries an EducationFilter."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._add_search("education_search", 200)
        self.period = QComboBox(self)
        self.period.setObjectName("education_filter_period")
        for key in PERIODS:
            self.period.addItem("", key)
        self.date_from = self._date_edit("education_date_from")
        self.date_to = self._date_edit("education_date_to")
        lang = ctx.lang
        self.campaigns = CodeMultiSelectButton(ctx.refs, "campaign", lang, all_text=lambda: self.tr("All campaigns"),
                                               parent=self)
        self.campaigns.setObjectName("education_filter_campaigns")
        self.groups = CodeMultiSelectButton(ctx.refs, "target_group", lang, all_text=lambda: self.tr("All groups"),
                                            parent=self)
        self.groups.setObjectName("education_filter_groups")
        self.places = CodeMultiSelectButton(ctx.refs, "location_type", lang, all_text=lambda: self.tr("All places"),
                                            parent=self)
        self.places.setObjectName("education_filter_places")
        self.status = QComboBox(self)
        self.status.setObjectName("education_filter_status")
        for value in (None, PLANNED, HELD):
            self.status.addItem("", value)
        self._add_deleted_and_clear("education")
        self._to = QLabel(self)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for w in (self.search, self.period, self.date_from, self._to, self.date_to, self.campaigns, self.groups,
                  self.places, self.status):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.show_deleted)
        row.addWidget(self.clear_button)

        self.search.returnPressed.connect(self._emit)
        self.period.currentIndexChanged.connect(self._period_chosen)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self._emit)
        for w in (self.campaigns, self.groups, self.places):
            w.sig_changed.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)
        self._retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        e = QDateEdit(self)
        e.setObjectName(name)
        e.setCalendarPopup(True)
        e.setDisplayFormat("yyyy-MM-dd")
        e.setMinimumDate(NO_DATE)
        e.setDate(NO_DATE)
        return e

    def current_filter(self) -> EducationFilter:
        return EducationFilter(
            date_from=to_date(self.date_from.date()), date_to=to_date(self.date_to.date()),
            campaigns=self.campaigns.codes(), target_groups=self.groups.codes(), location_types=self.places.codes(),
            status=self.status.currentData(), text=self.search.text(),
            include_deleted=self.include_deleted(),
        )

    def _period_chosen(self, *_args) -> None:
        start, end = period_range(self.period.currentData(), local_now().date())
        for e, d in ((self.date_from, start), (self.date_to, end)):
            e.blockSignals(True)
            e.setDate(_to_qdate(d))
            e.blockSignals(False)
        self._emit()

    def set_status(self, status: str | None) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    def _filter_widgets(self) -> tuple[QWidget, ...]:
        return (self.period, self.date_from, self.date_to, self.campaigns, self.groups, self.places, self.status)

    def _reset_filters(self) -> None:
        self.period.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for w in (self.campaigns, self.groups, self.places):
            w.set_codes(())
        self.status.setCurrentIndex(0)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search no., theme, address, organiser"))
        for i, text in enumerate((self.tr("Any time"), self.tr("This month"), self.tr("This quarter"),
                                  self.tr("This year"), self.tr("Last 12 months"))):
            self.period.setItemText(i, text)
        self._to.setText(self.tr("to"))
        for e in (self.date_from, self.date_to):
            e.setSpecialValueText(self.tr("any"))
        for i, text in enumerate((self.tr("Planned and held"), self.tr("Planned"), self.tr("Held"))):
            self.status.setItemText(i, text)
        super()._retranslate()
        for w in (self.campaigns, self.groups, self.places):
            w.reload(self.ctx.refs, self.ctx.lang)
