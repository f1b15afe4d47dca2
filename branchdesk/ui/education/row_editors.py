"""Small editors for the repeated parts of an event: materials (type + quantity) and partners
(type + name). Each row is a code combo plus one field and a remove button; "Add" appends a row
and puts the focus in it, so the whole list can be filled from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from branchdesk.domain.education import Material, Partner
from branchdesk.domain.reference import RefBook
from branchdesk.ui.widgets.code_combo import CodeComboBox

QUANTITY_MAX = 1_000_000


class _Row(QWidget):
    def __init__(self, refs: RefBook, category: str, lang: str, value_widget: QWidget, parent: QWidget):
        super().__init__(parent)
        self.combo = CodeComboBox(refs, category, lang, parent=self)
        self.value = value_widget
        self.value.setParent(self)
        self.remove = QPushButton("✕", self)
        self.remove.setFixedWidth(28)
        self.remove.setAutoDefault(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.value, 1)
        lay.addWidget(self.remove)


class RowListEditor(QWidget):
    """Base: a column of rows and an "Add" button. Subclasses make the value widget and read it."""

    sig_changed = Signal()
    """A row was added, removed or edited."""

    CATEGORY = ""

    def __init__(self, refs: RefBook, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._refs, self._lang = refs, lang
        self.rows: list[_Row] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(2)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(self._rows_box)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        outer.addLayout(add_line)

    def _value_widget(self) -> QWidget:
        raise NotImplementedError

    def add_row(self, *, focus: bool = False) -> _Row:
        row = _Row(self._refs, self.CATEGORY, self._lang, self._value_widget(), self)
        row.combo.setObjectName(f"{self.objectName()}_type_{len(self.rows)}")
        row.value.setObjectName(f"{self.objectName()}_value_{len(self.rows)}")
        row.remove.clicked.connect(lambda: self.remove_row(row))
        row.combo.currentIndexChanged.connect(self.sig_changed)
        self._connect_value(row.value)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self._fix_tab_order()
        if focus:
            row.combo.setFocus()
        self.sig_changed.emit()
        return row

    def remove_row(self, row: _Row) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._fix_tab_order()
        self.add_button.setFocus()
        self.sig_changed.emit()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()

    def _connect_value(self, w: QWidget) -> None:
        raise NotImplementedError

    def _fix_tab_order(self) -> None:
        chain = [w for r in self.rows for w in (r.combo, r.value, r.remove)] + [self.add_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def first_focus(self) -> QWidget:
        return self.rows[0].combo if self.rows else self.add_button

    def last_focus(self) -> QWidget:
        return self.add_button

    def reload(self, refs: RefBook, lang: str) -> None:
        self._refs, self._lang = refs, lang
        for r in self.rows:
            r.combo.reload(refs, lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        pass


class MaterialsEditor(RowListEditor):
    CATEGORY = "material_type"

    def __init__(self, refs: RefBook, lang: str, parent: QWidget | None = None):
        super().__init__(refs, lang, parent)
        self.setObjectName("education_materials")
        self._retranslate()

    def _value_widget(self) -> QWidget:
        spin = QSpinBox()
        spin.setRange(0, QUANTITY_MAX)
        spin.setValue(0)
        spin.setSpecialValueText("—")
        spin.setGroupSeparatorShown(True)
        return spin

    def _connect_value(self, w: QWidget) -> None:
        w.valueChanged.connect(self.sig_changed)

    def _retranslate(self) -> None:
        self.add_button.setText(self.tr("Add material"))
        for r in self.rows:
            r.value.setSuffix(self.tr(" pcs"))
            r.remove.setToolTip(self.tr("Remove this material"))

    def add_row(self, *, focus: bool = False):
        row = super().add_row(focus=focus)
        row.value.setSuffix(self.tr(" pcs"))
        row.remove.setToolTip(self.tr("Remove this material"))
        return row

    def materials(self) -> tuple[Material, ...]:
        """Rows with a type chosen; a row left completely empty is ignored."""
        return tuple(Material(r.combo.code(), r.value.value()) for r in self.rows
                     if r.combo.code() or r.value.value())

    def set_materials(self, items) -> None:
        self.clear_rows()
        for m in items:
            row = self.add_row()
            row.combo.set_code(m.type)
            row.value.setValue(m.quantity)


class PartnersEditor(RowListEditor):
    CATEGORY = "partner_type"

    def __init__(self, refs: RefBook, lang: str, parent: QWidget | None = None):
        super().__init__(refs, lang, parent)
        self.setObjectName("education_partners")
        self._retranslate()

    def _value_widget(self) -> QWidget:
        e = QLineEdit()
        e.setMaxLength(200)
        return e

    def _connect_value(self, w: QWidget) -> None:
        w.textEdited.connect(self.sig_changed)

    def add_row(self, *, focus: bool = False):
        row = super().add_row(focus=focus)
        row.value.setPlaceholderText(self.tr("Name, e.g. 张江派出所"))
        row.remove.setToolTip(self.tr("Remove this partner"))
        return row

    def _retranslate(self) -> None:
        self.add_button.setText(self.tr("Add partner"))
        for r in self.rows:
            r.value.setPlaceholderText(self.tr("Name, e.g. 张江派出所"))
            r.remove.setToolTip(self.tr("Remove this partner"))

    def partners(self) -> tuple[Partner, ...]:
        return tuple(Partner(r.combo.code(), r.value.text().strip()) for r in self.rows
                     if r.combo.code() or r.value.text().strip())

    def set_partners(self, items) -> None:
        self.clear_rows()
        for p in items:
            row = self.add_row()
            row.combo.set_code(p.type)
            row.value.setText(p.name)
