"""The common frame of every BranchDesk PDF: embedded Chinese font, styles, page furniture, tables.

Free of Qt, so reports build in a worker thread, from the command line or in a test.

API
---
``register_font() -> str``
    Registers the bundled TrueType font ``resources/fonts/WenQuanYiMicroHei.ttf`` with ReportLab as
    ``FONT`` ("WenQuanYiMicroHei") and returns that name. Idempotent and thread-safe. ReportLab embeds
    a subset of a TTFont in every PDF that uses it, so Chinese prints on a PC with no Chinese font
    (``pdffonts`` lists it with ``emb yes``). Its CID fonts (STSong-Light...) are never embedded, and
    it cannot embed CFF/OTF fonts, which is why the bundled font is TrueType.

``styles() -> dict[str, ParagraphStyle]``
    Paragraph styles in the bundled font, all with ``wordWrap="CJK"`` so long Chinese lines wrap
    between any two characters: ``title``, ``h1``, ``h2``, ``body``, ``small``, ``note``, ``cell``,
    ``cell_right``, ``cell_head``, ``sign``.

``para(text, style="body") -> Paragraph``
    A paragraph of *plain* text (escaped, so ``<`` or ``&`` in a narrative cannot break the markup;
    newlines become line breaks).

``PageInfo(title, branch_name, branch_code, period, printed_by, printed_at=None)``
    What every page shows: the header carries the report title, branch name and code and the
    period; the footer carries "打印：<who> <when>" and "第 x 页 / 共 y 页".

``build_pdf(target, story, info, *, landscape=False, margins_mm=15, stats=None) -> bytes | None``
    Lays out ``story`` (a list of flowables) on A4 and writes it to ``target``: a path, a binary
    file object, or ``None`` to get the PDF bytes back. Page totals are exact: the canvas keeps
    every page until the end and then stamps "共 y 页" on each (``NumberedCanvas``); a ``stats``
    dict receives ``{"pages": y}``.

``data_table(header, rows, *, col_widths=None, right=(), wrap=(), zebra=True) -> Table``
    A table that breaks across pages with its header row repeated (``repeatRows=1``). Cells are
    plain strings for speed; columns listed in ``wrap`` (indexes) become wrapping paragraphs, for
    long Chinese text. Columns in ``right`` are right-aligned (amounts, counts).

``kv_table(pairs, *, key_width_mm=35, width_mm=None) -> Table``
    Label/value pairs, values wrapping, for case sheets and notices.

``signature_block(lines=("负责人签字：", "日期：", "（机构盖章）"), *, before=()) -> Flowable``
    The signature and stamp block that ends a summary or notice; never split across pages, nor
    from the flowables given in ``before``.

``LongTable``: what ``data_table`` returns for more than ``LONG_TABLE_ROWS`` rows; it prints the
    same as ``Table(repeatRows=1)`` but measures each row once, so 5,000 rows lay out in linear time.

``section_note(text) -> Paragraph``
    A grey note, e.g. "本节数据来源尚未启用".

``fmt_int(n)``, ``fmt_pct(x)``: number formatting shared by the reports.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO, Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.paths import resources_dir

FONT = "WenQuanYiMicroHei"
FONT_FILE = "fonts/WenQuanYiMicroHei.ttf"

HEADER_GREY = colors.HexColor("#E8ECF1")
ZEBRA = colors.HexColor("#F7F8FA")
RULE = colors.HexColor("#9AA4B1")
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")

_font_lock = threading.Lock()


def register_font() -> str:
    """Register the bundled TrueType font once per process and return its ReportLab name."""
    with _font_lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            path = resources_dir() / FONT_FILE
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path.name}")
            pdfmetrics.registerFont(TTFont(FONT, str(path)))
            # The font has no bold or italic face; mapping them to the same face keeps <b>/<i> markup
            # from failing, and bold is drawn by the styles' size and weight of rules instead.
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


_styles: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    global _styles
    if _styles is None:
        font = register_font()

        def st(name, size, leading=None, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.45,
                                  wordWrap="CJK", textColor=kw.pop("textColor", INK), **kw)

        _styles = {
            "title": st("title", 17, 24, alignment=TA_CENTER, spaceAfter=4 * mm),
            "h1": st("h1", 13, 18, spaceBefore=5 * mm, spaceAfter=2 * mm),
            "h2": st("h2", 11, 15, spaceBefore=3 * mm, spaceAfter=1.5 * mm),
            "body": st("body", 10, 15, spaceAfter=1.5 * mm),
            "small": st("small", 8.5, 12),
            "note": st("note", 9, 13, textColor=MUTED, spaceAfter=2 * mm),
            "cell": st("cell", 8.5, 11.5),
            "cell_right": st("cell_right", 8.5, 11.5, alignment=TA_RIGHT),
            "cell_head": st("cell_head", 8.5, 11.5),
            "sign": st("sign", 10.5, 22),
        }
    return _styles


def para(text: str | None, style: str = "body") -> Paragraph:
    safe = escape(text or "").replace("\n", "<br/>")
    return Paragraph(safe, styles()[style])


def section_note(text: str) -> Flowable:
    """A grey remark, set a little apart from the table above it."""
    return KeepTogether([Spacer(1, 1.5 * mm), para(text, "note")])


def fmt_int(n: int | None) -> str:
    return f"{n or 0:,}"


def fmt_pct(x: float | None) -> str:
    return f"{(x or 0) * 100:.1f}%"


# ---------------------------------------------------------------- page furniture

@dataclass(frozen=True)
class PageInfo:
    title: str
    branch_name: str
    branch_code: str
    period: str  # as shown: "2026年10月", "2026年第3季度", "案件 TK-..."
    printed_by: str
    printed_at: datetime | None = None  # aware; shown in branch-local time. None: now.
    extra: dict = field(default_factory=dict)

    def printed_text(self) -> str:
        at = (self.printed_at or datetime.now(LOCAL_TZ)).astimezone(LOCAL_TZ)
        return f"打印：{self.printed_by}  {at:%Y-%m-%d %H:%M}"


class NumberedCanvas(rl_canvas.Canvas):
    """Keeps every page until save(), then draws the header and footer with the final page count."""

    def __init__(self, *args, page_info: PageInfo, stats: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._page_info = page_info
        self._stats = stats
        self._saved: list[dict] = []

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        if self._stats is not None:
            self._stats["pages"] = total
        for state in self._saved:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        info = self._page_info
        w, h = self._pagesize
        left, right = 15 * mm, w - 15 * mm
        self.saveState()
        self.setFillColor(INK)
        self.setFont(FONT, 9)
        self.drawString(left, h - 10 * mm, f"{info.branch_name}（机构号 {info.branch_code}）")
        self.drawRightString(right, h - 10 * mm, f"{info.title}  |  {info.period}")
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, h - 11.8 * mm, right, h - 11.8 * mm)
        self.line(left, 11.5 * mm, right, 11.5 * mm)
        self.setFillColor(MUTED)
        self.setFont(FONT, 8)
        self.drawString(left, 7.5 * mm, info.printed_text())
        self.drawRightString(right, 7.5 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
        self.restoreState()


def build_pdf(target: str | os.PathLike | BinaryIO | None, story: list, info: PageInfo, *,
              landscape: bool = False, margins_mm: float = 15, stats: dict | None = None) -> bytes | None:
    """Lay out the story with the page header/footer; write to target, or return bytes if target is None.

    stats: a dict that receives {"pages": n}.
    """
    register_font()
    pagesize = to_landscape(A4) if landscape else A4
    out = io.BytesIO() if target is None else target
    if isinstance(out, (str, os.PathLike)):
        out = os.fspath(out)
    m = margins_mm * mm
    doc = BaseDocTemplate(out, pagesize=pagesize, leftMargin=m, rightMargin=m, topMargin=17 * mm,
                          bottomMargin=16 * mm, title=info.title, author=info.branch_name,
                          subject=info.period, creator="BranchDesk", invariant=0,
                          initialFontName=FONT, initialFontSize=10)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def maker(*args, **kwargs):
        return NumberedCanvas(*args, page_info=info, stats=stats, **kwargs)

    doc.build(story, canvasmaker=maker)
    if target is None:
        return out.getvalue()
    return None


def frame_width(*, landscape: bool = False, margins_mm: float = 15) -> float:
    """Usable width in points, to size table columns."""
    w = (to_landscape(A4) if landscape else A4)[0]
    return w - 2 * margins_mm * mm


# ---------------------------------------------------------------- tables

def _table_style(n_rows: int, right: Iterable[int], zebra: bool) -> TableStyle:
    cmds = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 11.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for c in right:
        cmds.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
    if zebra and n_rows > 2:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(cmds)


def data_table(header: Sequence[str], rows: Sequence[Sequence], *, col_widths: Sequence[float] | None = None,
               right: Iterable[int] = (), wrap: Iterable[int] = (), zebra: bool = True) -> Flowable:
    """A table whose header row repeats on every page it continues onto (a LongTable when long)."""
    register_font()
    right = tuple(right)
    wrap = set(wrap)
    cell = styles()["cell"]
    head = [Paragraph(escape(str(h)), styles()["cell_right" if i in right else "cell_head"]) for i, h in enumerate(header)]
    body: list[list] = []
    for r in rows:
        if wrap:
            body.append([Paragraph(escape(str(v)).replace("\n", "<br/>"), cell) if i in wrap else _plain(v)
                         for i, v in enumerate(r)])
        else:
            body.append([_plain(v) for v in r])
    style = _table_style(len(body) + 1, right, zebra)
    if len(body) > LONG_TABLE_ROWS:
        return LongTable(head, body, col_widths, style)
    t = Table([head, *body], colWidths=col_widths, repeatRows=1)
    t.setStyle(style)
    return t


# Above this many rows data_table() returns a LongTable (see there).
LONG_TABLE_ROWS = 150


class LongTable(Flowable):
    """A long table that breaks page by page in linear time, its header repeated on every page.

    ReportLab's own Table re-measures every remaining row each time it splits, so a 5,000-row
    register takes seconds per hundred pages. Here every row is measured once, on the first wrap;
    each page then becomes a small Table of the rows that fit, with those heights given, and the
    rest waits for the next page. What is printed is the same as Table(..., repeatRows=1).
    """

    def __init__(self, head: list, body: list[list], col_widths, style: TableStyle, *,
                 _measured: tuple[list[float], list[float], float] | None = None):
        super().__init__()
        self.head, self.body, self.col_widths, self.style = head, body, col_widths, style
        self._measured = _measured  # (column widths, row heights, header height)

    def _measure(self, aw: float, ah: float) -> tuple[list[float], list[float], float]:
        if self._measured is None:
            full = Table([self.head, *self.body], colWidths=self.col_widths, repeatRows=1)
            full.setStyle(self.style)
            full.wrap(aw, ah)
            heights = list(full._rowHeights)
            self._measured = (list(full._colWidths), heights[1:], heights[0])
        return self._measured

    def _table(self, rows: list[list], heights: list[float]) -> Table:
        widths, _, head_h = self._measured
        t = Table([self.head, *rows], colWidths=widths, rowHeights=[head_h, *heights], repeatRows=1)
        t.setStyle(self.style)
        return t

    def wrap(self, aw, ah):
        widths, heights, head_h = self._measure(aw, ah)
        self.width, self.height = sum(widths), head_h + sum(heights)
        return self.width, self.height

    def split(self, aw, ah):
        widths, heights, head_h = self._measure(aw, ah)
        room, n = ah - head_h, 0
        while n < len(self.body) and heights[n] <= room:
            room -= heights[n]
            n += 1
        if n == 0:
            return []  # not even one row fits: start on the next page
        if n == len(self.body):
            return [self._table(self.body, heights)]
        rest = LongTable(self.head, self.body[n:], self.col_widths, self.style,
                         _measured=(widths, heights[n:], head_h))
        return [self._table(self.body[:n], heights[:n]), rest]

    def draw(self):
        _, heights, _ = self._measured
        t = self._table(self.body, heights)
        t.wrapOn(self.canv, self.width, self.height)
        t.drawOn(self.canv, 0, 0)


def _plain(v) -> str:
    return "" if v is None else str(v)


def kv_table(pairs: Sequence[tuple[str, str]], *, key_width_mm: float = 35,
             width_mm: float | None = None) -> Table:
    """Label/value rows; values wrap, labels sit on a grey band. Splits between rows if long."""
    st = styles()
    width = (width_mm * mm) if width_mm else frame_width()
    data = [[Paragraph(escape(k), st["cell_head"]), Paragraph(escape(v or "—").replace("\n", "<br/>"), st["cell"])]
            for k, v in pairs]
    t = Table(data, colWidths=[key_width_mm * mm, width - key_width_mm * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 11.5),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_GREY),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def signature_block(lines: Sequence[str] = ("负责人签字：", "日期：", "（机构盖章）"), *,
                    before: Sequence[Flowable] = ()) -> Flowable:
    """Signature lines on the left, a dashed stamp circle on the right; kept on one page.

    `before`: flowables kept on the same page (e.g. the issuing branch and date of a notice). Do
    not wrap the result in another KeepTogether: ReportLab measures a nested one as endless.
    """
    st = styles()
    sign_rows = [[Paragraph(escape(text) + "&nbsp;" * 2 + "_" * 24, st["sign"])] for text in lines if "盖章" not in text]
    stamp_label = next((t for t in lines if "盖章" in t), "（机构盖章）")
    sign = Table(sign_rows, colWidths=[95 * mm])
    sign.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    outer = Table([[sign, _StampCircle(stamp_label)]], colWidths=[110 * mm, 45 * mm])
    outer.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return KeepTogether([*before, Spacer(1, 8 * mm), outer])


class _StampCircle(Flowable):
    """Where the branch presses its seal."""

    def __init__(self, label: str, diameter: float = 38 * mm):
        super().__init__()
        self.label, self.d = label, diameter
        self.width = self.height = diameter

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setDash(3, 2)
        c.circle(self.d / 2, self.d / 2, self.d / 2 - 1)
        c.setFillColor(MUTED)
        c.setFont(FONT, 9)
        c.drawCentredString(self.d / 2, self.d / 2 - 3, self.label)
        c.restoreState()
