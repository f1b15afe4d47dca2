"""The fraud register as a table: parsing every kind of cell, validation, identity, dedupe."""

from __future__ import annotations

import csv
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from branchdesk.store.models import AuditEntry, FraudInterceptionRow, OutboxEntry
from branchdesk.transfer import exporter, importer
from branchdesk.transfer.kinds.fraud import KIND
from branchdesk.transfer.tabular import Table, read_table

HEADER = ["发生时间", "发现途径", "业务类型", "渠道", "诈骗类型", "拟转金额(元)", "避免损失金额(元)", "处置措施",
          "是否报警", "结果", "经过", "登记柜员"]
GOOD = ["2026-10-01 10:30", "柜员识别", "跨行转账", "柜面", "冒充公检法及政府机关", "50,000", "50000",
        "劝阻、拨打110", "是", "成功劝阻", "李女士接到自称公安的电话,要求转账至“安全账户”。", "teller01"]


def table(*rows, header=HEADER) -> Table:
    return Table(list(header), [(i, list(r)) for i, r in enumerate(rows, start=2)])


def row(**changes) -> list[str]:
    out = list(GOOD)
    for name, value in changes.items():
        out[HEADER.index(name)] = value
    return out


def count(store, model) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar()


def test_labels_codes_and_english_all_parse_to_the_same_record(refs):
    english = ["2026/10/01 10:30", "Spotted by teller", "Inter-bank transfer", "Counter", "F06", "¥50000", "50000.00",
               "DISSUADE, Called 110", "yes", "STOPPED", GOOD[10], "teller01"]
    (a,), (b,) = ([p.record for p in importer.parse_table(table(r), KIND, refs)[0]] for r in (GOOD, english))
    assert a == b
    assert a.occurred_at == datetime(2026, 10, 1, 2, 30, tzinfo=timezone.utc)  # 10:30 in Shanghai
    assert a.amount_attempted == 5_000_000 and a.actions == ("DISSUADE", "CALL110")
    assert a.fraud_type == "F06" and a.police_notified is True


def test_english_header_is_accepted(refs):
    header = ["Occurred at", "Detection source", "Business type", "Channel", "Fraud type", "Amount attempted (CNY)",
              "Amount protected (CNY)", "Actions", "Police notified", "Outcome", "Narrative", "Recorder"]
    parsed, errors = importer.parse_table(table(GOOD, header=header), KIND, refs)
    assert errors == [] and len(parsed) == 1


def test_every_bad_cell_of_every_row_is_reported_with_excel_row_numbers(refs):
    rows = [
        GOOD,
        row(发生时间="2026-13-45"),
        row(**{"拟转金额(元)": "12,34x"}),
        row(诈骗类型="外星人诈骗", 结果=""),
        row(是否报警="也许"),
        row(**{"避免损失金额(元)": "60000"}),
        row(经过="客户身份证号310101199001011234"),
        row(处置措施=""),
        row(发生时间="2099-01-01 09:00"),
        row(**{"拟转金额(元)": "1.234"}),
    ]
    parsed, errors = importer.parse_table(table(*rows), KIND, refs)
    got = {(e.row, e.column, e.code) for e in errors}
    assert got == {
        (3, "发生时间", "bad_datetime"),
        (4, "拟转金额(元)", "not_a_number"),
        (5, "诈骗类型", "unknown_code"),
        (5, "结果", "required"),
        (6, "是否报警", "bad_bool"),
        (7, "避免损失金额(元)", "protected_above_attempted"),
        (8, "经过", "contains_id_number"),
        (9, "处置措施", "at_least_one_action"),
        (10, "发生时间", "in_future"),
        (11, "拟转金额(元)", "too_many_decimals"),
    }
    assert [p.row for p in parsed] == [2]


def test_a_bad_row_means_nothing_is_imported(store, refs):
    with pytest.raises(importer.RowsRejected) as e:
        importer.import_table(store, table(GOOD, row(渠道="飞鸽传书")), KIND, refs, actor="t")
    assert [(x.row, x.column) for x in e.value.errors] == [(3, "渠道")]
    assert count(store, FraudInterceptionRow) == 0
    assert count(store, OutboxEntry) == 0


@pytest.mark.parametrize("header, code", [
    ([], "transfer.empty_file"),
    (HEADER + ["备注"], "transfer.unknown_columns"),
    (HEADER[1:], "transfer.missing_columns"),
    (HEADER + ["发生时间"], "transfer.duplicate_columns"),
])
def test_wrong_headers_are_refused_as_a_whole(refs, header, code):
    with pytest.raises(importer.FileRejected) as e:
        importer.parse_table(table(header=header), KIND, refs)
    assert e.value.code == code


def test_rows_get_outbox_and_audit_and_importing_again_adds_nothing(store, refs):
    t = table(GOOD, row(经过="张某称在做刷单任务", 诈骗类型="刷单返利"))
    first = importer.import_table(store, t, KIND, refs, actor="importer")
    assert (first.imported, first.skipped) == (2, 0)
    assert count(store, OutboxEntry) == 2 and count(store, AuditEntry) == 2
    again = importer.import_table(store, t, KIND, refs, actor="importer")
    assert (again.imported, again.skipped) == (0, 2)
    assert count(store, FraudInterceptionRow) == 2
    with store.read() as s:
        keys = s.scalars(select(FraudInterceptionRow.import_key)).all()
    assert all(k and len(k) == 64 for k in keys)


def test_identical_rows_in_one_file_are_flagged_not_silently_merged(refs):
    _parsed, errors = importer.parse_table(table(GOOD, GOOD), KIND, refs)
    assert [(e.row, e.code) for e in errors] == [(3, "duplicate_in_file")]


