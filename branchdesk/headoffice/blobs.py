"""Attachment files at head office: each branch's sealed scans and photos, named by the sha256 of
their plain content.

Head office never holds a branch's data key, so it cannot check a file against its name. It checks
what it can before storing one: the bytes are those the sender's Content-Digest names (nothing lost
or changed on the way), an attachment record of the branch names the file, and the size is that
record's plain size plus the seal's overhead, within the limit. Only the branch's own devices store
or read its files; another branch's device is answered as if the file did not exist.

A file already stored stays as it is and a second upload is answered as done: uploads are
idempotent, so replays and PCs of the branch sending the same scan double nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from branchdesk.headoffice import db
from branchdesk.headoffice.models import Blob, Record, utcnow
from branchdesk.headoffice.service import DeviceAuth, ServiceError
from branchdesk.sync.blob_wire import HEX_SHA256, MAX_SEALED, SEAL_OVERHEAD, digest_of


@dataclass(frozen=True)
class StoredBlob:
    content: bytes
    sealed_sha256: str


def check_name(sha256: str) -> None:
    if not HEX_SHA256.fullmatch(sha256):
        raise ServiceError(400, "bad_blob_name", sha256[:80])


def exists(store: db.HeadOfficeStore, dev: DeviceAuth, sha256: str) -> bool:
    check_name(sha256)
    with store.session() as s:
        return s.execute(select(Blob.sha256).where(Blob.branch_code == dev.branch_code,
                                                   Blob.sha256 == sha256)).first() is not None


def get(store: db.HeadOfficeStore, dev: DeviceAuth, sha256: str) -> StoredBlob:
    check_name(sha256)
    with store.session() as s:
        row = s.execute(select(Blob.content, Blob.sealed_sha256).where(Blob.branch_code == dev.branch_code,
                                                                       Blob.sha256 == sha256)).first()
    if row is None:
        raise ServiceError(404, "unknown_blob")
    return StoredBlob(row.content, row.sealed_sha256)


def put(store: db.HeadOfficeStore, dev: DeviceAuth, sha256: str, body: bytes | bytearray,
        digest: str | None) -> bool:
    """Store a branch's file; True when stored now, False when head office had it already."""
    check_name(sha256)
    if len(body) > MAX_SEALED:
        raise ServiceError(413, "blob_too_large")
    claimed = digest_of(digest)
    if claimed is None:
        raise ServiceError(400, "digest_required", "Content-Digest: sha-256=:…:")
    if hashlib.sha256(body).digest() != claimed:
        raise ServiceError(422, "digest_mismatch")
    try:
        with store.session() as s:
            if s.execute(select(Blob.sha256).where(Blob.branch_code == dev.branch_code,
                                                   Blob.sha256 == sha256)).first() is not None:
                return False
            sizes = {p.get("size") for p in s.execute(
                select(Record.payload).where(Record.kind == "attachment", Record.branch_code == dev.branch_code,
                                             Record.payload["sha256"].as_string() == sha256)).scalars()}
            if not sizes:
                raise ServiceError(409, "unknown_attachment")
            if not any(isinstance(n, int) and n + SEAL_OVERHEAD == len(body) for n in sizes):
                raise ServiceError(422, "size_mismatch")
            s.add(Blob(branch_code=dev.branch_code, sha256=sha256, sealed_sha256=claimed.hex(), size=len(body),
                       content=body, device_id=dev.id, stored_at=utcnow()))
    except IntegrityError:
        return False  # another PC of the branch stored the same file at the same moment
    return True
