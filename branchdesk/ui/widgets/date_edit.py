"""Date and date-time edits where Tab leaves the field.

Qt's QDateTimeEdit uses Tab to walk through its own sections (year, month, day, hour, minute),
so a person tabbing through a form gets stuck in it for five key presses. Here Tab moves to the
next field, like everywhere else; inside the field, digits fill the sections in turn and
Left/Right (or typing the separator) move between them. The calendar pops up with Alt+Down.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class DateTimeField(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None, display_format: str = "yyyy-MM-dd HH:mm"):
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        return QWidget.focusNextPrevChild(self, next)


class DateField(QDateEdit):
    def __init__(self, parent: QWidget | None = None, display_format: str = "yyyy-MM-dd"):
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        return QWidget.focusNextPrevChild(self, next)
