"""Statistics of the register: this month and this year, by fraud type, by month (last 12 months).

Figures come from fraud_repo.stats (deleted records never count). The panel reads them only
when it is shown and something changed since, and on a worker thread: a large branch's year
takes a moment to add up, and the window must not freeze meanwhile. Only the GUI thread touches
widgets; the worker hands its figures back through a queued signal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QScrollArea,
                               QTableView, QVBoxLayout, QWidget)

from branchdesk.domain.fraud import FraudFilter, FraudStats
from branchdesk.domain.money import format_fen
from branchdesk.domain.timeutil import local_now
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.bar_chart import Bar, BarChart
from branchdesk.ui.widgets.paged_table_model import ALIGN_LEFT, ALIGN_RIGHT


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PanelFigures:
    year: FraudStats
    month: FraudStats
    last_months: FraudStats
    months: list[str]


def read_figures(store, today: date) -> PanelFigures:
    """Everything the panel shows, read in one short session (safe on a worker thread)."""
    from branchdesk.store import fraud_repo

    months = months_back(today, 12)
    first = date(int(months[0][:4]), int(months[0][5:]), 1)
    with store.read() as s:
        return PanelFigures(
            year=fraud_repo.stats(s, FraudFilter(date_from=date(today.year, 1, 1), date_to=today)),
            month=fraud_repo.stats(s, FraudFilter(date_from=today.replace(day=1), date_to=today)),
            last_months=fraud_repo.stats(s, FraudFilter(date_from=first, date_to=today)),
            months=months,
        )


class _Relay(QObject):
    sig_done = Signal(int, object)
    """(generation, PanelFigures), delivered on the GUI thread."""
    sig_failed = Signal(int)


class _ReadJob(QRunnable):
    def __init__(self, store, today: date, generation: int, relay: _Relay):
        super().__init__()
        self._args = (store, today)
        self._generation = generation
        self._relay = relay

    def run(self) -> None:
        try:
            figures = read_figures(*self._args)
        except Exception:  # reported on screen; the log gets the cause (no personal data in stats)
            log.exception("reading fraud statistics failed")
            self._relay.sig_failed.emit(self._generation)
        else:
            self._relay.sig_done.emit(self._generation, figures)


def _yuan_short(fen: int) -> str:
    """Compact amounts for chart labels: 1.2万 reads faster than 12,345.00 in a narrow column."""
    yuan = fen / 100
    if yuan >= 10_000:
        return f"{yuan / 10_000:,.1f}万"
    return f"{yuan:,.0f}"


def months_back(today: date, n: int) -> list[str]:
    """The last n months as 'YYYY-MM', oldest first, ending with today's month."""
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return out[::-1]


class ByTypeModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[tuple[str, int, int]] = []  # (code, count, protected)

    def set_stats(self, st: FraudStats) -> None:
        self.beginResetModel()
        self._rows = sorted(((k, c, p) for k, (c, p) in st.by_type.items()), key=lambda r: (-r[1], r[0]))
        self.endResetModel()

    def rows(self) -> list[tuple[str, int, int]]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Fraud type"), self.tr("Cases"), self.tr("Protected (¥)"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN_LEFT if section == 0 else ALIGN_RIGHT)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code, count, protected = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.ctx.label("fraud_type", code), f"{count:,}", format_fen(protected))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN_LEFT if index.column() == 0 else ALIGN_RIGHT)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))


