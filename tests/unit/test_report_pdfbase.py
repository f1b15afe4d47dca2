"""The common PDF frame: embedded Chinese font, page furniture with exact page totals, repeated headers."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timezone

import pytest

from branchdesk.reports import pdfbase

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _text(path, first=None, last=None) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def _squash(text: str) -> str:
    """pdftotext drops or adds spaces around CJK; compare without them."""
    return re.sub(r"\s+", "", text)


def _pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


INFO = pdfbase.PageInfo(title="测试报表", branch_name="演示支行", branch_code="310115", period="2026年10月",
                        printed_by="王经理", printed_at=datetime(2026, 10, 31, 8, 5, tzinfo=timezone.utc))


def test_long_table_repeats_header_and_every_page_carries_furniture(tmp_path):
    rows = [[f"TS-{i:04d}", "冒充公检法及政府机关", f"{i * 100:,}.00"] for i in range(300)]
    long_text = "客户在柜面要求向所谓“安全账户”转账，柜员识别后劝阻并联系属地派出所。" * 30
    story = [pdfbase.para("测试报表", "title"), pdfbase.para(long_text),
             pdfbase.data_table(["编号", "诈骗类型", "避免损失（元）"], rows, right=(2,)),
             pdfbase.signature_block()]
    out = tmp_path / "t.pdf"
    pdfbase.build_pdf(out, story, INFO)

    n = _pages(out)
    assert n >= 3
    for page in (1, 2, n):
        text = _squash(_text(out, page))
        assert f"第{page}页/共{n}页" in text
        assert "演示支行（机构号310115）" in text
        assert "2026年10月" in text
        assert "打印：王经理2026-10-3116:05" in text  # shown in Shanghai time
    # The table header is repeated on a page the table continues onto.
    assert "避免损失（元）" in _text(out, 3)
    assert "TS-0299" in _text(out)
    assert "负责人签字" in _text(out, n)


def test_font_is_embedded_truetype(tmp_path):
    out = tmp_path / "f.pdf"
    story = [pdfbase.para("金融消费者权益保护"), pdfbase.kv_table([("投诉编号", "TK-1")]),
             pdfbase.data_table(["类别"], [["储蓄"]]), pdfbase.signature_block()]
    pdfbase.build_pdf(out, story, INFO)
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    lines = fonts.splitlines()[2:]
    assert lines, fonts
    for line in lines:  # every font in the file is the bundled one, embedded: no Helvetica fallback
        cols = line.split()
        assert "WenQuanYiMicroHei" in cols[0] and "TrueType" in line, line
        assert cols[-5] == "yes", line  # the "emb" column


def test_long_chinese_paragraph_wraps_within_the_page(tmp_path):
    out = tmp_path / "w.pdf"
    pdfbase.build_pdf(out, [pdfbase.para("防范电信网络诈骗" * 60)], INFO)
    body = [line for line in _text(out, 1).splitlines() if "防范电信网络诈骗" in line]
    assert len(body) >= 5  # one long line became several


def test_bytes_target_and_markup_characters_are_escaped():
    pdf = pdfbase.build_pdf(None, [pdfbase.para("a < b & c <b>not bold</b>")], INFO)
    assert pdf[:5] == b"%PDF-"


def test_long_table_prints_what_reportlab_table_prints(tmp_path):
    """The linear-time LongTable breaks pages exactly where Table(repeatRows=1) does."""
    from reportlab.platypus import Table

    rows = [[f"TS-{i:05d}", "网络婚恋、交友（含杀猪盘）" if i % 7 else "其他", f"{i * 37:,}.00"] for i in range(700)]
    long = pdfbase.data_table(["编号", "诈骗类型", "金额"], rows, right=(2,))
    assert isinstance(long, pdfbase.LongTable)
    plain = Table([long.head, *rows], repeatRows=1)
    plain.setStyle(long.style)
    a, b = tmp_path / "long.pdf", tmp_path / "plain.pdf"
    pdfbase.build_pdf(a, [pdfbase.para("标题", "title"), long], INFO)
    pdfbase.build_pdf(b, [pdfbase.para("标题", "title"), plain], INFO)
    assert _pages(a) == _pages(b) > 10
    for page in (1, 2, _pages(a)):
        assert _text(a, page) == _text(b, page)
    assert "TS-00699" in _text(a, _pages(a))
