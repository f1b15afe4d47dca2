"""What head office does, independent of HTTP: enrolment, push, pull, and its own edits.

Every operation runs in one database transaction. Writers of a branch first lock that branch's
counter row (db.lock_scope), so the sequence numbers a pull walks are handed out in commit order.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime, timedelta

import msgspec
from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from branchdesk.headoffice import db
from branchdesk.headoffice.models import (AuditCopy, Branch, Conflict, Device, EnrolCode, Holiday, OpResult,
                                          Record, ReferenceCode, SeqCounter, utcnow)
from branchdesk.sync import blob_wire, policy, wire
from branchdesk.sync.faults import checkpoint

TOKEN_DAYS = 180
AUDIT_GENESIS = "0" * 64
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


class ServiceError(Exception):
    def __init__(self, status: int, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.status = status
        self.code = code
        self.detail = detail


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


# ---------------------------------------------------------------- enrolment and tokens

def issue_enrol_code(store: db.HeadOfficeStore, branch_code: str, *, valid_hours: int = 24,
                     branch_name: str = "") -> str:
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    now = utcnow()
    with store.session() as s:
        br = s.get(Branch, branch_code)
        if br is None:
            s.add(Branch(code=branch_code, name=branch_name))
        elif branch_name:
            br.name = branch_name
        s.add(EnrolCode(code_hash=sha256(code), branch_code=branch_code, created_at=now,
                        expires_at=now + timedelta(hours=valid_hours)))
    return "-".join(code[i:i + 4] for i in range(0, 12, 4))


def enrol(store: db.HeadOfficeStore, req: wire.EnrolRequest, *, token_days: int = TOKEN_DAYS) -> wire.EnrolResponse:
    now = utcnow()
    token = secrets.token_urlsafe(32)
    with store.session() as s:
        ec = s.get(EnrolCode, sha256(normalise_code(req.code)))
        if ec is None:
            raise ServiceError(403, "unknown_code")
        if ec.used_at is not None:
            raise ServiceError(403, "code_used")
        if ec.expires_at < now:
            raise ServiceError(403, "code_expired")
        dev = s.get(Device, req.device_id)
        if dev is not None and dev.branch_code != ec.branch_code:
            raise ServiceError(409, "device_in_other_branch")
        if dev is None:
            taken = {c for (c,) in s.execute(select(Device.device_code).where(Device.branch_code == ec.branch_code))}
            code = next(f"{i:04d}" for i in range(1, 10000) if f"{i:04d}" not in taken)
            dev = Device(id=req.device_id, branch_code=ec.branch_code, device_code=code, label=req.label,
                         enrolled_at=now, audit_seq=0, audit_hash=AUDIT_GENESIS, audit_status="unverified",
                         token_hash="", token_expires_at=now)
            s.add(dev)
        dev.token_hash = sha256(token)
        dev.token_expires_at = now + timedelta(days=token_days)
        dev.next_token_hash = dev.next_token_expires_at = None  # a renewal pending before this enrolment ends
        dev.revoked_at = None
        ec.used_at, ec.used_by = now, req.device_id
        br = s.get(Branch, ec.branch_code)
        return wire.EnrolResponse(token=token, branch_code=ec.branch_code, branch_name=br.name if br else "",
                                  device_code=dev.device_code, expires_at=dev.token_expires_at.isoformat())


@dataclass(frozen=True)
class DeviceAuth:
    id: str
    branch_code: str


def authenticate(store: db.HeadOfficeStore, authorization: str | None) -> DeviceAuth:
    if not authorization or not authorization.startswith("Bearer "):
        raise ServiceError(401, "missing_token")
    presented = sha256(authorization[7:].strip())
    with store.session() as s:  # every request: one indexed query for the columns the check needs
        dev = s.execute(select(Device.id, Device.branch_code, Device.revoked_at, Device.token_hash,
                               Device.token_expires_at, Device.next_token_expires_at)
                        .where((Device.token_hash == presented) | (Device.next_token_hash == presented))).first()
        if dev is None:
            raise ServiceError(401, "unknown_token")
        if dev.revoked_at is not None:
            raise ServiceError(401, "device_revoked")
        renewed = dev.token_hash != presented  # the device's first request with its renewed token
        if (dev.next_token_expires_at if renewed else dev.token_expires_at) <= utcnow():
            raise ServiceError(401, "token_expired")
        if renewed:  # it becomes the current token and the old one ends, with this request's transaction
            s.execute(update(Device).where(Device.id == dev.id, Device.next_token_hash == presented)
                      .values(token_hash=presented, token_expires_at=dev.next_token_expires_at,
                              next_token_hash=None, next_token_expires_at=None))
        return DeviceAuth(dev.id, dev.branch_code)


def revoke_device(store: db.HeadOfficeStore, device_id: str) -> bool:
    with store.session() as s:
        dev = s.get(Device, device_id)
        if dev is None:
            return False
        dev.revoked_at = utcnow()  # the token stays known, so the device hears why it is refused
        return True


# ---------------------------------------------------------------- push

def _check_op(o: wire.Op, branch: str) -> str | None:
    """Why an operation cannot be taken (None when it can)."""
    if policy.policy_for(o.kind) is None:
        return "unknown_kind"
    if o.op not in wire.OP_KINDS:
        return "unknown_op"
    if not o.record_id or len(o.record_id) > 36 or not o.op_id or len(o.op_id) > 36:
        return "bad_id"
    if o.payload.get("id") != o.record_id:
        return "id_mismatch"
    if o.payload.get("branch_code", branch) != branch:
        return "other_branch"
    v = o.payload.get("version", 1)
    if not isinstance(v, int) or isinstance(v, bool) or v < 1:
        return "bad_version"
    if o.kind == "attachment":
        return _check_attachment(o.payload)
    return None


_UNSAFE_NAME = re.compile(r"[/\\:\x00-\x1f]")


def _check_attachment(p: dict) -> str | None:
    """What names an attachment's file must be what a file can be named by: its sealed copy is kept
    under the hash, and a PC of the branch writes the opened file under the name."""
    sha, size, name = p.get("sha256"), p.get("size"), p.get("filename")
    if not isinstance(sha, str) or not blob_wire.HEX_SHA256.fullmatch(sha):
        return "bad_attachment"
    if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= blob_wire.MAX_SEALED - blob_wire.SEAL_OVERHEAD:
        return "bad_attachment"
    if not isinstance(name, str) or not 0 < len(name) <= 255 or name in (".", "..") or _UNSAFE_NAME.search(name):
        return "bad_attachment"
    return None


def _result(op_id: str, status: str, **kw) -> wire.OpResult:
    return wire.OpResult(op_id=op_id, status=status, **kw)


def push(store: db.HeadOfficeStore, dev: DeviceAuth, req: wire.PushRequest) -> wire.PushResponse:
    if req.branch and req.branch != dev.branch_code:
        raise ServiceError(403, "other_branch", req.branch)
    now = utcnow()
    with store.session() as s:
        counter = _Counter(_lock(s, dev.branch_code))
        seq_start = counter.last
        op_ids = list(dict.fromkeys(o.op_id for o in req.ops))
        stored = _stored_results(s, dev.id, op_ids)
        _forget_rejections(s, dev.id, stored)
        todo = [o for o in req.ops if o.op_id not in stored]
        records = _records(s, list({o.record_id for o in todo}))
        results: list[wire.OpResult] = []
        new_results: list[dict] = []
        with _NewRecords(s, store.is_postgres, todo, records) as new_records:
            for o in req.ops:
                res = stored.get(o.op_id)
                if res is not None:
                    results.append(res)
                    continue
                reason = _check_op(o, dev.branch_code)
                rec = records.get(o.record_id)
                fresh = isinstance(rec, dict)  # created earlier in this very batch, not yet inserted
                if reason is None and rec is not None and not fresh and rec.branch_code != dev.branch_code:
                    reason = "other_branch"
                if reason is None and rec is not None and (rec["kind"] if fresh else rec.kind) != o.kind:
                    reason = "kind_mismatch"
                if reason is not None:
                    res = _result(o.op_id, wire.REJECTED, reason=reason)
                elif fresh:
                    res = _apply_to_new(rec, o, dev, counter)
                elif rec is None:
                    counter.last += 1
                    row = {"id": o.record_id, "kind": o.kind, "branch_code": dev.branch_code, "seq": counter.last,
                           "server_version": 1, "payload": o.payload, "sources": {},
                           "device_versions": {dev.id: o.payload.get("version", 1)}, "origin_device": dev.id,
                           "last_writer": dev.id, "deleted": o.payload.get("deleted_at") is not None,
                           "created_at": now, "updated_at": now}
                    records[o.record_id] = row  # a later op of the same batch on this record sees it
                    new_records.add(row)
                    res = wire.OpResult(o.op_id, wire.APPLIED, 1)
                else:
                    res = _apply_to_existing(s, rec, o, dev, counter, now)
                stored[o.op_id] = res
                if res.status != wire.REJECTED:  # a rejection changed nothing: checked afresh if sent again
                    new_results.append({"device_id": dev.id, "op_id": o.op_id, "record_id": o.record_id,
                                        "status": res.status, "result": _stored_form(res), "at": now})
                results.append(res)
        if new_results:
            _bulk_insert(s, OpResult, new_results, store.is_postgres)
        audit_seq, audit_status = _take_audit(s, dev.id, req.audit)
        s.execute(update(Device).where(Device.id == dev.id).values(last_seen_at=now))
        # Every branch sequence number after seq_start went to a record this device now wrote last
        # (the branch lock is held to commit): a device whose cursor stood at seq_start may move it on.
        seq_end = counter.row.last = counter.last
        checkpoint("server.push.before_commit")
    checkpoint("server.push.after_commit")
    return wire.PushResponse(results=results, audit_seq=audit_seq, audit_status=audit_status,
                             seq_start=seq_start, seq_end=seq_end)


class _NewRecords:
    """Where a push puts the records it creates. A big batch on PostgreSQL streams them with COPY
    while the push goes through its operations, so the database takes them in meanwhile (the loop
    runs no other SQL: everything it needs was looked up first). A record that a later operation of
    the same batch changes again is held back to the end. Otherwise they go in together at the end."""

    def __init__(self, s: Session, postgres: bool, todo: list[wire.Op], existing: dict):
        self.s, self.postgres = s, postgres
        seen: dict[str, int] = {}
        for o in todo:
            seen[o.record_id] = seen.get(o.record_id, 0) + 1
        self.again = {rid for rid, n in seen.items() if n > 1}
        self.stream = postgres and sum(1 for rid in seen if rid not in existing) >= _COPY_FROM
        self.held: list[dict] = []

    def __enter__(self) -> "_NewRecords":
        self._open = ExitStack()
        if self.stream:
            from branchdesk.headoffice import bulk

            self._write = self._open.enter_context(bulk.copy_stream(self.s, Record.__table__))
        return self

    def add(self, row: dict) -> None:
        if self.stream and row["id"] not in self.again:
            self._write(row)
        else:
            self.held.append(row)

    def __exit__(self, *exc) -> None:
        if exc[0] is not None:
            self._open.__exit__(*exc)  # the COPY is abandoned; the transaction rolls back
            return
        with self._open:
            if self.stream:
                for row in self.held:
                    self._write(row)
            elif self.held:
                _bulk_insert(self.s, Record, self.held, self.postgres)


class _Counter:
    """A branch counter while a push runs: a plain number (an ORM attribute set per operation costs
    more than the rest of a plain create), written back to its locked row once at the end."""

    def __init__(self, row: SeqCounter):
        self.row = row
        self.last = row.last


def _lock(s: Session, scope: str) -> SeqCounter:
    db.lock_scope(s, scope, 0)
    return s.get(SeqCounter, scope)


class _StoredAnswer(msgspec.Struct, omit_defaults=True):
    """An answer as kept beside its (device, op_id) and status columns, without repeating them:
    a big push stores a hundred thousand, nearly all just "applied at version 1"."""

    server_version: int | None = None
    reason: str | None = None
    payload: dict | None = None
    conflicts: list[wire.ConflictInfo] = []


def _stored_form(res: wire.OpResult) -> _StoredAnswer:
    return _StoredAnswer(res.server_version, res.reason, res.payload, res.conflicts)


def _answer(op_id: str, status: str, stored: dict) -> wire.OpResult:
    # Answers stored before the slim form also hold op_id and status: the columns say the same.
    return msgspec.convert({**stored, "op_id": op_id, "status": status}, wire.OpResult)


def _forget_rejections(s: Session, device_id: str, stored: dict[str, wire.OpResult]) -> None:
    """Rejections stored by an earlier release: dropped, so the operation is checked again. A device
    sends a rejected change again only once its cause is gone (a kind head office now takes, a fixed
    record); answering with the old rejection would set it aside forever."""
    again = [op_id for op_id, res in stored.items() if res.status == wire.REJECTED]
    for op_id in again:
        del stored[op_id]
    for i in range(0, len(again), 1000):
        s.execute(delete(OpResult).where(OpResult.device_id == device_id, OpResult.op_id.in_(again[i:i + 1000])))


def _stored_results(s: Session, device_id: str, op_ids: list[str]) -> dict[str, wire.OpResult]:
    out = {}
    if s.bind.dialect.name == "postgresql":
        from branchdesk.headoffice import bulk

        return {op_id: _answer(op_id, status, result) for op_id, status, result in
                bulk.stored_results(s, device_id, op_ids)}
    for i in range(0, len(op_ids), 1000):
        q = select(OpResult.op_id, OpResult.status, OpResult.result).where(
            OpResult.device_id == device_id, OpResult.op_id.in_(op_ids[i:i + 1000]))
        for op_id, status, result in s.execute(q):
            out[op_id] = _answer(op_id, status, result)
    return out


def _records(s: Session, ids: list[str]) -> dict:
    out = {}
    if s.bind.dialect.name == "postgresql" and len(ids) > 50:
        from branchdesk.headoffice import bulk

        ids = bulk.existing_ids(s, ids)  # a big push is mostly new records: ask cheaply first
    for i in range(0, len(ids), 1000):
        for r in s.execute(select(Record).where(Record.id.in_(ids[i:i + 1000]))).scalars():
            out[r.id] = r
    return out


_COPY_FROM = 200  # rows: below this an INSERT costs less than setting up a COPY


def _bulk_insert(s: Session, model, rows: list[dict], postgres: bool) -> None:
    """Rows as dicts; JSON columns may hold msgspec structs (stored answers), encoded as they go in."""
    if postgres and len(rows) >= _COPY_FROM:
        from branchdesk.headoffice import bulk

        bulk.copy_insert(s, model.__table__, rows)
    else:
        s.execute(insert(model), [{k: msgspec.to_builtins(v) if isinstance(v, msgspec.Struct) else v
                                   for k, v in r.items()} for r in rows])


def _apply_to_new(row: dict, o: wire.Op, dev: DeviceAuth, counter: _Counter) -> wire.OpResult:
    """A second operation, in the same batch, on a record this batch created (not yet flushed)."""
    dv = row["device_versions"].get(dev.id, 0)
    if o.payload.get("version", 1) <= dv or policy.policy_for(o.kind).create_only:
        return _result(o.op_id, wire.DUPLICATE, server_version=row["server_version"])
    m = policy.merge(policy.policy_for(o.kind), row["payload"], _sources(row["sources"], row["payload"],
                     row["origin_device"]), o.payload, o.changed_fields, o.base_version, dev.id,
                     row["server_version"] + 1)
    row["device_versions"] = {**row["device_versions"], dev.id: o.payload.get("version", 1)}
    if m.applied:
        counter.last += 1
        row.update(payload=m.payload, sources=m.sources, server_version=row["server_version"] + 1,
                   seq=counter.last, last_writer=dev.id, deleted=m.payload.get("deleted_at") is not None)
    return _result(o.op_id, wire.APPLIED, server_version=row["server_version"])


def _sources(sources: dict, payload: dict, origin: str) -> dict:
    """Fields never changed since creation were last written by the record's first author at v1."""
    full = {f: [1, origin] for f in payload}
    full.update(sources or {})
    return full


