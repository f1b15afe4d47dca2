"""Statistics panel: events, attendees and online reach by target group and by campaign, for a
month, a quarter or a year (held events only: planned ones have no figures yet)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QToolButton, QVBoxLayout,
                               QWidget)

from branchdesk.domain import education
from branchdesk.domain.education import HELD, EducationFilter, EducationStats, Totals
from branchdesk.domain.timeutil import local_now
from branchdesk.store import education_repo as repo
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.bar_chart import Bar, BarChart

CTX = "EducationTotalsModel"
HEADERS = (QT_TRANSLATE_NOOP("EducationTotalsModel", "Events"), QT_TRANSLATE_NOOP("EducationTotalsModel", "Attendees"),
           QT_TRANSLATE_NOOP("EducationTotalsModel", "Online reach"))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TotalsModel(QAbstractTableModel):
    """Rows of (label, Totals) plus a closing total row; the first column names the row."""

    def __init__(self, first_header: str, parent=None):
        super().__init__(parent)
        self.first_header = first_header  # source text in CTX
        self._rows: list[tuple[str, Totals]] = []
        self._total: Totals | None = None

    def set_rows(self, rows: list[tuple[str, Totals]], total: Totals | None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._total = total
        self.endResetModel()

    def rows(self) -> list[tuple[str, Totals]]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, self.first_header if section == 0 else HEADERS[section - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        is_total = index.row() == len(self._rows)
        label, t = (QCoreApplication.translate(CTX, "Total"), self._total) if is_total else self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return label
            return f"{(t.events, t.attendees, t.online_reach)[index.column() - 1]:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and is_total:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        return None


_TOTAL_TEXT = QT_TRANSLATE_NOOP("EducationTotalsModel", "Total")
_GROUP_TEXT = QT_TRANSLATE_NOOP("EducationTotalsModel", "Target group")
_CAMPAIGN_TEXT = QT_TRANSLATE_NOOP("EducationTotalsModel", "Campaign")


def _table(model: QAbstractTableModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)  # compact: many rows, little room
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    h = view.horizontalHeader()
    h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in (1, 2, 3):
        h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    return view


class StatsPanel(QWidget):
    """Period chooser (month / quarter / year, previous / next) and the two totals tables."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.day = local_now().date()
        self.base_filter = EducationFilter()
        self.stats: EducationStats | None = None
        self.title = QLabel(self)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.granularity = QComboBox(self)
        self.granularity.setObjectName("education_stats_granularity")
        for g in education.GRANULARITIES:
            self.granularity.addItem("", g)
        self.granularity.setCurrentIndex(1)  # a quarter: the usual reporting period
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.period_label = QLabel(self)
        self.period_label.setObjectName("education_stats_period")
        self.by_group = TotalsModel(_GROUP_TEXT, self)
        self.by_campaign = TotalsModel(_CAMPAIGN_TEXT, self)
        self.group_view = _table(self.by_group, "education_stats_by_group", self)
        self.campaign_view = _table(self.by_campaign, "education_stats_by_campaign", self)
        self.chart = BarChart(horizontal=False, parent=self)
        self.chart.setObjectName("education_stats_chart")
        self.chart.setMinimumHeight(110)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid); font-size: 9pt;")

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.granularity)
        head.addWidget(self.prev_button)
        head.addWidget(self.period_label)
        head.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self.group_view, 3)
        lay.addWidget(self.campaign_view, 3)
        lay.addWidget(self.chart, 2)
        lay.addWidget(self.note)

        self.granularity.currentIndexChanged.connect(lambda *_: self.refresh())
        self.prev_button.clicked.connect(lambda: self.shift(-1))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self._retranslate()

    def set_granularity(self, g: str) -> None:
        self.granularity.setCurrentIndex(self.granularity.findData(g))

    def shift(self, steps: int) -> None:
        self.day = education.shift_period(self.day, self.granularity.currentData(), steps)
        self.refresh()

    def set_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    def set_base_filter(self, f: EducationFilter) -> None:
        """Campaign, group and place filters of the list apply here too; the period is the panel's own."""
        self.base_filter = f
        self.refresh()

    def refresh(self) -> None:
        g = self.granularity.currentData()
        start, end = education.period_bounds(self.day, g)
        f = replace(self.base_filter, date_from=start, date_to=end, status=HELD, include_deleted=False, text="")
        with self.ctx.store.read() as s:
            # By month whatever the period: the chart shows how the months of a quarter or year compare.
            self.stats = repo.stats(s, f, education.MONTH)
        self.period_label.setText(self._period_text(start, g))
        st = self.stats
        groups = [(self.ctx.label("target_group", c.code), st.by_group[c.code])
                  for c in self.ctx.refs.options("target_group") if c.code in st.by_group]
        campaigns = [(self.ctx.label("campaign", c.code), st.by_campaign[c.code])
                     for c in self.ctx.refs.options("campaign") if c.code in st.by_campaign]
        self.by_group.set_rows(groups, None)
        self.by_campaign.set_rows(campaigns, st.total)
        current = education.period_key(local_now().date(), education.MONTH)
        months, d = [], start
        while d <= end:  # every month of the period, the empty ones too
            months.append(education.period_key(d, education.MONTH))
            d = education.shift_period(d, education.MONTH, 1)
        self.chart.set_bars([
            Bar(f"{int(k[5:])}" + self.tr("M", "month number suffix in the chart"),
                st.by_period.get(k, Totals()).people, f"{st.by_period.get(k, Totals()).people:,}",
                highlight=k == current)
            for k in months
        ], self.tr("No events held in this period"))

    def _period_text(self, start: date, g: str) -> str:
        if g == education.MONTH:
            return self.tr("%1-%2").replace("%1", str(start.year)).replace("%2", f"{start.month:02d}")
        if g == education.QUARTER:
            return self.tr("%1 Q%2").replace("%1", str(start.year)).replace("%2", str((start.month - 1) // 3 + 1))
        return str(start.year)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Statistics (held events)"))
        for i, text in enumerate((self.tr("Month"), self.tr("Quarter"), self.tr("Year"))):
            self.granularity.setItemText(i, text)
        self.prev_button.setToolTip(self.tr("Previous period"))
        self.next_button.setToolTip(self.tr("Next period"))
        self.note.setText(self.tr("An event for several target groups counts once in each group. "
                                  "Bars: people reached (on site and online) per month."))
        if self.stats is not None:
            self.refresh()
