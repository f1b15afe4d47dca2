"""Display names of statuses, steps and clock states (translated in context "Complaints")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CTX = "Complaints"

STATUS = {
    "registered": QT_TRANSLATE_NOOP("Complaints", "Registered"),
    "accepted": QT_TRANSLATE_NOOP("Complaints", "Accepted"),
    "investigating": QT_TRANSLATE_NOOP("Complaints", "Investigating"),
    "decided": QT_TRANSLATE_NOOP("Complaints", "Decided"),
    "notified": QT_TRANSLATE_NOOP("Complaints", "Complainant notified"),
    "review": QT_TRANSLATE_NOOP("Complaints", "Under review"),
    "mediation": QT_TRANSLATE_NOOP("Complaints", "In mediation"),
    "closed": QT_TRANSLATE_NOOP("Complaints", "Closed"),
    "called_back": QT_TRANSLATE_NOOP("Complaints", "Called back"),
    "archived": QT_TRANSLATE_NOOP("Complaints", "Archived"),
    "withdrawn": QT_TRANSLATE_NOOP("Complaints", "Withdrawn"),
    "merged": QT_TRANSLATE_NOOP("Complaints", "Merged"),
    "not_handled": QT_TRANSLATE_NOOP("Complaints", "Not handled"),
}

ACTION = {
    "register": QT_TRANSLATE_NOOP("Complaints", "Registered"),
    "accept": QT_TRANSLATE_NOOP("Complaints", "Accept"),
    "investigate": QT_TRANSLATE_NOOP("Complaints", "Start investigation"),
    "decide": QT_TRANSLATE_NOOP("Complaints", "Record decision"),
    "notify": QT_TRANSLATE_NOOP("Complaints", "Complainant notified"),
    "review": QT_TRANSLATE_NOOP("Complaints", "Review applied for"),
    "mediate": QT_TRANSLATE_NOOP("Complaints", "Refer to mediation"),
    "close": QT_TRANSLATE_NOOP("Complaints", "Close case"),
    "call_back": QT_TRANSLATE_NOOP("Complaints", "Call-back done"),
    "archive": QT_TRANSLATE_NOOP("Complaints", "Archive"),
    "withdraw": QT_TRANSLATE_NOOP("Complaints", "Withdrawn by complainant"),
    "merge": QT_TRANSLATE_NOOP("Complaints", "Merge into another case"),
    "decline": QT_TRANSLATE_NOOP("Complaints", "Not to be handled"),
    "assign": QT_TRANSLATE_NOOP("Complaints", "Handler assigned"),
    "conflict_declared": QT_TRANSLATE_NOOP("Complaints", "Conflict of interest declared"),
    "conflict_cleared": QT_TRANSLATE_NOOP("Complaints", "No conflict of interest confirmed"),
    "extension_requested": QT_TRANSLATE_NOOP("Complaints", "Extension requested"),
    "extension_approved": QT_TRANSLATE_NOOP("Complaints", "Extension approved"),
    "extension_refused": QT_TRANSLATE_NOOP("Complaints", "Extension refused"),
    "pause": QT_TRANSLATE_NOOP("Complaints", "Clock paused (external appraisal)"),
    "resume": QT_TRANSLATE_NOOP("Complaints", "Clock resumed"),
    "new_facts": QT_TRANSLATE_NOOP("Complaints", "New facts received (clock restarted)"),
    "attachment_added": QT_TRANSLATE_NOOP("Complaints", "Attachment added"),
    "merged_in": QT_TRANSLATE_NOOP("Complaints", "Another case merged into this one"),
    "note": QT_TRANSLATE_NOOP("Complaints", "Note"),
}

CLOCK = {
    "on_track": QT_TRANSLATE_NOOP("Complaints", "On track"),
    "due_soon": QT_TRANSLATE_NOOP("Complaints", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("Complaints", "Overdue"),
    "paused": QT_TRANSLATE_NOOP("Complaints", "Paused"),
    "stopped": QT_TRANSLATE_NOOP("Complaints", "Stopped"),
    "decided_on_time": QT_TRANSLATE_NOOP("Complaints", "Decided on time"),
    "decided_late": QT_TRANSLATE_NOOP("Complaints", "Decided late"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def status_text(code: str) -> str:
    return tr(STATUS.get(code, code))


def action_text(code: str) -> str:
    return tr(ACTION.get(code, code))


def clock_text(code: str) -> str:
    return tr(CLOCK.get(code, code))