def _apply_to_existing(s: Session, rec: Record, o: wire.Op, dev: DeviceAuth, counter: _Counter,
                       now: datetime) -> wire.OpResult:
    pol = policy.policy_for(o.kind)
    version = o.payload.get("version", 1)
    if version <= (rec.device_versions or {}).get(dev.id, 0) or pol.create_only:
        # Superseded: this device already sent this or a later version (replay, reordering).
        return _result(o.op_id, wire.DUPLICATE, server_version=rec.server_version,
                       payload=rec.payload if rec.payload != o.payload else None)
    m = policy.merge(pol, rec.payload, _sources(rec.sources, rec.payload, rec.origin_device), o.payload,
                     o.changed_fields, o.base_version, dev.id, rec.server_version + 1)
    rec.device_versions = {**(rec.device_versions or {}), dev.id: version}
    if m.applied:
        counter.last += 1
        rec.payload, rec.sources = m.payload, m.sources
        rec.server_version += 1
        rec.seq = counter.last
        rec.last_writer = dev.id
        rec.deleted = m.payload.get("deleted_at") is not None
        rec.updated_at = now
    for c in m.conflicts:
        s.add(Conflict(kind=o.kind, record_id=rec.id, branch_code=rec.branch_code, field=c.field,
                       kept_value={"v": c.kept}, kept_by=c.kept_by, lost_value={"v": c.lost}, lost_by=c.lost_by,
                       op_id=o.op_id, reason=c.reason, server_version=rec.server_version, at=now, resolution=""))
    status = wire.CONFLICT if m.conflicts else wire.APPLIED
    return _result(o.op_id, status, server_version=rec.server_version,
                   payload=rec.payload if rec.payload != o.payload else None,
                   conflicts=[wire.ConflictInfo(field=c.field, kept=c.kept, lost=c.lost, kept_by=c.kept_by,
                                                reason=c.reason) for c in m.conflicts])


