"""Backups of the local database and its attachment files: on demand, daily with rotation, and restore.

Copies are made with SQLite's online backup API from a separate connection, so they are
consistent while the program runs (WAL readers do not block writers). Personal data is sealed
in the database itself (FieldProtector), so a backup holds none of it in the clear. The data key
is not in the backup unless the administrator set a recovery passphrase: then the key travels
wrapped under it (see security/keys.py) and a restore on another PC can recover it.

The attachment files the database names go, sealed as they are, into a pool beside the backup
shared by the backups of that folder (security/backup_files.py).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from branchdesk.domain import messages
from branchdesk.security import backup_files
from branchdesk.store import schema, settings

log = logging.getLogger(__name__)

DAILY_DIR = "daily"
DAILY_PREFIX = "branchdesk-daily-"
KEEP_SETTING = "backup_keep_days"
DEFAULT_KEEP = 14


messages.register({
    "sec.backup.not_a_backup": ("该文件不是 BranchDesk 备份:{detail}", "該檔案不是 BranchDesk 備份:{detail}",
                                "This file is not a BranchDesk backup: {detail}"),
    "sec.backup.newer_backup": ("该备份来自更新版本的 BranchDesk,请先升级。", "該備份來自較新版本的 BranchDesk,請先升級。",
                                "This backup comes from a newer BranchDesk; upgrade first."),
    "sec.backup.damaged_backup": ("备份文件已损坏:{detail}", "備份檔案已損壞:{detail}", "The backup file is damaged: {detail}"),
    "sec.backup.same_file": ("备份文件不能是当前数据库本身。", "備份檔案不能是目前資料庫本身。",
                             "The backup cannot be the database itself."),
})


class BackupError(Exception):
    """code: not_a_backup | newer_backup | damaged_backup | same_file"""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    audit_entries: int
    has_recovery_key: bool
    files_held: int  # attachment files in the backup's pool
    files_lacking: int  # attachment files its database names that it does not hold


@dataclass(frozen=True)
class RestoreResult:
    kept: Path | None  # the database replaced, kept in backups/ (None when there was none)
    files_put_back: int  # attachment files copied back into the data folder
    files_lacking: int  # attachment files neither in the data folder nor in the backup


def _ro_uri(path: Path, *, at_rest: bool) -> str:
    # A file at rest (a backup someone hands us, perhaps a plain copy of a WAL database without
    # its -shm) is opened immutable: nothing is created beside it and it is never changed.
    return f"file:{path}?mode=ro" + ("&immutable=1" if at_rest else "")


def _copy(src_path: Path, dest: Path, *, at_rest: bool = False,
          fill: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """SQLite online backup into `dest` (written beside it first, then moved into place);
    `fill` may add to the copy before it takes its name."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(_ro_uri(src_path, at_rest=at_rest), uri=True, timeout=5)
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
            if fill:
                fill(out)
            # A single self-contained file: no -wal beside it to lose on the way.
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
    os.replace(tmp, dest)


def inspect(path: Path) -> BackupInfo:
    """Check that `path` is an intact BranchDesk database this version can open."""
    if not path.is_file():
        raise BackupError("not_a_backup", str(path))
    try:
        con = sqlite3.connect(_ro_uri(path, at_rest=True), uri=True)
    except sqlite3.Error as exc:
        raise BackupError("not_a_backup", str(exc)) from exc
    try:
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError("damaged_backup", str(path))
            revisions = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
            audits = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            recovery = con.execute("SELECT count(*) FROM app_setting WHERE key = 'data_key_recovery'").fetchone()[0]
            files = backup_files.count(con, backup_files.pool_of(path))
        except sqlite3.DatabaseError as exc:
            raise BackupError("not_a_backup", str(exc)) from exc
    finally:
        con.close()
    if not revisions:
        raise BackupError("not_a_backup", str(path))
    if revisions - schema.known_revisions():
        raise BackupError("newer_backup", ", ".join(sorted(revisions - schema.known_revisions())))
    return BackupInfo(path, path.stat().st_size, audits, bool(recovery), files.held, files.lacking)


def backup_to(store, out: Path, *, actor: str) -> BackupInfo:
    """A consistent copy of the open store at `out`, with the attachment files it names in the pool
    beside it. The act is audited (and is in the copy)."""
    from branchdesk.security.guard import record_event

    out = Path(out).resolve()
    if out == store.path.resolve():
        raise BackupError("same_file", str(out))
    record_event(store, actor, "backup", record_kind="database", detail={"file": out.name})
    pool = backup_files.pool_of(out)
    _copy(store.path, out, fill=lambda con: backup_files.store(con, store.data_dir, pool))
    info = inspect(out)
    log.info("backup written: %s (%d bytes, %d attachment files, %d lacking)", out.name, info.size,
             info.files_held, info.files_lacking)
    return info


def daily_folder(store) -> Path:
    return store.data_dir / "backups" / DAILY_DIR


def keep_count(store) -> int:
    with store.read() as s:
        value = settings.get(s, KEEP_SETTING)
    try:
        return max(1, int(value)) if value else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def daily_backup(store, *, today: date | None = None, keep: int | None = None) -> Path | None:
    """Once a day: a copy in backups/daily/, keeping the last `keep` and the attachment files they
    hold. None if today's exists."""
    today = today or datetime.now(timezone.utc).astimezone().date()
    keep = keep or keep_count(store)
    folder = daily_folder(store)
    dest = folder / f"{DAILY_PREFIX}{today:%Y%m%d}.sqlite"
    made = None
    if not dest.exists():
        backup_to(store, dest, actor="system")
        made = dest
    for old in sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite"))[:-keep]:
        old.unlink(missing_ok=True)
    backup_files.prune(folder, sorted(folder.glob("*.sqlite")))
    return made


def restore(db_path: Path, backup: Path) -> RestoreResult:
    """Replace the (closed) database at `db_path` with `backup`, and put back the backup's attachment
    files the data folder lacks (or holds damaged).

    The current file is first copied to backups/ ("before-restore"), so a wrong restore loses
    nothing; attachment files are only ever added or mended, never removed. The caller opens the
    store afterwards (which migrates an older backup) and recovers the data key if this PC lacks it.
    """
    db_path = Path(db_path)
    backup = Path(backup).resolve()
    if db_path.exists() and backup == db_path.resolve():
        raise BackupError("same_file", str(backup))
    inspect(backup)
    kept = None
    if db_path.exists() and db_path.stat().st_size > 0:
        from branchdesk.store.db import backup_file

        kept = backup_file(db_path, "before-restore")
    # The files first: killed before the database is replaced, they are only surplus.
    con = sqlite3.connect(_ro_uri(backup, at_rest=True), uri=True)
    try:
        files = backup_files.restore(con, backup_files.pool_of(backup), db_path.parent)
    finally:
        con.close()
    staged = db_path.with_name(db_path.name + ".restore")
    _copy(backup, staged, at_rest=True, fill=_drop_file_list)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)
    log.info("restored database from %s (%d attachment files put back, %d lacking)", backup.name,
             files.put_back, files.lacking)
    return RestoreResult(kept, files.put_back, files.lacking)


def _drop_file_list(con: sqlite3.Connection) -> None:
    con.execute(f"DROP TABLE IF EXISTS {backup_files.TABLE}")
    con.commit()
