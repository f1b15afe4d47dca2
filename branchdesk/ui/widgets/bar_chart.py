"""A small bar chart drawn with QPainter: no QtCharts (large, slow to import at start-up).

``BarChart(horizontal=True)`` draws one labelled bar per row (categories with long names, e.g.
fraud types); ``horizontal=False`` draws columns (months). Values are plain numbers; the caller
passes the text written at the end of each bar (e.g. a count or an amount).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOR = QColor("#2f6fb3")
BAR_COLOR_ALT = QColor("#d9822b")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    value_text: str = ""
    highlight: bool = False  # drawn in the second colour (e.g. the current month)


class BarChart(QWidget):
    def __init__(self, *, horizontal: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.horizontal = horizontal
        self._bars: list[Bar] = []
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 120)

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        self._bars = list(bars)
        self._empty_text = empty_text
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value_text or b.value}" for b in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        if self.horizontal:
            return QSize(360, max(120, len(self._bars) * (fm.height() + 6) + 8))
        return QSize(max(240, len(self._bars) * 40), 180)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(text_color)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if not self._bars:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        top = max((b.value for b in self._bars), default=0) or 1
        fm = QFontMetrics(self.font())
        if self.horizontal:
            self._paint_rows(p, rect, fm, top, text_color)
        else:
            self._paint_columns(p, rect, fm, top, text_color)
        p.end()

    def _paint_rows(self, p: QPainter, rect: QRectF, fm: QFontMetrics, top: float, text_color: QColor) -> None:
        label_w = min(rect.width() * 0.45, max(fm.horizontalAdvance(b.label) for b in self._bars) + 8)
        value_w = max(fm.horizontalAdvance(b.value_text) for b in self._bars) + 8
        row_h = min(fm.height() + 8, rect.height() / len(self._bars))
        bar_area = max(10.0, rect.width() - label_w - value_w)
        for i, b in enumerate(self._bars):
            y = rect.top() + i * row_h
            label_rect = QRectF(rect.left(), y, label_w - 6, row_h)
            p.setPen(text_color)
            p.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(label_w - 6)))
            w = bar_area * (b.value / top)
            bar = QRectF(rect.left() + label_w, y + 3, max(w, 1.0 if b.value else 0.0), row_h - 6)
            p.fillRect(bar, BAR_COLOR_ALT if b.highlight else BAR_COLOR)
            p.drawText(QRectF(bar.right() + 4, y, value_w, row_h), Qt.AlignmentFlag.AlignVCenter, b.value_text)

    def _paint_columns(self, p: QPainter, rect: QRectF, fm: QFontMetrics, top: float, text_color: QColor) -> None:
        n = len(self._bars)
        col_w = rect.width() / n
        label_h = fm.height() + 4
        value_h = fm.height() + 2
        area_h = max(10.0, rect.height() - label_h - value_h)
        base = rect.top() + value_h + area_h
        for i, b in enumerate(self._bars):
            x = rect.left() + i * col_w
            h = area_h * (b.value / top)
            bar = QRectF(x + col_w * 0.18, base - h, col_w * 0.64, h)
            p.fillRect(bar, BAR_COLOR_ALT if b.highlight else BAR_COLOR)
            p.setPen(text_color)
            p.drawText(QRectF(x, bar.top() - value_h, col_w, value_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                       fm.elidedText(b.value_text, Qt.TextElideMode.ElideRight, int(col_w)))
            p.drawText(QRectF(x, base + 2, col_w, label_h), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(col_w)))
        p.setPen(QColor(text_color.red(), text_color.green(), text_color.blue(), 90))
        p.drawLine(rect.left(), base, rect.right(), base)
