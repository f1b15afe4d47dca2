"""Excel workbooks of lists and registers (openpyxl, write-only mode so 100,000 rows stay small in memory).

API
---
``write_xlsx(path, *, title, header, rows, header_rows=(), number_columns=(), sheet_name=None) -> int``
    Writes one sheet: the title in the first row, then ``header_rows`` (e.g. branch, period, who
    exported it and when, "个人信息已屏蔽"), a blank row, the column header (bold, frozen, with an
    auto-filter) and the rows. ``rows`` may be any iterable, consumed once. Values that look like
    formulas ("=...", "+...", "-...", "@...") are written as text, so a narrative can never run as
    a formula in Excel. Returns the number of data rows. The file appears complete or not at all.

``register_to_xlsx(path, register, *, header_rows=()) -> int``
    A ``reports.queries.Register`` (fraud register, education log) as a workbook.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

FONT_NAME = "Microsoft YaHei"  # what Excel on a Chinese Windows PC has; others fall back by themselves
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = {c: None for c in range(32) if c not in (9, 10, 13)}


def _safe(value):
    """Text as text: never a formula, never a control character openpyxl would refuse."""
    if isinstance(value, str):
        value = value.translate(_ILLEGAL)
        if value.startswith(_FORMULA_START) and not _is_number(value):
            return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
        return True
    except ValueError:
        return False


def write_xlsx(path: str | os.PathLike, *, title: str, header: Sequence[str], rows: Iterable[Sequence],
               header_rows: Sequence[str] = (), number_columns: Iterable[int] = (),
               sheet_name: str | None = None, widths: Sequence[float] = ()) -> int:
    target = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=(sheet_name or title)[:31])
    numbers = set(number_columns)
    for i, w in enumerate(widths or [max(10, min(40, len(str(h)) * 2.2 + 4)) for h in header], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    first_data_row = 1 + 1 + len(header_rows) + 1 + 1  # title, header_rows, blank, column header
    ws.freeze_panes = f"A{first_data_row}"
    ws.auto_filter.ref = f"A{first_data_row - 1}:{get_column_letter(max(1, len(header)))}{first_data_row - 1}"

    def styled(value, **style):
        c = WriteOnlyCell(ws, value=_safe(value))
        for k, v in style.items():
            setattr(c, k, v)
        return c

    ws.append([styled(title, font=Font(name=FONT_NAME, bold=True, size=14))])
    for line in header_rows:
        ws.append([styled(line, font=Font(name=FONT_NAME, size=10, color="616E7C"))])
    ws.append([])
    head_fill = PatternFill("solid", fgColor="E8ECF1")
    ws.append([styled(h, font=Font(name=FONT_NAME, bold=True), fill=head_fill,
                      alignment=Alignment(vertical="center", wrap_text=True)) for h in header])
    n = 0
    for row in rows:
        out = []
        for i, v in enumerate(row):
            if i in numbers and isinstance(v, str):
                v = _to_number(v)
            out.append(_safe(v))
        ws.append(out)
        n += 1
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def _to_number(text: str):
    """'1,234.50' → 1234.5 so Excel can sum the column; anything else stays as it was."""
    t = text.replace(",", "").strip()
    if not t:
        return None
    try:
        return int(t) if t.lstrip("-").isdigit() else float(t)
    except ValueError:
        return text


def register_to_xlsx(path: str | os.PathLike, register, *, header_rows: Sequence[str] = ()) -> int:
    lines = [*header_rows, *(f"{label}：{value}" for label, value in register.totals)]
    widths = [max(8.0, w / 2.2) for w in register.widths_mm] if register.widths_mm else ()
    return write_xlsx(path, title=register.title, header=register.header, rows=register.rows, header_rows=lines,
                      number_columns=register.right, widths=widths)
