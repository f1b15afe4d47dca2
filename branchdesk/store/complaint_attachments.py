"""Scans and photos attached to a complaint, kept sealed in the data folder.

A file may show an ID card, so its content is sealed with the FieldProtector (AES-GCM, bound to
its hash) before it is written to attachments/<sha256[:2]>/<sha256>. The `attachment` table keeps
the sha256 of the plain content; opening a file checks that hash after decrypting.

The metadata syncs as records of kind "attachment"; the sealed file follows on its own
(sync/blobs.py), as `attachment_transfer` says is still to do.
"""

from __future__ import annotations

import atexit
import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Final

from pathvalidate import sanitize_filename
from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain import complaints as dom
from branchdesk.domain.ids import new_id
from branchdesk.domain.roles import Actor
from branchdesk.domain.timeutil import local_date
from branchdesk.security.fieldcrypt import DecryptionError, FieldProtector
from branchdesk.store.changes import record_change
from branchdesk.store.complaint_repo import RecordNotFound, StepRefused, _event, _get_row, take_events
from branchdesk.store.files import write_whole
from branchdesk.store.models import Attachment
from branchdesk.store.models_blobs import UPLOAD, AttachmentTransfer
from branchdesk.store.types import utc_text, utcnow

MAX_BYTES: Final = 20 * 1024 * 1024
NEUTRAL_NAME: Final = "attachment"
_MAX_NAME: Final = 255  # the column, and a file name on NTFS and ext4
_MAX_EXT: Final = 16
_DRIVE: Final = re.compile(r"^[A-Za-z]:")
KIND: Final = dom.KIND
SYNC_KIND: Final = "attachment"


class AttachmentError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


# Decrypted copies handed to a viewer; removed when the program ends, so a scan of an ID card does
# not stay readable in the temp folder.
_TEMP_DIRS: list[Path] = []


def remove_temp_copies() -> None:
    while _TEMP_DIRS:
        shutil.rmtree(_TEMP_DIRS.pop(), ignore_errors=True)


atexit.register(remove_temp_copies)


def blob_path(data_dir: Path, sha256: str) -> Path:
    return data_dir / "attachments" / sha256[:2] / sha256


def _context(sha256: str) -> str:
    return f"attachment:{sha256}"


def _opens(protector: FieldProtector, path: Path, sha256: str) -> bool:
    """Whether the file at `path` opens with this PC's key to the content named `sha256`."""
    try:
        plain = protector.open_bytes(path.read_bytes(), context=_context(sha256))
    except (FileNotFoundError, DecryptionError):
        return False
    return hashlib.sha256(plain).hexdigest() == sha256


def plain_name(filename: str) -> str:
    """A file name that names nothing but a file in the folder it is put in, on Windows as on POSIX.

    A name comes from a file dialog here or, for a pulled attachment, from another PC's payload: only
    its last part counts (after / or \\ and a drive letter); characters and device names Windows does
    not take in a name (a:b, CON.pdf...) are made harmless; an empty or dot name becomes "attachment"
    with the extension, if any; and it is cut to 255 UTF-8 bytes (so characters), the extension kept."""
    last = _DRIVE.sub("", re.split(r"[\\/]", filename or "")[-1])
    stem, dot, ext = last.rpartition(".")
    if not dot or len(ext) > _MAX_EXT:  # no extension, or too long to be one
        stem, ext = last, ""
    ext = sanitize_filename(ext, platform="universal")
    ext = f".{ext}" if ext else ""
    stem = sanitize_filename(stem, platform="universal")  # Windows device names get a "_"
    stem = stem.encode()[:_MAX_NAME - len(ext.encode())].decode(errors="ignore").rstrip(". ")
    return (stem or NEUTRAL_NAME) + ext


def payload(att: Attachment) -> dict:
    """The metadata as it travels. Removal is an attachment's only change, so its version is 1
    until it is removed and 2 after (head office takes a device's changes by version)."""
    return {"id": att.id, "record_kind": att.record_kind, "record_id": att.record_id, "sha256": att.sha256,
            "filename": att.filename, "media_type": att.media_type, "size": att.size, "caption": att.caption,
            "consent": att.consent, "added_at": utc_text(att.added_at), "added_by": att.added_by,
            "deleted_at": utc_text(att.deleted_at) if att.deleted_at else None,
            "version": 1 if att.deleted_at is None else 2}


