"""Education events through the command line: export, template, import (all or nothing, no
doubles), round trip between two real data folders, statistics."""

from __future__ import annotations

import io
import random
from datetime import date
from pathlib import Path

import pytest

from branchdesk import cli
from branchdesk.demodata import education as demo
from branchdesk.domain.education import EducationFilter
from branchdesk.store import education_repo as repo
from branchdesk.store.db import open_store


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def events_of(folder: Path) -> list:
    st = open_store(folder / "branchdesk.sqlite")
    try:
        with st.read() as s:
            return sorted((repo.to_domain(r) for r in repo.all_for_export(s, EducationFilter())), key=lambda e: e.id)
    finally:
        st.close()


@pytest.fixture
def source(tmp_path) -> Path:
    folder = tmp_path / "a"
    st = open_store(folder / "branchdesk.sqlite")
    demo.fill(st, random.Random(11), 30, date.today())
    st.close()
    return folder


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_round_trip_keeps_every_event_and_reimport_adds_nothing(source, tmp_path, suffix):
    out = tmp_path / f"events.{suffix}"
    code, text, err = run("export", "education", "--out", str(out), "--data-dir", str(source))
    assert code == 0, err
    originals = events_of(source)
    assert f"已导出 {len(originals)} 条记录" in text

    target = tmp_path / "b"
    code, text, err = run("import", "education", str(out), "--data-dir", str(target))
    assert code == 0, err
    assert f"已导入 {len(originals)} 条,跳过 0 条" in text
    copies = events_of(target)
    assert [e.content_fields() for e in copies] == [e.content_fields() for e in originals]
    assert [(e.id, e.event_no) for e in copies] == [(e.id, e.event_no) for e in originals]

    code, text, _ = run("import", "education", str(out), "--data-dir", str(target))
    assert code == 0 and f"已导入 0 条,跳过 {len(originals)} 条" in text
    assert len(events_of(target)) == len(originals)


def test_rows_without_ids_are_imported_once(tmp_path):
    f = tmp_path / "new.csv"
    f.write_text(
        "开始时间,结束时间,活动,宣传主题,场所,地点,目标人群,现场人数,宣传资料,合作单位,负责人\n"
        "2026-03-15 09:30,2026-03-15 11:00,3·15金融消费者权益保护教育宣传,防范电信诈骗、征信,社区,张江镇活动中心,"
        "老年人、新市民,85,折页×200、手册×50,派出所/反诈中心:张江派出所,王丽\n",
        encoding="utf-8-sig")
    folder = tmp_path / "c"
    for expected in ("已导入 1 条,跳过 0 条", "已导入 0 条,跳过 1 条"):
        code, text, err = run("import", "education", str(f), "--data-dir", str(folder))
        assert code == 0 and expected in text, err
    (ev,) = events_of(folder)
    assert ev.status == "held" and ev.attendees == 85 and ev.target_groups == ("ELDERLY", "NEW_CITIZENS")
    assert [(m.type, m.quantity) for m in ev.materials] == [("LEAFLET", 200), ("BOOKLET", 50)]
    assert [(p.type, p.name) for p in ev.partners] == [("POLICE", "张江派出所")]


def test_bad_import_names_every_bad_row_and_column_and_writes_nothing(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text(
        "开始时间,结束时间,活动,宣传主题,场所,目标人群,现场人数,线上触达人次,宣传资料,负责人,地点\n"
        "2026-03-15 09:30,2026-03-15 11:00,3·15金融消费者权益保护教育宣传,征信,社区,老年人,80,,,王丽,张江\n"
        "2026-03-16 09:30,2026-03-16 08:00,3·15金融消费者权益保护教育宣传,征信,社区,老年人,-4,,,王丽,张江\n"
        "2026-03-17 09:30,2026-03-17 11:00,不存在的活动,征信,社区,老年人,10,,,王丽,张江\n"
        "2026-03-18 09:30,2026-03-18 11:00,常态化宣传,征信,社区,老年人,十,500,折页两百,王丽,张江\n",
        encoding="utf-8-sig")
    folder = tmp_path / "d"
    code, _out, err = run("import", "education", str(f), "--data-dir", str(folder))
    assert code != 0
    assert "第 3 行「结束时间」:结束时间早于开始时间" in err
    assert "第 3 行「现场人数」:不能为负数" in err
    assert "第 4 行「活动」:不是有效的选项" in err
    assert "第 5 行「现场人数」:请输入整数" in err
    assert "第 5 行「宣传资料」:资料应写成" in err
    assert "第 2 行" not in err
    assert "未导入任何记录" in err
    assert events_of(folder) == []


def test_template_and_stats(tmp_path, source):
    out = tmp_path / "template.xlsx"
    code, text, _ = run("template", "education", "--out", str(out), "--data-dir", str(source))
    assert code == 0 and out.exists()
    from openpyxl import load_workbook

    header = [c.value for c in next(load_workbook(out).active.iter_rows(max_row=1))]
    assert header[:5] == ["记录ID", "编号", "网点代码", "状态", "开始时间"] and "目标人群" in header

    code, text, err = run("education-stats", "--period", "year", "--day", date.today().isoformat(),
                          "--data-dir", str(source))
    assert code == 0, err
    st = open_store(source / "branchdesk.sqlite")
    with st.read() as s:
        start, end = date(date.today().year, 1, 1), date(date.today().year, 12, 31)
        t = repo.totals(s, EducationFilter(date_from=start, date_to=end, status="held"))
    st.close()
    assert f"合计:{t.events:,} 场,现场 {t.attendees:,} 人" in text
    assert "按目标人群:" in text and "老年人" in text
