"""Backups: consistent while the store is open, no personal data in the clear, daily rotation, restore."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from branchdesk.security import backup, keys, secrets
from branchdesk.security.backup import BackupError
from branchdesk.store import settings
from branchdesk.store.db import open_store

# Known demo values: none of them may appear in a copied database file or a backup.
PEOPLE = [
    ("张伟", "13812345678", "310101199001011234"),
    ("李娜", "13987654321", "31011519850512002X"),
]


@pytest.fixture(autouse=True)
def fresh_cache():
    keys.forget()
    yield
    keys.forget()


def seal_people(store):
    p = keys.get_protector(store)
    with store.write() as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS test_person (id INTEGER PRIMARY KEY, name TEXT, phone TEXT,"
                       " id_number TEXT, phone_ix TEXT)"))
        for name, phone, idn in PEOPLE:
            s.execute(text("INSERT INTO test_person (name, phone, id_number, phone_ix) VALUES (:n, :p, :i, :x)"),
                      {"n": p.seal(name, context="person.name"), "p": p.seal(phone, context="person.phone"),
                       "i": p.seal(idn, context="person.id"), "x": p.blind_index(phone, kind="phone")})


def assert_no_plain_personal_data(raw: bytes):
    for name, phone, idn in PEOPLE:
        assert phone.encode() not in raw
        assert idn.encode() not in raw
        assert name.encode("utf-8") not in raw


def test_copied_database_and_backup_hold_no_personal_data(store, tmp_path):
    seal_people(store)
    files = [store.path] + [store.path.with_name(store.path.name + s) for s in ("-wal", "-shm")]
    raw = b"".join(f.read_bytes() for f in files if f.exists())
    assert_no_plain_personal_data(raw)
    info = backup.backup_to(store, tmp_path / "copy.sqlite", actor="admin")
    assert_no_plain_personal_data(info.path.read_bytes())
    # ...yet repeat matching still works on the copy through the keyed hash.
    con = sqlite3.connect(info.path)
    ix = keys.get_protector(store).blind_index("13812345678", kind="phone")
    assert con.execute("SELECT count(*) FROM test_person WHERE phone_ix = ?", (ix,)).fetchone()[0] == 1
    con.close()


def test_backup_is_consistent_while_writes_are_pending(store, tmp_path):
    seal_people(store)
    with store.write() as s:  # committed but still in the WAL
        settings.put(s, "marker", "after")
    out = backup.backup_to(store, tmp_path / "b.sqlite", actor="admin").path
    assert not (tmp_path / "b.sqlite-wal").exists()
    con = sqlite3.connect(out)
    assert con.execute("SELECT value FROM app_setting WHERE key='marker'").fetchone()[0] == "after"
    assert con.execute("SELECT count(*) FROM test_person").fetchone()[0] == 2
    assert con.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0] == "backup"
    con.close()


def test_daily_backup_once_a_day_keeps_last_n(store):
    start = date(2026, 11, 1)
    made = [backup.daily_backup(store, today=start + timedelta(days=i), keep=3) for i in range(5)]
    assert all(made)
    assert backup.daily_backup(store, today=start + timedelta(days=4), keep=3) is None
    names = sorted(p.name for p in backup.daily_folder(store).glob("*.sqlite"))
    assert names == ["branchdesk-daily-20261103.sqlite", "branchdesk-daily-20261104.sqlite",
                     "branchdesk-daily-20261105.sqlite"]


def test_restore_on_a_new_pc_with_recovery_passphrase(store, tmp_path):
    seal_people(store)
    keys.set_recovery_passphrase(store, "recovery phrase 2026", actor="admin")
    with store.read() as s:
        device_id = settings.identity(s).device_id
    bk = backup.backup_to(store, tmp_path / "bk.sqlite", actor="admin")
    assert bk.has_recovery_key
    store.close()
    # The new PC: another data folder and a keyring without the key.
    secrets.delete_secret(f"data-key:{device_id}")
    keys.forget()
    new_db = tmp_path / "newpc" / "branchdesk.sqlite"
    new_db.parent.mkdir()
    assert backup.restore(new_db, bk.path) is None
    restored = open_store(new_db)
    try:
        with pytest.raises(keys.DataKeyMissing):
            keys.get_protector(restored)
        p = keys.recover_with_passphrase(restored, "recovery phrase 2026")
        with restored.read() as s:
            sealed = s.execute(text("SELECT phone FROM test_person ORDER BY id")).scalars().first()
        assert p.open(sealed, context="person.phone") == "13812345678"
    finally:
        restored.close()


def test_restore_keeps_the_replaced_database(store, tmp_path):
    bk = backup.backup_to(store, tmp_path / "bk.sqlite", actor="admin").path
    with store.write() as s:
        settings.put(s, "marker", "newer work")
    store.close()
    kept = backup.restore(store.path, bk)
    assert kept is not None and kept.exists()
    con = sqlite3.connect(kept)
    assert con.execute("SELECT value FROM app_setting WHERE key='marker'").fetchone()[0] == "newer work"
    con.close()
    con = sqlite3.connect(store.path)
    assert con.execute("SELECT count(*) FROM app_setting WHERE key='marker'").fetchone()[0] == 0
    con.close()


def test_restore_refuses_a_file_that_is_not_a_backup(store, tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"not a database at all" * 100)
    store.close()
    before = store.path.read_bytes()
    with pytest.raises(BackupError) as err:
        backup.restore(store.path, bogus)
    assert err.value.code == "not_a_backup"
    assert store.path.read_bytes() == before


def test_restore_from_a_plain_copy_of_a_live_database(store, tmp_path):
    """Someone copied branchdesk.sqlite while the program ran (WAL mode, no -shm beside the copy)."""
    import shutil

    with store.write() as s:
        settings.put(s, "marker", "copied")
    store.close()  # checkpoints the WAL into the file
    copy = tmp_path / "copy" / "branchdesk.sqlite"
    copy.parent.mkdir()
    shutil.copy(store.path, copy)
    assert copy.read_bytes()[18:20] == b"\x02\x02"  # header: a WAL-mode database
    target = tmp_path / "target" / "branchdesk.sqlite"
    target.parent.mkdir()
    backup.restore(target, copy)
    assert sorted(p.name for p in copy.parent.iterdir()) == ["branchdesk.sqlite"]  # nothing created beside it
    con = sqlite3.connect(target)
    assert con.execute("SELECT value FROM app_setting WHERE key='marker'").fetchone()[0] == "copied"
    con.close()
