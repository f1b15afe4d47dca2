"""The intake form: everything domain.md §1.2 asks to record, the consent notice, repeat warning.

Saving gives the ticket number at once; the workspace then opens the case, where personal data
is only shown masked. Without a working key store the form refuses intake and says why.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from branchdesk.domain import complaints as dom
from branchdesk.domain import messages
from branchdesk.domain.timeutil import from_local
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import complaint_repo as repo
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.code_combo import CodeComboBox
from branchdesk.ui.widgets.field_error import FieldErrorLabel

BANNER_STYLE = "background: #fff3cd; border: 1px solid #e0b000; padding: 6px;"
REFUSAL_STYLE = "background: #fde0dc; border: 1px solid #c62828; padding: 8px; color: #8e0000;"


class IntakeForm(QWidget):
    sig_saved = Signal(str)
    """A complaint was registered; its id."""

    def __init__(self, ctx: AppContext, protector: FieldProtector | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.protector = protector
        self.setObjectName("complaint_intake")
        self._repeats: list[dom.PartySummary] = []
        self.saved_id: str | None = None
        lang = ctx.lang

        def line(name: str) -> QLineEdit:
            w = QLineEdit(self)
            w.setObjectName(name)
            return w

        def combo(name: str, category: str) -> CodeComboBox:
            w = CodeComboBox(ctx.refs, category, lang, placeholder=lambda: self.tr("Choose…"), parent=self)
            w.setObjectName(name)
            return w

        self.received_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.received_at.setObjectName("received_at")
        self.received_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_at.setCalendarPopup(True)
        self.intake_channel = combo("intake_channel", "intake_channel")
        self.complainant_name = line("complainant_name")
        self.complainant_phone = line("complainant_phone")
        self.complainant_id_number = line("complainant_id_number")
        self.complainant_address = line("complainant_address")
        self.representation = QComboBox(self)
        self.representation.setObjectName("representation")
        self.agent_name = line("agent_name")
        self.agent_phone = line("agent_phone")
        self.agent_id_number = line("agent_id_number")
        self.respondent_org = line("respondent_org")
        self.respondent_staff = line("respondent_staff")
        self.facts = QPlainTextEdit(self)
        self.facts.setObjectName("facts")
        self.facts.setTabChangesFocus(True)
        self.facts.setMaximumHeight(90)
        self.request = QPlainTextEdit(self)
        self.request.setObjectName("request")
        self.request.setTabChangesFocus(True)
        self.request.setMaximumHeight(60)
        self.demand_type = combo("demand_type", "demand_type")
        self.class_channel = combo("class_channel", "jrt_channel")
        self.class_business = combo("class_business", "jrt_business")
        self.class_cause = combo("class_cause", "jrt_cause")
        self.priority = combo("priority", "complaint_priority")
        self.priority.set_code("NORMAL")
        self.is_group = QCheckBox(self)
        self.is_group.setObjectName("is_group")
        self.handler = line("handler")
        self.consent_notice = QLabel(self)
        self.consent_notice.setWordWrap(True)
        self.consent_given = QCheckBox(self)
        self.consent_given.setObjectName("consent_given")

        self.errors: dict[str, FieldErrorLabel] = {}
        self.repeat_banner = QLabel(self)
        self.repeat_banner.setObjectName("repeat_banner")
        self.repeat_banner.setStyleSheet(BANNER_STYLE)
        self.repeat_banner.setWordWrap(True)
        self.repeat_banner.setVisible(False)
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("merge_into_repeat")
        self.merge_button.setVisible(False)
        self.merge_button.clicked.connect(self.save_and_merge)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("intake_refusal")
        self.refusal.setStyleSheet(REFUSAL_STYLE)
        self.refusal.setWordWrap(True)
        self.refusal.setVisible(False)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("intake_save")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("intake_clear")
        self.clear_button.clicked.connect(self.clear)
        self._save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self._save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only inside the form
        self._save_shortcut.activated.connect(self.save)

        # ---- layout
        self._groups: dict[str, QGroupBox] = {}
        self._labels: dict[str, QLabel] = {}
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.addWidget(self.refusal)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns)

        def group(key: str, rows: list[tuple[str, QWidget]], into: QVBoxLayout) -> None:
            box = QGroupBox(self)
            form = QFormLayout(box)
            for name, widget in rows:
                label = QLabel(self)
                label.setBuddy(widget)
                self._labels[name] = label
                holder = QVBoxLayout()
                holder.setSpacing(1)
                holder.addWidget(widget)
                err = FieldErrorLabel(widget, self)
                self.errors[name] = err
                holder.addWidget(err)
                form.addRow(label, holder)
            self._groups[key] = box
            into.addWidget(box)

        group("intake", [("received_at", self.received_at), ("intake_channel", self.intake_channel),
                         ("priority", self.priority), ("is_group", self.is_group)], left)
        group("complainant", [("complainant_name", self.complainant_name),
                              ("complainant_phone", self.complainant_phone),
                              ("complainant_id_number", self.complainant_id_number),
                              ("complainant_address", self.complainant_address),
                              ("representation", self.representation), ("agent_name", self.agent_name),
                              ("agent_phone", self.agent_phone), ("agent_id_number", self.agent_id_number)], left)
        left.addWidget(self.repeat_banner)
        left.addWidget(self.merge_button)
        left.addStretch(1)
        group("complaint", [("respondent_org", self.respondent_org), ("respondent_staff", self.respondent_staff),
                            ("facts", self.facts), ("request", self.request), ("demand_type", self.demand_type)],
              right)
        group("classification", [("class_channel", self.class_channel), ("class_business", self.class_business),
                                 ("class_cause", self.class_cause), ("handler", self.handler)], right)
        consent_box = QGroupBox(self)
        self._groups["consent"] = consent_box
        cl = QVBoxLayout(consent_box)
        cl.addWidget(self.consent_notice)
        cl.addWidget(self.consent_given)
        err = FieldErrorLabel(self.consent_given, self)
        self.errors["consent_given"] = err
        cl.addWidget(err)
        right.addWidget(consent_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        right.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)

        self.representation.currentIndexChanged.connect(self._update_agent)
        # Repeats are looked for when the contact is complete, not on every keystroke.
        self._repeat_timer = QTimer(self)
        self._repeat_timer.setSingleShot(True)
        self._repeat_timer.setInterval(300)
        self._repeat_timer.timeout.connect(self.check_repeats)
        for w in (self.complainant_phone, self.complainant_id_number):
            w.editingFinished.connect(self.check_repeats)
            w.textEdited.connect(lambda _t: self._repeat_timer.start())
        self._retranslate()
        self._update_agent()
        if protector is None:
            self._refuse_intake()

    # ------------------------------------------------------------------ state
    def _refuse_intake(self) -> None:
        self.refusal.setText(messages.message(dom.ErrorCode.PROTECTION_UNAVAILABLE, self.ctx.lang))
        self.refusal.setVisible(True)
        for box in self._groups.values():
            box.setEnabled(False)
        self.save_button.setEnabled(False)

    def _update_agent(self, *_args) -> None:
        agent = self.representation.currentData() in ("agent", "heir")
        for w in (self.agent_name, self.agent_phone, self.agent_id_number):
            w.setEnabled(agent)

    def intake(self) -> dom.ComplaintIntake:
        naive = self.received_at.dateTime().toPython()
        return dom.ComplaintIntake(
            received_at=from_local(naive.replace(second=0, microsecond=0)) if isinstance(naive, datetime) else None,
            intake_channel=self.intake_channel.code(), complainant_name=self.complainant_name.text(),
            complainant_phone=self.complainant_phone.text(), complainant_id_number=self.complainant_id_number.text(),
            complainant_address=self.complainant_address.text(),
            representation=self.representation.currentData() or "self",
            agent_name=self.agent_name.text(), agent_phone=self.agent_phone.text(),
            agent_id_number=self.agent_id_number.text(), respondent_org=self.respondent_org.text(),
            respondent_staff=self.respondent_staff.text(), facts=self.facts.toPlainText(),
            request=self.request.toPlainText(), demand_type=self.demand_type.code(),
            class_channel=self.class_channel.code(), class_business=self.class_business.code(),
            class_cause=self.class_cause.code(), priority=self.priority.code(), is_group=self.is_group.isChecked(),
            consent_given=self.consent_given.isChecked(), consent_notice_version=dom.CONSENT_NOTICE_VERSION,
            handler=self.handler.text(),
        )

    def show_errors(self, errors: list[dom.FieldError]) -> None:
        for label in self.errors.values():
            label.clear_error()
        first = None
        for e in errors:
            label = self.errors.get(e.field)
            if label is None:
                continue
            if not label.has_error():
                label.show_error(messages.message(e.code, self.ctx.lang))
            first = first or label.field
        if first is not None:
            first.setFocus()

    # ------------------------------------------------------------------ repeats
    def check_repeats(self) -> list[dom.PartySummary]:
        """Warn when this complainant has open or recent complaints, and offer to merge."""
        self._repeat_timer.stop()
        phone, id_number = self.complainant_phone.text().strip(), self.complainant_id_number.text().strip()
        found: list[dom.PartySummary] = []
        if self.protector is not None and (phone or id_number):
            with self.ctx.store.read() as s:
                found = repo.find_repeats(s, self.protector, phone=phone, id_number=id_number)
        self._repeats = found
        if found:
            refs = "、".join(f"{c.ref_no}（{c.received_on.isoformat()}）" for c in found[:3])
            self.repeat_banner.setText(self.tr("This complainant already has %n open or recent complaint(s): ",
                                               "", len(found)) + refs)
            open_cases = [c for c in found if c.status in {s.value for s in dom.OPEN_STATUSES}]
            if open_cases:
                self.merge_button.setText(self.tr("Save and merge into %1").replace("%1", open_cases[0].ref_no))
            self.merge_button.setVisible(bool(open_cases))
        self.repeat_banner.setVisible(bool(found))
        if not found:
            self.merge_button.setVisible(False)
        return found

    # ------------------------------------------------------------------ saving
    def save(self) -> str | None:
        return self._save("")

    def save_and_merge(self) -> str | None:
        open_cases = [c for c in self._repeats if c.status in {s.value for s in dom.OPEN_STATUSES}]
        return self._save(open_cases[0].ref_no if open_cases else "")

    def _save(self, merge_into: str) -> str | None:
        if self.protector is None:
            self._refuse_intake()
            return None
        rec = self.intake()
        if merge_into:
            rec.parent_ref = merge_into
        try:
            with self.ctx.store.write() as s:
                row = repo.create(s, rec, self.ctx.refs, self.protector, actor=self.ctx.actor, merge_into=merge_into)
                new_id = row.id
        except repo.ValidationFailed as exc:
            self.show_errors(exc.errors)
            return None
        except repo.StepRefused as exc:
            self.refusal.setText(messages.message(exc.code, self.ctx.lang))
            self.refusal.setVisible(True)
            return None
        self.refusal.setVisible(False)
        self.saved_id = new_id
        self.clear()
        self.ctx.signals.sig_records_changed.emit(dom.KIND)
        self.sig_saved.emit(new_id)
        return new_id

    def clear(self) -> None:
        """Empty the form for the next complainant (personal data leaves the screen)."""
        for w in (self.complainant_name, self.complainant_phone, self.complainant_id_number, self.complainant_address,
                  self.agent_name, self.agent_phone, self.agent_id_number, self.respondent_org, self.respondent_staff,
                  self.handler):
            w.clear()
        self.facts.clear()
        self.request.clear()
        for c in (self.intake_channel, self.demand_type, self.class_channel, self.class_business, self.class_cause):
            c.set_code("")
        self.priority.set_code("NORMAL")
        self.representation.setCurrentIndex(0)
        self.is_group.setChecked(False)
        self.consent_given.setChecked(False)
        self.received_at.setDateTime(QDateTime.currentDateTime())
        self.show_errors([])
        self._repeats = []
        self.repeat_banner.setVisible(False)
        self.merge_button.setVisible(False)

    def _indent_hierarchy(self, combo: CodeComboBox) -> None:
        """JR/T 0169 channels are a tree (前台渠道 › 电子渠道 › 网银): indent each level."""
        for i in range(combo.count()):
            code = combo.itemData(i)
            depth, ref = 0, self.ctx.refs.get(combo.category, code) if code else None
            while ref is not None and ref.parent_code:
                depth += 1
                ref = self.ctx.refs.get(combo.category, ref.parent_code)
            if depth:
                combo.setItemText(i, "\u3000" * depth + combo.itemText(i))

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        titles = {
            "intake": self.tr("Intake"), "complainant": self.tr("Complainant"),
            "complaint": self.tr("The complaint"), "classification": self.tr("Classification (JR/T 0169) and handler"),
            "consent": self.tr("Personal information notice"),
        }
        for key, box in self._groups.items():
            box.setTitle(titles[key])
        labels = {
            "received_at": self.tr("Received at"), "intake_channel": self.tr("Intake channel"),
            "priority": self.tr("Priority"), "is_group": self.tr("Group complaint"),
            "complainant_name": self.tr("Name"), "complainant_phone": self.tr("Mobile"),
            "complainant_id_number": self.tr("ID number"), "complainant_address": self.tr("Address"),
            "representation": self.tr("Lodged by"), "agent_name": self.tr("Agent / heir name"),
            "agent_phone": self.tr("Agent / heir mobile"), "agent_id_number": self.tr("Agent / heir ID number"),
            "respondent_org": self.tr("Institution complained about"),
            "respondent_staff": self.tr("Staff complained about"), "facts": self.tr("Facts and grounds"),
            "request": self.tr("Request"), "demand_type": self.tr("Demand type"),
            "class_channel": self.tr("A · Business channel"), "class_business": self.tr("B · Business category"),
            "class_cause": self.tr("C · Cause"), "handler": self.tr("Handler (user name)"),
        }
        for key, label in self._labels.items():
            label.setText(labels[key])
        self.is_group.setText(self.tr("Several people complain together"))
        keep = self.representation.currentData()
        self.representation.blockSignals(True)
        self.representation.clear()
        for code, text in (("self", self.tr("The complainant in person")), ("agent", self.tr("An agent (power of attorney)")),
                           ("heir", self.tr("An heir (proof of inheritance)"))):
            self.representation.addItem(text, code)
        self.representation.setCurrentIndex(max(0, self.representation.findData(keep)))
        self.representation.blockSignals(False)
        self.consent_notice.setText(self.tr(
            "Tell the complainant: the bank uses their name, contact and ID number only to handle this complaint "
            "(intake, investigation, reply, call-back), keeps them encrypted, shows them masked, and keeps the file "
            "for three years after closing. Notice version %1.").replace("%1", dom.CONSENT_NOTICE_VERSION))
        self.consent_given.setText(self.tr("The complainant was told and agrees"))
        self.complainant_phone.setPlaceholderText(self.tr("11 digits"))
        self.complainant_id_number.setPlaceholderText(self.tr("18 digits"))
        self.save_button.setText(self.tr("Register complaint (Ctrl+S)"))
        self.clear_button.setText(self.tr("Clear"))
        for c in (self.intake_channel, self.demand_type, self.class_channel, self.class_business, self.class_cause,
                  self.priority):
            c.reload(self.ctx.refs, self.ctx.lang)
        self._indent_hierarchy(self.class_channel)
        if self.protector is None:
            self.refusal.setText(messages.message(dom.ErrorCode.PROTECTION_UNAVAILABLE, self.ctx.lang))