def _take_audit(s: Session, device_id: str, items: list[wire.AuditItem]) -> tuple[int, str]:
    """Store the device's new audit entries and check they continue its hash chain."""
    from branchdesk.store.audit import entry_hash
    from branchdesk.store.types import _FMT

    dev = s.get(Device, device_id)
    for a in sorted(items, key=lambda a: a.seq):
        if a.seq <= dev.audit_seq:
            continue  # already received (a replay)
        if dev.audit_status.startswith("broken"):
            break
        try:
            at = datetime.strptime(a.at, _FMT).replace(tzinfo=utcnow().tzinfo)
            expected = entry_hash(a.prev_hash, id=a.id, at=at, actor=a.actor, action=a.action,
                                  record_kind=a.record_kind, record_id=a.record_id, detail=a.detail,
                                  device_id=a.device_id)
        except (ValueError, TypeError):
            expected = ""
        if a.prev_hash != dev.audit_hash or expected != a.hash:
            dev.audit_status = f"broken:{a.seq}"
            break
        s.add(AuditCopy(device_id=device_id, seq=a.seq, entry=msgspec.to_builtins(a), hash=a.hash))
        dev.audit_seq, dev.audit_hash, dev.audit_status = a.seq, a.hash, "ok"
    return dev.audit_seq, dev.audit_status


