"""The interception form: new record, amendment with a reason, or a read-only view with the reason why.

Keyboard first: fields in reading order (left column, right column, narrative), Enter saves
anywhere but in the narrative, Ctrl+Enter saves everywhere, Esc cancels (asking first when
something was typed). Problems are shown under their fields; a database failure is shown at the
top and the dialog stays open with everything typed, so nothing has to be entered twice.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFrame, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)
from sqlalchemy.exc import OperationalError

from branchdesk.domain import fraud, messages
from branchdesk.domain.fraud import CODED_FIELDS, FieldError, FraudInterception
from branchdesk.domain.money import AmountError
from branchdesk.domain.roles import Permission
from branchdesk.domain.timeutil import LOCAL_TZ, from_local, local_now
from branchdesk.store import fraud_repo
from branchdesk.store.db import StoreError, classify_operational_error
from branchdesk.ui.context import AppContext
from branchdesk.ui.errors import store_error_text
from branchdesk.ui.widgets.amount_edit import AmountLineEdit
from branchdesk.ui.widgets.code_combo import CodeComboBox
from branchdesk.ui.widgets.code_select import CodeCheckBoxes
from branchdesk.ui.widgets.date_edit import DateTimeField
from branchdesk.ui.widgets.field_error import FieldErrorLabel

log = logging.getLogger(__name__)

# Reading (and tab) order; the first field with a problem gets the focus.
FIELD_ORDER = (
    "occurred_at", "detection_source", "business_type", "channel", "subject_role", "customer_gender", "age_band",
    "fraud_type", "contact_vector", "amount_attempted", "amount_protected", "actions", "police_notified",
    "police_attended", "police_ref", "outcome", "reviewer", "narrative", "reason",
)
OPTIONAL_CODES = {"age_band", "contact_vector"}  # may be left blank: offer an empty choice
BANNER_ERROR = "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px;"
BANNER_INFO = "background: #fff8e1; color: #5d4a00; border: 1px solid #f0dc9a; border-radius: 4px; padding: 8px;"


def ask_discard(parent: QWidget) -> bool:
    """Ask whether typed text may be thrown away (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("FraudForm", "Discard changes?"),
                      QCoreApplication.translate("FraudForm", "What you typed in this form will be lost."),
                      parent=parent)
    discard = box.addButton(QCoreApplication.translate("FraudForm", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("FraudForm", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


class FraudForm(QDialog):
    sig_saved = Signal(str)
    """The record with this id was created or amended."""

    def __init__(self, ctx: AppContext, record: FraudInterception | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved_id: str | None = None
        self._dirty = False
        self.setObjectName("FraudForm")
        self.setModal(True)
        self.setMinimumWidth(900)

        self.refusal = self._refusal_reason()
        self.read_only = record is not None and self.refusal is not None
        self.amending = record is not None and not self.read_only

        self._build()
        self._populate(record)
        self._retranslate()
        self._wire_dirty()
        self._dirty = False

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
        self.banner = QLabel(self)
        self.banner.setObjectName("fraud_form_banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.case_no = QLabel(self)
        self.case_no.setObjectName("fraud_form_case_no")
        self.case_no.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        for name, widget in w.items():
            widget.setObjectName(f"fraud_{name}")
        self.fields = w
        self.errors = {name: FieldErrorLabel(w[name], self) for name in FIELD_ORDER}
        self.labels: dict[str, QLabel] = {}

        left = QGridLayout()
        right = QGridLayout()
        for grid in (left, right):
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(1, 1)
        self.sections: dict[str, QLabel] = {}
        self._section(left, "case", ("occurred_at", "detection_source", "business_type", "channel"))
        self._section(left, "customer", ("subject_role", "customer_gender", "age_band"))
        self._section(left, "fraud", ("fraud_type", "contact_vector", "amount_attempted", "amount_protected"))
        self._section(right, "actions", ("actions",))
        self._section(right, "police", ("police_notified", "police_attended", "police_ref"))
        self._section(right, "result", ("outcome", "reviewer"))
        right.setRowStretch(right.rowCount(), 1)
        left.setRowStretch(left.rowCount(), 1)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        bottom = QGridLayout()
        bottom.setHorizontalSpacing(10)
        bottom.setVerticalSpacing(2)
        bottom.setColumnStretch(1, 1)
        self._field_row(bottom, "narrative")
        self._field_row(bottom, "reason")
        for name in ("reason",):
            visible = self.amending
            self.fields[name].setVisible(visible)
            self.labels[name].setVisible(visible)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("fraud_form_save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("fraud_form_cancel")
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        foot = QHBoxLayout()
        foot.addWidget(self.hint)
        foot.addStretch(1)
        foot.addWidget(self.buttons)

        head = QHBoxLayout()
        self.title_label = QLabel(self)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title_label.setFont(f)
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.case_no)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(10)
        outer.addLayout(head)
        outer.addWidget(self.banner)
        outer.addLayout(columns)
        outer.addLayout(bottom)
        outer.addWidget(line)
        outer.addLayout(foot)

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
        for name, widget in w.items():
            self._connect_clear(name, widget)

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(self.save)

        if self.read_only:
            for widget in w.values():
                widget.setEnabled(False)
            self.save_button.setVisible(False)

    def _section(self, grid: QGridLayout, key: str, names: tuple[str, ...]) -> None:
        title = QLabel(self)
        f = title.font()
        f.setBold(True)
        title.setFont(f)
        title.setStyleSheet("color: #2f6fb3; padding-top: 6px;")
        self.sections[key] = title
        grid.addWidget(title, grid.rowCount(), 0, 1, 2)
        for name in names:
            self._field_row(grid, name)

    def _field_row(self, grid: QGridLayout, name: str) -> None:
        row = grid.rowCount()
        label = QLabel(self)
        label.setBuddy(self._focus_target(name))
        self.labels[name] = label
        top = name in ("actions", "narrative")
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.fields[name], row, 1)
        grid.addWidget(self.errors[name], row + 1, 1)

    def _focus_target(self, name: str) -> QWidget:
        if name == "actions":
            boxes = self.fields["actions"].boxes()
            return boxes[0] if boxes else self.fields["actions"]
        return self.fields[name]

    def _connect_clear(self, name: str, widget: QWidget) -> None:
        """Editing a field takes its error message away."""
        clear = lambda *_: self.errors[name].clear_error()  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(clear)
        elif isinstance(widget, CodeComboBox):
            widget.currentIndexChanged.connect(clear)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(clear)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(clear)
        elif isinstance(widget, CodeCheckBoxes):
            widget.sig_changed.connect(clear)

    def _wire_dirty(self) -> None:
        mark = self._mark_dirty
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(mark)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(mark)
            elif isinstance(widget, CodeComboBox):
                widget.currentIndexChanged.connect(mark)
            elif isinstance(widget, QDateTimeEdit):
                widget.dateTimeChanged.connect(mark)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(mark)
            elif isinstance(widget, CodeCheckBoxes):
                widget.sig_changed.connect(mark)

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

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
    def save(self) -> bool:
        """Validate, then write the record in one transaction. False (dialog stays open) on any problem."""
        if self.read_only:
            return False
        self._clear_errors()
        rec, problems = self.collect()
        reason = self.fields["reason"].text().strip()
        errors = problems + fraud.validate(rec, self.ctx.refs)
        if self.amending and not reason:
            errors.append(FieldError("reason", "reason_required"))
        if errors:
            self.show_errors(errors)
            return False
        try:
            with self.ctx.store.write() as s:
                if self.amending:
                    row = fraud_repo.amend(s, self.record.id, rec, self.ctx.refs, actor=self.ctx.actor.username,
                                           reason=reason)
                else:
                    row = fraud_repo.create(s, rec, self.ctx.refs, actor=self.ctx.actor.username)
                record_id = row.id
        except fraud_repo.ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        except fraud_repo.RecordNotFound:
            self._show_banner(self.tr("This record was deleted in the meantime; your changes were not saved."))
            return False
        except StoreError as exc:
            self._store_failed(exc)
            return False
        except (OperationalError, sqlite3.OperationalError) as exc:
            self._store_failed(classify_operational_error(getattr(exc, "orig", None) or exc))
            return False
        self.saved_id = record_id
        self._dirty = False
        self.ctx.signals.sig_records_changed.emit(fraud.KIND)
        self.sig_saved.emit(record_id)
        self.accept()
        return True

    def _store_failed(self, exc: StoreError) -> None:
        log.warning("saving an interception failed: %s", exc.code)  # the code only: no record content
        self._show_banner(store_error_text(exc.code) + "\n" + self.tr("What you typed is still here; try saving again."))

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each problem under its field (the first per field); focus on the first one in reading order."""
        first: str | None = None
        elsewhere = []
        for e in errors:
            label = self.errors.get(e.field)
            if label is None:
                elsewhere.append(e)
                continue
            if not label.has_error():
                label.show_error(messages.message(e.code, self.ctx.lang))
        for name in FIELD_ORDER:
            if self.errors[name].has_error():
                first = name
                break
        if elsewhere:
            self._show_banner("\n".join(messages.message(e.code, self.ctx.lang) for e in elsewhere))
        elif first:
            self._show_banner(self.tr("Please correct the fields marked in red."))
        if first:
            self._focus_target(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        return self.errors[field].text()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()
        self.banner.setVisible(False)
        self.banner.clear()

    def _show_banner(self, text: str, *, info: bool = False) -> None:
        self.banner.setStyleSheet(BANNER_INFO if info else BANNER_ERROR)
        self.banner.setText(text)
        self.banner.setVisible(True)

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

    def reject(self) -> None:
        if self._dirty and not self.read_only and not ask_discard(self):
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        lang = self.ctx.lang
        if self.record is None:
            self.setWindowTitle(self.tr("New fraud interception"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Fraud interception"))
        else:
            self.setWindowTitle(self.tr("Amend fraud interception"))
        self.title_label.setText(self.windowTitle())
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
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.hint.setText("" if self.read_only else self.tr("Ctrl+Enter saves · Esc cancels"))
        if self.read_only:
            self._show_banner(self._refusal_text(), info=True)
