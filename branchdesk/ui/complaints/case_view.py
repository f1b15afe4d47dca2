"""One complaint: masked details, the clock, the history (steps, notes, attachments) and the next steps.

Step buttons are enabled by the state machine (domain.complaints.allowed_actions); a step the
guards refuse shows the reason in a red line instead of changing anything. Inputs for the steps
(decision, grounds, how the complainant was told, a reason...) are fields on the page, not
pop-up dialogs, so a person can fill them in with the keyboard and see what they will record.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget)

from branchdesk.domain import complaints as dom
from branchdesk.domain import messages
from branchdesk.domain.complaints import Action, StepInput
from branchdesk.domain.roles import Permission
from branchdesk.domain.timeutil import format_local
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import complaint_attachments as attachments
from branchdesk.store import complaint_repo as repo
from branchdesk.ui.complaints import texts
from branchdesk.ui.context import AppContext

REFUSAL_STYLE = "color: #b71c1c; font-weight: bold;"
CLOCK_STYLES = {"overdue": "color: #b71c1c; font-weight: bold;", "due_soon": "color: #8a6d00; font-weight: bold;"}
NOTIFY_METHODS = ("PHONE", "SMS", "LETTER", "IN_PERSON", "EMAIL")


class TimelineModel(QAbstractTableModel):
    """Steps, notes and attachments of a case in time order (append-only, so never edited here)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return r.get("attachment_id")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (r["when"], r["who"], r["what"], r["detail"])[index.column()]
        return None


