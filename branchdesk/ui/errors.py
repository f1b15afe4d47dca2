"""Unexpected errors: logged (without personal data) and shown as a readable dialog."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("branchdesk")


# Source texts marked for lupdate in the "StoreError" context; translated when shown.
_STORE_ERRORS = {
    "locked": QT_TRANSLATE_NOOP("StoreError", "The database is locked by another program. Close other BranchDesk windows or tools and try again."),
    "read_only": QT_TRANSLATE_NOOP("StoreError", "The data folder is read-only. BranchDesk cannot save anything there."),
    "disk_full": QT_TRANSLATE_NOOP("StoreError", "The disk is full. Free some space; nothing was saved."),
    "corrupt": QT_TRANSLATE_NOOP("StoreError", "The database file is damaged. Restore it from a backup."),
    "newer_database": QT_TRANSLATE_NOOP("StoreError", "This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed."),
    "not_a_branchdesk_database": QT_TRANSLATE_NOOP("StoreError", "This file is not a BranchDesk database."),
    "cannot_open": QT_TRANSLATE_NOOP("StoreError", "The database file cannot be opened."),
}
_STORE_ERROR_OTHER = QT_TRANSLATE_NOOP("StoreError", "A database error occurred; nothing was saved.")


def store_error_text(code: str) -> str:
    return QCoreApplication.translate("StoreError", _STORE_ERRORS.get(code, _STORE_ERROR_OTHER))


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    box.exec()


class _Relay(QObject):
    sig_error = Signal(str, str)


_relay: _Relay | None = None


def install_excepthook() -> None:
    """Log at CRITICAL and show a dialog on the GUI thread, whichever thread raised."""
    global _relay
    _relay = _Relay()
    _relay.sig_error.connect(_show_unexpected)

    def hook(exc_type, exc, tb):
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        text = "".join(traceback.format_exception_only(exc_type, exc)).strip()
        detail = "".join(traceback.format_exception(exc_type, exc, tb))
        _relay.sig_error.emit(text, detail)  # queued to the GUI thread if raised elsewhere

    sys.excepthook = hook


def _show_unexpected(text: str, detail: str) -> None:
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    show_error(
        QApplication.activeWindow(),
        QCoreApplication.translate("Errors", "Unexpected error"),
        QCoreApplication.translate(
            "Errors", "Something went wrong. What you typed is still in the form; the details are in the log file.")
        + "\n\n" + text,
        detail,
    )
