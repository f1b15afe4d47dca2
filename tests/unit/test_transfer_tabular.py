"""Reading tables as Chinese Excel writes them: GB18030, UTF-8 with BOM, UTF-16 text, XLSX dates."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import datetime

import pytest

from branchdesk.transfer.tabular import TableError, detect_encoding, read_table, write_table

ROWS = [["发生时间", "诈骗类型", "经过"], ["2026-10-01 10:30", "冒充公检法及政府机关", "李女士接到“公安”电话,称其涉嫌洗钱"]]


def _csv_text(rows, sep=",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep).writerows(rows)  # quotes the narrative's comma, as Excel does
    return buf.getvalue()


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8", "utf-8-sig"])
def test_csv_in_each_excel_encoding_reads_the_same(tmp_path, encoding):
    p = tmp_path / "in.csv"
    p.write_bytes(_csv_text(ROWS).encode(encoding))
    table = read_table(p)
    assert table.header == ROWS[0]
    assert [cells for _, cells in table.rows] == [ROWS[1]]


def test_gb18030_is_detected_as_gb18030_not_a_lookalike(tmp_path):
    data = _csv_text(ROWS * 3).encode("gb18030")
    assert detect_encoding(data) == "gb18030"


def test_utf16_tab_separated_unicode_text_from_excel(tmp_path):
    p = tmp_path / "in.txt"
    p.write_bytes(codecs.BOM_UTF16_LE + _csv_text(ROWS, "\t").encode("utf-16-le"))
    table = read_table(p)
    assert table.header == ROWS[0]
    assert table.rows[0][1] == ROWS[1]


def test_row_numbers_follow_excel_even_with_blank_rows_and_line_breaks_in_cells(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('a,b\r\n1,"two\nlines"\r\n,\r\n3,x\r\n', encoding="utf-8")
    table = read_table(p)
    assert [n for n, _ in table.rows] == [2, 3, 4]
    assert table.rows[0][1] == ["1", "two\nlines"]


def test_empty_file_has_no_header(tmp_path):
    p = tmp_path / "empty.csv"
    p.write_bytes(b"")
    assert read_table(p).header == []


def test_xlsx_keeps_real_dates_and_numbers(tmp_path):
    p = tmp_path / "t.xlsx"
    when = datetime(2026, 10, 1, 10, 30)
    write_table(p, ["when", "amount"], [[when, 1234.5]])
    table = read_table(p)
    assert table.header == ["when", "amount"]
    assert table.rows == [(2, [when, 1234.5])]


def test_unknown_file_type_is_refused(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(b"%PDF")
    with pytest.raises(TableError) as e:
        read_table(p)
    assert e.value.code == "unsupported_file_type"


def test_damaged_xlsx_is_a_clear_error(tmp_path):
    p = tmp_path / "x.xlsx"
    p.write_bytes(b"not a zip")
    with pytest.raises(TableError) as e:
        read_table(p)
    assert e.value.code == "unreadable_workbook"
