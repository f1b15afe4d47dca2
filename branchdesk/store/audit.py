"""Hash-chained audit log: each entry carries the hash of the one before it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.ids import new_id
from branchdesk.store.models import AuditEntry
from branchdesk.store.types import utc_text, utcnow

GENESIS = "0" * 64


def entry_hash(prev_hash: str, *, id: str, at: datetime, actor: str, action: str, record_kind: str,
               record_id: str, detail: dict, device_id: str) -> str:
    body = json.dumps(
        [prev_hash, id, utc_text(at), actor, action, record_kind, record_id, detail, device_id],
        ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(session: Session, *, actor: str, action: str, record_kind: str = "", record_id: str = "",
           detail: dict | None = None, device_id: str = "", at: datetime | None = None) -> AuditEntry:
    """Add an entry in the caller's transaction (which holds the write lock: BEGIN IMMEDIATE)."""
    detail = detail or {}
    at = at or utcnow()
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).scalar()
    prev = last or GENESIS
    eid = new_id()
    entry = AuditEntry(
        id=eid, at=at, actor=actor, action=action, record_kind=record_kind, record_id=record_id,
        detail=detail, device_id=device_id, prev_hash=prev,
        hash=entry_hash(prev, id=eid, at=at, actor=actor, action=action, record_kind=record_kind,
                        record_id=record_id, detail=detail, device_id=device_id),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    id: str
    reason: str  # "hash_mismatch" | "link_broken"


def verify_chain(session: Session) -> tuple[int, ChainBreak | None]:
    """Walk the chain in order. Returns (entries checked, first break or None)."""
    prev = GENESIS
    n = 0
    for e in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        n += 1
        if e.prev_hash != prev:
            return n, ChainBreak(e.seq, e.id, "link_broken")
        expected = entry_hash(prev, id=e.id, at=e.at, actor=e.actor, action=e.action, record_kind=e.record_kind,
                              record_id=e.record_id, detail=e.detail or {}, device_id=e.device_id)
        if expected != e.hash:
            return n, ChainBreak(e.seq, e.id, "hash_mismatch")
        prev = e.hash
    return n, None