def add(session: Session, protector: FieldProtector, data_dir: Path, complaint_id: str, content: bytes, *,
        filename: str, actor: Actor, caption: str = "", media_type: str = "", now: datetime | None = None) -> Attachment:
    """Seal and store a file on a case; the row, event, outbox and audit go in the caller's transaction.

    The sealed file is written first, whole and on disk, so a power cut after the commit never
    leaves the row without its file; if the transaction then fails, an unreferenced sealed file is
    left, which reveals nothing and is reused when the same file is attached again.
    """
    now = now or utcnow()
    row = _get_row(session, complaint_id)
    if not content:
        raise AttachmentError("attachment_empty")
    if len(content) > MAX_BYTES:
        raise AttachmentError("attachment_too_large")
    if dom.contains_number(caption):
        raise StepRefused(dom.ErrorCode.CONTAINS_ID_NUMBER)
    sha = hashlib.sha256(content).hexdigest()
    existing = session.execute(select(Attachment).where(
        Attachment.record_kind == KIND, Attachment.record_id == row.id, Attachment.sha256 == sha)).scalar()
    if existing is not None:
        return existing  # the same file twice is one attachment
    path = blob_path(data_dir, sha)
    if not _opens(protector, path, sha):
        # Absent, or there but of no use here: fetched from a PC with another key, or damaged.
        write_whole(path, protector.seal_bytes(content, context=_context(sha)))
    name = plain_name(filename)
    att = Attachment(id=new_id(), record_kind=KIND, record_id=row.id, sha256=sha, filename=name,
                     media_type=media_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
                     size=len(content), caption=caption.strip(), consent=True, added_at=now, added_by=actor.username)
    session.add(att)
    _event(session, row, dom.ATTACHMENT_ADDED, actor.username, on=local_date(now), now=now,
           detail={"attachment_id": att.id, "filename": name, "sha256": sha, "size": len(content)})
    session.flush()
    session.add(AttachmentTransfer(attachment_id=att.id, state=UPLOAD, reason="", updated_at=now))
    record_change(session, kind=SYNC_KIND, record_id=att.id, op="create", actor=actor.username,
                  payload={**payload(att), "events": take_events(session, row.id)},
                  changed_fields=["sha256"], at=now, audit_detail={"ref_no": row.ref_no})
    return att


def remove(session: Session, attachment_id: str, *, actor: Actor, reason: str,
           now: datetime | None = None) -> Attachment:
    """Take a file off its case (wrongly attached), with a reason; the row and the sealed file stay,
    and the step that added it stays in the case's history."""
    now = now or utcnow()
    if not reason.strip():
        raise StepRefused(dom.ErrorCode.REASON_REQUIRED)
    if dom.contains_number(reason):  # the reason goes into the audit chain, which holds no personal data
        raise StepRefused(dom.ErrorCode.CONTAINS_ID_NUMBER)
    att = session.get(Attachment, attachment_id)
    if att is None or att.record_kind != KIND or att.deleted_at is not None:
        raise RecordNotFound(attachment_id)
    row = _get_row(session, att.record_id)
    att.deleted_at = now
    session.flush()
    record_change(session, kind=SYNC_KIND, record_id=att.id, op="delete", actor=actor.username, payload=payload(att),
                  changed_fields=["deleted_at"], base_version=att.server_version, at=now,
                  audit_detail={"ref_no": row.ref_no, "sha256": att.sha256, "reason": reason.strip()})
    return att


def list_for(session: Session, complaint_id: str) -> list[Attachment]:
    q = select(Attachment).where(Attachment.record_kind == KIND, Attachment.record_id == complaint_id,
                                 Attachment.deleted_at.is_(None)).order_by(Attachment.added_at)
    return list(session.execute(q).scalars())


def read(session: Session, protector: FieldProtector, data_dir: Path, attachment_id: str) -> bytes:
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise RecordNotFound(attachment_id)
    path = blob_path(data_dir, att.sha256)
    if not path.exists():
        raise AttachmentError("attachment_missing")
    plain = protector.open_bytes(path.read_bytes(), context=_context(att.sha256))
    if hashlib.sha256(plain).hexdigest() != att.sha256:
        raise AttachmentError("attachment_changed")
    return plain


def open_to_temp(session: Session, protector: FieldProtector, data_dir: Path, attachment_id: str) -> Path:
    """Decrypt to a private temporary file (readable by this user only) for a viewer to open."""
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise RecordNotFound(attachment_id)
    plain = read(session, protector, data_dir, attachment_id)
    folder = Path(tempfile.mkdtemp(prefix="branchdesk-"))  # mode 0700: this user only
    _TEMP_DIRS.append(folder)
    out = folder / plain_name(att.filename)  # again here: a row may predate the cleaning
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(plain)
    return out
