"""Tables of the console as Excel workbooks (openpyxl): one sheet, a bold header, numbers as numbers."""

from __future__ import annotations

import io
from typing import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

_UNSAFE_START = ("=", "+", "-", "@")  # a cell starting like a formula would be run by Excel


def _cell(v):
    if isinstance(v, str) and v.startswith(_UNSAFE_START):
        return "'" + v
    return v


def workbook(title: str, header: Sequence[str], rows: Sequence[Sequence]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(list(header))
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append([_cell(v) for v in r])
    for i, h in enumerate(header, start=1):
        width = max([len(str(h))] + [len(str(r[i - 1])) for r in rows[:200]]) + 4
        ws.column_dimensions[get_column_letter(i)].width = min(width * 1.6, 60)
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
