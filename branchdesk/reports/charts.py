"""Bar charts for the summaries, drawn as PDF vectors with reportlab.graphics in the bundled font."""

from __future__ import annotations

from typing import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from branchdesk.reports.pdfbase import FONT, INK, MUTED, register_font

CURRENT = colors.HexColor("#2F6FB0")
PREVIOUS = colors.HexColor("#B8C4D2")


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    # The renderer starts every drawing in Helvetica; starting in the bundled font keeps the PDF
    # free of any font it does not embed.
    d.initialFontName, d.initialFontSize = FONT, 8
    return d


def _nice_max(v: float) -> float:
    """A round axis top a little above the largest value, so bars never touch the frame."""
    if v <= 0:
        return 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000,
                 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 50_000_000, 100_000_000):
        if v / step <= 6:
            return step * (int(v // step) + 1)
    return v * 1.2


def column_chart(title: str, labels: Sequence[str], series: Sequence[Sequence[float]], *,
                 names: Sequence[str] = (), width: float = 170 * mm, height: float = 62 * mm) -> Drawing:
    """Vertical bars, one colour per series (e.g. this period and the one before), category labels below."""
    register_font()
    d = _drawing(width, height)
    d.add(String(0, height - 10, title, fontName=FONT, fontSize=10, fillColor=INK))
    c = VerticalBarChart()
    c.x, c.y = 32, 22
    c.width, c.height = width - 40, height - 50
    c.data = [list(s) or [0] for s in series]
    c.categoryAxis.categoryNames = list(labels) or [""]
    c.categoryAxis.labels.fontName = FONT
    c.categoryAxis.labels.fontSize = 7
    c.categoryAxis.labels.fillColor = MUTED
    if len(labels) > 8:
        c.categoryAxis.labels.angle = 30
        c.categoryAxis.labels.boxAnchor = "ne"
    c.valueAxis.labels.fontName = FONT
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = _nice_max(max((max(s) for s in c.data if s), default=0))
    c.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    c.barSpacing = 1
    c.groupSpacing = 6
    for i, colour in enumerate((CURRENT, PREVIOUS)[:len(series)]):
        c.bars[i].fillColor = colour
        c.bars[i].strokeColor = None
    d.add(c)
    if names:
        lg = Legend()
        lg.x, lg.y = 130, height - 5  # beside the title, clear of the bars and the page edge
        lg.fontName, lg.fontSize = FONT, 7.5
        lg.alignment = "right"
        lg.columnMaximum = 1
        lg.dx = lg.dy = 7
        lg.colorNamePairs = list(zip((CURRENT, PREVIOUS), names))
        d.add(lg)
    return d


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], *, width: float = 170 * mm,
              bar_height: float = 5.5 * mm) -> Drawing:
    """Horizontal bars, largest first as given, long Chinese category labels on the left."""
    register_font()
    n = max(len(values), 1)
    height = n * bar_height + 28
    d = _drawing(width, height)
    d.add(String(0, height - 10, title, fontName=FONT, fontSize=10, fillColor=INK))
    c = HorizontalBarChart()
    c.x, c.y = 125, 8
    c.width, c.height = width - 150, n * bar_height
    # Drawn top-down: the first category at the top.
    c.data = [list(reversed(values)) or [0]]
    c.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    c.categoryAxis.labels.fontName = FONT
    c.categoryAxis.labels.fontSize = 7.5
    c.categoryAxis.labels.fillColor = INK
    c.valueAxis.labels.fontName = FONT
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = _nice_max(max(values, default=0))
    c.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    c.bars[0].fillColor = CURRENT
    c.bars[0].strokeColor = None
    c.barLabelFormat = lambda v: f"{v:,.0f}"
    c.barLabels.fontName = FONT
    c.barLabels.fontSize = 7
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 3
    d.add(c)
    return d