def test_blank_recorder_becomes_the_person_importing(store, refs):
    importer.import_table(store, table(row(登记柜员="")), KIND, refs, actor="teller07")
    with store.read() as s:
        assert s.scalar(select(FraudInterceptionRow.recorder)) == "teller07"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_elsewhere_keeps_identity(tmp_path, store, refs, suffix):
    from branchdesk.store.db import open_store

    importer.import_table(store, table(GOOD, row(结果="部分止损", **{"避免损失金额(元)": "12000.50"})), KIND, refs,
                          actor="t")
    out = tmp_path / f"a{suffix}"
    assert exporter.export_file(store, out, KIND, refs) == 2
    other = open_store(tmp_path / "other" / "branchdesk.sqlite")
    try:
        result = importer.import_table(other, read_table(out), KIND, refs, actor="t")
        assert result.imported == 2
        again = tmp_path / f"b{suffix}"
        exporter.export_file(other, again, KIND, refs)
        assert read_table(again).rows == read_table(out).rows
        with store.read() as s1, other.read() as s2:
            q = select(FraudInterceptionRow.id, FraudInterceptionRow.ref_no).order_by(FraudInterceptionRow.id)
            assert s1.execute(q).all() == s2.execute(q).all()
    finally:
        other.close()


def test_export_writes_chinese_labels_and_the_identity_columns(tmp_path, store, refs):
    importer.import_table(store, table(GOOD), KIND, refs, actor="t")
    out = tmp_path / "a.csv"
    exporter.export_file(store, out, KIND, refs)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        header, values = list(csv.reader(fh))
    rec = dict(zip(header, values))
    assert rec["诈骗类型"] == "冒充公检法及政府机关"
    assert rec["处置措施"] == "劝阻、拨打110"
    assert rec["是否报警"] == "是" and rec["拟转金额(元)"] == "50000.00"
    assert rec["编号"].startswith("TS-") and len(rec["记录ID"]) == 36


def test_date_range_of_export_is_inclusive_local_days(tmp_path, store, refs):
    from datetime import date

    importer.import_table(store, table(row(发生时间="2026-10-01 00:10"), row(发生时间="2026-10-02 23:50")), KIND,
                          refs, actor="t")
    out = tmp_path / "a.csv"
    assert exporter.export_file(store, out, KIND, refs, date_from=date(2026, 10, 2), date_to=date(2026, 10, 2)) == 1


def test_template_is_just_the_header_and_imports_zero_rows(tmp_path, store, refs):
    for suffix in (".csv", ".xlsx"):
        p = tmp_path / f"t{suffix}"
        exporter.write_template(p, KIND)
        t = read_table(p)
        assert t.header[:4] == ["记录ID", "编号", "网点代码", "发生时间"] and t.rows == []
        assert importer.import_table(store, t, KIND, refs, actor="t").imported == 0


def test_a_50000_row_file_with_one_bad_row_at_the_end_imports_nothing(tmp_path, store, refs):
    p = tmp_path / "huge.csv"
    lines = [",".join(HEADER)]
    for i in range(50_000):
        day, minute = 1 + i % 28, i % 600
        lines.append(f"2026-10-{day:02d} {8 + minute // 60:02d}:{minute % 60:02d},柜员识别,跨行转账,柜面,F06,{1000 + i},,"
                     f"劝阻,否,成功劝阻,第{i}例,teller01")
    lines.append("2026-10-01 10:00,柜员识别,跨行转账,柜面,F06,100,,劝阻,否,成功劝阻,李女士,")
    lines[-1] = lines[-1].replace("成功劝阻", "大获全胜")
    p.write_text("\n".join(lines) + "\n", encoding="gb18030")
    with pytest.raises(importer.RowsRejected) as e:
        importer.import_file(store, p, KIND, refs, actor="t")
    assert [(x.row, x.column, x.code) for x in e.value.errors] == [(50_002, "结果", "unknown_code")]
    assert count(store, FraudInterceptionRow) == 0


def test_case_numbers_identify_rows_and_are_never_reused(store, refs):
    from branchdesk.store import settings

    importer.import_table(store, table(GOOD), KIND, refs, actor="t")
    with store.read() as s:
        (existing_id, existing_ref), = s.execute(select(FraudInterceptionRow.id, FraudInterceptionRow.ref_no)).all()
        ident = settings.identity(s)
    with_ref = ["编号", *HEADER]
    # The same case number without an id: already here, skipped.
    again = importer.import_table(store, table([existing_ref, *GOOD], header=with_ref), KIND, refs, actor="t")
    assert (again.imported, again.skipped) == (0, 1)
    # A different record claiming that number: refused, naming the row and column.
    other_id = "01a20000-0000-7000-8000-000000000001"
    with pytest.raises(importer.RowsRejected) as e:
        importer.import_table(store, table([other_id, existing_ref, *row(经过="另一条")], header=["记录ID", *with_ref]),
                              KIND, refs, actor="t")
    assert [(x.row, x.column, x.code) for x in e.value.errors] == [(2, "编号", "case_no_taken")]
    assert existing_id != other_id
    # A number from this device's own series, kept on import, is not issued again later.
    mine = f"TS-{ident.branch_code}-{ident.device_code}-2026-000050"
    importer.import_table(store, table([mine, *row(经过="导回的记录")], header=with_ref), KIND, refs, actor="t")
    importer.import_table(store, table(row(经过="新记录")), KIND, refs, actor="t")
    with store.read() as s:
        newest = s.scalar(select(FraudInterceptionRow.ref_no).where(FraudInterceptionRow.narrative == "新记录"))
    assert newest.endswith("-2026-000051")