# ---------------------------------------------------------------- pull

def parse_cursor(text: str | None) -> dict[str, int]:
    out = {"b": 0, "g": 0}
    for part in filter(None, (text or "").split(",")):
        k, _, v = part.partition(":")
        if k not in out or not v.isdigit() or len(v) > 18:
            raise ServiceError(400, "bad_cursor")
        out[k] = int(v)
    return out


def pull(store: db.HeadOfficeStore, dev: DeviceAuth, cursor: dict[str, int], limit: int) -> wire.PullResponse:
    limit = max(1, min(limit, wire.PULL_PAGE))
    changes: list[wire.Change] = []
    with store.session() as s:
        # One statement (one snapshot) walks the page; the device's own last writes count for the
        # cursor but their payloads are not fetched.
        others = Record.last_writer != dev.id
        scanned = s.execute(select(Record.seq, others, Record.id, Record.kind, Record.server_version,
                                   Record.deleted, case((others, Record.payload)))
                            .where(Record.branch_code == dev.branch_code, Record.seq > cursor["b"])
                            .order_by(Record.seq).limit(limit)).all()
        for _seq, other, rid, kind, server_version, deleted, payload in scanned:
            if other:
                changes.append(wire.Change(scope="record", key=rid, kind=kind, server_version=server_version,
                                           payload=payload, deleted=deleted))
        more = len(scanned) == limit
        new_b = scanned[-1][0] if scanned else cursor["b"]
        refs = s.execute(select(ReferenceCode).where(ReferenceCode.seq > cursor["g"])
                         .order_by(ReferenceCode.seq).limit(limit)).scalars().all()
        hols = s.execute(select(Holiday).where(Holiday.seq > cursor["g"])
                         .order_by(Holiday.seq).limit(limit)).scalars().all()
        # Both tables share the global counter: stop at the lower of the two page ends so
        # nothing in between is skipped.
        ends = [rows[-1].seq for rows in (refs, hols) if len(rows) == limit]
        g_end = min(ends) if ends else max([r.seq for r in refs] + [h.seq for h in hols] + [cursor["g"]])
        more = more or bool(ends)
        for r in refs:
            if r.seq <= g_end:
                changes.append(wire.Change(scope="reference", key=f"{r.category}/{r.code}", payload={
                    "category": r.category, "code": r.code, "label_zh_cn": r.label_zh_cn,
                    "label_zh_tw": r.label_zh_tw, "label_en": r.label_en, "sort_order": r.sort_order,
                    "active": r.active, "parent_code": r.parent_code}))
        for h in hols:
            if h.seq <= g_end:
                changes.append(wire.Change(scope="holiday", key=h.day, deleted=h.deleted,
                                           payload={"day": h.day, "kind": h.kind, "name": h.name}))
        checkpoint("server.pull.before_respond")
    changes.sort(key=lambda c: c.scope != "record")
    return wire.PullResponse(changes=changes, cursor={"b": new_b, "g": g_end}, more=more)


