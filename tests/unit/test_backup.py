"""Backups: consistent while the store is open, no personal data in the clear, daily rotation, restore;
the sealed attachment files in a pool the backups of a folder share."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from branchdesk.domain.roles import Actor, Role
from branchdesk.security import backup, backup_files, keys, secrets
from branchdesk.security.backup import BackupError
from branchdesk.store import complaint_attachments as attachments
from branchdesk.store import complaint_repo, settings
from branchdesk.store.db import open_store
from tests.conftest import ROOT
from tests.faults.harness import sample_intake

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
    assert backup.restore(new_db, bk.path).kept is None
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
    kept = backup.restore(store.path, bk).kept
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


# ---------------------------------------------------------------- attachment files

MANAGER = Actor("wang", "王经理", Role.MANAGER)
SCANS = [b"%%PDF-1.4 scan %d " % i + os.urandom(200_000) for i in range(3)]


def attach(store, refs, content: bytes) -> str:
    p = keys.get_protector(store)
    with store.write() as s:
        case = complaint_repo.create(s, sample_intake(), refs, p, actor=MANAGER)
        return attachments.add(s, p, store.data_dir, case.id, content, filename="scan.pdf", actor=MANAGER).id


def opened(store, att_id: str) -> bytes:
    with store.read() as s:
        return attachments.read(s, keys.get_protector(store), store.data_dir, att_id)


def pool_files(folder) -> set[str]:
    pool = folder / backup_files.POOL_DIR
    return {p.name for p in pool.rglob("*") if p.is_file()} if pool.exists() else set()


def test_a_backup_holds_the_sealed_files_and_a_restore_puts_them_back(store, refs, tmp_path):
    ids = [attach(store, refs, scan) for scan in SCANS]
    sealed = {p.name: p.read_bytes() for p in (store.data_dir / "attachments").rglob("*") if p.is_file()}
    info = backup.backup_to(store, tmp_path / "usb" / "bk.sqlite", actor="admin")
    assert (info.files_held, info.files_lacking) == (3, 0)
    # The pool holds the sealed bytes as they are, named by their own hash: nothing in the clear.
    pooled = {p.read_bytes() for p in (tmp_path / "usb" / backup_files.POOL_DIR).rglob("*") if p.is_file()}
    assert pooled == set(sealed.values())
    assert not any(scan[:4096] in blob for scan in SCANS for blob in pooled)
    for name, blob in sealed.items():
        assert hashlib.sha256(blob).hexdigest() in pool_files(tmp_path / "usb")

    store.close()
    shutil.rmtree(store.data_dir / "attachments")  # the disk lost
    done = backup.restore(store.path, info.path)
    assert (done.files_put_back, done.files_lacking) == (3, 0)
    restored = open_store(store.path)
    try:
        assert [opened(restored, i) for i in ids] == SCANS
        with restored.read() as s:  # the file list stays in the backup, not in the database
            assert not s.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'backup_file'")).first()
    finally:
        restored.close()
    # Restoring again finds everything in place and copies nothing.
    assert backup.restore(store.path, info.path).files_put_back == 0


def test_restore_mends_a_damaged_file_but_never_puts_back_a_damaged_copy(store, refs, tmp_path):
    ids = [attach(store, refs, scan) for scan in SCANS[:2]]
    info = backup.backup_to(store, tmp_path / "bk.sqlite", actor="admin")
    shas = [hashlib.sha256(scan).hexdigest() for scan in SCANS[:2]]
    damaged_here = attachments.blob_path(store.data_dir, shas[0])
    damaged_here.write_bytes(damaged_here.read_bytes()[:-10])
    missing_here = attachments.blob_path(store.data_dir, shas[1])
    missing_here.unlink()
    con = sqlite3.connect(info.path)
    [pooled] = con.execute("SELECT sealed_sha256 FROM backup_file WHERE sha256 = ?", (shas[1],)).fetchone()
    con.close()
    spoilt = tmp_path / backup_files.POOL_DIR / pooled[:2] / pooled
    spoilt.write_bytes(b"x" + spoilt.read_bytes()[1:])  # same size, other bytes
    assert backup.inspect(info.path).files_held == 2  # inspect checks presence and size only
    store.close()
    done = backup.restore(store.path, info.path)
    assert (done.files_put_back, done.files_lacking) == (1, 1)
    assert not missing_here.exists() and not list(missing_here.parent.glob("*.part"))
    restored = open_store(store.path)
    try:
        assert opened(restored, ids[0]) == SCANS[0]
    finally:
        restored.close()


def test_daily_backups_share_files_and_pruning_keeps_what_kept_backups_need(store, refs):
    start = date(2026, 11, 1)
    folder = backup.daily_folder(store)

    def day(i: int) -> None:
        # Time passes between the daily backups: the pool's files are a day older each time.
        for p in folder.rglob("*"):
            if p.is_file():
                old = p.stat().st_mtime - 86400
                os.utime(p, (old, old))
        assert backup.daily_backup(store, today=start + timedelta(days=i), keep=2)

    first = attach(store, refs, SCANS[0])
    day(0)
    files_day0 = pool_files(folder)
    assert len(files_day0) == 1
    [first_copy] = (p for p in (folder / backup_files.POOL_DIR).rglob("*") if p.is_file())
    inode = first_copy.stat().st_ino
    attach(store, refs, SCANS[1])
    day(1)
    assert len(pool_files(folder)) == 2
    assert first_copy.stat().st_ino == inode  # shared with day 1's backup, not copied again
    # Taken off its case, the first scan's file stays for the history; purge it from the data folder
    # as retention would, then two more days: the backups that named it rotate out, and so does it.
    attachments.blob_path(store.data_dir, hashlib.sha256(SCANS[0]).hexdigest()).unlink()
    with store.write() as s:
        s.execute(text("DELETE FROM attachment WHERE id = :i"), {"i": first})
    day(2)
    assert files_day0 <= pool_files(folder)  # day 1's backup still names it
    day(3)
    assert not files_day0 & pool_files(folder)
    names = sorted(p.name for p in folder.glob("*.sqlite"))
    assert names == ["branchdesk-daily-20261103.sqlite", "branchdesk-daily-20261104.sqlite"]
    for name in names:
        assert (backup.inspect(folder / name).files_held, backup.inspect(folder / name).files_lacking) == (1, 0)


def test_a_backup_lacking_a_file_says_so(store, refs, tmp_path):
    attach(store, refs, SCANS[0])
    attach(store, refs, SCANS[1])
    attachments.blob_path(store.data_dir, hashlib.sha256(SCANS[1]).hexdigest()).unlink()
    info = backup.backup_to(store, tmp_path / "bk.sqlite", actor="admin")
    assert (info.files_held, info.files_lacking) == (1, 1)
    shutil.rmtree(tmp_path / backup_files.POOL_DIR)  # the database copied without its folder
    assert (backup.inspect(info.path).files_held, backup.inspect(info.path).files_lacking) == (0, 2)


def test_a_backup_killed_while_copying_a_file_leaves_no_half_file(store, refs, tmp_path):
    attach(store, refs, SCANS[0])
    big = b"%PDF-1.4 large scan " + os.urandom(3 * 1024 * 1024)  # several chunks: killed after the first
    attach(store, refs, big)
    store.close()
    out = tmp_path / "bk.sqlite"
    code = f"""
from pathlib import Path
from branchdesk.security import backup
from branchdesk.store.db import open_store
backup.backup_to(open_store(Path({str(store.path)!r})), Path({str(out)!r}), actor="admin")
"""
    env = {**os.environ, "BRANCHDESK_FAULT": "backup.file.mid_copy@2", "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == -signal.SIGKILL, r.stderr
    assert not out.exists()
    pool = tmp_path / backup_files.POOL_DIR
    parts = list(pool.glob("*.part"))
    assert len(parts) == 1 and 0 < parts[0].stat().st_size < len(big)  # the half copy, never under a pool name
    for p in pool.rglob("*"):
        if p.is_file() and p.suffix != ".part":
            assert hashlib.sha256(p.read_bytes()).hexdigest() == p.name
    # The next backup completes; the stray part goes with the next pruning of that folder.
    reopened = open_store(store.path)
    try:
        info = backup.backup_to(reopened, out, actor="admin")
    finally:
        reopened.close()
    assert (info.files_held, info.files_lacking) == (2, 0)
    old = parts[0].stat().st_mtime - 7200
    os.utime(parts[0], (old, old))
    assert backup_files.prune(tmp_path, [out]) == 1 and not parts[0].exists()
    assert backup.inspect(out).files_held == 2
