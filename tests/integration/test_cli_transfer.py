"""branchdesk-cli as a person uses it: demo, export, import elsewhere, bad files, locks."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from branchdesk.cli import main
from tests.conftest import ROOT

HEADER = "发生时间,发现途径,业务类型,渠道,诈骗类型,拟转金额(元),处置措施,是否报警,结果,经过\n"
LINE = "2026-10-{day:02d} 10:30,柜员识别,跨行转账,柜面,冒充公检法及政府机关,{amount},劝阻、拨打110,是,成功劝阻,李女士接到“公安”电话\n"


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def rows_of(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def fraud_count(folder: Path) -> int:
    con = sqlite3.connect(folder / "branchdesk.sqlite")
    try:
        return con.execute("select count(*) from fraud_interception").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def filled(tmp_path) -> Path:
    folder = tmp_path / "a"
    code, out, _ = cli("demo", "--records", "120", "--seed", "5", "--data-dir", folder)
    assert code == 0 and "fraud 120" in out
    return folder


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_into_another_data_folder_gives_the_same_rows(tmp_path, filled, fmt):
    first = tmp_path / f"first.{fmt}"
    code, out, _ = cli("export", "fraud", "--format", fmt, "--out", first, "--data-dir", filled)
    assert code == 0 and "120" in out
    other = tmp_path / "b"
    code, out, err = cli("import", "fraud", first, "--data-dir", other)
    assert (code, err) == (0, "")
    assert "已导入 120 条,跳过 0 条" in out
    second = tmp_path / f"second.{fmt}"
    assert cli("export", "fraud", "--out", second, "--data-dir", other)[0] == 0
    from branchdesk.transfer.tabular import read_table

    a, b = read_table(first), read_table(second)
    assert a.header == b.header and a.header[:2] == ["记录ID", "编号"]
    assert a.rows == b.rows and len(a.rows) == 120
    # The same file again adds nothing.
    code, out, _ = cli("import", "fraud", first, "--data-dir", other)
    assert code == 0 and "已导入 0 条,跳过 120 条" in out
    assert fraud_count(other) == 120


def test_bad_rows_are_all_listed_and_nothing_is_imported(tmp_path):
    folder = tmp_path / "d"
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + LINE.format(day=1, amount="5000") + "2026-10-02 25:99,柜员识别,跨行转账,柜面,F06,abc,劝阻,是,成功劝阻,x\n"
                   + "2026-10-03 10:00,柜员识别,跨行转账,柜面,不存在的类型,100,劝阻,否,成功劝阻,x\n", encoding="utf-8")
    code, out, err = cli("import", "fraud", bad, "--data-dir", folder)
    assert code == 1 and out == ""
    assert "第 3 行「发生时间」:时间格式应为 2026-10-31 14:30(内容:2026-10-02 25:99)" in err
    assert "第 3 行「拟转金额(元)」:请输入金额数字" in err
    assert "第 4 行「诈骗类型」:不是有效的选项(内容:不存在的类型)" in err
    assert "未导入任何记录" in err
    assert fraud_count(folder) == 0


def test_messages_follow_lang(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + LINE.format(day=1, amount="abc"), encoding="utf-8")
    code, _, err = cli("import", "fraud", bad, "--lang", "en", "--data-dir", tmp_path / "d")
    assert code == 1
    assert "Row 2, '拟转金额(元)': Enter an amount such as 12345.67 (value: abc)" in err
    assert "nothing was imported" in err


def test_gb18030_csv_saved_by_chinese_excel(tmp_path):
    p = tmp_path / "excel.csv"
    p.write_bytes((HEADER + LINE.format(day=1, amount="5000") + LINE.format(day=2, amount="8000")).encode("gb18030"))
    code, out, _ = cli("import", "fraud", p, "--data-dir", tmp_path / "d")
    assert code == 0 and "已导入 2 条" in out


def test_xlsx_with_real_excel_dates(tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEADER.strip().split(","))
    ws.append([datetime(2026, 10, 1, 10, 30), "柜员识别", "跨行转账", "柜面", "F06", 5000, "劝阻", True, "成功劝阻", "李女士"])
    ws["A2"].number_format = "yyyy/m/d h:mm"
    p = tmp_path / "dates.xlsx"
    wb.save(p)
    folder = tmp_path / "d"
    assert cli("import", "fraud", p, "--data-dir", folder)[0] == 0
    out = tmp_path / "out.csv"
    cli("export", "fraud", "--out", out, "--data-dir", folder)
    header, row = rows_of(out)
    assert dict(zip(header, row))["发生时间"] == "2026-10-01 10:30"
    assert dict(zip(header, row))["拟转金额(元)"] == "5000.00"


def test_empty_file_and_wrong_header_are_refused(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = cli("import", "fraud", empty, "--data-dir", tmp_path / "d")
    assert code == 1 and "文件为空" in err
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("姓名,电话\n张三,138\n", encoding="utf-8")
    code, _, err = cli("import", "fraud", wrong, "--data-dir", tmp_path / "d")
    assert code == 1 and "无法识别的列:姓名、电话" in err


def test_template_round_trip_imports_zero_rows(tmp_path):
    for name in ("t.csv", "t.xlsx"):
        code, out, _ = cli("template", "fraud", "--out", tmp_path / name, "--data-dir", tmp_path / "d")
        assert code == 0 and "导入模板" in out
        code, out, _ = cli("import", "fraud", tmp_path / name, "--data-dir", tmp_path / "d")
        assert code == 0 and "已导入 0 条,跳过 0 条" in out


def test_export_date_range_and_bad_dates(tmp_path, filled):
    out = tmp_path / "x.csv"
    code, _, err = cli("export", "fraud", "--out", out, "--from", "2026-13-01", "--data-dir", filled)
    assert code == 1 and "2026-13-01" in err
    code, _, err = cli("export", "fraud", "--out", out, "--from", "2026-02-01", "--to", "2026-01-01", "--data-dir", filled)
    assert code == 1 and "起始日期晚于结束日期" in err
    code, _, err = cli("export", "fraud", "--format", "xlsx", "--out", tmp_path / "x.csv", "--data-dir", filled)
    assert code == 1


def test_demo_refuses_a_folder_with_records(filled):
    code, _, err = cli("demo", "--records", "5", "--data-dir", filled)
    assert code == 1 and "--add" in err
    assert fraud_count(filled) == 120


def test_unknown_kind_and_bad_arguments_exit_1(tmp_path):
    code, _, err = cli("export", "dragons", "--out", tmp_path / "x.csv", "--data-dir", tmp_path / "d")
    assert code == 1 and "dragons" in err and "fraud" in err
    code, _, err = cli("demo", "--records", "-3", "--data-dir", tmp_path / "d")
    assert code == 1 and "命令参数有误" in err


def test_locked_database_exits_2_with_a_clear_message(tmp_path, filled):
    p = tmp_path / "one.csv"
    p.write_text(HEADER + LINE.format(day=1, amount="5000"), encoding="utf-8")
    con = sqlite3.connect(filled / "branchdesk.sqlite", isolation_level=None)
    con.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = cli("import", "fraud", p, "--data-dir", filled)
    finally:
        con.rollback()
        con.close()
    assert code == 2
    assert "数据库被其他程序占用" in err and str(filled) in err
    assert fraud_count(filled) == 120


def test_entry_point_respects_data_dir_option_and_environment(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    by_env = tmp_path / "by-env"
    by_opt = tmp_path / "by-opt"
    run = lambda *a, **kw: subprocess.run([sys.executable, "-m", "branchdesk.cli", *map(str, a)], cwd=ROOT,  # noqa: E731
                                          capture_output=True, text=True, timeout=120, **kw)
    r = run("demo", "--records", "7", env={**env, "BRANCHDESK_DATA_DIR": str(by_env)})
    assert r.returncode == 0, r.stderr
    r = run("demo", "--records", "9", "--data-dir", by_opt, env={**env, "BRANCHDESK_DATA_DIR": str(by_env)})
    assert r.returncode == 0, r.stderr
    assert (fraud_count(by_env), fraud_count(by_opt)) == (7, 9)


def test_common_options_work_before_or_after_the_command(tmp_path):
    before, after = tmp_path / "before", tmp_path / "after"
    assert cli("--data-dir", before, "--lang", "en", "demo", "--records", "3")[0] == 0
    code, out, _ = cli("demo", "--records", "4", "--lang", "zh_TW", "--data-dir", after)
    assert code == 0 and "已產生示範資料" in out
    assert (fraud_count(before), fraud_count(after)) == (3, 4)


def test_every_command_group_is_discovered():
    from branchdesk.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert {"import", "export", "template", "demo"} <= set(sub.choices)
