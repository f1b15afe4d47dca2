"""A line edit for CNY amounts: right-aligned, thousands separators once typed, parsed to fen.

Parsing goes through ``domain.money.parse_amount`` so the window, imports and head office accept
and refuse exactly the same inputs ('12,345.67', '¥500', '1e3' refused, three decimals refused).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from branchdesk.domain.money import AmountError, format_fen, parse_amount

__all__ = ["AmountLineEdit", "AmountError"]


class AmountLineEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.setMaxLength(24)

    def amount(self) -> int | None:
        """The amount in fen, None when empty. Raises AmountError (with a message code) on bad input."""
        return parse_amount(self.text())

    def set_amount(self, fen: int | None) -> None:
        self.setText(format_fen(fen))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        # Show what was understood ('12345.6' -> '12,345.60'); leave bad input as typed so the
        # person can see and correct it.
        try:
            fen = self.amount()
        except AmountError:
            fen = None
        else:
            if fen is not None and self.text() != format_fen(fen):
                self.setText(format_fen(fen))
        super().focusOutEvent(event)
