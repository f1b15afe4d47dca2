"""The financial-education workspace: the event list with filters and totals, events coming up,
and statistics by target group and campaign."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from branchdesk.domain import education
from branchdesk.domain.education import PLANNED
from branchdesk.domain.roles import Permission
from branchdesk.domain.timeutil import local_now
from branchdesk.store import education_repo as repo
from branchdesk.ui.context import AppContext
from branchdesk.ui.education.filter_bar import EducationFilterBar
from branchdesk.ui.education.form import EducationForm
from branchdesk.ui.education.list_model import E_DELETED, E_STATUS, EducationListModel
from branchdesk.ui.education.stats import StatsPanel
from branchdesk.ui.education.upcoming import UpcomingModel


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """A reason for deleting (tests replace this). None when the person cancels."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "")
    return text.strip() if ok else None


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return EducationWorkspace(ctx, parent)


class EducationWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form: EducationForm | None = None

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("education_new")
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("education_complete")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("education_open")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("education_delete")
        self.delete_button.setVisible(ctx.actor.can(Permission.DELETE))
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("education_export")
        self.new_button.setEnabled(ctx.actor.can(Permission.RECORD))
        self.filters = EducationFilterBar(ctx, self)

        self.model = EducationListModel(ctx, self)
        self.table = QTableView(self)
        self.table.setObjectName("education_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_index("starts_at"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(self.model.COLUMNS):
            if col.width:
                self.table.setColumnWidth(i, col.width)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.totals = QLabel(self)
        self.totals.setObjectName("education_totals")

        self.upcoming = UpcomingModel(ctx, self)
        self.upcoming_box = QGroupBox(self)
        self.upcoming_view = QTableView(self.upcoming_box)
        self.upcoming_view.setObjectName("education_upcoming")
        self.upcoming_view.setModel(self.upcoming)
        self.upcoming_view.verticalHeader().setVisible(False)
        self.upcoming_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming_view.horizontalHeader().setStretchLastSection(True)
        self.upcoming_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming_view.setMinimumHeight(140)
        self.overdue = QLabel(self.upcoming_box)
        self.overdue.setObjectName("education_overdue")
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet("color: #8a5a00;")
        up_lay = QVBoxLayout(self.upcoming_box)
        up_lay.addWidget(self.upcoming_view)
        up_lay.addWidget(self.overdue)
        self.stats = StatsPanel(ctx, self)

        buttons = QHBoxLayout()
        for b in (self.new_button, self.complete_button, self.open_button, self.delete_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.table, 1)
        left_lay.addWidget(self.totals)
        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.upcoming_box, 2)
        right_lay.addWidget(self.stats, 5)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.addLayout(buttons)
        outer.addWidget(self.filters)
        outer.addWidget(self.splitter, 1)

        self.new_button.clicked.connect(lambda: self.new_event())
        self.complete_button.clicked.connect(lambda: self.open_selected(complete=True))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_excel)
        # activated: Enter, and a double click (or a single one where the desktop says so); not also
        # doubleClicked, which would open the form twice.
        self.table.activated.connect(lambda idx: self.open_selected())
        self.upcoming_view.activated.connect(self._open_upcoming)
        self.filters.sig_filter_changed.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        ctx.signals.sig_records_changed.connect(self._records_changed)
        ctx.signals.sig_reference_changed.connect(self._retranslate)
        for seq, slot in (("Ctrl+N", self.new_event), ("Ctrl+F", self.filters.search.setFocus)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        self._retranslate()
        self.refresh()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        self.model.refresh()
        self.upcoming.refresh()
        self.stats.set_base_filter(self.model.filter)
        self._update_totals()
        self._update_buttons()

    def _records_changed(self, kind: str) -> None:
        if kind == education.KIND:
            self.refresh()

    def _filter_changed(self, f) -> None:
        self.model.set_filter(f)
        self.stats.set_base_filter(f)
        self._update_totals()

    def _update_totals(self) -> None:
        with self.ctx.store.read() as s:
            t = repo.totals(s, self.model.filter)
            overdue = repo.overdue_planned(s, local_now().date())
        self.totals.setText(self.tr("%1 events · %2 attendees on site · %3 reached online")
                            .replace("%1", f"{t.events:,}").replace("%2", f"{t.attendees:,}")
                            .replace("%3", f"{t.online_reach:,}"))
        self.overdue.setText(self.tr("%1 planned event(s) have passed without figures: record them as held.")
                             .replace("%1", str(overdue)) if overdue else "")
        self.overdue.setVisible(bool(overdue))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        rid = self.selected_id()
        row = self.model.row_at(self.table.selectionModel().selectedRows()[0].row()) if rid else None
        self.open_button.setEnabled(rid is not None)
        live = row is not None and row[E_DELETED] is None
        self.delete_button.setEnabled(live)
        self.complete_button.setEnabled(live and row[E_STATUS] == PLANNED)

    # ------------------------------------------------------------------ actions
    def new_event(self) -> EducationForm | None:
        if not self.ctx.actor.can(Permission.RECORD):
            return None
        return self._show_form(EducationForm(self.ctx, None, self))

    def open_selected(self, *, complete: bool = False) -> EducationForm | None:
        rid = self.selected_id()
        return self.open_event(rid, complete=complete) if rid else None

    def open_event(self, record_id: str, *, complete: bool = False) -> EducationForm:
        with self.ctx.store.read() as s:
            ev = repo.get(s, record_id)
        return self._show_form(EducationForm(self.ctx, ev, self, complete=complete))

    def _open_upcoming(self, index: QModelIndex) -> None:
        ev = self.upcoming.event_at(index.row())
        if ev is not None:
            self.open_event(ev.id)

    def _show_form(self, form: EducationForm) -> EducationForm:
        # The previous (closed) form goes now, not on close: a key release may still be on its way to it.
        if self.form is not None and not self.form.isVisible():
            self.form.deleteLater()
        self.form = form
        form.sig_saved.connect(self.select_record)
        form.open()  # window-modal, without a nested event loop
        return form

    def select_record(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row < 0 and self.model.rowCount():
            self.model.row_at(0)  # just refreshed: nothing cached yet; a new event is usually on the first page
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def export_excel(self) -> int | None:
        """The event log as filtered on screen to an Excel workbook (audited)."""
        from branchdesk.ui.export_excel import ask_and_export

        return ask_and_export(self.ctx, self, self.model, title=self.tr("Education event log"), kind="education")

    def delete_selected(self) -> bool:
        rid = self.selected_id()
        if rid is None or not self.ctx.actor.can(Permission.DELETE):
            return False
        reason = ask_reason(self, self.tr("Delete event"), self.tr("Why is this event being deleted?"))
        if not reason:
            return False
        with self.ctx.store.write() as s:
            repo.delete(s, rid, actor=self.ctx.actor.username, reason=reason)
        self.ctx.signals.sig_records_changed.emit(education.KIND)
        return True

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("&New event…"))
        self.new_button.setToolTip(self.tr("Plan or record an education event (Ctrl+N)"))
        self.complete_button.setText(self.tr("Record as &held…"))
        self.open_button.setText(self.tr("&Open / amend…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.export_button.setText(self.tr("Export to &Excel…"))
        self.upcoming_box.setTitle(self.tr("Coming up"))
        self.model.retranslate()
        self.upcoming.refresh()
        self._update_totals()
