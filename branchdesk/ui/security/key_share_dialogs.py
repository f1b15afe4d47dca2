"""The administrator shares this PC's data key with another PC of the branch, or joins the branch's key.

Both dialogs work through security.key_share when OK is pressed; a refusal is said inline and
the dialog stays open with nothing changed. What was done is left in `done_text` for the caller.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from branchdesk.domain.roles import Actor
from branchdesk.ui.security.dialogs import FormDialog, message, password_edit


class _KeyFileDialog(FormDialog):
    """A key share file (typed or browsed to) and its passphrase."""

    def __init__(self, store, admin: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        from branchdesk.security import key_share  # registers the key.* messages

        self.store = store
        self.admin = admin
        self.suffix = key_share.SUFFIX
        self.done_text = ""
        self._values: dict[str, str] = {}
        self.path = QLineEdit(self)
        self.path.setObjectName("key_share_path")
        self.browse = QPushButton(self)
        self.browse.setObjectName("key_share_browse")
        self.browse.clicked.connect(self._browse)  # each dialog opens its own kind of file dialog
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.passphrase = password_edit(self, "key_share_passphrase")
        self._file_label, self._pass_label = QLabel(self), QLabel(self)
        self.form.addRow(self._file_label, row)
        self.form.addRow(self._pass_label, self.passphrase)

    # One translation context for the texts both dialogs share (self.tr would look them up under each
    # subclass's name).
    def _retranslate(self) -> None:
        self._file_label.setText(QCoreApplication.translate("KeyFileDialog", "Key share file:"))
        self._pass_label.setText(QCoreApplication.translate("KeyFileDialog", "Passphrase:"))
        self.browse.setText(QCoreApplication.translate("KeyFileDialog", "Browse…"))

    def _filter(self) -> str:
        return QCoreApplication.translate("KeyFileDialog", "BranchDesk key share (*%1)").replace("%1", self.suffix)

    def _refuse(self, code: str, **values: str) -> str:
        self._values = values
        return code

    def _try_accept(self) -> None:
        self._values = {}
        code = self._submit()
        if code:
            text = message(code)
            self.error.show_error(text.format(**self._values) if self._values else text)
            return
        self.error.clear_error()
        self.accept()


class KeyShareDialog(_KeyFileDialog):
    """Write this PC's data key, wrapped under a passphrase typed twice, to a .bdkey file."""

    def __init__(self, store, admin: Actor, parent: QWidget | None = None):
        super().__init__(store, admin, parent)
        self.setObjectName("key_share_dialog")
        self.repeat = password_edit(self, "key_share_repeat")
        self._repeat_label = QLabel(self)
        self.form.addRow(self._repeat_label, self.repeat)
        self._retranslate()

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setWindowTitle(self.tr("Share data key with another PC"))
        self.intro.setText(self.tr(
            "Another PC of this branch can take this PC's data key, so that each can show the personal data "
            "the other took and repeat complaints are matched across them. The key is written to a file "
            "protected by the passphrase you choose here; head office never sees it. Carry the file to the "
            "other PC and tell its administrator the passphrase in person, never with the file. Delete the "
            "file once the other PC has joined."))
        self._repeat_label.setText(self.tr("Repeat passphrase:"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), f"branch-data-key{self.suffix}",
                                              self._filter())
        if path:
            self.path.setText(path)

    def _submit(self) -> str | None:
        from branchdesk.security import key_share, keys
        from branchdesk.security.secrets import KeyringUnavailable

        if not self.path.text().strip():
            return "key.no_file"
        if self.passphrase.text() != self.repeat.text():
            return "password_mismatch"
        try:
            written = key_share.write_share(self.store, Path(self.path.text().strip()), self.passphrase.text(),
                                            actor=self.admin.username)
        except ValueError:
            return "passphrase_too_short"
        except keys.DataKeyMissing:
            return "key.key_missing"
        except KeyringUnavailable:
            return "keyring_unavailable"
        except OSError as exc:
            return self._refuse("key.cannot_write", detail=str(exc))
        self.done_text = message("key.share_written").format(path=written)
        return None


class KeyJoinDialog(_KeyFileDialog):
    """Take the branch's data key from a .bdkey file made on another PC of the branch."""

    def __init__(self, store, admin: Actor, parent: QWidget | None = None):
        super().__init__(store, admin, parent)
        self.setObjectName("key_join_dialog")
        self._retranslate()

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setWindowTitle(self.tr("Join this branch's data key"))
        self.intro.setText(self.tr(
            "Take the data key of this branch's other PCs from a key share made on one of them, with the "
            "passphrase its administrator chose. Only a PC that holds no personal data of its own yet (a newly "
            "set-up PC) can join; otherwise nothing is changed."))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "", self._filter())
        if path:
            self.path.setText(path)

    def _submit(self) -> str | None:
        from branchdesk.security import key_share
        from branchdesk.security.secrets import KeyringUnavailable

        if not self.path.text().strip():
            return "key.no_file"
        try:
            text = key_share.read_share_file(Path(self.path.text().strip()))
            result = key_share.join(self.store, text, self.passphrase.text(), actor=self.admin.username)
        except key_share.ShareRefused as exc:
            self.passphrase.clear()
            return self._refuse(exc.code, **exc.values)
        except KeyringUnavailable:
            return "keyring_unavailable"
        if result.already:
            self.done_text = message("key.already_joined")
        else:
            self.done_text = message("key.joined")
            if result.recovery_cleared:
                self.done_text += "\n\n" + message("key.recovery_cleared")
        return None
