"""What every record form shares: the dialog frame, keyboard, inline errors and the save path.

A form names its fields in reading order (``FIELD_ORDER``), builds them into ``self.fields`` and
lays them out with ``_section``/``_lay_out``; it supplies ``_prepare`` (collect and validate,
then a function that writes in one transaction). The frame does the rest the same way in every
workspace: Ctrl+Enter saves, Esc cancels (asking first when something was typed), each problem
is shown under its field with the focus on the first, and a database failure is shown at the top
while the dialog stays open with everything typed.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFrame,
                               QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)
from sqlalchemy.exc import OperationalError

from branchdesk.domain import messages
from branchdesk.domain.fraud import FieldError
from branchdesk.store.db import StoreError, classify_operational_error
from branchdesk.ui.context import AppContext
from branchdesk.ui.errors import store_error_text
from branchdesk.ui.widgets.field_error import FieldErrorLabel

log = logging.getLogger(__name__)

BANNER_ERROR = "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px;"
BANNER_INFO = "background: #fff8e1; color: #5d4a00; border: 1px solid #f0dc9a; border-radius: 4px; padding: 8px;"


def connect_edited(widget: QWidget, slot: Callable) -> None:
    """Call slot whenever the person changes the value of a form field, whatever its kind."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif hasattr(widget, "sig_changed"):
        widget.sig_changed.connect(slot)


