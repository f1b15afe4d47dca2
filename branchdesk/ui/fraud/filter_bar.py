"""Search and filters above the fraud register; emits a domain FraudFilter on every change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from branchdesk.domain.fraud import FraudFilter
from branchdesk.domain.money import AmountError
from branchdesk.domain.roles import Permission
from branchdesk.store import fraud_repo
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.amount_edit import AmountLineEdit
from branchdesk.ui.widgets.code_select import CodeMultiSelectButton
from branchdesk.ui.widgets.date_edit import DateField

# The earliest date a filter can name; shown as "any" (a date edit cannot be empty).
NO_DATE = QDate(2000, 1, 1)
SEARCH_DELAY_MS = 250  # typing "张" then "某" should run one query, not two


def _to_date(d: QDate) -> date | None:
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


class FraudFilterBar(QWidget):
    sig_filter_changed = Signal(object)
    """The person changed the search or a filter; carries the new FraudFilter."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(SEARCH_DELAY_MS)
        self._emit_timer.timeout.connect(self._emit)

        self.search = QLineEdit(self)
        self.search.setObjectName("fraud_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)

        self.date_from = self._date_edit("fraud_date_from")
        self.date_to = self._date_edit("fraud_date_to")
        self.fraud_types = CodeMultiSelectButton(ctx.refs, "fraud_type", ctx.lang,
                                                 all_text=lambda: self.tr("All fraud types"), parent=self)
        self.fraud_types.setObjectName("fraud_filter_types")
        self.outcomes = CodeMultiSelectButton(ctx.refs, "fraud_outcome", ctx.lang,
                                              all_text=lambda: self.tr("All outcomes"), parent=self)
        self.outcomes.setObjectName("fraud_filter_outcomes")
        self.amount_min = AmountLineEdit(self)
        self.amount_min.setObjectName("fraud_amount_min")
        self.amount_max = AmountLineEdit(self)
        self.amount_max.setObjectName("fraud_amount_max")
        for e in (self.amount_min, self.amount_max):
            e.setFixedWidth(90)
        self.police = QComboBox(self)
        self.police.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.police.setObjectName("fraud_filter_police")
        for value in (None, True, False):
            self.police.addItem("", value)
        self.recorder = QComboBox(self)
        self.recorder.setObjectName("fraud_filter_recorder")
        self.recorder.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_deleted = QCheckBox(self)
        self.show_deleted.setObjectName("fraud_show_deleted")
        self.show_deleted.setVisible(ctx.actor.can(Permission.SEE_DELETED))
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("fraud_clear_filters")
        self.amount_error = QLabel(self)
        self.amount_error.setStyleSheet("color: #c62828;")

        self._labels = {k: QLabel(self) for k in ("date", "to", "type", "outcome", "amount", "dash", "police", "recorder")}
        self._labels["date"].setBuddy(self.date_from)
        self._labels["amount"].setBuddy(self.amount_min)
        self._labels["police"].setBuddy(self.police)
        self._labels["recorder"].setBuddy(self.recorder)

        row = QHBoxLayout()
        row.setSpacing(6)
        for w in (self._labels["date"], self.date_from, self._labels["to"], self.date_to, _gap(),
                  self._labels["type"], self.fraud_types, self._labels["outcome"], self.outcomes, _gap(),
                  self._labels["amount"], self.amount_min, self._labels["dash"], self.amount_max, self.amount_error,
                  _gap(), self._labels["police"], self.police, self._labels["recorder"], self.recorder):
            row.addWidget(w)
        row.addStretch(1)
        # show_deleted and clear_button are placed by the workspace, beside the search field.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)

        self.search.textChanged.connect(lambda _t: self._emit_timer.start())
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self._emit_soon)
        self.fraud_types.sig_changed.connect(self._emit_soon)
        self.outcomes.sig_changed.connect(self._emit_soon)
        for e in (self.amount_min, self.amount_max):
            e.editingFinished.connect(self._emit_soon)
        self.police.currentIndexChanged.connect(self._emit_soon)
        self.recorder.currentIndexChanged.connect(self._emit_soon)
        self.show_deleted.toggled.connect(self._emit_soon)
        self.clear_button.clicked.connect(self.clear)

        ctx.signals.sig_reference_changed.connect(self._retranslate)  # head office sent new codes
        self.reload_recorders()
        self._retranslate()

    def _date_edit(self, name: str) -> DateField:
        e = DateField(self)
        e.setObjectName(name)
        e.setMinimumDate(NO_DATE)
        e.setFixedWidth(112)
        e.setDate(NO_DATE)
        return e

    # ------------------------------------------------------------------ state
    def current_filter(self) -> FraudFilter:
        """The filter as typed; amounts that do not parse are left out (and flagged)."""
        amounts = []
        bad = False
        for e in (self.amount_min, self.amount_max):
            try:
                amounts.append(e.amount())
            except AmountError:
                amounts.append(None)
                bad = True
        self.amount_error.setText(self.tr("Amount?") if bad else "")
        rec = self.recorder.currentData()
        return FraudFilter(
            date_from=_to_date(self.date_from.date()), date_to=_to_date(self.date_to.date()),
            fraud_types=self.fraud_types.codes(), outcomes=self.outcomes.codes(),
            amount_min=amounts[0], amount_max=amounts[1], police_notified=self.police.currentData(),
            recorder=rec or None, text=self.search.text(),
            include_deleted=self.ctx.actor.can(Permission.SEE_DELETED) and self.show_deleted.isChecked(),
        )

    def clear(self) -> None:
        widgets = (self.search, self.date_from, self.date_to, self.fraud_types, self.outcomes, self.amount_min,
                   self.amount_max, self.police, self.recorder, self.show_deleted)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.fraud_types.set_codes(())
        self.outcomes.set_codes(())
        self.amount_min.clear()
        self.amount_max.clear()
        self.police.setCurrentIndex(0)
        self.recorder.setCurrentIndex(0)
        self.show_deleted.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._emit()

    def reload_recorders(self) -> None:
        """The "recorded by" choices: everyone who has entered an interception here."""
        with self.ctx.store.read() as s:
            names = fraud_repo.recorders(s)
        keep = self.recorder.currentData()
        self.recorder.blockSignals(True)
        self.recorder.clear()
        self.recorder.addItem(self.tr("Anyone"), "")
        for n in names:
            self.recorder.addItem(n, n)
        i = self.recorder.findData(keep) if keep else 0
        self.recorder.setCurrentIndex(max(i, 0))
        self.recorder.blockSignals(False)

    def _emit_soon(self, *_args) -> None:
        self._emit()

    def _emit(self) -> None:
        self._emit_timer.stop()
        self.sig_filter_changed.emit(self.current_filter())

    def flush(self) -> None:
        """Apply a pending search at once (Enter in the search box, tests)."""
        if self._emit_timer.isActive():
            self._emit()

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search case no., narrative, police ref. (Ctrl+F)"))
        self._labels["date"].setText(self.tr("&Date"))
        self._labels["to"].setText(self.tr("to"))
        self._labels["type"].setText(self.tr("Type"))
        self._labels["outcome"].setText(self.tr("Outcome"))
        self._labels["amount"].setText(self.tr("Protected ¥"))
        self._labels["dash"].setText("–")
        self._labels["police"].setText(self.tr("Police"))
        self._labels["recorder"].setText(self.tr("Recorded by"))
        for e in (self.date_from, self.date_to):
            e.setSpecialValueText(self.tr("any"))
        self.amount_min.setPlaceholderText(self.tr("min"))
        self.amount_max.setPlaceholderText(self.tr("max"))
        for i, text in enumerate((self.tr("Any"), self.tr("Police notified"), self.tr("Not notified"))):
            self.police.setItemText(i, text)
        if self.recorder.count():
            self.recorder.setItemText(0, self.tr("Anyone"))
        self.show_deleted.setText(self.tr("Show deleted"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.fraud_types.reload(self.ctx.refs, self.ctx.lang)
        self.outcomes.reload(self.ctx.refs, self.ctx.lang)


def _gap() -> QWidget:
    w = QWidget()
    w.setFixedWidth(8)
    return w
