"""The start-up's plain read must show exactly what the store would, or step aside."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from branchdesk import demo
from branchdesk.domain.fraud import FraudFilter
from branchdesk.domain.roles import Actor, Role
from branchdesk.store import db, fraud_repo, settings
from branchdesk.store.changes import pending_count
from branchdesk.store.first_look import read_first_look
from branchdesk.store.reference import load_refbook

PAGE = 200


@pytest.fixture
def filled(store):
    demo.fill(store, records=450)
    # Ties in time (the order falls back to the id) and tombstones (never in the first look).
    with store.read() as s:
        ids = [r[0] for r in fraud_repo.page(s, FraudFilter(), offset=0, limit=12)]
    with store.write() as s:
        for rid in ids[:3]:
            fraud_repo.delete(s, rid, actor="manager", reason="录入重复")
        same = fraud_repo.get(s, ids[5]).occurred_at
        for rid in ids[6:9]:
            s.execute(fraud_repo.Row.__table__.update().where(fraud_repo.Row.id == rid).values(occurred_at=same))
    return store


def test_first_look_equals_what_the_repositories_answer(filled):
    look = read_first_look(filled.path, PAGE)
    assert look is not None
    with filled.read() as s:
        totals = fraud_repo.totals(s, FraudFilter())
        page = fraud_repo.page(s, FraudFilter(), offset=0, limit=PAGE)
        assert look.pending == pending_count(s) > 0
        assert look.settings == settings.all_settings(s)
        ident = settings.identity(s)
        refs = load_refbook(s)
    assert (look.fraud_count, look.fraud_protected, look.fraud_attempted) == (
        totals.count, totals.amount_protected, totals.amount_attempted)
    assert look.fraud_count == 447
    assert look.fraud_first_page == page
    assert all(row[-1] is None for row in page)  # no deleted record among them
    from branchdesk.domain.device import DeviceIdentity

    assert DeviceIdentity.from_settings(look.setting) == ident
    for cat in ("fraud_type", "outcome", "age_band", "channel"):
        assert [c.code for c in look.refs.options(cat)] == [c.code for c in refs.options(cat)]
        assert [look.refs.label(cat, c.code, "en") for c in refs.options(cat)] == [c.label_en for c in refs.options(cat)]
    assert look.accounts == 0


def test_first_look_counts_staff_accounts(store):
    from branchdesk.security import accounts

    accounts.create_first_administrator(store, username="admin", display_name="管理员", password="Zhanghu-2026-abc")
    look = read_first_look(store.path, PAGE)
    assert look is not None and look.accounts == 1


def test_no_first_look_for_a_missing_empty_or_foreign_file(tmp_path):
    assert read_first_look(tmp_path / "none.sqlite", PAGE) is None
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert read_first_look(empty, PAGE) is None
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    assert read_first_look(other, PAGE) is None
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    assert read_first_look(junk, PAGE) is None


def test_no_first_look_for_an_older_schema_and_the_file_is_left_as_it_was(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = db.make_engine(path)
    db.migrate(path, engine, revision="0001")
    engine.dispose()
    before = path.read_bytes()
    assert read_first_look(path, PAGE) is None
    assert path.read_bytes() == before


def test_no_first_look_before_the_device_has_an_identity(store):
    with store.write() as s:
        s.execute(settings.AppSetting.__table__.delete().where(settings.AppSetting.key == "device_id"))
    assert read_first_look(store.path, PAGE) is None


def test_a_record_saved_after_the_first_look_shows_once_the_model_reads_again(store, qapp):
    """The window painted from a first look reads the store like any other once it is open."""
    from branchdesk.ui.app import context_from_first_look
    from branchdesk.ui.fraud.list_model import FraudListModel

    demo.fill(store, records=30)
    look = read_first_look(store.path, PAGE)
    opened = []
    ctx = context_from_first_look(look, lambda: opened.append(1) or store)
    model = FraudListModel(ctx)
    model.refresh(known_count=look.fraud_count, first_page=look.fraud_first_page)
    assert model.rowCount() == look.fraud_count and not opened
    newest = look.fraud_first_page[0]
    with store.write() as s:
        rec = fraud_repo.get(s, newest[0])
        rec.id = ""
        rec.occurred_at = rec.occurred_at + timedelta(seconds=1)
        fraud_repo.create(s, rec, load_refbook(s), actor="teller")
    model.refresh()
    assert model.rowCount() == look.fraud_count + 1 and opened == [1]
    assert model.record_id(0) != newest[0]
    assert ctx.actor == Actor("manager", "网点经理", Role.MANAGER)


def test_what_the_first_window_may_paint_from_a_first_look(store):
    from branchdesk.security import accounts
    from branchdesk.ui.app import first_look_for, parse_args

    demo.fill(store, records=20)
    unattended, person = parse_args(["--quit-after", "0"]), parse_args([])
    assert first_look_for(unattended, store.path) is not None  # the main window, nobody to sign in
    assert first_look_for(person, store.path) is None  # a person on a folder without accounts: first administrator
    assert first_look_for(parse_args(["--quit-after", "0", "--demo"]), store.path) is None
    accounts.create_first_administrator(store, username="admin", display_name="管理员", password="Zhanghu-2026-abc")
    assert first_look_for(unattended, store.path) is None  # accounts: nobody works here without signing in
    assert first_look_for(person, store.path) is None  # not set up through the wizard: it comes first
    with store.write() as s:
        settings.put(s, "setup_done", "2026-11-24T00:00:00.000000Z")
    look = first_look_for(person, store.path)
    assert look is not None and look.accounts == 1  # the sign-in dialog paints from it
    assert first_look_for(parse_args(["--demo"]), store.path) is None