class RecordFormDialog(QDialog):
    sig_saved = Signal(str)
    """The record with this id was created or amended."""

    FIELD_ORDER: tuple[str, ...] = ()  # reading (and tab) order; the first field with a problem gets the focus
    TOP_ALIGNED: frozenset[str] = frozenset()  # tall fields: their label sits at the top
    PREFIX = ""  # object names: <prefix>_form_banner, <prefix>_form_save, <prefix>_form_cancel
    NUMBER_NAME = ""  # object name of the record number in the head
    KIND = ""  # sig_records_changed carries it after a save
    LOG_WHAT = "a record"  # names the kind in the log; never any content
    SAVE_IS_DEFAULT = True  # Enter in a one-line field saves
    repo = None  # the store module: ValidationFailed and RecordNotFound are caught from it

    def __init__(self, ctx: AppContext, record, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved_id: str | None = None
        self._dirty = False
        self.scroll: QScrollArea | None = None
        self.setModal(True)
        self.refusal = self._refusal_reason()
        self.read_only = record is not None and self.refusal is not None
        self.amending = record is not None and not self.read_only
        self.banner = QLabel(self)
        self.banner.setObjectName(f"{self.PREFIX}_form_banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.number_label = QLabel(self)
        self.number_label.setObjectName(self.NUMBER_NAME)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _refusal_reason(self) -> str | None:
        """Why this person may not change the record (None when they may)."""
        return None

    def _refusal_text(self) -> str:
        return ""

    # ------------------------------------------------------------------ layout
    def _set_fields(self, fields: dict[str, QWidget], object_prefix: str) -> None:
        for name, widget in fields.items():
            if not widget.objectName():
                widget.setObjectName(f"{object_prefix}{name}")
        self.fields = fields
        self.errors = {name: FieldErrorLabel(fields[name], self) for name in self.FIELD_ORDER}
        self.labels: dict[str, QLabel] = {}
        self.sections: dict[str, QLabel] = {}

    @staticmethod
    def _grid() -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        return grid

    def _columns(self, left: Iterable[tuple[str, tuple[str, ...]]],
                 right: Iterable[tuple[str, tuple[str, ...]]]) -> QHBoxLayout:
        """Two columns of titled sections, each (key, field names)."""
        columns = QHBoxLayout()
        columns.setSpacing(28)
        for sections in (left, right):
            grid = self._grid()
            for key, names in sections:
                self._section(grid, key, names)
            grid.setRowStretch(grid.rowCount(), 1)
            columns.addLayout(grid, 1)
        return columns

    def _rows(self, names: Iterable[str]) -> QGridLayout:
        """Full-width fields under the columns; the reason for a change shows only when amending."""
        grid = self._grid()
        for name in names:
            self._field_row(grid, name)
        if "reason" in self.fields:
            self.fields["reason"].setVisible(self.amending)
            self.labels["reason"].setVisible(self.amending)
        return grid

    def _section(self, grid: QGridLayout, key: str, names: tuple[str, ...]) -> None:
        title = QLabel(self)
        f = title.font()
        f.setBold(True)
        title.setFont(f)
        title.setStyleSheet("color: #2f6fb3; padding-top: 6px;")
        self.sections[key] = title
        grid.addWidget(title, grid.rowCount(), 0, 1, 2)
        for name in names:
            self._field_row(grid, name)

    def _field_row(self, grid: QGridLayout, name: str) -> None:
        row = grid.rowCount()
        label = QLabel(self)
        label.setBuddy(self._focus_target(name))
        self.labels[name] = label
        top = name in self.TOP_ALIGNED
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.fields[name], row, 1)
        grid.addWidget(self.errors[name], row + 1, 1)

    def _focus_target(self, name: str) -> QWidget:
        return self.fields[name]

    def _lay_out(self, columns: QHBoxLayout, bottom: QGridLayout, *, scroll: bool = False) -> None:
        """Head (title, record number), banner, the fields (scrolling if asked), line, hint and buttons."""
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName(f"{self.PREFIX}_form_save")
        self.save_button.setDefault(self.SAVE_IS_DEFAULT)
        if not self.SAVE_IS_DEFAULT:
            self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{self.PREFIX}_form_cancel")
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        foot = QHBoxLayout()
        foot.addWidget(self.hint)
        foot.addStretch(1)
        foot.addWidget(self.buttons)

        head = QHBoxLayout()
        self.title_label = QLabel(self)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title_label.setFont(f)
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.number_label)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(10)
        outer.addLayout(head)
        outer.addWidget(self.banner)
        if scroll:
            body = QWidget(self)
            body_lay = QVBoxLayout(body)
            body_lay.setContentsMargins(0, 0, 0, 0)
            body_lay.addLayout(columns)
            body_lay.addLayout(bottom)
            self.scroll = QScrollArea(self)
            self.scroll.setWidgetResizable(True)
            self.scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll.setWidget(body)
            outer.addWidget(self.scroll, 1)
        else:
            outer.addLayout(columns)
            outer.addLayout(bottom)
        outer.addWidget(line)
        outer.addLayout(foot)

    def _finish_build(self) -> None:
        """Editing a field takes its error away; Ctrl+Enter saves; a read-only form shows, never saves."""
        for name, widget in self.fields.items():
            connect_edited(widget, lambda *_, n=name: self.errors[n].clear_error())
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(self.save)
        if self.read_only:
            for widget in self.fields.values():
                widget.setEnabled(False)
            self.save_button.setVisible(False)

    def _wire_dirty(self) -> None:
        for widget in self.fields.values():
            connect_edited(widget, self._mark_dirty)
        self._dirty = False

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    # ------------------------------------------------------------------ saving
    def _prepare(self) -> tuple[list[FieldError], Callable[[], str]]:
        """The problems with what was typed, and the function that writes it (returns the record id)."""
        raise NotImplementedError

    def _gone_text(self) -> str:
        """Shown when the record was deleted while the form was open."""
        raise NotImplementedError

    def save(self) -> bool:
        """Validate, then write the record in one transaction. False (dialog stays open) on any problem."""
        if self.read_only:
            return False
        self._clear_errors()
        errors, write = self._prepare()
        if errors:
            self.show_errors(errors)
            return False
        try:
            record_id = write()
        except self.repo.ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        except self.repo.RecordNotFound:
            self._show_banner(self._gone_text())
            return False
        except StoreError as exc:
            self._store_failed(exc)
            return False
        except (OperationalError, sqlite3.OperationalError) as exc:
            self._store_failed(classify_operational_error(getattr(exc, "orig", None) or exc))
            return False
        self.saved_id = record_id
        self._dirty = False
        self.ctx.signals.sig_records_changed.emit(self.KIND)
        self.sig_saved.emit(record_id)
        self.accept()
        return True

    def _store_failed(self, exc: StoreError) -> None:
        log.warning("saving %s failed: %s", self.LOG_WHAT, exc.code)  # the code only: no record content
        self._show_banner(store_error_text(exc.code) + "\n" + self.tr("What you typed is still here; try saving again."))

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each problem under its field (the first per field); focus on the first one in reading order."""
        elsewhere = []
        for e in errors:
            label = self.errors.get(e.field)
            if label is None:
                elsewhere.append(e)
            elif not label.has_error():
                label.show_error(messages.message(e.code, self.ctx.lang))
        first = next((n for n in self.FIELD_ORDER if self.errors[n].has_error()), None)
        if elsewhere:
            self._show_banner("\n".join(messages.message(e.code, self.ctx.lang) for e in elsewhere))
        elif first:
            self._show_banner(self.tr("Please correct the fields marked in red."))
        if first:
            target = self._focus_target(first)
            if self.scroll is not None:
                self.scroll.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        return self.errors[field].text()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()
        self.banner.setVisible(False)
        self.banner.clear()

    def _show_banner(self, text: str, *, info: bool = False) -> None:
        self.banner.setStyleSheet(BANNER_INFO if info else BANNER_ERROR)
        self.banner.setText(text)
        self.banner.setVisible(True)

    # ------------------------------------------------------------------ closing and language
    def discard_box(self) -> bool:
        """Ask whether typed text may be thrown away."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                          self.tr("What you typed in this form will be lost."), parent=self)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def _may_discard(self) -> bool:
        return self.discard_box()

    def reject(self) -> None:
        if self._dirty and not self.read_only and not self._may_discard():
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The texts of the frame; a form sets its window title and field texts, then calls this."""
        self.title_label.setText(self.windowTitle())
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.hint.setText("" if self.read_only else self.tr("Ctrl+Enter saves · Esc cancels"))
        if self.read_only:
            self._show_banner(self._refusal_text(), info=True)
