"""The Sync workspace: server address, enrolment, sync now, last result, conflicts, and the changes and
attachment files set aside (each with its reason, and sent again once the cause is fixed).

Managers (Permission.RESOLVE_CONFLICT) resolve conflicts: keep head office's value, or apply their
own value again as a new amendment that goes up on the next sync.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from branchdesk.domain.roles import Permission
from branchdesk.ui.sync.models import ConflictModel, RejectedModel, SetAsideFileModel


class _EnrolSignals(QObject):
    done = Signal(object, str)  # info dict or None, error text


class _EnrolTask(QRunnable):
    def __init__(self, store, server, code, ca_file, lang, signals):
        super().__init__()
        self.args = (store, server, code, ca_file)
        self.lang = lang
        self.signals = signals

    def run(self) -> None:
        from branchdesk.domain import messages as msg
        from branchdesk.security.secrets import KeyringUnavailable
        from branchdesk.sync import messages
        from branchdesk.sync.enrolment import enrol
        from branchdesk.sync.transport import SyncError

        store, server, code, ca = self.args
        try:
            info = enrol(store, server, code, ca_file=ca or None)
        except KeyringUnavailable:
            self.signals.done.emit(None, msg.message("sync.keyring_unavailable", self.lang))
        except SyncError as exc:
            self.signals.done.emit(None, messages.describe(exc.code, exc.detail, self.lang))
        else:
            self.signals.done.emit(info, "")


class EnrolDialog(QDialog):
    """Server address + one-time code (+ CA file); the token goes to the OS keyring, never a file."""

    def __init__(self, ctx, parent=None, server: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.info = None
        self.setWindowTitle(self.tr("Enrol with head office"))
        self.server = QLineEdit(server, self)
        self.server.setPlaceholderText("https://ho.example.cn:8750")
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.ca = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("One-time code"), self.code)
        form.addRow(self.tr("CA certificate (optional)"), ca_row)
        self.error = QLabel(self)
        self.error.setObjectName("enrolError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enrol"))
        self.buttons.accepted.connect(self._enrol)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self._signals = _EnrolSignals(self)
        self._signals.done.connect(self._done)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), "", "PEM (*.pem *.crt)")
        if path:
            self.ca.setText(path)

    @Slot()
    def _enrol(self) -> None:
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server.startswith(("http://", "https://")) or not code:
            self.error.setText(self.tr("Enter the server address (https://...) and the code from head office."))
            return
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Enrolling…"))
        QThreadPool.globalInstance().start(_EnrolTask(self.ctx.store, server, code, self.ca.text().strip(),
                                                      self.ctx.lang, self._signals))

    @Slot(object, str)
    def _done(self, info, error: str) -> None:
        self.buttons.setEnabled(True)
        if info is None:
            self.error.setText(error)
            return
        self.info = info
        self.accept()


class SyncWorkspace(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.server_label = QLabel(self)
        self.server_label.setObjectName("serverAddress")
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrol_button = QPushButton(self.tr("Enrol…"), self)
        self.enrol_button.clicked.connect(self.open_enrol)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("lastResult")
        self.result_label.setWordWrap(True)
        top = QGroupBox(self.tr("Head office"), self)
        form = QFormLayout(top)
        row = QHBoxLayout()
        row.addWidget(self.server_label, 1)
        row.addWidget(self.enrol_button)
        row.addWidget(self.sync_button)
        form.addRow(self.tr("Server"), row)
        form.addRow(self.tr("Last result"), self.result_label)

        self.conflicts = ConflictModel(self)
        self.conflict_view = QTableView(self)
        self.conflict_view.setObjectName("conflicts")
        self.conflict_view.setModel(self.conflicts)
        self.conflict_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.conflict_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.keep_server = QPushButton(self.tr("Keep head office's value"), self)
        self.keep_mine = QPushButton(self.tr("Apply my value again"), self)
        self.keep_server.clicked.connect(lambda: self.resolve("server"))
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        box = QGroupBox(self.tr("Conflicts"), self)
        lay = QVBoxLayout(box)
        lay.addWidget(self.conflict_view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_server)
        buttons.addWidget(self.keep_mine)
        lay.addLayout(buttons)
        self.permission_note = QLabel(self.tr("Only a manager can resolve conflicts."), self)
        lay.addWidget(self.permission_note)

        self.rejected = RejectedModel(self)
        self.rejected_view = QTableView(self)
        self.rejected_view.setObjectName("rejected")
        self.rejected_view.setModel(self.rejected)
        self.rejected_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.retry_button = QPushButton(self.tr("Send again"), self)
        self.retry_button.clicked.connect(self.retry)
        rbox = QGroupBox(self.tr("Changes set aside by head office"), self)
        rlay = QVBoxLayout(rbox)
        rlay.addWidget(self.rejected_view)
        rrow = QHBoxLayout()
        rrow.addStretch(1)
        rrow.addWidget(self.retry_button)
        rlay.addLayout(rrow)

        self.files = SetAsideFileModel(self)
        self.files_view = QTableView(self)
        self.files_view.setObjectName("filesSetAside")
        self.files_view.setModel(self.files)
        self.files_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.send_files_button = QPushButton(self.tr("Send again"), self)
        self.send_files_button.setObjectName("sendFilesAgain")
        self.send_files_button.clicked.connect(self.send_files_again)
        fbox = QGroupBox(self.tr("Attachment files set aside"), self)
        flay = QVBoxLayout(fbox)
        flay.addWidget(self.files_view)
        frow = QHBoxLayout()
        frow.addStretch(1)
        frow.addWidget(self.send_files_button)
        flay.addLayout(frow)

        main = QVBoxLayout(self)
        main.addWidget(top)
        main.addWidget(box, 2)
        main.addWidget(rbox, 1)
        main.addWidget(fbox, 1)
        self.conflict_view.selectionModel().selectionChanged.connect(self._update_buttons)
        ctrl = getattr(ctx, "sync_controller", None)
        if ctrl is not None:
            ctrl.sig_started.connect(lambda: self.sync_button.setEnabled(False))
            ctrl.sig_finished.connect(self._on_finished)
        ctx.signals.sig_actor_changed.connect(self._update_buttons)
        self.refresh()

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        from branchdesk.store import sync_repo

        with self.ctx.store.read() as s:
            server = sync_repo.get_state(s, sync_repo.SERVER_URL, "") or ""
            last = sync_repo.get_state(s, sync_repo.LAST_RESULT, "") or ""
        self.server_label.setText(server or self.tr("Not enrolled"))
        self.result_label.setText(self._describe(json.loads(last)) if last else self.tr("Never synced"))
        self.conflicts.load(self.ctx.store)
        self.rejected.load(self.ctx.store)
        self.files.load(self.ctx.store)
        self.conflict_view.resizeColumnsToContents()
        self.files_view.resizeColumnsToContents()
        self._update_buttons()

    def _describe(self, d: dict) -> str:
        from branchdesk.domain import messages as msg
        from branchdesk.sync import messages

        text = messages.summary_text(d, self.ctx.lang)
        if d.get("error"):
            text = msg.message("sync.failed", self.ctx.lang).format(
                reason=messages.describe(d["error"], d.get("error_detail", ""), self.ctx.lang)) + "\n" + text
        return text

    def _update_buttons(self, *_args) -> None:
        can = self.ctx.actor.can(Permission.RESOLVE_CONFLICT)
        chosen = bool(self.conflict_view.selectionModel().selectedRows())
        self.keep_server.setEnabled(can and chosen)
        self.keep_mine.setEnabled(can and chosen)
        self.permission_note.setVisible(not can)
        self.retry_button.setEnabled(bool(self.rejected.rows))
        self.send_files_button.setEnabled(bool(self.files.rows))

    # ------------------------------------------------------------------ actions
    def open_enrol(self) -> bool:
        from branchdesk.store import sync_repo

        with self.ctx.store.read() as s:
            server = sync_repo.get_state(s, sync_repo.SERVER_URL, "") or ""
        dlg = EnrolDialog(self.ctx, self, server)
        self._dialog = dlg  # reachable for tests and for the event loop
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        if ok:
            self.refresh()
        return ok

    def sync_now(self) -> None:
        ctrl = getattr(self.ctx, "sync_controller", None)
        if ctrl is not None:
            ctrl.sync_now()

    @Slot(object)
    def _on_finished(self, _summary) -> None:
        self.sync_button.setEnabled(True)
        self.refresh()

    def resolve(self, keep: str) -> None:
        from branchdesk.store import sync_repo

        if not self.ctx.actor.can(Permission.RESOLVE_CONFLICT):
            return
        rows = self.conflict_view.selectionModel().selectedRows()
        if not rows:
            return
        c = self.conflicts.rows[rows[0].row()]
        try:
            with self.ctx.store.write() as s:
                sync_repo.resolve_conflict(s, c.id, keep=keep, actor=self.ctx.actor.username)
        except sync_repo.ResolveError as exc:
            QMessageBox.warning(self, self.tr("Conflict"), str(exc))
            return
        if keep == "mine":
            self.ctx.signals.sig_records_changed.emit(c.record_kind)
        self.refresh()

    def retry(self) -> None:
        from branchdesk.store import sync_repo

        with self.ctx.store.write() as s:
            for e in self.rejected.rows:
                sync_repo.retry_rejected(s, e.seq, actor=self.ctx.actor.username)
        self.ctx.signals.sig_records_changed.emit("sync")
        self.refresh()

    def send_files_again(self) -> None:
        """Put every listed file back in line for the next sync (after the causes were fixed)."""
        from branchdesk.store import attachment_transfers

        with self.ctx.store.write() as s:
            for f in self.files.rows:
                attachment_transfers.send_again(s, f.attachment_id, actor=self.ctx.actor.username)
        self.ctx.signals.sig_records_changed.emit("sync")
        self.refresh()


def create(ctx, parent=None) -> QWidget:
    return SyncWorkspace(ctx, parent)
