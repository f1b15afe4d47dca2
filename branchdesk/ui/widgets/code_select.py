"""Choosing several reference codes at once.

Two shapes, the same API (``codes()``, ``set_codes()``, ``reload()``, ``sig_changed``):

* ``CodeCheckBoxes``: a grid of check boxes, for forms (every option visible, Tab and Space work).
* ``CodeMultiSelectButton``: a compact button with a checkable menu, for filter bars
  ("All fraud types" / one label / "3 selected").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QMenu, QToolButton, QWidget

from branchdesk.domain.reference import RefBook


class CodeCheckBoxes(QWidget):
    sig_changed = Signal()
    """The set of ticked codes changed."""

    def __init__(self, refs: RefBook, category: str, lang: str, *, columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.category = category
        self._columns = columns
        self._boxes: dict[str, QCheckBox] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(4)
        self.reload(refs, lang)

    def boxes(self) -> list[QCheckBox]:
        """In display (and tab) order."""
        return list(self._boxes.values())

    def box(self, code: str) -> QCheckBox:
        return self._boxes[code]

    def reload(self, refs: RefBook, lang: str) -> None:
        keep = self.codes()
        if [c.code for c in refs.options(self.category)] == list(self._boxes):
            for c in refs.options(self.category):  # same codes: only the labels change
                self._boxes[c.code].setText(c.label(lang))
            return
        for b in self._boxes.values():
            b.setParent(None)
            b.deleteLater()
        self._boxes.clear()
        for i, c in enumerate(refs.options(self.category)):
            b = QCheckBox(c.label(lang), self)
            b.setObjectName(f"{self.category}_{c.code}")
            b.toggled.connect(self.sig_changed)
            self._grid.addWidget(b, i // self._columns, i % self._columns)
            self._boxes[c.code] = b
        self.set_codes(keep)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, b in self._boxes.items() if b.isChecked())

    def set_codes(self, codes) -> None:
        wanted = set(codes)
        for code, b in self._boxes.items():
            b.setChecked(code in wanted)


class CodeMultiSelectButton(QToolButton):
    sig_changed = Signal()
    """The set of ticked codes changed."""

    def __init__(self, refs: RefBook, category: str, lang: str, *, all_text, parent: QWidget | None = None):
        """all_text: a callable giving the translated "all ..." text (re-read on retranslate)."""
        super().__init__(parent)
        self.category = category
        self._all_text = all_text
        self._labels: dict[str, str] = {}
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMaximumWidth(170)
        self.setStyleSheet("QToolButton { padding-right: 14px; }")  # room for the menu arrow
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self.reload(refs, lang)

    def reload(self, refs: RefBook, lang: str) -> None:
        keep = set(self.codes())
        self._menu.clear()
        self._labels.clear()
        clear = self._menu.addAction(QCoreApplication.translate("CodeSelect", "Clear selection"))
        clear.triggered.connect(lambda: self.set_codes(()))
        self._menu.addSeparator()
        for c in refs.options(self.category):
            act = self._menu.addAction(c.label(lang))
            act.setCheckable(True)
            act.setChecked(c.code in keep)
            act.setData(c.code)
            act.toggled.connect(self._on_toggled)
            self._labels[c.code] = c.label(lang)
        self._update_text()

    def codes(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self._menu.actions() if a.isCheckable() and a.isChecked())

    def set_codes(self, codes) -> None:
        wanted = set(codes)
        changed = False
        for a in self._menu.actions():
            if a.isCheckable() and a.isChecked() != (a.data() in wanted):
                a.blockSignals(True)
                a.setChecked(a.data() in wanted)
                a.blockSignals(False)
                changed = True
        self._update_text()
        if changed:
            self.sig_changed.emit()

    def _on_toggled(self, _checked: bool) -> None:
        self._update_text()
        self.sig_changed.emit()

    def _update_text(self) -> None:
        chosen = self.codes()
        if not chosen:
            self.setText(self._all_text())
        elif len(chosen) == 1:
            self.setText(self._labels.get(chosen[0], chosen[0]))
        else:
            self.setText(QCoreApplication.translate("CodeSelect", "%n selected", "", len(chosen)))
        self.setToolTip("\n".join(self._labels.get(c, c) for c in chosen))
