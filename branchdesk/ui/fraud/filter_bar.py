"""Search and filters above the fraud register; emits a domain FraudFilter on every change."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from branchdesk.domain.fraud import FraudFilter
from branchdesk.domain.money import AmountError
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.amount_edit import AmountLineEdit
from branchdesk.ui.widgets.code_select import CodeMultiSelectButton
from branchdesk.ui.widgets.date_edit import DateField
from branchdesk.ui.widgets.filter_bar import NO_DATE, RecordFilterBar, to_date


class FraudFilterBar(RecordFilterBar):
    """sig_filter_changed carries a FraudFilter."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._add_search("fraud_search", 220)
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
        self._add_deleted_and_clear("fraud")
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

        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self._emit)
        self.fraud_types.sig_changed.connect(self._emit)
        self.outcomes.sig_changed.connect(self._emit)
        for e in (self.amount_min, self.amount_max):
            e.editingFinished.connect(self._emit)
        self.police.currentIndexChanged.connect(self._emit)
        self.recorder.currentIndexChanged.connect(self._emit)

        ctx.signals.sig_reference_changed.connect(self._retranslate)  # head office sent new codes
        if ctx.store_is_open:
            self.reload_recorders()
        else:  # painted before the store opened: the names follow as soon as it is
            self.recorder.addItem("", "")
            ctx.signals.sig_store_opened.connect(self.reload_recorders)
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
            date_from=to_date(self.date_from.date()), date_to=to_date(self.date_to.date()),
            fraud_types=self.fraud_types.codes(), outcomes=self.outcomes.codes(),
            amount_min=amounts[0], amount_max=amounts[1], police_notified=self.police.currentData(),
            recorder=rec or None, text=self.search.text(),
            include_deleted=self.include_deleted(),
        )

    def _filter_widgets(self) -> tuple[QWidget, ...]:
        return (self.date_from, self.date_to, self.fraud_types, self.outcomes, self.amount_min, self.amount_max,
                self.police, self.recorder)

    def _reset_filters(self) -> None:
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.fraud_types.set_codes(())
        self.outcomes.set_codes(())
        self.amount_min.clear()
        self.amount_max.clear()
        self.police.setCurrentIndex(0)
        self.recorder.setCurrentIndex(0)

    def reload_recorders(self) -> None:
        """The "recorded by" choices: everyone who has entered an interception here."""
        from branchdesk.store import fraud_repo

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

    # ------------------------------------------------------------------ language
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
        super()._retranslate()
        self.fraud_types.reload(self.ctx.refs, self.ctx.lang)
        self.outcomes.reload(self.ctx.refs, self.ctx.lang)


def _gap() -> QWidget:
    w = QWidget()
    w.setFixedWidth(8)
    return w
