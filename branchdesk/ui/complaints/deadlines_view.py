"""The deadlines view: overdue, due within the warning period, awaiting an extension approval.

Most urgent first. A manager sees the whole branch and may approve or refuse extension requests;
a teller sees the cases they handle or registered. Managers also see the repeat flags
(frequent complainants, possible illegal complaint agents).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from branchdesk.domain import messages
from branchdesk.domain.roles import Permission
from branchdesk.store import complaint_repo as repo
from branchdesk.ui.complaints.list_model import WAITING, DeadlinesModel
from branchdesk.ui.context import AppContext


class _FlagsSignals(QObject):
    sig_done = Signal(object, int)
    """The flags (complaint_repo.Flags) and the request number they answer."""


class _FlagsTask(QRunnable):
    """Repeat flags read a year of blind indexes: off the GUI thread, with its own session."""

    def __init__(self, store, today, request: int, signals: _FlagsSignals):
        super().__init__()
        self.store, self.today, self.request, self.signals = store, today, request, signals

    def run(self) -> None:
        try:
            with self.store.read() as s:
                result = repo.flags(s, today=self.today)
        except Exception:  # a failed background read must not take the window down; the label says so
            result = None
        self.signals.sig_done.emit(result, self.request)


class DeadlinesView(QWidget):
    sig_open = Signal(str)
    """Open this case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("complaint_deadlines")
        self.today: date | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("deadlines_summary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.model = DeadlinesModel(ctx, self)
        self.table = QTableView(self)
        self.table.setObjectName("deadlines_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda i: self._open_row(i.row()))
        self.table.activated.connect(lambda i: self._open_row(i.row()))
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("deadlines_open")
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("deadlines_approve")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_reason = QLineEdit(self)
        self.refuse_reason.setObjectName("deadlines_refuse_reason")
        self.refuse_button = QPushButton(self)
        self.refuse_button.setObjectName("deadlines_refuse")
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.message = QLabel(self)
        self.message.setObjectName("deadlines_message")
        self.message.setStyleSheet("color: #b71c1c;")
        self.flags = QLabel(self)
        self.flags.setObjectName("deadlines_flags")
        self.flags.setWordWrap(True)
        self._flags_request = 0
        self.pool = QThreadPool.globalInstance()
        manager = ctx.actor.can(Permission.APPROVE_EXTENSION)
        for w in (self.approve_button, self.refuse_button, self.refuse_reason):
            w.setVisible(manager)
        self.flags.setVisible(ctx.actor.can(Permission.SEE_ALL_CASES))

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.approve_button)
        bar.addWidget(self.refuse_reason)
        bar.addWidget(self.refuse_button)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.flags)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._retranslate()
        self._update_buttons()

    def refresh(self, today: date | None = None) -> repo.Deadlines:
        self.today = today or self.today
        d = self.model.load(self.today)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary.setText(self.tr("%1 overdue · %2 due within %3 working days · %4 awaiting approval")
                             .replace("%1", str(len(d.overdue))).replace("%2", str(len(d.due_soon)))
                             .replace("%3", str(self._warn_days())).replace("%4", str(len(d.awaiting_approval))))
        if self.flags.isVisible() or self.ctx.actor.can(Permission.SEE_ALL_CASES):
            self._show_flags()
        self._update_buttons()
        return d

    def _warn_days(self) -> int:
        with self.ctx.store.read() as s:
            return repo.thresholds_warn_days(s)

    def _show_flags(self) -> None:
        self._flags_request += 1
        # Parentless and held by the task: the answer may come after this view is gone.
        signals = _FlagsSignals()
        signals.sig_done.connect(self._show_flags_result)
        self.pool.start(_FlagsTask(self.ctx.store, self.today, self._flags_request, signals))

    def wait_for_flags(self, msecs: int = 5000) -> bool:
        """Tests and screenshots: block until the background flags are in."""
        return self.pool.waitForDone(msecs)

    def _show_flags_result(self, f, request: int) -> None:
        if request != self._flags_request:
            return  # an older answer arriving after a newer request
        if f is None:
            self.flags.setText(self.tr("The repeat flags could not be read."))
            return
        parts = []
        for fl in f.frequent:
            parts.append(self.tr("Frequent complainant %1: %2 complaints in 12 months (%3)")
                         .replace("%1", fl.masked_name).replace("%2", str(fl.count)).replace("%3", "、".join(fl.refs)))
        for fl in f.agents:
            parts.append(self.tr("Possible illegal complaint agent: the same agent acts for %1 unrelated complainants (%2)")
                         .replace("%1", str(fl.count)).replace("%2", "、".join(fl.refs)))
        self.flags.setText("\n".join(parts) if parts else self.tr("No frequent complainants or suspicious agents."))

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row()
        self.open_button.setEnabled(row >= 0)
        waiting = self.model.bucket(row) == WAITING
        self.approve_button.setEnabled(waiting)
        self.refuse_button.setEnabled(waiting)

    def _open_row(self, row: int) -> None:
        cid = self.model.record_id(row)
        if cid:
            self.sig_open.emit(cid)

    def decide(self, approve: bool) -> bool:
        cid = self.model.record_id(self.table.currentIndex().row())
        if not cid:
            return False
        try:
            with self.ctx.store.write() as s:
                repo.decide_extension(s, cid, approve, actor=self.ctx.actor, reason=self.refuse_reason.text(),
                                      complainant_notified_on=repo.today_local() if approve else None)
        except repo.StepRefused as exc:
            self.message.setText(messages.message(exc.code, self.ctx.lang))
            return False
        self.message.setText("")
        self.refuse_reason.clear()
        self.ctx.signals.sig_records_changed.emit("complaint")
        self.refresh()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.open_button.setText(self.tr("Open case"))
        self.approve_button.setText(self.tr("Approve extension"))
        self.refuse_button.setText(self.tr("Refuse extension"))
        self.refuse_reason.setPlaceholderText(self.tr("Reason for refusing"))
        if self.model.deadlines is not None:
            self.refresh()
