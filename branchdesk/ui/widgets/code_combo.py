"""A combo box of reference codes (fraud types, channels, ...) fed from the RefBook.

Forms never hard-code a list: head office may add or retire codes through sync. The combo shows
labels in the current language and hands back codes. With ``any_text`` it gets a first item
meaning "no restriction" (for filter bars); without it, it starts empty (for required fields, so
nothing is chosen by accident) and shows ``placeholder`` greyed.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from branchdesk.domain.reference import RefBook

LabelText = str | Callable[[], str]  # a callable is re-evaluated on retranslate()


def _text(t: LabelText | None) -> str:
    return (t() if callable(t) else t) or ""


class CodeComboBox(QComboBox):
    """Codes of one reference category. ``code()`` is '' when nothing (or "any") is chosen."""

    def __init__(self, refs: RefBook, category: str, lang: str, *, any_text: LabelText | None = None,
                 placeholder: LabelText | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.category = category
        self._any_text = any_text
        self._placeholder = placeholder
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.reload(refs, lang)

    def reload(self, refs: RefBook, lang: str) -> None:
        """Fill again (new language or new codes), keeping the chosen code."""
        keep = self.code()
        was_blocked = self.blockSignals(True)
        self.clear()
        if self._any_text is not None:
            self.addItem(_text(self._any_text), "")
        for c in refs.options(self.category):
            self.addItem(c.label(lang), c.code)
        if keep and self.findData(keep) < 0:
            # A retired code on an old record stays visible rather than silently changing.
            ref = refs.get(self.category, keep)
            self.addItem(ref.label(lang) if ref else keep, keep)
        self.setPlaceholderText(_text(self._placeholder))
        self.blockSignals(was_blocked)
        self.set_code(keep)

    def code(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_code(self, code: str | None) -> None:
        i = self.findData(code or "")
        if i < 0 and not code and self._any_text is not None:
            i = 0
        self.setCurrentIndex(i)
