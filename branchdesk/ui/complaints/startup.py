"""The start-up reminder of complaint deadlines: a notice in the status bar, never a modal dialog.

When overdue or due-soon cases exist, the notice says how many, offers a button to the deadlines
and opens the complaints workspace on its deadlines tab, so the most urgent work is in front of
the person as soon as the program starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from branchdesk.store import complaint_repo as repo


REMINDER = QT_TRANSLATE_NOOP("ComplaintReminder", "Complaints: %1 overdue, %2 due soon, %3 awaiting approval")


def reminder_text(d: repo.Deadlines) -> str:
    return (QCoreApplication.translate("ComplaintReminder", REMINDER)
            .replace("%1", str(len(d.overdue))).replace("%2", str(len(d.due_soon)))
            .replace("%3", str(len(d.awaiting_approval))))


def attach(window, ctx) -> QPushButton | None:
    """Add the reminder to `window`'s status bar; returns its button (None when nothing is due)."""
    with ctx.store.read() as s:
        d = repo.deadlines(s, ctx.actor)
    if not (d.urgent_count or d.awaiting_approval):
        return None
    button = QPushButton(reminder_text(d), window)
    button.setObjectName("complaint_reminder")
    button.setFlat(True)
    if d.overdue:
        button.setStyleSheet("color: #b71c1c; font-weight: bold;")
    button.clicked.connect(lambda: _open_deadlines(window))
    window.statusBar().addPermanentWidget(button)

    def refresh(kind: str) -> None:
        if kind != "complaint":
            return
        with ctx.store.read() as s:
            button.setText(reminder_text(repo.deadlines(s, ctx.actor)))

    ctx.signals.sig_records_changed.connect(refresh)
    if d.urgent_count:
        _open_deadlines(window)
    return button


def _open_deadlines(window) -> None:
    page = window.show_workspace("complaints")
    if page is not None and hasattr(page, "show_deadlines"):
        page.show_deadlines()
