"""Unexpected errors: logged (without personal data) and shown as a readable dialog."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("branchdesk")


def store_error_text(code: str) -> str:
    tr = lambda s: QCoreApplication.translate("StoreError", s)  # noqa: E731
    return {
        "locked": tr("The database is locked by another program. Close other BranchDesk windows or tools and try again."),
        "read_only": tr("The data folder is read-only. BranchDesk cannot save anything there."),
        "disk_full": tr("The disk is full. Free some space; nothing was saved."),
        "corrupt": tr("The database file is damaged. Restore it from a backup."),
        "newer_database": tr("This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed."),
        "not_a_branchdesk_database": tr("This file is not a BranchDesk database."),
        "cannot_open": tr("The database file cannot be opened."),
    }.get(code, tr("A database error occurred; nothing was saved."))


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
    tr = lambda s: QCoreApplication.translate("Errors", s)  # noqa: E731
    show_error(
        QApplication.activeWindow(),
        tr("Unexpected error"),
        tr("Something went wrong. What you typed is still in the form; the details are in the log file.")
        + "\n\n" + text,
        detail,
    )
