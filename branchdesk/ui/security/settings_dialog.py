"""Security settings for administrators: idle lock, daily backups kept, recovery passphrase,
sharing the data key between the branch's PCs, backup now, purge past retention."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMessageBox, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from branchdesk.domain.roles import Actor
from branchdesk.ui.security.dialogs import PassphraseDialog, message
from branchdesk.ui.security.idle_lock import IDLE_SETTING, idle_minutes


class SecuritySettingsDialog(QDialog):
    def __init__(self, store, admin: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        from branchdesk.security import backup

        self.setObjectName("security_settings_dialog")
        self.store = store
        self.admin = admin
        self.idle = QSpinBox(self)
        self.idle.setObjectName("settings_idle_minutes")
        self.idle.setRange(1, 240)
        self.idle.setValue(idle_minutes(store))
        self.keep = QSpinBox(self)
        self.keep.setObjectName("settings_backups_kept")
        self.keep.setRange(1, 365)
        self.keep.setValue(backup.keep_count(store))
        self.recovery_state = QLabel(self)
        self.b_recovery = QPushButton(self)
        self.b_share_key = QPushButton(self)
        self.b_share_key.setObjectName("settings_share_key")
        self.b_join_key = QPushButton(self)
        self.b_join_key.setObjectName("settings_join_key")
        self.b_backup = QPushButton(self)
        self.b_purge = QPushButton(self)
        self.b_recovery.clicked.connect(self.set_recovery)
        self.b_share_key.clicked.connect(self.share_key)
        self.b_join_key.clicked.connect(self.join_key)
        self.b_backup.clicked.connect(self.backup_now)
        self.b_purge.clicked.connect(self.purge)
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.idle)
        form.addRow(self._labels[1], self.keep)
        form.addRow(self._labels[2], self.recovery_state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        for b in (self.b_recovery, self.b_share_key, self.b_join_key, self.b_backup, self.b_purge):
            lay.addWidget(b)
        lay.addWidget(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        from branchdesk.security import keys

        self.setWindowTitle(self.tr("Security settings"))
        self._labels[0].setText(self.tr("Lock after idle (minutes):"))
        self._labels[1].setText(self.tr("Daily backups kept:"))
        self._labels[2].setText(self.tr("Recovery passphrase:"))
        self.recovery_state.setText(self.tr("set: backups can be restored on another PC") if keys.has_recovery(self.store)
                                    else self.tr("not set: a backup restored on another PC cannot show personal data"))
        self.b_recovery.setText(self.tr("Set recovery passphrase…"))
        self.b_share_key.setText(self.tr("Share data key with another PC…"))
        self.b_join_key.setText(self.tr("Join this branch's data key…"))
        self.b_backup.setText(self.tr("Back up now…"))
        self.b_purge.setText(self.tr("Purge records past retention…"))

    def save(self) -> None:
        from branchdesk.security.backup import KEEP_SETTING
        from branchdesk.security.guard import log_event
        from branchdesk.store import settings

        with self.store.write() as s:
            settings.put(s, IDLE_SETTING, str(self.idle.value()))
            settings.put(s, KEEP_SETTING, str(self.keep.value()))
            log_event(s, self.admin.username, "settings_change", record_kind="settings",
                      detail={IDLE_SETTING: self.idle.value(), KEEP_SETTING: self.keep.value()})
        self.accept()

    def set_recovery(self) -> None:
        from branchdesk.security import keys
        from branchdesk.security.secrets import KeyringUnavailable

        def check(passphrase: str) -> str | None:
            try:
                keys.set_recovery_passphrase(self.store, passphrase, actor=self.admin.username)
            except ValueError:
                return "passphrase_too_short"
            except KeyringUnavailable:
                return "keyring_unavailable"
            return None

        PassphraseDialog(self.tr("Recovery passphrase"), self.tr(
            "Backups will carry the data key protected by this passphrase, so they can be restored on a new PC. "
            "Keep it in the branch safe, apart from the backups."), check, self, confirm=True).exec()
        self._retranslate()

    def share_key(self) -> None:
        from branchdesk.ui.security.key_share_dialogs import KeyShareDialog

        self._key_dialog(KeyShareDialog(self.store, self.admin, self))

    def join_key(self) -> None:
        from branchdesk.ui.security.key_share_dialogs import KeyJoinDialog

        self._key_dialog(KeyJoinDialog(self.store, self.admin, self))
        self._retranslate()  # a join clears a recovery passphrase that wrapped the former key

    def _key_dialog(self, dialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(self, dialog.windowTitle(), dialog.done_text)

    def backup_now(self) -> None:
        from branchdesk.security import backup

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up to"), "branchdesk-backup.sqlite",
                                              self.tr("BranchDesk backup (*.sqlite)"))
        if not path:
            return
        from pathlib import Path

        try:
            info = backup.backup_to(self.store, Path(path), actor=self.admin.username)
        except backup.BackupError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(f"sec.backup.{exc.code}").format(detail=exc.detail))
            return
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("Backed up to %1.").replace("%1", str(info.path)))

    def purge(self) -> None:
        from branchdesk.security import retention
        from branchdesk.security.guard import PermissionRefused

        with self.store.read() as s:
            due = retention.find_due(s)
        if not due:
            QMessageBox.information(self, self.windowTitle(), self.tr("No record is past its retention period."))
            return
        counts = {}
        for d in due:
            counts[d.kind] = counts.get(d.kind, 0) + 1
        summary = ", ".join(f"{k}: {n}" for k, n in sorted(counts.items()))
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "%1 record(s) are past their retention period (%2). Remove them for good? A report of what was "
            "removed is kept.").replace("%1", str(len(due))).replace("%2", summary))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            report = retention.purge(self.store, self.admin)
        except PermissionRefused as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc.code))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("Purged %1 record(s). The report is in %2.")
                                .replace("%1", str(len(report.purged)))
                                .replace("%2", str(self.store.data_dir / "purge-reports")))
