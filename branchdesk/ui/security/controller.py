"""Security in the running window: idle lock, the Account menu, staff accounts, daily backups.

attach(window, ctx) is called by ui/main_window.attach_extensions. It adds an "Account" menu
(lock now, change password, switch user; for administrators also staff accounts and security
settings), starts the idle lock and schedules the daily backup off the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from branchdesk.domain.roles import Permission
from branchdesk.ui.security.dialogs import ChangePasswordDialog, message
from branchdesk.ui.security.idle_lock import IdleLock, UnlockDialog

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 60 * 60 * 1000  # the day may change while the program runs
FIRST_BACKUP_DELAY_MS = 20_000  # after start-up, not during it


class _BackupSignals(QObject):
    sig_done = Signal(str)
    """A daily backup was written (its file name) or '' when today's already existed."""
    sig_failed = Signal(str)
    """The daily backup failed (a short reason, no personal data)."""


class _DailyBackup(QRunnable):
    """SQLite's backup API on its own connection: safe beside the GUI thread's writes."""

    def __init__(self, store, signals: _BackupSignals):
        super().__init__()
        self.store = store
        self.signals = signals

    def run(self) -> None:
        from branchdesk.security import backup

        try:
            made = backup.daily_backup(self.store)
        except Exception as exc:  # reported through the signal; the program goes on
            log.warning("daily backup failed: %s", type(exc).__name__)
            self.signals.sig_failed.emit(type(exc).__name__)
            return
        self.signals.sig_done.emit(made.name if made else "")


class SecurityController(QObject):
    def __init__(self, window: QMainWindow, ctx):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        from branchdesk.security import accounts

        # Without any account (tests, unattended runs) there is no password to ask: no idle lock.
        self.idle = IdleLock(window, ctx, self) if accounts.has_accounts(ctx.store) else None
        self._build_menu()
        ctx.signals.sig_actor_changed.connect(self._update_menu)
        self.backup_signals = _BackupSignals(self)
        self.backup_signals.sig_done.connect(self._backup_done)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.run_daily_backup)
        self.backup_timer.start()
        self.first_backup = QTimer(self)
        self.first_backup.setSingleShot(True)
        self.first_backup.setInterval(FIRST_BACKUP_DELAY_MS)
        self.first_backup.timeout.connect(self.run_daily_backup)
        self.first_backup.start()
        window.installEventFilter(self)

    # ------------------------------------------------------------------ menu
    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        before = bar.actions()[-1] if bar.actions() else None  # keep Help last
        self.menu = bar.addMenu("")
        if before is not None:
            bar.insertMenu(before, self.menu)
        self.menu.setObjectName("menu_account")
        self.act_lock = QAction(self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(self.lock_now)
        self.act_password = QAction(self)
        self.act_password.triggered.connect(self.change_password)
        self.act_switch = QAction(self)
        self.act_switch.triggered.connect(self.switch_user)
        self.act_accounts = QAction(self)
        self.act_accounts.triggered.connect(self.open_accounts)
        self.act_settings = QAction(self)
        self.act_settings.triggered.connect(self.open_settings)
        for a in (self.act_lock, self.act_password, self.act_switch):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.act_accounts)
        self.menu.addAction(self.act_settings)
        self._retranslate()
        self._update_menu()

    def _update_menu(self) -> None:
        admin = self.ctx.actor.can(Permission.MANAGE_ACCOUNTS)
        self.act_accounts.setVisible(admin)
        self.act_settings.setVisible(self.ctx.actor.can(Permission.MANAGE_SETTINGS))
        has_idle = self.idle is not None
        for a in (self.act_lock, self.act_password, self.act_switch):
            a.setEnabled(has_idle)

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Account"))
        self.act_lock.setText(self.tr("&Lock now"))
        self.act_password.setText(self.tr("Change &password…"))
        self.act_switch.setText(self.tr("&Switch user…"))
        self.act_accounts.setText(self.tr("Staff &accounts…"))
        self.act_settings.setText(self.tr("Security &settings…"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif obj is self.window and event.type() == QEvent.Type.Close:
            # The window is going: no backup may start against a store about to close. (The idle
            # lock stays: a close the window refuses, e.g. for an unsaved form, keeps it running.)
            self.backup_timer.stop()
            self.first_backup.stop()
        return False

    # ------------------------------------------------------------------ actions
    def lock_now(self) -> None:
        if self.idle is not None:
            self.idle.lock()

    def change_password(self) -> None:
        ChangePasswordDialog(self.ctx.store, self.ctx.actor.username, self.window).exec()

    def _open_forms(self) -> list:
        return [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and isinstance(w, QDialog) and not isinstance(w, UnlockDialog)]

    def switch_user(self) -> None:
        """Sign out and let someone else sign in. Open forms must be closed first: they belong to
        the person who opened them."""
        from branchdesk.security import accounts
        from branchdesk.store import settings
        from branchdesk.ui.security.signin import sign_in_interactively

        if self._open_forms():
            QMessageBox.information(self.window, self.tr("Switch user"), message("close_forms_first"))
            return
        previous = self.ctx.actor
        actor = sign_in_interactively(self.ctx.store, self.window)
        if actor is None:
            return
        accounts.record_sign_out(self.ctx.store, previous)
        with self.ctx.store.write() as s:
            settings.put(s, "last_user", actor.username)
        self.ctx.actor = actor
        self.ctx.signals.sig_actor_changed.emit()

    def open_accounts(self) -> None:
        from branchdesk.ui.security.accounts_view import AccountsDialog

        if not self._permitted(Permission.MANAGE_ACCOUNTS):
            return
        AccountsDialog(self.ctx.store, self.ctx.actor, self.window).exec()

    def open_settings(self) -> None:
        from branchdesk.ui.security.settings_dialog import SecuritySettingsDialog

        if not self._permitted(Permission.MANAGE_SETTINGS):
            return
        if SecuritySettingsDialog(self.ctx.store, self.ctx.actor, self.window).exec() and self.idle is not None:
            from branchdesk.ui.security.idle_lock import idle_minutes

            self.idle.set_minutes(idle_minutes(self.ctx.store))

    def _permitted(self, permission: Permission) -> bool:
        from branchdesk.domain.roles import allowed

        code = allowed(self.ctx.actor, permission)
        if code:
            QMessageBox.warning(self.window, self.window.windowTitle(), message(code))
            return False
        return True

    # ------------------------------------------------------------------ backups
    def run_daily_backup(self) -> None:
        QThreadPool.globalInstance().start(_DailyBackup(self.ctx.store, self.backup_signals))

    def _backup_done(self, name: str) -> None:
        if name:
            log.info("daily backup written: %s", name)


def attach(window: QMainWindow, ctx) -> SecurityController:
    controller = SecurityController(window, ctx)
    window.security = controller  # reachable for tests and other controllers
    return controller
