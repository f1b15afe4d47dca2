"""The paged register model: Qt's model contract, paging, sorting, and 200,000 rows staying fast."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from branchdesk.domain.fraud import FraudFilter
from branchdesk.domain.ids import new_id
from branchdesk.domain.roles import Actor, Role
from branchdesk.store.types import utc_text
from tests.ui.test_fraud_samples import fill_register

MANAGER = Actor("manager", "网点经理", Role.MANAGER)


def make_model(store, page_size=None):
    from branchdesk.ui.app import build_context
    from branchdesk.ui.fraud.list_model import FraudListModel

    model = FraudListModel(build_context(store, actor=MANAGER))
    if page_size:
        model.PAGE_SIZE = page_size
    return model


def test_model_keeps_qt_contract(qtmodeltester, store, refs):
    fill_register(store, refs, 60)
    model = make_model(store, page_size=16)
    qtmodeltester.check(model, force_py=True)
    model.sort(model.column_index("amount_protected"), Qt.SortOrder.AscendingOrder)
    model.set_filter(FraudFilter(fraud_types=("F06", "F02")))
    qtmodeltester.check(model, force_py=True)


def test_rows_are_read_a_page_at_a_time_and_cache_is_bounded(store, refs):
    fill_register(store, refs, 90)
    model = make_model(store, page_size=10)
    reads = []
    fetch = model._fetch
    model._fetch = lambda offset, limit: reads.append((offset, limit)) or fetch(offset, limit)
    assert model.rowCount() == 90
    assert reads == []  # counting reads no rows
    model.index(0, 0).data()
    model.index(9, 3).data()
    assert reads == [(0, 10)]
    model.index(55, 0).data()
    assert reads[-1] == (50, 10)
    for r in range(90):
        model.index(r, 0).data()
    assert model.cached_pages() <= model.CACHE_PAGES
    model.set_filter(FraudFilter(police_notified=True))  # a new filter forgets every page
    assert model.cached_pages() == 0


def test_amounts_are_right_aligned_with_separators(store, refs):
    fill_register(store, refs, 5)
    model = make_model(store)
    col = model.column_index("amount_protected")
    idx = model.index(0, col)
    assert int(idx.data(Qt.ItemDataRole.TextAlignmentRole)) & int(Qt.AlignmentFlag.AlignRight)
    text = idx.data()
    assert text.count(".") == 1 and len(text.split(".")[1]) == 2
    if len(text) > 6:
        assert "," in text


@pytest.mark.slow
def test_200000_rows_open_and_scroll_quickly(store, refs):
    # Straight into the table with the driver (the repository path would take minutes for 200,000).
    base = datetime(2025, 1, 1, 2, tzinfo=timezone.utc)
    cols = ("id", "ref_no", "branch_code", "device_id", "created_at", "created_by", "updated_at", "updated_by",
            "version", "occurred_at", "occurred_on", "detection_source", "business_type", "channel", "subject_role",
            "customer_gender", "age_band", "fraud_type", "contact_vector", "amount_attempted", "amount_protected",
            "actions", "police_notified", "police_attended", "police_ref", "outcome", "narrative", "recorder",
            "reviewer")
    rows = []
    for i in range(200_000):
        at = base + timedelta(minutes=3 * i)
        ts = utc_text(at)
        rows.append((
            new_id(), f"TS-310115-0001-{at.year}-{i:06d}", "310115", "d", ts, "wangli", ts, "wangli", 1, ts,
            at.date().isoformat(), "TELLER", "XFER_OUT", "COUNTER", "VICTIM", "F", "60P" if i % 4 else "18_40",
            ("F01", "F02", "F06")[i % 3], "PHONE", 100_000 + i, 100_000 + i, "DISSUADE", i % 2, 0, "", "STOPPED",
            "", "wangli", "",
        ))
    con = sqlite3.connect(str(store.path))
    with con:
        con.executemany(f"INSERT INTO fraud_interception ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        rows)
    con.close()
    model = make_model(store)

    t0 = time.perf_counter()
    assert model.rowCount() == 200_000
    first_screen = [model.index(r, c).data() for r in range(40) for c in range(model.columnCount())]
    opened = time.perf_counter() - t0
    assert first_screen[0].startswith("TS-")

    t0 = time.perf_counter()
    model.set_filter(FraudFilter(fraud_types=("F06",), police_notified=True))
    count = model.rowCount()
    model.index(0, 0).data()
    filtered = time.perf_counter() - t0
    assert count == sum(1 for i in range(200_000) if i % 3 == 2 and i % 2 == 1)

    t0 = time.perf_counter()
    model.index(count - 1, 0).data()  # jump to the end (scroll bar dragged down)
    jumped = time.perf_counter() - t0
    # Budgets of DESIGN.md are 200 ms (open) and 100 ms (filter); a shared test machine gets slack.
    print(f"open {opened * 1000:.0f} ms, filter {filtered * 1000:.0f} ms, jump to end {jumped * 1000:.0f} ms")
    assert opened < 1.0, opened
    assert filtered < 1.0, filtered
    assert jumped < 1.0, jumped
