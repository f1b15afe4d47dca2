"""Sync's side of the local store: state, outbox batches, push results, pulled pages, conflicts.

Each function runs in the caller's transaction; the engine gives every step its own, so a kill at
any point leaves either the whole step or none of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import msgspec
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from branchdesk.store import audit, changes, settings, sync_kinds
from branchdesk.store.models import AuditEntry, Holiday, OutboxEntry, ReferenceCode
from branchdesk.store.models_sync import SyncConflict, SyncState
from branchdesk.store.types import utc_text, utcnow
from branchdesk.sync import wire

# sync_state keys
SERVER_URL, CA_FILE, CURSOR, AUDIT_SENT = "server_url", "ca_file", "cursor", "audit_sent_seq"
LAST_SYNC_AT, LAST_RESULT, LAST_OK_AT, ENROLLED_AT, TOKEN_EXPIRES = (
    "last_sync_at", "last_result", "last_ok_at", "enrolled_at", "token_expires_at")


def get_state(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(SyncState, key)
    return row.value if row else default


def put_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def cursor(session: Session) -> str:
    return get_state(session, CURSOR, "") or ""


# ---------------------------------------------------------------- push

def pending_batch(session: Session, limit: int) -> list[OutboxEntry]:
    q = select(OutboxEntry).where(OutboxEntry.state == "pending").order_by(OutboxEntry.seq).limit(limit)
    return list(session.execute(q).scalars())


class PendingOp(NamedTuple):
    """An outbox entry as a push needs it: read straight from SQL, no ORM identity map (a big
    push reads a hundred thousand of them)."""

    seq: int
    op: wire.Op


def pending_ops(session: Session, limit: int, after: int = 0) -> list[PendingOp]:
    """The next pending entries in queue order, from the one after seq `after` (a batch read while
    the one before it is still on its way)."""
    cur = session.connection().connection.cursor()  # plain tuples: no result-row objects to build
    try:
        rows = cur.execute(
            "SELECT seq, op_id, record_kind, record_id, op, base_version, changed_fields, CAST(payload AS BLOB) "
            "FROM outbox WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?", (after, limit)).fetchall()
    finally:
        cur.close()
    # One decode for the whole batch's payloads, from bytes (text would be re-encoded to UTF-8 first);
    # the few distinct field lists are decoded once each.
    payloads = msgspec.json.decode(b"[" + b",".join(r[7] for r in rows) + b"]") if rows else []
    changed: dict[str | None, list] = {None: [], "": []}
    for r in rows:
        if r[6] not in changed:
            changed[r[6]] = msgspec.json.decode(r[6])
    return [PendingOp(seq, wire.Op(op_id, kind, rid, op, payload, base, changed[fields]))
            for (seq, op_id, kind, rid, op, base, fields, _), payload in zip(rows, payloads)]


def entries_by_seq(session: Session, seqs: list[int]) -> list[OutboxEntry]:
    """The ORM entries behind a batch, those still pending, in queue order."""
    out: list[OutboxEntry] = []
    for i in range(0, len(seqs), 500):
        q = select(OutboxEntry).where(OutboxEntry.seq.in_(seqs[i:i + 500]), OutboxEntry.state == "pending")
        out += session.execute(q).scalars()
    return sorted(out, key=lambda e: e.seq)


def to_ops(entries: list[OutboxEntry]) -> list[wire.Op]:
    return [wire.Op(op_id=e.op_id, kind=e.record_kind, record_id=e.record_id, op=e.op, payload=e.payload,
                    base_version=e.base_version, changed_fields=list(e.changed_fields or [])) for e in entries]


def audit_batch(session: Session, limit: int, after: int | None = None) -> list[wire.AuditItem]:
    """Audit entries after `after` (by default: after the last one head office acknowledged)."""
    if after is None:
        after = int(get_state(session, AUDIT_SENT, "0") or 0)
    q = select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(limit)
    return [wire.AuditItem(seq=a.seq, id=a.id, at=utc_text(a.at), actor=a.actor, action=a.action,
                           record_kind=a.record_kind, record_id=a.record_id, detail=a.detail or {},
                           device_id=a.device_id, prev_hash=a.prev_hash, hash=a.hash)
            for a in session.execute(q).scalars()]


@dataclass
class PushTally:
    applied: int = 0
    duplicate: int = 0
    conflict: int = 0
    rejected: int = 0
    retry: int = 0


def _has_pending(session: Session, kind: str, record_id: str) -> bool:
    q = select(func.count()).select_from(OutboxEntry).where(
        OutboxEntry.record_kind == kind, OutboxEntry.record_id == record_id, OutboxEntry.state == "pending")
    return session.execute(q).scalar() > 0


def apply_push_results(session: Session, entries: list[OutboxEntry], resp: wire.PushResponse) -> PushTally:
    """Store head office's answers: outbox states, acknowledged versions, head office's merged state,
    and every value of ours that lost, in the conflict list."""
    now = utcnow()
    by_op = {e.op_id: e for e in entries}
    tally = PushTally()
    done_ids: list[int] = []
    versions: dict[tuple[str, str], int] = {}
    for r in resp.results:
        e = by_op.get(r.op_id)
        if e is None:
            continue
        if hasattr(tally, r.status):
            setattr(tally, r.status, getattr(tally, r.status) + 1)
        if r.status == wire.RETRY:
            e.attempts += 1
            e.last_error = r.reason
            continue
        if r.status == wire.REJECTED:
            e.state, e.last_error, e.result_at = "rejected", r.reason or "rejected", now
            e.attempts += 1
            continue
        e.state = "conflict" if r.status == wire.CONFLICT else "done"
        e.result_at = now
        done_ids.append(e.seq)
        for c in r.conflicts:
            session.add(SyncConflict(record_kind=e.record_kind, record_id=e.record_id,
                                     ref_no=str(e.payload.get("ref_no", "")), field=c.field,
                                     local_value={"v": c.lost}, server_value={"v": c.kept}, kept_by=c.kept_by,
                                     reason=c.reason, op_id=e.op_id, server_version=r.server_version,
                                     detected_at=now, resolution=""))
        if r.server_version is not None:
            key = (e.record_kind, e.record_id)
            versions[key] = max(versions.get(key, 0), r.server_version)
        if r.payload is not None and sync_kinds.get(e.record_kind) is not None:
            session.flush()
            if not _has_pending(session, e.record_kind, e.record_id):
                sync_kinds.apply_payload(session, e.record_kind, r.payload, r.server_version)
    session.flush()
    for (kind, record_id), v in versions.items():
        spec = sync_kinds.get(kind)
        if spec is not None and "server_version" in spec.model.__table__.columns:
            session.execute(update(spec.model).where(spec.model.id == record_id).values(server_version=v))
    if resp.audit_seq:
        put_state(session, AUDIT_SENT, str(resp.audit_seq))
    return tally


def fast_acknowledge(session: Session, batch: list[PendingOp], resp: wire.PushResponse) -> PushTally | None:
    """The common case of a big push: every op plainly applied. A few set-based updates (the batch's
    keys passed as one JSON array) instead of a row at a time."""
    if not batch or len(resp.results) != len(batch) or any(
            r.status != wire.APPLIED or r.payload is not None or r.op_id != p.op.op_id
            for r, p in zip(resp.results, batch)):
        return None
    conn = session.connection()
    cur = conn.exec_driver_sql(
        "UPDATE outbox SET state = 'done', result_at = ? WHERE state = 'pending' "
        "AND seq IN (SELECT value FROM json_each(?))",
        (utc_text(utcnow()), msgspec.json.encode([p.seq for p in batch]).decode()))
    if cur.rowcount != len(batch):
        raise RuntimeError("outbox changed during sync")  # rolls back; the careful path takes it next time
    by_version: dict[tuple[str, int], list[str]] = {}
    for p, r in zip(batch, resp.results):
        by_version.setdefault((p.op.kind, r.server_version), []).append(p.op.record_id)
    for (kind, version), ids in by_version.items():
        spec = sync_kinds.get(kind)
        if spec is not None and "server_version" in spec.model.__table__.columns:
            conn.exec_driver_sql(
                f"UPDATE {spec.model.__tablename__} SET server_version = ? WHERE id IN "
                f"(SELECT value FROM json_each(?)) AND (server_version IS NULL OR server_version < ?)",
                (version, msgspec.json.encode(ids).decode(), version))
    if resp.audit_seq:
        put_state(session, AUDIT_SENT, str(resp.audit_seq))
    session.expire_all()
    return PushTally(applied=len(batch))


def parse_cursor(text: str) -> dict[str, int]:
    out = {"b": 0, "g": 0}
    for part in filter(None, text.split(",")):
        k, _, v = part.partition(":")
        out[k] = int(v)
    return out


def skip_own_writes(session: Session, resp: wire.PushResponse) -> None:
    """Move the pull cursor past the branch sequence numbers a push just handed out, when it stood
    right before them: all of them went to records this device wrote last, which a pull leaves out
    anyway (its answers carried head office's state). Saves walking back over a big push."""
    if resp.seq_end > resp.seq_start:
        cur = parse_cursor(cursor(session))
        if cur["b"] == resp.seq_start:
            store_cursor(session, {**cur, "b": resp.seq_end})


# ---------------------------------------------------------------- pull

@dataclass
class PullTally:
    records: int = 0
    deferred: int = 0
    reference: int = 0
    holidays: int = 0
    clashes: int = 0


def _clash(session: Session, c: wire.Change, error: str, now: datetime) -> None:
    exists = session.execute(select(func.count()).select_from(SyncConflict).where(
        SyncConflict.record_id == c.key, SyncConflict.reason == "local_clash",
        SyncConflict.server_version == c.server_version)).scalar()
    if not exists:
        session.add(SyncConflict(record_kind=c.kind, record_id=c.key, ref_no=str(c.payload.get("ref_no", "")),
                                 field="ref_no", local_value={"v": error}, server_value={"v": c.payload.get("ref_no")},
                                 kept_by="", reason="local_clash", server_version=c.server_version,
                                 detected_at=now, resolution=""))


def _read_ahead(session: Session, changes_: list) -> tuple[set[tuple[str, str]], list]:
    """For a page's records, in a few statements instead of two per record: which have unsent
    changes here, and their local rows. The rows are returned so the caller holds them while it
    works: the session keeps them only weakly, and session.get finds them there without a query."""
    by_kind: dict[str, list[str]] = {}
    for c in changes_:
        if sync_kinds.get(c.kind) is not None:
            by_kind.setdefault(c.kind, []).append(c.key)
    pending: set[tuple[str, str]] = set()
    rows: list = []
    for kind, ids in by_kind.items():
        model = sync_kinds.get(kind).model
        for i in range(0, len(ids), 500):  # well under SQLite's limit on bound parameters
            chunk = ids[i:i + 500]
            pending.update((k, rid) for k, rid in session.execute(
                select(OutboxEntry.record_kind, OutboxEntry.record_id).where(
                    OutboxEntry.state == "pending", OutboxEntry.record_kind == kind,
                    OutboxEntry.record_id.in_(chunk))))
            rows += session.execute(select(model).where(model.id.in_(chunk))).scalars().all()
    return pending, rows


def apply_pull_page(session: Session, page: wire.PullResponse) -> PullTally:
    """Apply one page of head office's changes (the caller stores the cursor in the same transaction)."""
    tally = PullTally()
    now = utcnow()
    pending, _held = _read_ahead(session, [c for c in page.changes if c.scope == "record"])
    for c in page.changes:
        if c.scope == "record":
            spec = sync_kinds.get(c.kind)
            if spec is None:
                continue  # a kind this build does not know; head office keeps it
            if (c.kind, c.key) in pending:
                # Unsent changes here: never overwrite them. Our push reaches head office, which
                # merges and answers with the merged state.
                tally.deferred += 1
                continue
            row = session.get(spec.model, c.key)
            if row is not None and getattr(row, "server_version", None) is not None \
                    and row.server_version >= c.server_version:
                continue
            try:
                with session.begin_nested():  # one record that cannot land never blocks the page
                    sync_kinds.apply_payload(session, c.kind, c.payload, c.server_version)
            except IntegrityError as exc:
                # e.g. a reference number that clashes with one made here: keep it for a person.
                _clash(session, c, str(exc.orig)[:200], now)
                tally.clashes += 1
                continue
            tally.records += 1
        elif c.scope == "reference":
            p = c.payload
            row = session.get(ReferenceCode, (p["category"], p["code"]))
            if row is None:
                row = ReferenceCode(category=p["category"], code=p["code"])
                session.add(row)
            for k in ("label_zh_cn", "label_zh_tw", "label_en", "sort_order", "active", "parent_code"):
                setattr(row, k, p.get(k))
            row.source, row.updated_at = "headoffice", now
            tally.reference += 1
        elif c.scope == "holiday":
            row = session.get(Holiday, c.key)
            if c.deleted:
                if row is not None:
                    session.delete(row)
            else:
                if row is None:
                    row = Holiday(day=c.key)
                    session.add(row)
                row.kind, row.name, row.source, row.updated_at = c.payload["kind"], c.payload.get("name", ""), \
                    "headoffice", now
            tally.holidays += 1
    session.flush()
    return tally


def store_cursor(session: Session, cur: dict[str, int]) -> None:
    put_state(session, CURSOR, ",".join(f"{k}:{v}" for k, v in sorted(cur.items())))


# ---------------------------------------------------------------- what the workspace shows

def pending_count(session: Session) -> int:
    return changes.pending_count(session)


def rejected(session: Session) -> list[OutboxEntry]:
    q = select(OutboxEntry).where(OutboxEntry.state == "rejected").order_by(OutboxEntry.seq)
    return list(session.execute(q).scalars())


SEND_AGAIN = "send_again"  # audit action: a change or attachment file set aside, put back in line


def retry_rejected(session: Session, op_seq: int, *, actor: str) -> bool:
    """Put a set-aside change back in the queue (after the cause was fixed at head office), audited.
    Returns False when the change is not set aside (any more)."""
    e = session.get(OutboxEntry, op_seq)
    if e is None or e.state != "rejected":
        return False
    reason = e.last_error
    e.state, e.last_error = "pending", None
    audit.append(session, actor=actor, action=SEND_AGAIN, record_kind=e.record_kind, record_id=e.record_id,
                 detail={"op_id": e.op_id, "reason": reason or ""},
                 device_id=settings.identity(session).device_id)
    return True


def open_conflicts(session: Session) -> list[SyncConflict]:
    q = select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id)
    return list(session.execute(q).scalars())


