"""Complaints on the command line: masked export, audited unmasked export, all-or-nothing import, round trip."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from branchdesk import cli
from branchdesk.domain.roles import Role
from branchdesk.store import complaint_repo as repo
from branchdesk.store.models import AuditEntry
from tests.integration.test_complaint_store import ID_A, MANAGER, PHONE_A, TELLER, create, intake, protector  # noqa: F401


def run(*argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def filled(store, refs, protector):  # noqa: F811
    a = create(store, refs, protector, intake(date(2026, 11, 2), id_number=ID_A))
    b = create(store, refs, protector, intake(date(2026, 11, 5), phone="13700001111", name="李四",
                                               representation="agent", agent_name="王代理", agent_phone="13600002222"))
    return [a, b]


def accounts(store):
    from branchdesk.security import accounts as acc

    admin = acc.create_first_administrator(store, username="admin", display_name="管理员", password="Hq-Setup-2026!x")
    acc.create_account(store, admin, username="wang", display_name="王经理", role=Role.MANAGER,
                       password="Mgr-Desk-2026!q", must_change_password=False)
    acc.create_account(store, admin, username="li", display_name="李柜员", role=Role.TELLER,
                       password="Tlr-Desk-2026!z", must_change_password=False)


def test_export_is_masked_and_unmask_needs_a_permitted_signed_in_role(store, filled, data_dir, tmp_path, monkeypatch):
    out = tmp_path / "masked.csv"
    code, said, _ = run("export", "complaints", "--out", str(out), "--data-dir", str(data_dir))
    assert code == 0, said
    text = out.read_text(encoding="utf-8-sig")
    assert "139****5678" in text and PHONE_A not in text and ID_A not in text and "张三丰" not in text

    plain = tmp_path / "plain.csv"
    code, _, err = run("complaints-export", "--unmask", "--out", str(plain), "--data-dir", str(data_dir))
    assert code == 1 and "--user" in err and not plain.exists()
    accounts(store)
    code, _, err = run("complaints-export", "--unmask", "--password-stdin", "--user", "li", "--out", str(plain),
                       "--data-dir", str(data_dir), stdin="Tlr-Desk-2026!z\n", monkeypatch=monkeypatch)
    assert code == 1 and "无权" in err and not plain.exists()
    code, said, err = run("complaints-export", "--unmask", "--password-stdin", "--user", "wang", "--out", str(plain),
                          "--data-dir", str(data_dir), stdin="Mgr-Desk-2026!q\n", monkeypatch=monkeypatch)
    assert code == 0, err
    got = rows(plain)
    assert {r["手机号码"] for r in got} == {PHONE_A, "13700001111"} and got[0]["身份证号码"] == ID_A
    assert got[1]["代理人手机"] == "13600002222"
    with store.read() as s:
        entries = s.query(AuditEntry).filter_by(action="export_unmasked").all()
    assert len(entries) == 1 and entries[0].actor == "wang" and entries[0].detail["count"] == 2
    assert PHONE_A not in repr(entries[0].detail)


def test_round_trip_into_another_pc_without_doubles(store, filled, data_dir, tmp_path, monkeypatch):
    accounts(store)
    plain = tmp_path / "plain.xlsx"
    code, _, err = run("complaints-export", "--unmask", "--password-stdin", "--user", "wang", "--out", str(plain),
                       "--data-dir", str(data_dir), stdin="Mgr-Desk-2026!q\n", monkeypatch=monkeypatch)
    assert code == 0, err
    other = tmp_path / "other"
    code, said, err = run("import", "complaints", str(plain), "--data-dir", str(other))
    assert code == 0, err
    assert "2" in said
    code, said, err = run("import", "complaints", str(plain), "--data-dir", str(other))
    assert code == 0 and "跳过 2" in said
    from branchdesk.store.db import open_store

    st = open_store(other / "branchdesk.sqlite")
    try:
        with store.read() as s1, st.read() as s2:
            before = {r.id: r for r in repo.all_for_export(s1)}
            after = {r.id: r for r in repo.all_for_export(s2)}
        assert before.keys() == after.keys()
        for rid, b in before.items():
            a = after[rid]
            assert (a.ref_no, a.complainant_phone_masked, a.complainant_id_masked, a.agent_phone_masked, a.facts,
                    a.class_cause, a.received_at) == (b.ref_no, b.complainant_phone_masked, b.complainant_id_masked,
                                                      b.agent_phone_masked, b.facts, b.class_cause, b.received_at)
            assert a.complainant_phone_sealed != b.complainant_phone_sealed  # sealed again with this PC's key
            assert a.status == "registered" and a.due_on == b.due_on
    finally:
        st.close()


def test_import_is_all_or_nothing_with_clear_errors(store, filled, data_dir, tmp_path):
    masked = tmp_path / "masked.csv"
    run("export", "complaints", "--out", str(masked), "--data-dir", str(data_dir))
    other = tmp_path / "other"
    code, _, err = run("import", "complaints", str(masked), "--data-dir", str(other))
    assert code == 1
    assert "手机号码无效" in err and "未导入任何记录" in err
    template = tmp_path / "t.csv"
    assert run("template", "complaints", "--out", str(template), "--data-dir", str(other))[0] == 0
    header = template.read_text(encoding="utf-8-sig").strip()
    good = ("2026-11-20 10:00,网点现场面谈,赵六,13512345678,,,本人,,,,营业部,,收取了未告知的费用,退费,退费退息,"
            "营业现场,银行卡,定价收费,一般,否,是,2026.1,,,")
    bad = good.replace("13512345678", "1351234").replace("赵六", "钱七")
    (tmp_path / "in.csv").write_text(header + "\n" + ",," + good + "\n" + ",," + bad + "\n", encoding="utf-8-sig")
    code, _, err = run("import", "complaints", str(tmp_path / "in.csv"), "--data-dir", str(other))
    assert code == 1 and "第 3 行" in err and "第 2 行" not in err
    from branchdesk.store.db import open_store

    st = open_store(other / "branchdesk.sqlite")
    with st.read() as s:
        assert repo.all_for_export(s) == []
    st.close()
    (tmp_path / "in.csv").write_text(header + "\n" + ",," + good + "\n", encoding="utf-8-sig")
    code, said, err = run("import", "complaints", str(tmp_path / "in.csv"), "--data-dir", str(other))
    assert code == 0, err
    assert run("import", "complaints", str(tmp_path / "in.csv"), "--data-dir", str(other))[1].count("跳过 1") == 1


def test_deadlines_on_the_command_line(store, refs, protector, data_dir):  # noqa: F811
    from datetime import timedelta

    from tests.integration.test_complaint_store import at

    today = repo.today_local()
    with store.write() as s:
        row = repo.create(s, intake(today - timedelta(days=30)), refs, protector, actor=MANAGER,
                          now=at(today - timedelta(days=30)))
    code, said, _ = run("complaints-deadlines", "--all", "--data-dir", str(data_dir))
    assert code == 0 and "已超期 1 件" in said and row.ref_no in said


def test_thresholds_are_settings_changed_by_an_administrator(store, refs, protector, data_dir, monkeypatch):  # noqa: F811
    code, said, _ = run("complaints-settings", "--data-dir", str(data_dir))
    assert code == 0 and "频繁投诉次数:3" in said
    accounts(store)
    code, _, err = run("complaints-settings", "--frequent", "2", "--user", "wang", "--password-stdin",
                       "--data-dir", str(data_dir), stdin="Mgr-Desk-2026!q\n", monkeypatch=monkeypatch)
    assert code == 1 and "无权" in err
    code, _, err = run("complaints-settings", "--frequent", "0", "--data-dir", str(data_dir))
    assert code == 1 and "正整数" in err
    code, said, err = run("complaints-settings", "--frequent", "2", "--user", "admin", "--password-stdin",
                          "--data-dir", str(data_dir), stdin="Hq-Setup-2026!x\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert "频繁投诉次数:2" in said
    for day in (date(2026, 5, 1), date(2026, 9, 1)):
        create(store, refs, protector, intake(day))
    with store.read() as s:
        assert [f.count for f in repo.flags(s, today=date(2026, 11, 24)).frequent] == [2]
