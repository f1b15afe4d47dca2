"""Rows of cells in and out of CSV and XLSX files.

CSV files come from many Excel versions: Chinese Windows Excel saves "CSV" in GB18030/GBK,
"CSV UTF-8" with a byte-order mark, and "Unicode text" as tab-separated UTF-16. We detect the
encoding (byte-order marks first, then strict UTF-8, then charset-normalizer) and decode once.
We write CSV as UTF-8 with a byte-order mark, which every Excel opens without garbling Chinese.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")

# Encodings that Chinese-language Excel and Notepad produce; GB18030 is a superset of GB2312/GBK.
_CHINESE_GB = {"gb2312", "gbk", "gb18030", "hz", "cp936", "euc_cn"}


class TableError(Exception):
    """The file cannot be read as a table at all (wrong type, damaged, unknown encoding)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number as Excel shows it, cells)
    encoding: str = ""


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    raise TableError("unsupported_file_type", path.suffix)


# ---------------------------------------------------------------- reading

def detect_encoding(data: bytes) -> str:
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Restrict the guess to what files reaching a Chinese branch are really written in; an
    # unrestricted guess on short Chinese text sometimes lands on a Korean or Cyrillic code page.
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16_le", "utf_16_be"]).best()
    if best is None:
        # Still not decodable as anything: GB18030 maps every byte sequence but few, so try it last.
        try:
            data.decode("gb18030")
            return "gb18030"
        except UnicodeDecodeError:
            raise TableError("unknown_encoding") from None
    enc = best.encoding.lower().replace("-", "_")
    return "gb18030" if enc in _CHINESE_GB else best.encoding


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if not data.strip():
        return Table([], [], "")
    encoding = detect_encoding(data)
    text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first))
    header: list[str] | None = None
    rows: list[tuple[int, list[Any]]] = []
    for number, cells in enumerate(reader, start=1):
        # Numbered by record, not by line: a quoted line break inside a cell stays in one row,
        # as in Excel, so the row numbers we report are the ones the person sees there.
        if header is None:
            if not any(c.strip() for c in cells):
                continue
            header = [c.strip() for c in cells]
            continue
        rows.append((number, cells))
    return Table(header or [], rows, encoding)


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or mislabelled file
        raise TableError("unreadable_workbook", str(exc)) from exc
    try:
        ws = wb.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = list(values)
            if header is None:
                if not any(c not in (None, "") for c in cells):
                    continue
                header = ["" if c is None else str(c).strip() for c in cells]
                # Trailing empty header cells are formatting, not columns.
                while header and not header[-1]:
                    header.pop()
                continue
            rows.append((number, cells))
        return Table(header or [], rows, "xlsx")
    finally:
        wb.close()


def read_table(path: Path) -> Table:
    if not path.exists():
        raise TableError("file_not_found", str(path))
    return read_xlsx(path) if file_format(path) == "xlsx" else read_csv(path)


def is_blank(cells: Sequence[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


# ---------------------------------------------------------------- writing

@dataclass(frozen=True)
class ColumnStyle:
    """How an XLSX column shows its values (a CSV has only text)."""

    width: int = 14
    number_format: str | None = None


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for row in rows:
            w.writerow([_csv_text(v) for v in row])
            n += 1
    return n


def _csv_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]],
               styles: Sequence[ColumnStyle] | None = None, sheet_title: str = "Sheet1") -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title)
    styles = list(styles or [ColumnStyle()] * len(header))
    for i, st in enumerate(styles, start=1):
        ws.column_dimensions[get_column_letter(i)].width = st.width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for h in header:
        c = WriteOnlyCell(ws, value=h)
        c.font = bold
        head.append(c)
    ws.append(head)
    formats = [st.number_format for st in styles]
    n = 0
    for row in rows:
        out = []
        for v, fmt in zip(row, formats):
            if fmt and v not in (None, ""):
                c = WriteOnlyCell(ws, value=v)
                c.number_format = fmt
                out.append(c)
            else:
                out.append(v)
        ws.append(out)
        n += 1
    wb.save(path)
    return n


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]],
                styles: Sequence[ColumnStyle] | None = None, sheet_title: str = "Sheet1") -> int:
    """Write header + rows; returns the number of data rows. The format follows the file suffix."""
    if file_format(path) == "xlsx":
        return write_xlsx(path, header, rows, styles, sheet_title)
    return write_csv(path, header, rows)
