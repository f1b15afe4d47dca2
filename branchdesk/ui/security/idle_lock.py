"""Idle lock: after some minutes without keyboard or mouse, the program covers every window and asks
for the password again.

Open forms are neither closed nor hidden (hiding a dialog would end its exec() loop and lose what
was typed): each visible top-level window gets an opaque cover as a child, and the password
dialog is application-modal over them. Unlocking removes the covers; the forms are as they were.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from branchdesk.ui.security.dialogs import FormDialog, password_edit

log = logging.getLogger(__name__)

IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


def idle_minutes(store) -> int:
    from branchdesk.store import settings

    with store.read() as s:
        value = settings.get(s, IDLE_SETTING)
    try:
        return max(1, int(value)) if value else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


class _Cover(QWidget):
    """An opaque sheet over one window while locked: no personal data shows through."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setObjectName("security_lock_cover")
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.Dark))
        self.setPalette(pal)
        label = QLabel(self)
        label.setText(QApplication.translate("IdleLock", "BranchDesk is locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False


class UnlockDialog(FormDialog):
    """The signed-in person's password (failures count towards lock-out like any sign-in)."""

    def __init__(self, store, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("security_unlock_dialog")
        self.store = store
        self.actor = actor
        self.password = password_edit(self, "unlock_password")
        self._label = QLabel(self)
        self.form.addRow(self._label, self.password)
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("unlock_quit")
        self.buttons.removeButton(self.buttons.button(self.buttons.StandardButton.Cancel))
        self.buttons.addButton(self.quit_button, self.buttons.ButtonRole.RejectRole)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("BranchDesk is locked"))
        self.intro.setText(self.tr("Locked after a time without activity. %1, type your password to go on; "
                                   "your open forms are kept.").replace("%1", self.actor.display_name))
        self._label.setText(self.tr("Password:"))
        self.quit_button.setText(self.tr("Exit BranchDesk"))

    def _submit(self) -> str | None:
        from branchdesk.security import accounts

        try:
            accounts.sign_in(self.store, self.actor.username, self.password.text(), action="unlock")
        except accounts.AccountError as exc:
            self.password.clear()
            return exc.code
        return None

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            return  # Esc must not dismiss the lock
        super().keyPressEvent(event)


class IdleLock(QObject):
    """Watches input application-wide; locks after the idle time."""

    sig_locked = Signal()
    """The program locked itself (or was locked from the menu)."""
    sig_unlocked = Signal()
    """The password was given again."""

    def __init__(self, window: QWidget, ctx, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.ctx = ctx
        self.dialog: UnlockDialog | None = None
        self._covers: list[_Cover] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(idle_minutes(ctx.store))
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self.dialog is None:
            self.timer.start()  # restart the countdown
        return False

    def lock(self) -> None:
        if self.dialog is not None:
            return
        self.timer.stop()
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w.isWindow() and not isinstance(w, UnlockDialog) and w.windowType() in (
                    Qt.WindowType.Window, Qt.WindowType.Dialog):
                self._covers.append(_Cover(w))
        self.dialog = UnlockDialog(self.ctx.store, self.ctx.actor, self.window)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._quit)
        # show(), not exec(): no nested event loop under the open forms' own; and not open(),
        # which would make it only window-modal and leave the other forms reachable by keyboard.
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.show()
        log.info("locked after idle time")
        self.sig_locked.emit()

    def _unlocked(self) -> None:
        for c in self._covers:
            c.deleteLater()
        self._covers.clear()
        self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()
        self.sig_unlocked.emit()

    def _quit(self) -> None:
        # Leaving from the lock screen: forms are not saved (the person was not there to save them).
        QApplication.instance().quit()

    def detach(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()
