"""The settings dialog: language, head office, sync interval, idle lock, backups.

Values live in the store's app_setting table (keys in settings/rules.py). Only someone with
Permission.MANAGE_SETTINGS may change them; anyone else sees them read-only with the reason.
Every value is checked before anything is written; all are then written in one transaction,
with an audit entry naming the keys that changed (settings hold no personal data).

    open_settings(ctx, parent)   # from the menu
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from branchdesk.domain import messages
from branchdesk.domain.roles import Actor, Permission, allowed
from branchdesk.store import settings
from branchdesk.ui import i18n
from branchdesk.ui.settings import rules
from branchdesk.ui.widgets.field_error import ERROR_STYLE, FieldErrorLabel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceSettings:
    language: str
    server_url: str
    sync_interval_minutes: int
    idle_lock_minutes: int
    backup_dir: str
    backups_keep: int

    def as_texts(self) -> dict[str, str]:
        return {
            rules.LANGUAGE: self.language, rules.SERVER_URL: self.server_url,
            rules.SYNC_INTERVAL: str(self.sync_interval_minutes), rules.IDLE_LOCK: str(self.idle_lock_minutes),
            rules.BACKUP_DIR: self.backup_dir, rules.BACKUPS_KEEP: str(self.backups_keep),
        }


def _int_or(value: str | None, rng: rules.Range) -> int:
    parsed, code = rules.parse_count(value or "", rng)
    return parsed if code is None else rng.default


def load(store) -> DeviceSettings:
    """The current settings, with defaults for what was never set."""
    with store.read() as s:
        values = settings.all_settings(s)
        server = values.get(rules.SERVER_URL)
        if server is None:
            try:  # an enrolled device knows its address from enrolment
                from branchdesk.store import sync_repo

                server = sync_repo.get_state(s, sync_repo.SERVER_URL)
            except ImportError:
                server = None
    return DeviceSettings(
        language=values.get(rules.LANGUAGE) or i18n.current_language(),
        server_url=server or "",
        sync_interval_minutes=_int_or(values.get(rules.SYNC_INTERVAL), rules.SYNC_INTERVAL_RANGE),
        idle_lock_minutes=_int_or(values.get(rules.IDLE_LOCK), rules.IDLE_LOCK_RANGE),
        backup_dir=values.get(rules.BACKUP_DIR) or str(Path(store.data_dir) / "backups"),
        backups_keep=_int_or(values.get(rules.BACKUPS_KEEP), rules.BACKUPS_KEEP_RANGE),
    )


def save(store, actor: Actor, new: DeviceSettings) -> list[str]:
    """Write the settings that changed (one transaction, audited); returns their keys.

    Raises guard.PermissionRefused (or PermissionError) when the actor may not change settings.
    """
    code = allowed(actor, Permission.MANAGE_SETTINGS)
    if code is not None:
        try:
            from branchdesk.security.guard import PermissionRefused

            raise PermissionRefused(code, Permission.MANAGE_SETTINGS)
        except ImportError:
            raise PermissionError(code) from None
    old = load(store).as_texts()
    wanted = new.as_texts()
    changed = [k for k, v in wanted.items() if old.get(k) != v]
    if not changed:
        return []
    with store.write() as s:
        for key in changed:
            settings.put(s, key, wanted[key])
        if rules.SERVER_URL in changed:
            try:  # the sync engine reads its address from its own state
                from branchdesk.store import sync_repo

                sync_repo.put_state(s, sync_repo.SERVER_URL, new.server_url.rstrip("/"))
            except ImportError:
                pass
        if rules.BACKUPS_KEEP in changed:
            try:  # the daily backup rotation reads its own key
                from branchdesk.security import backup

                settings.put(s, backup.KEEP_SETTING, wanted[rules.BACKUPS_KEEP])
            except ImportError:
                pass
        try:
            from branchdesk.security.guard import log_event

            log_event(s, actor.username, "settings_change", record_kind="settings", detail={"keys": changed})
        except ImportError:
            pass
    log.info("settings changed: %s", ", ".join(changed))
    return changed


class SettingsDialog(QDialog):
    FIELDS = (rules.LANGUAGE, rules.SERVER_URL, rules.SYNC_INTERVAL, rules.IDLE_LOCK, rules.BACKUP_DIR,
              rules.BACKUPS_KEEP)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.ctx = ctx
        self.current = load(ctx.store)
        default_backups = Path(ctx.store.data_dir) / "backups"
        if self.current.backup_dir == str(default_backups):
            # The program's own folder: made on demand, so the default is always a valid answer.
            default_backups.mkdir(parents=True, exist_ok=True)
        self.refusal = allowed(ctx.actor, Permission.MANAGE_SETTINGS)
        layout = QVBoxLayout(self)

        self.banner = QLabel(self)
        self.banner.setObjectName("refusal")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setVisible(self.refusal is not None)
        layout.addWidget(self.banner)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        self.hints: dict[str, QLabel] = {}

        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.current.language)))
        self.server_url = QLineEdit(self.current.server_url, self)
        self.server_url.setPlaceholderText("https://hq.example.cn")
        self.sync_interval = QLineEdit(str(self.current.sync_interval_minutes), self)
        self.idle_lock = QLineEdit(str(self.current.idle_lock_minutes), self)
        self.backup_dir = QLineEdit(self.current.backup_dir, self)
        self.browse = QPushButton(self)
        self.browse.setObjectName("browse_backup_dir")
        self.browse.clicked.connect(self._choose_backup_dir)
        folder_row = QWidget(self)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.backup_dir, 1)
        row.addWidget(self.browse)
        self.backups_keep = QLineEdit(str(self.current.backups_keep), self)

        self.editors: dict[str, QWidget] = {
            rules.LANGUAGE: self.language, rules.SERVER_URL: self.server_url, rules.SYNC_INTERVAL: self.sync_interval,
            rules.IDLE_LOCK: self.idle_lock, rules.BACKUP_DIR: self.backup_dir, rules.BACKUPS_KEEP: self.backups_keep,
        }
        shown = {rules.BACKUP_DIR: folder_row}
        for key in self.FIELDS:
            editor = self.editors[key]
            editor.setObjectName(key)
            label = QLabel(self)
            label.setBuddy(editor)
            error = FieldErrorLabel(editor, self)
            error.setObjectName(f"{key}_error")
            hint = QLabel(self)
            hint.setStyleSheet("color: palette(mid); font-size: 9pt;")
            hint.setWordWrap(True)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(shown.get(key, editor))
            box.addWidget(hint)
            box.addWidget(error)
            form.addRow(label, box)
            self.labels[key], self.errors[key], self.hints[key] = label, error, hint
            editor.setEnabled(self.refusal is None)
        self.browse.setEnabled(self.refusal is None)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.refusal is None)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 0)
        self.retranslate()

    # ------------------------------------------------------------------ checking and saving
    def collect(self) -> tuple[DeviceSettings | None, dict[str, str | None]]:
        """The settings as typed, or None with a code per field that is wrong."""
        interval, interval_code = rules.parse_minutes(self.sync_interval.text(), rules.SYNC_INTERVAL_RANGE)
        idle, idle_code = rules.parse_minutes(self.idle_lock.text(), rules.IDLE_LOCK_RANGE)
        keep, keep_code = rules.parse_count(self.backups_keep.text(), rules.BACKUPS_KEEP_RANGE)
        problems = {
            rules.LANGUAGE: None if self.language.currentData() in i18n.LANGUAGES else "unknown_code",
            rules.SERVER_URL: rules.check_server_url(self.server_url.text()),
            rules.SYNC_INTERVAL: interval_code,
            rules.IDLE_LOCK: idle_code,
            rules.BACKUP_DIR: rules.check_backup_dir(self.backup_dir.text()),
            rules.BACKUPS_KEEP: keep_code,
        }
        if any(problems.values()):
            return None, problems
        return DeviceSettings(
            language=self.language.currentData(), server_url=self.server_url.text().strip().rstrip("/"),
            sync_interval_minutes=interval, idle_lock_minutes=idle,
            backup_dir=str(Path(self.backup_dir.text().strip()).expanduser()), backups_keep=keep,
        ), problems

    def _show(self, problems: dict[str, str | None]) -> None:
        lang = i18n.current_language()
        ranges = {rules.SYNC_INTERVAL: rules.SYNC_INTERVAL_RANGE, rules.IDLE_LOCK: rules.IDLE_LOCK_RANGE,
                  rules.BACKUPS_KEEP: rules.BACKUPS_KEEP_RANGE}
        first = None
        for key, code in problems.items():
            if code:
                text = rules.range_text(code, ranges[key], lang) if key in ranges else messages.message(code, lang)
                self.errors[key].show_error(text)
                first = first or key
            else:
                self.errors[key].clear_error()
        if first:
            self.editors[first].setFocus()

    def try_save(self) -> bool:
        if self.refusal is not None:  # the button is disabled; a shortcut must not get round it
            self.banner.setVisible(True)
            return False
        new, problems = self.collect()
        self._show(problems)
        if new is None:
            return False
        save(self.ctx.store, self.ctx.actor, new)
        if new.language != i18n.current_language():
            i18n.set_language(new.language)  # the whole interface follows at once
        self.accept()
        return True

    def _choose_backup_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_dir.text())
        if folder:
            self.backup_dir.setText(folder)

    # ------------------------------------------------------------------ texts
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        if self.refusal is not None:
            self.banner.setText(self.tr("These settings are read-only for you: %1").replace(
                "%1", messages.message(self.refusal, i18n.current_language())))
        self.labels[rules.LANGUAGE].setText(self.tr("&Language:"))
        self.labels[rules.SERVER_URL].setText(self.tr("Head-office &address:"))
        self.labels[rules.SYNC_INTERVAL].setText(self.tr("&Sync every (minutes):"))
        self.labels[rules.IDLE_LOCK].setText(self.tr("&Lock after idle (minutes):"))
        self.labels[rules.BACKUP_DIR].setText(self.tr("&Backup folder:"))
        self.labels[rules.BACKUPS_KEEP].setText(self.tr("Backups to &keep:"))
        self.hints[rules.LANGUAGE].setText("")
        self.hints[rules.SERVER_URL].setText(self.tr("Starts with https://. Leave empty to work offline."))
        self.hints[rules.SYNC_INTERVAL].setText(self.tr("1 to 1440 minutes"))
        self.hints[rules.IDLE_LOCK].setText(self.tr("1 to 120 minutes without use, then the password is asked again"))
        self.hints[rules.BACKUP_DIR].setText(self.tr("A folder that exists and can be written, e.g. on a second disk"))
        self.hints[rules.BACKUPS_KEEP].setText(self.tr("1 to 365 daily backups; older ones are deleted"))
        for hint in self.hints.values():
            hint.setVisible(bool(hint.text()))
        self.browse.setText(self.tr("Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


def open_settings(ctx, parent: QWidget | None = None) -> bool:
    """Show the settings; True when they were saved."""
    dialog = SettingsDialog(ctx, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