# ---------------------------------------------------------------- head office's own changes

def edit_record(store: db.HeadOfficeStore, record_id: str, changes: dict, *, actor: str) -> Record:
    """Head office changes fields of a branch record (e.g. assigns a complaint's handler)."""
    now = utcnow()
    with store.session() as s:
        rec = s.get(Record, record_id)
        if rec is None:
            raise ServiceError(404, "unknown_record")
        counter = _lock(s, rec.branch_code)
        s.refresh(rec)
        incoming = {**rec.payload, **changes, "version": rec.payload.get("version", 1) + 1,
                    "updated_at": now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "updated_by": actor}
        m = policy.merge(policy.policy_for(rec.kind), rec.payload, _sources(rec.sources, rec.payload,
                         rec.origin_device), incoming, list(changes), rec.server_version, policy.HEADOFFICE,
                         rec.server_version + 1)
        if m.applied:
            counter.last += 1
            rec.payload, rec.sources = m.payload, m.sources
            rec.server_version += 1
            rec.seq, rec.last_writer, rec.updated_at = counter.last, policy.HEADOFFICE, now
        return rec


def add_record(store: db.HeadOfficeStore, kind: str, branch_code: str, payload: dict) -> Record:
    """A record head office makes for a branch (a supervision note on a complaint)."""
    now = utcnow()
    with store.session() as s:
        counter = _lock(s, branch_code)
        counter.last += 1
        rec = Record(id=payload["id"], kind=kind, branch_code=branch_code, seq=counter.last, server_version=1,
                     payload=payload, sources={}, device_versions={}, origin_device=policy.HEADOFFICE,
                     last_writer=policy.HEADOFFICE, deleted=False, created_at=now, updated_at=now)
        s.add(rec)
        return rec


