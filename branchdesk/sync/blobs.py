"""Attachment files between this PC and head office, beside the record sync.

An attachment's metadata travels as a record of kind "attachment"; its sealed file (MBs, sealed
with the PC's data key, so opaque to head office) travels on its own, named by the sha256 of its
plain content: `HEAD`/`PUT`/`GET /v1/blob/{sha256}`, scoped to the device's branch. A file goes
with a `Content-Digest` of the sealed bytes, which the receiver checks (sync/blob_wire.py).

What each attachment's file still needs is kept in `attachment_transfer` (store/models_blobs.py):

- upload: attached here. Sent once head office has acknowledged the attachment's record (its
  server_version is set: head office refuses files no record of the branch names), and only when
  head office does not hold that file yet, so a sync killed after head office stored a file but
  before this PC noted it never sends the file twice. A file gone from here that head office holds
  (a database restored from a backup taken before the upload) is fetched instead.
- fetch: pulled from head office. Fetched during the sync, so the file is at hand when someone
  opens the case later, online or not; a file this PC already holds (the same scan attached here)
  is not fetched. Head office may not have it yet (its PC has not uploaded it): tried next sync.
- done: here and at head office. A sync first sends back to fetch the acknowledged attachments
  whose file is gone from this PC or is not its sealed size (a database restored without its files,
  a damaged disk): head office has them.
- refused: head office refused it (too large, not what it claims to be...) or it cannot be read
  here (file_missing: gone from here and never at head office): set aside with the reason; the
  other files go on.

A lost connection, a timeout or a server error ends the sync as any other step does: the state
is unchanged and the next sync tries again, and a file is written here under its name only whole.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from branchdesk.store.complaint_attachments import blob_path
from branchdesk.store.db import Store
from branchdesk.store.files import write_whole
from branchdesk.store.models import Attachment
from branchdesk.store.models_blobs import DONE, FETCH, REFUSED, UPLOAD, AttachmentTransfer
from branchdesk.store.types import utcnow
from branchdesk.sync.blob_wire import MAX_SEALED, SEAL_OVERHEAD, content_digest, digest_of
from branchdesk.sync.faults import checkpoint
from branchdesk.sync.transport import SyncError, Transport

if TYPE_CHECKING:
    from branchdesk.sync.engine import SyncSummary

log = logging.getLogger(__name__)

# Answers that are about the request, not the file: the sync stops and tries again later.
_NOT_THE_FILE = frozenset({401, 403, 408, 429})


def _refused(exc: SyncError) -> bool:
    """Head office refused this one file (4xx): set it aside. Anything else stops the sync."""
    return exc.status is not None and 400 <= exc.status < 500 and exc.status not in _NOT_THE_FILE


def _todo(store: Store, state: str) -> dict[str, tuple[int, list[str]]]:
    """sha256 -> the plain size and the attachments in `state` with that file (the same file may be
    on several cases); for upload and done only those head office has acknowledged."""
    q = (select(Attachment.sha256, Attachment.size, AttachmentTransfer.attachment_id)
         .join(Attachment, Attachment.id == AttachmentTransfer.attachment_id)
         .where(AttachmentTransfer.state == state).order_by(Attachment.added_at))
    if state in (UPLOAD, DONE):
        q = q.where(Attachment.server_version.is_not(None))
    out: dict[str, tuple[int, list[str]]] = {}
    with store.read() as s:
        for sha, size, att_id in s.execute(q):
            out.setdefault(sha, (size, []))[1].append(att_id)
    return out


def _here(path: Path, size: int) -> bool:
    """The sealed file is in place at its size (the content is checked when it is opened)."""
    try:
        return path.stat().st_size == size + SEAL_OVERHEAD
    except FileNotFoundError:
        return False


def _mark(store: Store, ids: list[str], was: str, state: str, reason: str = "") -> None:
    with store.write() as s:
        s.execute(update(AttachmentTransfer)
                  .where(AttachmentTransfer.attachment_id.in_(ids), AttachmentTransfer.state == was)
                  .values(state=state, reason=reason, updated_at=utcnow()))


def transfer(store: Store, t: Transport, summary: "SyncSummary") -> None:
    """Upload the files head office lacks, then fetch those this PC lacks; counts go to `summary`."""
    _fetch_lost(store)
    _upload(store, t, summary)
    _fetch(store, t, summary)


def _fetch_lost(store: Store) -> None:
    """Back to fetch: files sent or received before that are no longer whole here. One query (and a
    stat per file) on every sync, nothing more when all are in place."""
    for sha, (size, ids) in _todo(store, DONE).items():
        if not _here(blob_path(store.data_dir, sha), size):
            log.warning("attachment file %s lost here: fetched from head office", sha[:12])
            _mark(store, ids, DONE, FETCH)


def _upload(store: Store, t: Transport, summary: "SyncSummary") -> None:
    for sha, (_size, ids) in _todo(store, UPLOAD).items():
        try:
            sealed = blob_path(store.data_dir, sha).read_bytes()
        except FileNotFoundError:
            _missing_here(store, t, sha, ids, summary)
            continue
        if len(sealed) > MAX_SEALED:
            _set_aside(store, ids, UPLOAD, "blob_too_large", summary)
            continue
        try:
            if not t.blob_exists(sha):
                t.put_blob(sha, sealed, content_digest(sealed))
                summary.blobs_sent += 1
        except SyncError as exc:
            if not _refused(exc):
                raise
            _set_aside(store, ids, UPLOAD, exc.code, summary)
            continue
        checkpoint("client.blob.after_upload")
        _mark(store, ids, UPLOAD, DONE)


def _missing_here(store: Store, t: Transport, sha: str, ids: list[str], summary: "SyncSummary") -> None:
    """A file to upload that is gone from here: fetched below when head office holds it (sent before
    this PC's database was restored), else set aside; as is one head office will not answer about."""
    try:
        held = t.blob_exists(sha)
    except SyncError as exc:
        if not _refused(exc):
            raise
        _set_aside(store, ids, UPLOAD, exc.code, summary)
        return
    if held:
        _mark(store, ids, UPLOAD, FETCH)
    else:
        _set_aside(store, ids, UPLOAD, "file_missing", summary)


def _fetch(store: Store, t: Transport, summary: "SyncSummary") -> None:
    for sha, (size, ids) in _todo(store, FETCH).items():
        path = blob_path(store.data_dir, sha)
        if not _here(path, size):
            try:
                sealed, digest = t.get_blob(sha)
            except SyncError as exc:
                if exc.status == 404:  # its PC has not sent it yet
                    summary.blobs_waiting += 1
                    continue
                if not _refused(exc):
                    raise
                _set_aside(store, ids, FETCH, exc.code, summary)
                continue
            if digest_of(digest) != hashlib.sha256(sealed).digest():
                log.warning("attachment file %s arrived damaged; fetched again next sync", sha[:12])
                summary.blobs_waiting += 1
                continue
            write_whole(path, sealed)  # on disk before it is noted as here (a power cut included)
            summary.blobs_fetched += 1
            checkpoint("client.blob.after_fetch")
        _mark(store, ids, FETCH, DONE)


def _set_aside(store: Store, ids: list[str], was: str, reason: str, summary: "SyncSummary") -> None:
    log.warning("attachment file of %s set aside: %s", ", ".join(ids), reason)
    _mark(store, ids, was, REFUSED, reason)
    summary.blobs_refused += 1