class KpiCard(QGroupBox):
    """Count, amount protected, elderly share and police rate of one period."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        self.captions = {k: QLabel(self) for k in ("count", "protected", "elderly", "police")}
        self.values = {k: QLabel(self) for k in self.captions}
        for i, k in enumerate(self.captions):
            v = self.values[k]
            f = v.font()
            f.setPointSizeF(f.pointSizeF() * 1.5)
            f.setBold(True)
            v.setFont(f)
            v.setObjectName(f"kpi_{k}")
            self.captions[k].setStyleSheet("color: palette(mid);")
            grid.addWidget(v, 0, i)
            grid.addWidget(self.captions[k], 1, i)

    def set_stats(self, st: FraudStats) -> None:
        self.values["count"].setText(f"{st.count:,}")
        self.values["protected"].setText("¥" + format_fen(st.amount_protected))
        self.values["elderly"].setText(f"{st.elderly_share:.0%}")
        self.values["police"].setText(f"{st.police_rate:.0%}")

    def retranslate(self) -> None:
        self.captions["count"].setText(self.tr("Interceptions"))
        self.captions["protected"].setText(self.tr("Amount protected"))
        self.captions["elderly"].setText(self.tr("Aged 60 and over"))
        self.captions["police"].setText(self.tr("Police involved"))


class FraudStatsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._generation = 0
        self.loading = False
        # Unparented and held by each job too: a job that finishes after the panel is gone emits into
        # a live object, and Qt has already dropped the connections to the deleted panel.
        self._relay = _Relay()
        self._relay.sig_done.connect(self._on_figures)
        self._relay.sig_failed.connect(self._on_failed)
        self.year_stats = FraudStats()
        self.month_stats = FraudStats()
        self.months_stats = FraudStats()

        self.month_card = KpiCard(self)
        self.month_card.setObjectName("fraud_stats_month")
        self.year_card = KpiCard(self)
        self.year_card.setObjectName("fraud_stats_year")
        cards = QHBoxLayout()
        cards.setSpacing(12)
        cards.addWidget(self.month_card, 1)
        cards.addWidget(self.year_card, 1)

        self.by_type_model = ByTypeModel(ctx, self)
        self.by_type_table = QTableView(self)
        self.by_type_table.setObjectName("fraud_stats_by_type")
        self.by_type_table.setModel(self.by_type_model)
        self.by_type_table.verticalHeader().setVisible(False)
        self.by_type_table.setAlternatingRowColors(True)
        self.by_type_table.setFrameShape(QFrame.Shape.StyledPanel)
        self.by_type_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        h = self.by_type_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.by_type_chart = BarChart(horizontal=True, parent=self)
        self.by_type_chart.setObjectName("fraud_stats_type_chart")
        self.by_type_box = QGroupBox(self)
        tl = QHBoxLayout(self.by_type_box)
        tl.addWidget(self.by_type_table, 5)
        tl.addWidget(self.by_type_chart, 4)

        self.by_month_chart = BarChart(horizontal=False, parent=self)
        self.by_month_chart.setObjectName("fraud_stats_month_chart")
        self.by_month_chart.setMinimumHeight(170)
        self.by_month_box = QGroupBox(self)
        ml = QVBoxLayout(self.by_month_box)
        ml.addWidget(self.by_month_chart)

        self.status = QLabel(self)
        self.status.setObjectName("fraud_stats_status")
        self.status.setVisible(False)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.status)
        layout.addLayout(cards)
        layout.addWidget(self.by_type_box, 3)
        layout.addWidget(self.by_month_box, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        outer.addWidget(scroll)

        ctx.signals.sig_records_changed.connect(self._on_records_changed)
        self._retranslate()

    # ------------------------------------------------------------------ data
    def _on_records_changed(self, kind: str) -> None:
        if kind != "fraud":
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self, today: date | None = None) -> None:
        """Read the figures again in the background; the panel updates when they arrive."""
        self._generation += 1  # a newer request makes any answer still on its way obsolete
        self.loading = True
        self._stale = False
        self.status.setText(self.tr("Adding up…"))
        self.status.setVisible(True)
        job = _ReadJob(self.ctx.store, today or local_now().date(), self._generation, self._relay)
        QThreadPool.globalInstance().start(job)

    def _on_figures(self, generation: int, figures: PanelFigures) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.status.setVisible(False)
        self.year_stats, self.month_stats, self.months_stats = figures.year, figures.month, figures.last_months
        self._months = figures.months
        self._show()

    def _on_failed(self, generation: int) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._stale = True  # try again next time the panel is shown
        self.status.setText(self.tr("The statistics could not be read; they are tried again when you come back."))
        self.status.setVisible(True)

    def _show(self) -> None:
        self.month_card.set_stats(self.month_stats)
        self.year_card.set_stats(self.year_stats)
        self.by_type_model.set_stats(self.year_stats)
        self.by_type_chart.set_bars(
            [Bar(self.ctx.label("fraud_type", code), protected, _yuan_short(protected))
             for code, _count, protected in sorted(self.by_type_model.rows(), key=lambda r: -r[2])],
            empty_text=self.tr("No interceptions recorded this year"))
        months = getattr(self, "_months", [])
        self.by_month_chart.set_bars(
            [Bar(m[2:].replace("-", "/"), self.months_stats.by_month.get(m, (0, 0))[0],
                 str(self.months_stats.by_month.get(m, (0, 0))[0]), highlight=(i == len(months) - 1))
             for i, m in enumerate(months)])

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if not self._stale:
                self._show()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.month_card.setTitle(self.tr("This month"))
        self.year_card.setTitle(self.tr("This year"))
        self.month_card.retranslate()
        self.year_card.retranslate()
        self.by_type_box.setTitle(self.tr("By fraud type, this year (amount protected)"))
        self.by_month_box.setTitle(self.tr("Interceptions per month, last 12 months"))
        self.by_type_model.retranslate()