def all_conflicts(session: Session) -> list[SyncConflict]:
    return list(session.execute(select(SyncConflict).order_by(SyncConflict.id)).scalars())


class ResolveError(Exception):
    pass


def resolve_conflict(session: Session, conflict_id: int, *, keep: str, actor: str,
                     now: datetime | None = None) -> SyncConflict:
    """keep='server': accept head office's value. keep='mine': change the record back to our value,
    as a new amendment (with history and audit) that goes to head office on the next sync."""
    now = now or utcnow()
    c = session.get(SyncConflict, conflict_id)
    if c is None or c.resolved_at is not None:
        raise ResolveError("not_open")
    if keep == "mine":
        spec = sync_kinds.get(c.record_kind)
        if spec is None:
            raise ResolveError("unknown_kind")
        row = session.get(spec.model, c.record_id)
        if row is None:
            raise ResolveError("unknown_record")
        before = spec.payload(row)
        if sync_kinds.set_field(session, c.record_kind, c.record_id, c.field, c.local_value.get("v")) is None:
            raise ResolveError("unknown_field")
        changes.keep_history(session, kind=c.record_kind, record_id=row.id, version=getattr(row, "version", 1),
                             snapshot=before, reason="conflict resolved: kept local value", actor=actor, at=now)
        if hasattr(row, "version"):
            row.version += 1
            row.updated_at, row.updated_by = now, actor
        session.flush()
        changes.record_change(session, kind=c.record_kind, record_id=row.id, op="amend", actor=actor,
                              payload=spec.payload(row), changed_fields=[c.field],
                              base_version=getattr(row, "server_version", None), at=now,
                              audit_detail={"conflict": c.id, "field": c.field})
    elif keep != "server":
        raise ResolveError("bad_choice")
    c.resolved_at, c.resolved_by = now, actor
    c.resolution = "reapplied_mine" if keep == "mine" else "kept_server"
    return c