def _require(rows: list[dict], keys: tuple[str, ...]) -> None:
    for i, r in enumerate(rows, start=1):
        if not isinstance(r, dict) or any(not str(r.get(k) or "").strip() for k in keys):
            raise ServiceError(400, "missing_columns", f"row {i}: needs {', '.join(keys)}")


def publish_reference(store: db.HeadOfficeStore, rows: list[dict]) -> int:
    _require(rows, ("category", "code", "label_zh_cn"))
    now = utcnow()
    with store.session() as s:
        counter = _lock(s, db.GLOBAL)
        n = 0
        for r in rows:
            counter.last += 1
            cur = s.get(ReferenceCode, (r["category"], r["code"]))
            values = dict(label_zh_cn=r["label_zh_cn"], label_zh_tw=r.get("label_zh_tw") or r["label_zh_cn"],
                          label_en=r.get("label_en") or "", sort_order=int(r.get("sort_order") or 0),
                          active=str(r.get("active", "1")).lower() not in ("0", "false", "no", ""),
                          parent_code=r.get("parent_code") or None, seq=counter.last, updated_at=now)
            if cur is None:
                s.add(ReferenceCode(category=r["category"], code=r["code"], **values))
            else:
                for k, v in values.items():
                    setattr(cur, k, v)
            n += 1
        return n