class CaseView(QWidget):
    sig_changed = Signal(str)
    """The case changed (its id)."""

    def __init__(self, ctx: AppContext, protector: FieldProtector | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.protector = protector
        self.setObjectName("complaint_case")
        self.case_id: str | None = None
        self.row = None
        self.last_refusal: str | None = None

        self.title = QLabel(self)
        self.title.setObjectName("case_title")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.clock = QLabel(self)
        self.clock.setObjectName("case_clock")
        self.details = QLabel(self)
        self.details.setObjectName("case_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("case_refusal")
        self.refusal.setStyleSheet(REFUSAL_STYLE)
        self.refusal.setWordWrap(True)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("case_reveal")
        self.reveal_button.clicked.connect(self.reveal)
        self.receipt_button = QPushButton(self)
        self.receipt_button.setObjectName("case_receipt")
        self.receipt_button.clicked.connect(self.print_receipt)

        self.timeline = TimelineModel(self)
        self.timeline_view = QTableView(self)
        self.timeline_view.setObjectName("case_timeline")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline_view.verticalHeader().setVisible(False)
        self.timeline_view.doubleClicked.connect(lambda _i: self.open_selected_attachment())

        # ---- step inputs
        self.on_date = QDateEdit(QDate.currentDate(), self)
        self.on_date.setObjectName("step_date")
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        self.on_date.setCalendarPopup(True)
        self.decision = QPlainTextEdit(self)
        self.decision.setObjectName("step_decision")
        self.decision.setTabChangesFocus(True)
        self.decision.setMaximumHeight(60)
        self.grounds = QLineEdit(self)
        self.grounds.setObjectName("step_grounds")
        self.notify_method = QComboBox(self)
        self.notify_method.setObjectName("step_notify_method")
        self.remedies_told = QCheckBox(self)
        self.remedies_told.setObjectName("step_remedies_told")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("step_reason")
        self.merge_target = QLineEdit(self)
        self.merge_target.setObjectName("step_merge_target")
        self.handler = QLineEdit(self)
        self.handler.setObjectName("case_handler")
        self.extension_level = QComboBox(self)
        self.extension_level.setObjectName("extension_level")
        self.note = QLineEdit(self)
        self.note.setObjectName("case_note")

        self.action_buttons: dict[Action, QPushButton] = {}
        for action in Action:
            b = QPushButton(self)
            b.setObjectName(f"step_{action.value}")
            b.clicked.connect(lambda _=False, a=action: self.take_step(a))
            self.action_buttons[action] = b

        def button(name: str, slot) -> QPushButton:
            b = QPushButton(self)
            b.setObjectName(name)
            b.clicked.connect(slot)
            return b

        self.assign_button = button("case_assign", self.assign)
        self.no_conflict_button = button("case_no_conflict", lambda: self.declare_conflict(False))
        self.conflict_button = button("case_conflict", lambda: self.declare_conflict(True))
        self.extend_button = button("case_extend", self.request_extension)
        self.pause_button = button("case_pause", self.pause)
        self.resume_button = button("case_resume", self.resume)
        self.new_facts_button = button("case_new_facts", self.new_facts)
        self.note_button = button("case_add_note", self.add_note)
        self.attach_button = button("case_attach", self.choose_attachment)
        self.open_attachment_button = button("case_open_attachment", self.open_selected_attachment)
        self.note.returnPressed.connect(self.add_note)

        # ---- layout
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.reveal_button)
        head.addWidget(self.receipt_button)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.clock)
        ll.addWidget(self.details)
        self._timeline_label = QLabel(self)
        ll.addWidget(self._timeline_label)
        ll.addWidget(self.timeline_view, 1)
        nl = QHBoxLayout()
        nl.addWidget(self.note, 1)
        nl.addWidget(self.note_button)
        nl.addWidget(self.attach_button)
        nl.addWidget(self.open_attachment_button)
        ll.addLayout(nl)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self._step_box = QGroupBox(self)
        form = QFormLayout(self._step_box)
        self._form_labels: dict[str, QLabel] = {}
        for key, w in (("on", self.on_date), ("decision", self.decision), ("grounds", self.grounds),
                       ("notify", self.notify_method), ("remedies", self.remedies_told), ("reason", self.reason),
                       ("merge", self.merge_target)):
            lab = QLabel(self)
            lab.setBuddy(w)
            self._form_labels[key] = lab
            form.addRow(lab, w)
        grid = QGridLayout()
        for i, action in enumerate(Action):
            grid.addWidget(self.action_buttons[action], i // 2, i % 2)
        form.addRow(grid)
        rl.addWidget(self._step_box)
        self._handler_box = QGroupBox(self)
        hl = QGridLayout(self._handler_box)
        hl.addWidget(self.handler, 0, 0, 1, 2)
        hl.addWidget(self.assign_button, 0, 2)
        hl.addWidget(self.no_conflict_button, 1, 0, 1, 2)
        hl.addWidget(self.conflict_button, 1, 2)
        rl.addWidget(self._handler_box)
        self._clock_box = QGroupBox(self)
        kl = QGridLayout(self._clock_box)
        kl.addWidget(self.extension_level, 0, 0)
        kl.addWidget(self.extend_button, 0, 1)
        kl.addWidget(self.pause_button, 1, 0)
        kl.addWidget(self.resume_button, 1, 1)
        kl.addWidget(self.new_facts_button, 2, 0, 1, 2)
        rl.addWidget(self._clock_box)
        rl.addWidget(self.refusal)
        rl.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the fields shrink instead

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        right.setMinimumWidth(380)
        split.setSizes([780, 460])
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(split, 1)
        self._retranslate()
        self._update_buttons()

    # ------------------------------------------------------------------ loading
    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        if not self.case_id:
            return
        with self.ctx.store.read() as s:
            self.row = repo.get(s, self.case_id)
            events = repo.events(s, self.case_id)
            notes = repo.notes(s, self.case_id)
        r = self.row
        self.title.setText(f"{r.ref_no} · {texts.status_text(r.status)}")
        self._show_clock()
        self._show_details()
        rows = []
        for e in events:
            detail = e.reason or ""
            if e.action == dom.ATTACHMENT_ADDED:
                detail = e.detail.get("filename", "")
            elif e.action == dom.ASSIGN:
                detail = e.detail.get("handler", "")
            elif e.action in (dom.EXTENSION_APPROVED, dom.EXTENSION_REQUESTED):
                detail = self.tr("Level %1").replace("%1", str(e.detail.get("level", ""))) + (f" · {detail}" if detail else "")
            elif e.action == "merged_in":
                detail = e.detail.get("from_ref", "")
            elif e.action == Action.MERGE:
                detail = e.detail.get("merged_into", "")
            elif e.action == Action.NOTIFY:
                detail = self._notify_names().get(e.detail.get("notify_method", ""), "")
            rows.append({"at": e.at, "when": format_local(e.at), "who": e.actor, "what": texts.action_text(e.action),
                         "detail": detail, "attachment_id": e.detail.get("attachment_id")})
        for n in notes:
            rows.append({"at": n.at, "when": format_local(n.at), "who": n.author, "what": texts.action_text("note"),
                         "detail": n.text, "attachment_id": None})
        rows.sort(key=lambda x: x["at"])
        self.timeline.set_rows(rows)
        self.timeline_view.resizeColumnsToContents()
        self.timeline_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.handler.setText(r.handler)
        self._update_buttons()

    def _show_clock(self) -> None:
        r = self.row
        today = repo.today_local()
        if r.clock_state == "stopped":
            text = self.tr("Time limit: %1").replace("%1", texts.clock_text(r.clock_status))
            style = ""
        else:
            left = (date.fromisoformat(r.due_on) - today).days
            status = "overdue" if left < 0 else r.clock_status
            if r.clock_state == "paused":
                status = "paused"
            text = (self.tr("Due %1 · %2 day(s) left · limit %3 days").replace("%1", r.due_on)
                    .replace("%2", str(left)).replace("%3", {0: "15", 1: "30", 2: "60"}[r.extension_level])
                    + " · " + texts.clock_text(status))
            if r.pending_extension_level:
                text += " · " + self.tr("extension to level %1 awaiting approval").replace("%1", str(r.pending_extension_level))
            style = CLOCK_STYLES.get(status, "")
        self.clock.setText(text)
        self.clock.setStyleSheet(style)

    def _show_details(self, plain: dict | None = None) -> None:
        r = self.row
        lab = self.ctx.label
        p = plain or {}

        def pd(name: str, masked: str) -> str:
            return p.get(name) or masked or "—"

        lines = [
            (self.tr("Complainant"), pd("complainant_name", r.complainant_name_masked)),
            (self.tr("Mobile"), pd("complainant_phone", r.complainant_phone_masked)),
            (self.tr("ID number"), pd("complainant_id_number", r.complainant_id_masked)),
        ]
        if r.representation != "self":
            lines.append((self.tr("Agent / heir"), f"{pd('agent_name', r.agent_name_masked)} · "
                                                   f"{pd('agent_phone', r.agent_phone_masked)}"))
        lines += [
            (self.tr("Received"), format_local(r.received_at)),
            (self.tr("Intake channel"), lab("intake_channel", r.intake_channel)),
            (self.tr("Institution / staff"), " · ".join(x for x in (r.respondent_org, r.respondent_staff) if x)),
            (self.tr("Facts"), r.facts),
            (self.tr("Request"), f"{r.request}（{lab('demand_type', r.demand_type)}）"),
            (self.tr("Classification"), " / ".join((lab("jrt_channel", r.class_channel), lab("jrt_business", r.class_business),
                                                    lab("jrt_cause", r.class_cause)))),
            (self.tr("Priority"), lab("complaint_priority", r.priority) + (" · " + self.tr("group complaint") if r.is_group else "")),
            (self.tr("Handler"), (r.handler or self.tr("not assigned")) + (
                " · " + self.tr("conflict of interest declared") if r.conflict_declared else
                " · " + self.tr("no conflict confirmed") if r.conflict_checked else "")),
        ]
        if r.is_repeat or r.parent_ref:
            lines.append((self.tr("Related case"), r.parent_ref + (" · " + self.tr("repeat complaint") if r.is_repeat else "")))
        if r.merged_into:
            lines.append((self.tr("Merged into"), r.merged_into))
        if r.decision:
            lines.append((self.tr("Decision"), r.decision))
            lines.append((self.tr("Grounds"), r.grounds))
        if r.notified_on:
            lines.append((self.tr("Notified"), r.notified_on))
        from html import escape

        self.details.setText("<table>" + "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in lines)
            + "</table>")

    def _update_buttons(self) -> None:
        has = self.row is not None
        allowed = set(dom.allowed_actions(repo.case_state(self.row))) if has else set()
        can_record = self.ctx.actor.can(Permission.RECORD)
        for action, b in self.action_buttons.items():
            b.setEnabled(can_record and action in allowed)
        open_ = has and dom.Status(self.row.status) in dom.OPEN_STATUSES
        for b in (self.assign_button, self.extend_button, self.new_facts_button):
            b.setEnabled(can_record and open_)
        self.no_conflict_button.setEnabled(can_record and open_ and bool(self.row.handler))
        self.conflict_button.setEnabled(can_record and open_ and bool(self.row.handler))
        self.pause_button.setEnabled(can_record and open_ and self.row.clock_state == "running")
        self.resume_button.setEnabled(can_record and open_ and self.row.clock_state == "paused")
        self.note_button.setEnabled(has and can_record)
        self.attach_button.setEnabled(has and can_record and self.protector is not None)
        self.open_attachment_button.setEnabled(has and self.protector is not None)
        self.reveal_button.setVisible(self.ctx.actor.can(Permission.UNMASK))
        self.reveal_button.setEnabled(has and self.protector is not None)
        self.receipt_button.setEnabled(has)

    # ------------------------------------------------------------------ acting
    def _refuse(self, code: str) -> None:
        self.last_refusal = code
        self.refusal.setText(messages.message(code, self.ctx.lang))

    def _done(self) -> None:
        self.last_refusal = None
        self.refusal.setText("")
        self.refresh()
        self.ctx.signals.sig_records_changed.emit(dom.KIND)
        self.sig_changed.emit(self.case_id or "")

    def _run(self, fn) -> bool:
        if not self.case_id:
            return False
        try:
            with self.ctx.store.write() as s:
                fn(s)
        except repo.StepRefused as exc:
            self._refuse(exc.code)
            return False
        except attachments.AttachmentError as exc:
            self._refuse(exc.code)
            return False
        self._done()
        return True

    def _on(self) -> date:
        return self.on_date.date().toPython()

    def take_step(self, action: Action) -> bool:
        given = StepInput(reason=self.reason.text(), decision=self.decision.toPlainText(), grounds=self.grounds.text(),
                          notify_method=self.notify_method.currentData() or "", remedies_told=self.remedies_told.isChecked(),
                          result=self.reason.text(), merge_target_ref=self.merge_target.text(), on=self._on())
        ok = self._run(lambda s: repo.step(s, self.case_id, action, given, actor=self.ctx.actor))
        if ok:
            self.reason.clear()
        return ok

    def assign(self) -> bool:
        return self._run(lambda s: repo.assign(s, self.case_id, self.handler.text(), actor=self.ctx.actor))

    def declare_conflict(self, has_conflict: bool) -> bool:
        ok = self._run(lambda s: repo.declare_conflict(s, self.case_id, has_conflict, actor=self.ctx.actor,
                                                       reason=self.reason.text()))
        if ok:
            self.reason.clear()
        return ok

    def request_extension(self) -> bool:
        level = self.extension_level.currentData() or 1
        ok = self._run(lambda s: repo.request_extension(s, self.case_id, level, self.reason.text(), actor=self.ctx.actor,
                                                        complainant_notified_on=self._on()))
        if ok:
            self.reason.clear()
        return ok

    def pause(self) -> bool:
        return self._run(lambda s: repo.pause(s, self.case_id, actor=self.ctx.actor, reason=self.reason.text(),
                                              on=self._on(), complainant_notified_on=self._on()))

    def resume(self) -> bool:
        return self._run(lambda s: repo.resume(s, self.case_id, actor=self.ctx.actor, on=self._on()))

    def new_facts(self) -> bool:
        return self._run(lambda s: repo.new_facts(s, self.case_id, actor=self.ctx.actor, summary=self.reason.text(),
                                                  on=self._on()))

    def add_note(self) -> bool:
        ok = self._run(lambda s: repo.add_note(s, self.case_id, self.note.text(), actor=self.ctx.actor))
        if ok:
            self.note.clear()
        return ok

    def choose_attachment(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a scan or photo"), "",
                                              self.tr("Scans and photos (*.png *.jpg *.jpeg *.pdf *.tif);;All files (*)"))
        return self.attach_file(Path(path)) if path else False

    def attach_file(self, path: Path, caption: str = "") -> bool:
        if self.protector is None:
            self._refuse(dom.ErrorCode.PROTECTION_UNAVAILABLE)
            return False
        content = path.read_bytes()
        return self._run(lambda s: attachments.add(s, self.protector, self.ctx.store.data_dir, self.case_id, content,
                                                   filename=path.name, caption=caption, actor=self.ctx.actor))

    def open_selected_attachment(self) -> Path | None:
        idx = self.timeline_view.currentIndex()
        att_id = self.timeline.data(self.timeline.index(idx.row(), 0), Qt.ItemDataRole.UserRole) if idx.isValid() else None
        if not att_id or self.protector is None:
            self._refuse("attachment_not_selected")
            return None
        with self.ctx.store.read() as s:
            path = attachments.open_to_temp(s, self.protector, self.ctx.store.data_dir, att_id)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def reveal(self) -> dict | None:
        """Show the personal data in clear (permitted roles only; audited)."""
        if not self.case_id or self.protector is None:
            return None
        try:
            with self.ctx.store.write() as s:
                plain = repo.reveal(s, self.protector, self.case_id, self.ctx.actor)
        except repo.StepRefused as exc:
            self._refuse(exc.code)
            return None
        self._show_details(plain)
        return plain

    def print_receipt(self, target: Path | None = None) -> Path | None:
        from branchdesk.reports.complaint_receipt import build_receipt, receipt_from_case

        if self.row is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt"), f"{self.row.ref_no}.pdf", "PDF (*.pdf)")
            if not name:
                return None
            target = Path(name)
        build_receipt(target, receipt_from_case(self.row, self.ctx.refs, branch_name=self.ctx.identity.branch_name),
                      printed_by=self.ctx.actor.display_name)
        return target

    def _notify_names(self) -> dict[str, str]:
        return {"PHONE": self.tr("Telephone"), "SMS": self.tr("Text message"), "LETTER": self.tr("Letter"),
                "IN_PERSON": self.tr("In person"), "EMAIL": self.tr("E-mail")}

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.row is not None:
                self.refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for action, b in self.action_buttons.items():
            b.setText(texts.action_text(action.value))
        labels = {"on": self.tr("Date"), "decision": self.tr("Decision"), "grounds": self.tr("Grounds"),
                  "notify": self.tr("Told by"), "remedies": "", "reason": self.tr("Reason / result"),
                  "merge": self.tr("Merge into ticket")}
        for k, lab in self._form_labels.items():
            lab.setText(labels[k])
        self.remedies_told.setText(self.tr("Told of review, mediation, arbitration and litigation"))
        keep = self.notify_method.currentData()
        self.notify_method.clear()
        names = self._notify_names()
        for code in NOTIFY_METHODS:
            self.notify_method.addItem(names[code], code)
        self.notify_method.setCurrentIndex(max(0, self.notify_method.findData(keep)))
        self.extension_level.clear()
        self.extension_level.addItem(self.tr("Extend to 30 days"), 1)
        self.extension_level.addItem(self.tr("Extend to 60 days (needs approval)"), 2)
        self._step_box.setTitle(self.tr("Next step"))
        self._handler_box.setTitle(self.tr("Handler and conflict of interest"))
        self._clock_box.setTitle(self.tr("Time limit"))
        self._timeline_label.setText(self.tr("History"))
        self.handler.setPlaceholderText(self.tr("User name of the handler"))
        self.note.setPlaceholderText(self.tr("Add a note (kept as written, cannot be changed)"))
        self.reason.setPlaceholderText(self.tr("Required to withdraw, decline, pause, extend or record new facts"))
        self.assign_button.setText(self.tr("Assign"))
        self.no_conflict_button.setText(self.tr("Handler confirms no conflict"))
        self.conflict_button.setText(self.tr("Declare conflict"))
        self.extend_button.setText(self.tr("Extend"))
        self.pause_button.setText(self.tr("Pause for appraisal"))
        self.resume_button.setText(self.tr("Resume clock"))
        self.new_facts_button.setText(self.tr("New facts received (restart clock)"))
        self.note_button.setText(self.tr("Add note"))
        self.attach_button.setText(self.tr("Attach file…"))
        self.open_attachment_button.setText(self.tr("Open attachment"))
        self.reveal_button.setText(self.tr("Show personal data"))
        self.receipt_button.setText(self.tr("Print receipt…"))
