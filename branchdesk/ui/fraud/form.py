"""The interception form: new record, amendment with a reason, or a read-only view with the reason why.

Keyboard first: fields in reading order (left column, right column, narrative), Enter saves
anywhere but in the narrative, Ctrl+Enter saves everywhere, Esc cancels (asking first when
something was typed). Problems are shown under their fields; a database failure is shown at the
top and the dialog stays open with everything typed, so nothing has to be entered twice.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from branchdesk.domain import fraud, messages
from branchdesk.domain.fraud import CODED_FIELDS, FieldError, FraudInterception
from branchdesk.domain.money import AmountError
from branchdesk.domain.roles import Permission
from branchdesk.domain.timeutil import LOCAL_TZ, from_local, local_now
from branchdesk.store import fraud_repo
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.amount_edit import AmountLineEdit
from branchdesk.ui.widgets.code_combo import CodeComboBox
from branchdesk.ui.widgets.code_select import CodeCheckBoxes
from branchdesk.ui.widgets.date_edit import DateTimeField
from branchdesk.ui.widgets.record_form import RecordFormDialog

# Reading (and tab) order; the first field with a problem gets the focus.
FIELD_ORDER = (
    "occurred_at", "detection_source", "business_type", "channel", "subject_role", "customer_gender", "age_band",
    "fraud_type", "contact_vector", "amount_attempted", "amount_protected", "actions", "police_notified",
    "police_attended", "police_ref", "outcome", "reviewer", "narrative", "reason",
)
OPTIONAL_CODES = {"age_band", "contact_vector"}  # may be left blank: offer an empty choice


def ask_discard(parent: RecordFormDialog) -> bool:
    """Ask whether typed text may be thrown away (tests replace this)."""
    return parent.discard_box()


class FraudForm(RecordFormDialog):
    FIELD_ORDER = FIELD_ORDER
    TOP_ALIGNED = frozenset({"actions", "narrative"})
    PREFIX = "fraud"
    NUMBER_NAME = "fraud_form_case_no"
    KIND = fraud.KIND
    LOG_WHAT = "an interception"
    repo = fraud_repo

    def __init__(self, ctx: AppContext, record: FraudInterception | None = None, parent: QWidget | None = None):
        super().__init__(ctx, record, parent)
        self.case_no = self.number_label
        self.setObjectName("FraudForm")
        self.setMinimumWidth(900)
        self._build()
        self._populate(record)
        self._retranslate()
        self._wire_dirty()

    # ------------------------------------------------------------------ permissions
    def _refusal_reason(self) -> str | None:
        """Why this person may not change the record (None when they may)."""
        actor, rec = self.ctx.actor, self.record
        if rec is None:
            return None if actor.can(Permission.RECORD) else "record"
        if rec.deleted_at is not None:
            return "deleted"
        if not actor.can_amend(rec.recorder):
            return "not_own"
        return None

    def _refusal_text(self) -> str:
        return {
            "record": self.tr("Your role cannot record interceptions."),
            "deleted": self.tr("This record was deleted; it can be read but not changed."),
            "not_own": self.tr("Only the person who recorded it (%1) or a manager can amend this record.")
            .replace("%1", self.record.recorder if self.record else ""),
        }.get(self.refusal or "", "")

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        ctx, lang = self.ctx, self.ctx.lang
        w: dict[str, QWidget] = {}
        occurred = DateTimeField(self)
        w["occurred_at"] = occurred
        for name in ("detection_source", "business_type", "channel", "subject_role", "customer_gender", "age_band",
                     "fraud_type", "contact_vector"):
            w[name] = CodeComboBox(ctx.refs, CODED_FIELDS[name], lang,
                                   any_text="—" if name in OPTIONAL_CODES else None,
                                   placeholder=lambda: self.tr("Choose…"), parent=self)
        w["amount_attempted"] = AmountLineEdit(self)
        w["amount_protected"] = AmountLineEdit(self)
        w["actions"] = CodeCheckBoxes(ctx.refs, "fraud_action", lang, columns=2, parent=self)
        w["police_notified"] = QCheckBox(self)
        w["police_attended"] = QCheckBox(self)
        w["police_ref"] = QLineEdit(self)
        w["police_ref"].setMaxLength(64)
        w["outcome"] = CodeComboBox(ctx.refs, CODED_FIELDS["outcome"], lang, placeholder=lambda: self.tr("Choose…"),
                                    parent=self)
        w["reviewer"] = QLineEdit(self)
        w["reviewer"].setMaxLength(64)
        narrative = QPlainTextEdit(self)
        narrative.setTabChangesFocus(True)  # Tab moves on, as in every other field
        narrative.setMinimumHeight(90)
        narrative.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        narrative.installEventFilter(self)
        w["narrative"] = narrative
        w["reason"] = QLineEdit(self)
        w["reason"].setMaxLength(500)
        self._set_fields(w, "fraud_")
        columns = self._columns(
            [("case", ("occurred_at", "detection_source", "business_type", "channel")),
             ("customer", ("subject_role", "customer_gender", "age_band")),
             ("fraud", ("fraud_type", "contact_vector", "amount_attempted", "amount_protected"))],
            [("actions", ("actions",)), ("police", ("police_notified", "police_attended", "police_ref")),
             ("result", ("outcome", "reviewer"))])
        self._lay_out(columns, self._rows(("narrative", "reason")))

        chain = [self._focus_target(n) for n in FIELD_ORDER if n != "actions"]
        chain[FIELD_ORDER.index("actions"):FIELD_ORDER.index("actions")] = self.fields["actions"].boxes()
        chain += [self.save_button, self.cancel_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

        police = self.fields["police_notified"]
        police.toggled.connect(self._police_toggled)
        for name in ("amount_attempted", "amount_protected"):
            # A typing slip in an amount is named as soon as the person leaves the field.
            self.fields[name].editingFinished.connect(lambda n=name: self._check_amount(n))
        self._finish_build()

    def _focus_target(self, name: str) -> QWidget:
        if name == "actions":
            boxes = self.fields["actions"].boxes()
            return boxes[0] if boxes else self.fields["actions"]
        return self.fields[name]

    def _police_toggled(self, on: bool) -> None:
        if self.read_only:
            return
        self.fields["police_attended"].setEnabled(on)
        self.fields["police_ref"].setEnabled(on)
        if not on:
            self.fields["police_attended"].setChecked(False)

    def _check_amount(self, name: str) -> None:
        try:
            self.fields[name].amount()
        except AmountError as exc:
            self.errors[name].show_error(messages.message(exc.code, self.ctx.lang))

    # ------------------------------------------------------------------ values
    def _populate(self, rec: FraudInterception | None) -> None:
        rec = rec or FraudInterception()
        f = self.fields
        when = rec.occurred_at.astimezone(LOCAL_TZ) if rec.occurred_at else local_now()
        f["occurred_at"].setDateTime(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)))
        for name in CODED_FIELDS:
            f[name].set_code(getattr(rec, name))
        f["amount_attempted"].set_amount(rec.amount_attempted)
        f["amount_protected"].set_amount(rec.amount_protected)
        f["actions"].set_codes(rec.actions)
        f["police_notified"].setChecked(rec.police_notified)
        f["police_attended"].setChecked(rec.police_attended)
        f["police_ref"].setText(rec.police_ref)
        f["narrative"].setPlainText(rec.narrative)
        f["reviewer"].setText(rec.reviewer)
        self._police_toggled(rec.police_notified)
        if self.record is not None:
            self.case_no.setText(self.record.case_no)

    def collect(self) -> tuple[FraudInterception, list[FieldError]]:
        """The record as typed, and the problems that stop it from being read at all (amounts)."""
        f = self.fields
        problems: list[FieldError] = []
        amounts = {}
        for name in ("amount_attempted", "amount_protected"):
            try:
                amounts[name] = f[name].amount()
            except AmountError as exc:
                amounts[name] = None
                problems.append(FieldError(name, exc.code))
        qdt = f["occurred_at"].dateTime()
        d, t = qdt.date(), qdt.time()
        occurred = from_local(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))
        base = self.record or FraudInterception(recorder=self.ctx.actor.username)
        rec = base.with_changes(
            occurred_at=occurred,
            **{name: f[name].code() for name in CODED_FIELDS},
            amount_attempted=amounts["amount_attempted"], amount_protected=amounts["amount_protected"],
            actions=f["actions"].codes(), police_notified=f["police_notified"].isChecked(),
            police_attended=f["police_attended"].isChecked(), police_ref=f["police_ref"].text().strip(),
            narrative=f["narrative"].toPlainText().strip(), reviewer=f["reviewer"].text().strip(),
        )
        return rec, problems

    # ------------------------------------------------------------------ saving
    def _prepare(self):
        rec, problems = self.collect()
        reason = self.fields["reason"].text().strip()
        errors = problems + fraud.validate(rec, self.ctx.refs)
        if self.amending and not reason:
            errors.append(FieldError("reason", "reason_required"))

        def write() -> str:
            with self.ctx.store.write() as s:
                if self.amending:
                    row = fraud_repo.amend(s, self.record.id, rec, self.ctx.refs, actor=self.ctx.actor.username,
                                           reason=reason)
                else:
                    row = fraud_repo.create(s, rec, self.ctx.refs, actor=self.ctx.actor.username)
                return row.id
        return errors, write

    def _gone_text(self) -> str:
        return self.tr("This record was deleted in the meantime; your changes were not saved.")

    # ------------------------------------------------------------------ keys and closing
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # In the narrative, Enter makes a new line; Ctrl+Enter still saves.
        if obj is self.fields.get("narrative") and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return True
        return super().eventFilter(obj, event)

    def _may_discard(self) -> bool:
        return ask_discard(self)

    def _retranslate(self) -> None:
        lang = self.ctx.lang
        if self.record is None:
            self.setWindowTitle(self.tr("New fraud interception"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Fraud interception"))
        else:
            self.setWindowTitle(self.tr("Amend fraud interception"))
        texts = {
            "occurred_at": self.tr("&Time"), "detection_source": self.tr("Detected &by"),
            "business_type": self.tr("B&usiness"), "channel": self.tr("C&hannel"),
            "subject_role": self.tr("&Subject"), "customer_gender": self.tr("&Gender"),
            "age_band": self.tr("A&ge band"), "fraud_type": self.tr("&Fraud type"),
            "contact_vector": self.tr("Contacted &via"), "amount_attempted": self.tr("Amount a&ttempted (¥)"),
            "amount_protected": self.tr("Amount &protected (¥)"), "actions": "",
            "police_notified": "", "police_attended": "", "police_ref": self.tr("Police &receipt no."),
            "outcome": self.tr("&Outcome"), "reviewer": self.tr("Re&viewed by"),
            "narrative": self.tr("&Narrative"), "reason": self.tr("&Reason for change"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.fields["police_notified"].setText(self.tr("Police &notified (110 / local station)"))
        self.fields["police_attended"].setText(self.tr("Police &attended"))
        self.fields["narrative"].setPlaceholderText(
            self.tr("What happened, naming people only as 李女士 / 张某. No ID, phone or card numbers."))
        self.fields["reason"].setPlaceholderText(self.tr("Required: why this record is being corrected"))
        self.fields["reviewer"].setPlaceholderText(self.tr("Supervisor who checked the record"))
        for key, text in {"case": self.tr("Case"), "customer": self.tr("Customer"), "fraud": self.tr("Fraud"),
                          "actions": self.tr("What was done"), "police": self.tr("Police"),
                          "result": self.tr("Result")}.items():
            self.sections[key].setText(text)
        for name in CODED_FIELDS:
            self.fields[name].reload(self.ctx.refs, lang)
        self.fields["actions"].reload(self.ctx.refs, lang)
        super()._retranslate()
