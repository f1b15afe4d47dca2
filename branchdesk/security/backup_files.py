"""The attachment files of a backup: a pool of sealed files shared by the backups of one folder.

A database names each attachment's file by the sha256 of its plain content; the file itself is kept
sealed with the data key in attachments/<sha[:2]>/<sha> (store/complaint_attachments.py, the
education photos alike). A backup copies those files as they are, sealed, never opened, into
`branchdesk-files/<xx>/<sha256 of the sealed bytes>` beside the backup's database:

- named by their own bytes, a file is copied once for all the backups of the folder that hold it
  (the daily backups share their files), and can be checked without the key;
- each file is written whole (a temporary file, fsync, then renamed, the folder fsynced: store/files.py),
  so a backup killed mid-copy leaves at most a stray `.part`, never a file under a pool name that is
  not what the name says;
- the backup's database gets a table `backup_file` (plain sha256 -> sealed sha256 and size),
  written into the copy before it takes its name, so a backup and the list of its files are one.
  A restore drops that table again: it is not part of the program's schema.

Pruning deletes only the pool files no backup left in the folder names.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from branchdesk.store.complaint_attachments import blob_path
from branchdesk.store.files import make_folder, rename_whole
from branchdesk.sync.faults import checkpoint

log = logging.getLogger(__name__)

POOL_DIR: Final = "branchdesk-files"
TABLE: Final = "backup_file"
_CHUNK: Final = 1024 * 1024
# A pool file younger than this is never pruned: another backup into the same folder may be
# copying or reusing it right now, before its database (and so its list) exists.
_PRUNE_GRACE_S: Final = 3600


@dataclass(frozen=True)
class FileCounts:
    held: int  # attachment files the backup holds, present in the pool with their size
    lacking: int  # files the backup's database names that the backup does not hold


@dataclass(frozen=True)
class FilesRestored:
    put_back: int  # files copied from the backup into the data folder
    lacking: int  # files the database names that are neither in the data folder nor in the backup


def pool_of(backup: Path) -> Path:
    return backup.parent / POOL_DIR


def _pooled(pool: Path, sealed_sha: str) -> Path:
    return pool / sealed_sha[:2] / sealed_sha


def _sha_of(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _copy_whole(src: Path, folder: Path) -> tuple[Path, str]:
    """Copy `src` to a new temporary file in `folder`, on disk (fsync); returns it and the sha256 of
    the bytes written. The caller gives it its name, or drops it."""
    make_folder(folder)
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    h = hashlib.sha256()
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            while chunk := fin.read(_CHUNK):
                fout.write(chunk)
                h.update(chunk)
                checkpoint("backup.file.mid_copy")
            fout.flush()
            os.fsync(fout.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp), h.hexdigest()


def _add(pool: Path, src: Path) -> tuple[str, int]:
    """The pool name and size of the sealed file `src`, copied only if the pool lacks it."""
    sealed = _sha_of(src)
    dest = _pooled(pool, sealed)
    if dest.exists():
        os.utime(dest)  # in use again: keeps it out of a concurrent pruning's reach
        return sealed, dest.stat().st_size
    tmp, got = _copy_whole(src, pool)
    dest = _pooled(pool, got)  # what was copied, should the file have changed meanwhile
    make_folder(dest.parent)
    rename_whole(tmp, dest)
    return got, dest.stat().st_size


def _named(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT DISTINCT sha256 FROM attachment")}


def _listed(con: sqlite3.Connection) -> dict[str, tuple[str, int]]:
    """plain sha256 -> (sealed sha256, size) as the backup lists them; {} for a database without the list."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (TABLE,)).fetchone():
        return {}
    rows = con.execute(f"SELECT sha256, sealed_sha256, size FROM {TABLE}")
    return {sha: (sealed, size) for sha, sealed, size in rows}


def store(con: sqlite3.Connection, data_dir: Path, pool: Path) -> None:
    """Put the files the copy `con` names into `pool` and list them in the copy (committed).
    A file missing from the data folder is left out: the backup then lacks it."""
    con.execute(f"CREATE TABLE {TABLE} (sha256 TEXT PRIMARY KEY, sealed_sha256 TEXT NOT NULL,"
                " size INTEGER NOT NULL)")
    rows = []
    for sha in sorted(_named(con)):
        try:
            rows.append((sha, *_add(pool, blob_path(data_dir, sha))))
        except FileNotFoundError:
            log.warning("attachment file %s is not in the data folder: the backup lacks it", sha[:12])
    con.executemany(f"INSERT INTO {TABLE} VALUES (?, ?, ?)", rows)
    con.commit()


def count(con: sqlite3.Connection, pool: Path) -> FileCounts:
    """How many of the files the backup names its pool holds (by presence and size; restore checks
    each file's hash)."""
    named, listed = _named(con), _listed(con)
    held = 0
    for sha in named & listed.keys():
        sealed, size = listed[sha]
        try:
            held += _pooled(pool, sealed).stat().st_size == size
        except FileNotFoundError:
            pass
    return FileCounts(held, len(named) - held)


def restore(con: sqlite3.Connection, pool: Path, data_dir: Path) -> FilesRestored:
    """Put the backup's files into `data_dir` where they are missing or not the backup's bytes.

    A pool file is copied to its place only once its bytes are checked against its name, so a
    damaged pool file never replaces anything.
    """
    listed = _listed(con)
    put_back = lacking = 0
    for sha in sorted(_named(con)):
        target = blob_path(data_dir, sha)
        if sha not in listed:
            lacking += not target.exists()
            continue
        sealed, size = listed[sha]
        if target.exists() and target.stat().st_size == size and _sha_of(target) == sealed:
            continue
        if _put_back(_pooled(pool, sealed), sealed, target):
            put_back += 1
        else:
            lacking += 1
    return FilesRestored(put_back, lacking)


def _put_back(source: Path, sealed: str, target: Path) -> bool:
    if not source.exists():
        return False
    tmp, got = _copy_whole(source, target.parent)
    if got != sealed:
        tmp.unlink()
        log.warning("backup file %s is damaged: not restored", sealed[:12])
        return False
    rename_whole(tmp, target)
    return True


def prune(folder: Path, backups: list[Path]) -> int:
    """Delete the pool files (and stray `.part`s) none of `backups` (all of the folder's) names.
    Keeps everything when one of them cannot be read: its list is unknown. Returns how many went."""
    pool = folder / POOL_DIR
    if not pool.is_dir():
        return 0
    kept: set[str] = set()
    for path in backups:
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
            try:
                kept.update(sealed for sealed, _size in _listed(con).values())
            finally:
                con.close()
        except sqlite3.Error as exc:
            log.warning("backup %s unreadable (%s): no attachment files pruned", path.name, exc)
            return 0
    old = time.time() - _PRUNE_GRACE_S
    gone = 0
    for path in pool.rglob("*"):
        if path.is_file() and path.name not in kept and path.stat().st_mtime < old:
            path.unlink(missing_ok=True)
            gone += 1
    return gone
