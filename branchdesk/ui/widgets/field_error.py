"""An inline error message under a form field: red, hidden while there is nothing to say.

Forms map each domain ``FieldError`` to the label of its field, so the person sees what is wrong
where it is wrong, instead of one dialog listing everything.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #c62828; font-size: 9pt;"
ERROR_FIELD_STYLE = "border: 1px solid #c62828;"


class FieldErrorLabel(QLabel):
    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setVisible(False)
        if field is not None:
            self.setBuddy(field)

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(True)
        self.setAccessibleName(text)

    def clear_error(self) -> None:
        self.setText("")
        self.setVisible(False)

    def has_error(self) -> bool:
        return bool(self.text())
