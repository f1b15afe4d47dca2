"""The register: filters narrow the list and the totals, deletes, sorting, language switch."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from branchdesk.domain.money import format_fen
from branchdesk.domain.timeutil import local_date
from branchdesk.store import fraud_repo
from tests.ui.test_fraud_form import TELLER, back_to, open_window, type_text, zh  # noqa: F401 (zh: fixture)
from tests.ui.test_fraud_samples import fill_register


@pytest.fixture
def records(store, refs):
    """120 realistic records, read back as domain objects for counting in the test."""
    ids = fill_register(store, refs, 120, seed=11)
    with store.read() as s:
        return [fraud_repo.get(s, i) for i in ids]


def shown_totals(ws):
    return ws.model.rowCount(), ws.totals.amount_protected, ws.totals_label.text()


def expect(ws, recs):
    """The list and the totals line show exactly these records."""
    count, protected, text = shown_totals(ws)
    want = sum(r.amount_protected or 0 for r in recs)
    assert count == len(recs)
    assert protected == want
    assert f"显示 {len(recs):,} 件" in text and format_fen(want) in text
    shown_ids = {ws.model.record_id(r) for r in range(count)}
    assert shown_ids == {r.id for r in recs}


def test_filters_narrow_the_list_and_the_totals(qtbot, store, records, zh):
    win, ws = open_window(qtbot, store)
    bar = ws.filter_bar
    expect(ws, records)

    # Fraud type: tick two types in the menu.
    menu_actions = {a.data(): a for a in bar.fraud_types.menu().actions() if a.isCheckable()}
    menu_actions["F06"].trigger()
    menu_actions["F02"].trigger()
    assert bar.fraud_types.text() == "已选 2 项"
    chosen = [r for r in records if r.fraud_type in ("F06", "F02")]
    assert 0 < len(chosen) < len(records)
    expect(ws, chosen)

    # Police notified: yes.
    bar.police.setFocus()
    qtbot.keyClick(bar.police, Qt.Key.Key_Down)
    chosen = [r for r in chosen if r.police_notified]
    expect(ws, chosen)
    bar.clear_button.click()
    expect(ws, records)

    # Amount protected between 10,000 and 100,000 yuan, typed and confirmed with Enter.
    bar.amount_min.setFocus()
    type_text(qtbot, "10000")
    qtbot.keyClick(bar.amount_min, Qt.Key.Key_Return)
    bar.amount_max.setFocus()
    type_text(qtbot, "100,000")
    qtbot.keyClick(bar.amount_max, Qt.Key.Key_Return)
    chosen = [r for r in records if 1_000_000 <= (r.amount_protected or 0) <= 10_000_000]
    assert 0 < len(chosen) < len(records)
    expect(ws, chosen)
    bar.clear_button.click()

    # Date range: the last 60 days (local calendar dates).
    dates = sorted(local_date(r.occurred_at) for r in records)
    start = dates[len(dates) // 2]
    bar.date_from.setDate(QDate(start.year, start.month, start.day))
    chosen = [r for r in records if local_date(r.occurred_at) >= start]
    expect(ws, chosen)
    bar.date_to.setDate(QDate(start.year, start.month, start.day))
    expect(ws, [r for r in records if local_date(r.occurred_at) == start])
    bar.clear_button.click()

    # Recorded by, and outcome.
    i = bar.recorder.findData("chenjing")
    bar.recorder.setCurrentIndex(i)
    chosen = [r for r in records if r.recorder == "chenjing"]
    expect(ws, chosen)
    outcome_actions = {a.data(): a for a in bar.outcomes.menu().actions() if a.isCheckable()}
    outcome_actions["PARTIAL"].trigger()
    expect(ws, [r for r in chosen if r.outcome == "PARTIAL"])
    bar.clear_button.click()

    # Text search (Ctrl+F, type, Enter) on the narrative and the case number.
    back_to(qtbot, win)
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is ws.search
    type_text(qtbot, "安全账户")
    qtbot.keyClick(ws.search, Qt.Key.Key_Return)
    expect(ws, [r for r in records if "安全账户" in r.narrative])
    ws.search.clear()
    type_text(qtbot, records[5].case_no)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)  # the search also runs by itself after a pause
    expect(ws, [records[5]])


def test_manager_deletes_with_a_reason_and_sees_it_only_with_show_deleted(qtbot, store, records, zh, monkeypatch):
    from branchdesk.ui.fraud import workspace as ws_module

    prompts = []
    monkeypatch.setattr(ws_module, "ask_reason", lambda parent, title, prompt: prompts.append(title) or "entered twice")
    win, ws = open_window(qtbot, store)
    victim = ws.model.record_id(3)
    ws.table.selectRow(3)
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_Delete)
    assert prompts and prompts[0].startswith("删除 TS-")
    with store.read() as s:
        gone = fraud_repo.get(s, victim)
        hist = fraud_repo.history(s, victim)
    assert gone.deleted_at is not None and hist[-1]["reason"] == "entered twice"
    live = [r for r in records if r.id != victim]
    expect(ws, live)

    ws.filter_bar.show_deleted.click()
    assert ws.model.rowCount() == len(records)
    row = next(r for r in range(ws.model.rowCount()) if ws.model.record_id(r) == victim)
    cell = ws.model.index(row, 0)
    assert cell.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == "#9e9e9e"
    assert "删除" in cell.data(Qt.ItemDataRole.ToolTipRole)
    alive = ws.model.index(0 if row else 1, 0)
    assert alive.data(Qt.ItemDataRole.FontRole) is None
    assert ws.totals.count == len(records)
    # A deleted record opens read-only, saying why.
    form = ws.open_record(victim)
    assert form.read_only and form.banner.text() == "此记录已删除,只能查看,不能修改。"
    form.reject()
    hist = ws.show_history(victim).model
    last = [hist.index(hist.rowCount() - 1, c).data() for c in range(hist.columnCount())]
    assert last[2:] == ["manager", "entered twice", "(此版本之后记录被删除)"]
    ws.filter_bar.show_deleted.click()
    expect(ws, live)


def test_teller_never_gets_deleted_records_even_if_asked(qtbot, store, refs, records, zh):
    with store.write() as s:
        fraud_repo.delete(s, records[0].id, actor="manager", reason="duplicate")
    win, ws = open_window(qtbot, store, actor=TELLER)
    from dataclasses import replace

    ws.apply_filter(replace(ws.model.filter, include_deleted=True))
    assert ws.model.rowCount() == len(records) - 1


def test_header_click_sorts_in_the_database(qtbot, store, records, zh):
    win, ws = open_window(qtbot, store)
    col = ws.model.column_index("amount_protected")
    header = ws.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert ws.model.sort_key == "amount_protected"
    amounts = sorted(r.amount_protected for r in records)
    shown = [ws.model.row_at(i)[8] for i in range(len(records))]
    assert shown == (amounts[::-1] if ws.model.descending else amounts)
    first_ids = [ws.model.record_id(i) for i in range(len(records))]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    # The other direction: ids break ties, so the order is exactly reversed.
    assert [ws.model.record_id(i) for i in range(len(records))] == first_ids[::-1]


def test_language_switch_retranslates_headers_filters_and_labels(qtbot, store, records, zh):
    win, ws = open_window(qtbot, store)
    m = ws.model
    header = lambda key: m.headerData(m.column_index(key), Qt.Orientation.Horizontal)  # noqa: E731
    assert header("case_no") == "编号" and header("amount_protected") == "避免损失(元)"
    f06_row = next(i for i in range(m.rowCount()) if m.row_at(i)[3] == "F06")
    type_cell = m.index(f06_row, m.column_index("fraud_type"))
    assert type_cell.data() == "冒充公检法及政府机关"
    win.set_language("en")
    try:
        qtbot.waitUntil(lambda: ws.tabs.tabText(0) == "Register")  # LanguageChange arrives as an event
        assert header("case_no") == "Case no." and header("amount_protected") == "Protected (¥)"
        assert type_cell.data() == "Impersonating police, court or government"
        assert ws.filter_bar.fraud_types.text() == "All fraud types"
        assert ws.tabs.tabText(0) == "Register"
        assert ws.totals_label.text().startswith(f"{len(records)} interception(s) shown")
        assert ws.stats.month_card.title() == "This month"
    finally:
        win.set_language("zh_CN")
    assert header("case_no") == "编号"
    qtbot.waitUntil(lambda: ws.filter_bar.fraud_types.text() == "全部诈骗类型")


def test_statistics_tab_counts_this_month_and_year(qtbot, store, records, zh):
    from branchdesk.domain.timeutil import local_now

    win, ws = open_window(qtbot, store)
    ws.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not ws.stats.loading)  # added up on a worker thread
    today = local_now().date()
    year = [r for r in records if local_date(r.occurred_at) >= date(today.year, 1, 1)]
    month = [r for r in year if local_date(r.occurred_at) >= today.replace(day=1)]
    card = ws.stats.year_card
    assert card.values["count"].text() == f"{len(year):,}"
    assert card.values["protected"].text() == "¥" + format_fen(sum(r.amount_protected for r in year))
    elderly = sum(r.age_band == "60P" for r in year) / len(year)
    assert card.values["elderly"].text() == f"{elderly:.0%}"
    assert ws.stats.month_card.values["count"].text() == f"{len(month):,}"
    by_type = {code: n for code, n, _p in ws.stats.by_type_model.rows()}
    assert by_type.get("F06", 0) == sum(r.fraud_type == "F06" for r in year)
    bars = ws.stats.by_month_chart.bars()
    assert len(bars) == 12 and bars[-1].highlight and bars[-1].value == len(month)


def test_delete_key_in_the_search_box_edits_the_text_only(qtbot, store, records, zh, monkeypatch):
    from branchdesk.ui.fraud import workspace as ws_module

    monkeypatch.setattr(ws_module, "ask_reason", lambda *a: pytest.fail("asked to delete a record"))
    win, ws = open_window(qtbot, store)
    ws.table.selectRow(0)
    qtbot.keyClick(ws.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "abc")
    qtbot.keyClick(ws.search, Qt.Key.Key_Home)
    qtbot.keyClick(ws.search, Qt.Key.Key_Delete)
    assert ws.search.text() == "bc"


def test_statistics_follow_a_new_record_while_shown(qtbot, store, refs, records, zh):
    from tests.ui.test_fraud_form import _create

    win, ws = open_window(qtbot, store)
    ws.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not ws.stats.loading)
    before = ws.stats.year_stats.count
    _create(store, refs, "wangli", occurred_at=datetime.now(timezone.utc) - timedelta(minutes=5))
    ws.ctx.signals.sig_records_changed.emit("fraud")
    qtbot.waitUntil(lambda: not ws.stats.loading and ws.stats.year_stats.count == before + 1)
    assert ws.stats.year_card.values["count"].text() == f"{before + 1:,}"