def publish_holidays(store: db.HeadOfficeStore, year: int, rows: list[dict]) -> int:
    """Replace one year's calendar: days not in the new list are withdrawn (tombstoned)."""
    from datetime import date

    _require(rows, ("day", "kind"))
    now = utcnow()
    given = {r["day"]: r for r in rows}
    for day, r in given.items():
        try:
            date.fromisoformat(day)
        except ValueError:
            raise ServiceError(400, "bad_day", day) from None
        if not day.startswith(f"{year:04d}-"):
            raise ServiceError(400, "day_outside_year", day)
        if r["kind"] not in ("holiday", "workday"):
            raise ServiceError(400, "bad_kind", r["kind"])
    with store.session() as s:
        counter = _lock(s, db.GLOBAL)
        existing = {h.day: h for h in s.execute(select(Holiday).where(Holiday.day.like(f"{year:04d}-%"))).scalars()}
        for day, r in given.items():
            counter.last += 1
            h = existing.get(day)
            if h is None:
                s.add(Holiday(day=day, kind=r["kind"], name=r.get("name", ""), deleted=False, seq=counter.last,
                              updated_at=now))
            else:
                h.kind, h.name, h.deleted, h.seq, h.updated_at = r["kind"], r.get("name", ""), False, counter.last, now
        for day, h in existing.items():
            if day not in given and not h.deleted:
                counter.last += 1
                h.deleted, h.seq, h.updated_at = True, counter.last, now
        return len(given)


# ---------------------------------------------------------------- views

def stats(store: db.HeadOfficeStore) -> list[dict]:
    with store.session() as s:
        q = (select(Record.branch_code, Record.kind, func.count(), func.sum(case((Record.deleted, 1), else_=0)))
             .group_by(Record.branch_code, Record.kind).order_by(Record.branch_code, Record.kind))
        return [{"branch": b, "kind": k, "records": n, "deleted": int(d or 0)} for b, k, n, d in s.execute(q)]


def conflicts(store: db.HeadOfficeStore, branch: str | None = None, record_id: str | None = None) -> list[dict]:
    with store.session() as s:
        q = select(Conflict).order_by(Conflict.id)
        if branch:
            q = q.where(Conflict.branch_code == branch)
        if record_id:
            q = q.where(Conflict.record_id == record_id)
        return [{"id": c.id, "kind": c.kind, "record_id": c.record_id, "branch": c.branch_code, "field": c.field,
                 "kept": c.kept_value.get("v"), "kept_by": c.kept_by, "lost": c.lost_value.get("v"),
                 "lost_by": c.lost_by, "reason": c.reason, "server_version": c.server_version,
                 "resolved": c.resolved_at is not None} for c in s.execute(q).scalars()]


def devices(store: db.HeadOfficeStore) -> list[dict]:
    with store.session() as s:
        return [{"id": d.id, "branch": d.branch_code, "device_code": d.device_code, "label": d.label,
                 "revoked": d.revoked_at is not None, "audit_status": d.audit_status, "audit_seq": d.audit_seq,
                 "last_seen_at": d.last_seen_at.isoformat() if d.last_seen_at else ""}
                for d in s.execute(select(Device).order_by(Device.branch_code, Device.device_code)).scalars()]


def records(store: db.HeadOfficeStore, kind: str, branch: str | None = None) -> list[dict]:
    with store.session() as s:
        q = select(Record.payload, Record.server_version).where(Record.kind == kind).order_by(Record.branch_code,
                                                                                             Record.id)
        if branch:
            q = q.where(Record.branch_code == branch)
        return [{**p, "server_version": v} for p, v in s.execute(q)]
