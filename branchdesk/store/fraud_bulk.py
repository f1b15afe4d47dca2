"""Creating many fraud interceptions in one transaction, as `fraud_repo.create` does, in bulk.

`fraud_repo.create` flushes the session four times per record (reference counter, row, outbox,
audit) and reads the last audit hash back each time: about 1.2 ms a record, so a 50,000-row
import took a minute on an idle machine and several on a busy one. This writes exactly what
create() writes — the row through the repository's own `_apply`, an outbox entry with the
repository's `payload`, a hash-chained audit entry with the same detail, reference numbers from
the same counter — but inserts each chunk with one executemany per table.

Imports and demo data use it. tests/unit/test_fraud_bulk.py checks, field by field, that both
paths store the same thing; if create() changes, that test says so. One addition: a kept case
number from this device's own series moves the counter past it, so it is never issued twice.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Callable, Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from branchdesk.domain import fraud
from branchdesk.domain.fraud import FraudInterception
from branchdesk.domain.ids import ReferenceNo, new_id
from branchdesk.domain.reference import RefBook
from branchdesk.domain.timeutil import local_date
from branchdesk.store import audit, fraud_repo, settings
from branchdesk.store.models import AuditEntry, FraudInterceptionRow as Row, OutboxEntry, RefCounter
from branchdesk.store.types import utcnow

CHUNK = 5000  # records held in memory between inserts
# Every column, so an insert never leaves one to a default create() would not have used.
EMPTY_ROW = {c.key: None for c in Row.__table__.columns}  # attribute names are the column names here


def create_many(session: Session, items: Iterable[tuple[FraudInterception, str | None]], refs: RefBook, *,
                actor: str | None = None, keep_identity: bool = False, now: datetime | None = None,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Save (record, import_key) pairs in the caller's write transaction; returns how many.

    progress(done, total) is called after each chunk when `items` has a length.

    actor None means each record's own recorder (demo data: each teller records their own).
    Raises fraud_repo.ValidationFailed on the first invalid record (the transaction then rolls
    back whole, as with create()).
    """
    now = now or utcnow()
    total = len(items) if hasattr(items, "__len__") else 0
    ident = settings.identity(session)
    prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).scalar() or audit.GENESIS
    counters: dict[int, RefCounter] = {}
    fields_detail = sorted(fraud_repo.CONTENT)
    n = 0
    chunk: list[tuple[Row, str]] = []

    def counter_for(year: int) -> RefCounter:
        # As changes.next_reference: one counter per kind, branch, device and year.
        counter = counters.get(year)
        if counter is None:
            key = (fraud.KIND, ident.branch_code, ident.device_code, year)
            counter = session.get(RefCounter, key)
            if counter is None:
                counter = RefCounter(kind=fraud.KIND, branch_code=ident.branch_code, device_code=ident.device_code,
                                     year=year, last=0)
                session.add(counter)
            counters[year] = counter
        return counter

    def next_ref(year: int) -> str:
        counter = counter_for(year)
        counter.last += 1
        return str(ReferenceNo(fraud.KIND, ident.branch_code, ident.device_code, year, counter.last))

    def keep_ref(ref_no: str) -> str:
        # A kept number from this very branch and device (a file exported here earlier, its
        # records since lost): move the counter past it, or a later record would be refused
        # for reusing it.
        try:
            ref = ReferenceNo.parse(ref_no)
        except ValueError:
            return ref_no
        if (ref.kind, ref.branch_code, ref.device_code) == (fraud.KIND, ident.branch_code, ident.device_code):
            counter = counter_for(ref.year)
            counter.last = max(counter.last, ref.counter)
        return ref_no

    def flush_chunk() -> None:
        nonlocal prev
        # Core inserts (one executemany per table) of the values the ORM objects hold: the
        # column types (UTC text, JSON) still apply; only the per-object bookkeeping is skipped.
        session.execute(insert(Row.__table__), [vars(row) for row, _ in chunk])
        outbox, entries = [], []
        for row, who in chunk:
            outbox.append(dict(op_id=new_id(), record_kind=fraud.KIND, record_id=row.id, op="create",
                               payload=fraud_repo.payload(row), changed_fields=list(fraud_repo.CONTENT),
                               base_version=None, created_at=now, state="pending", attempts=0, last_error=None,
                               result_at=None))
            detail = {"fields": fields_detail, "ref_no": row.ref_no}
            eid = new_id()
            h = audit.entry_hash(prev, id=eid, at=now, actor=who, action="create", record_kind=fraud.KIND,
                                 record_id=row.id, detail=detail, device_id=ident.device_id)
            entries.append(dict(id=eid, at=now, actor=who, action="create", record_kind=fraud.KIND,
                                record_id=row.id, detail=detail, device_id=ident.device_id, prev_hash=prev, hash=h))
            prev = h
        session.execute(insert(OutboxEntry.__table__), outbox)
        session.execute(insert(AuditEntry.__table__), entries)  # in chain order: seq follows the chain
        chunk.clear()

    for rec, import_key in items:
        errors = fraud.validate(rec, refs)
        if errors:
            raise fraud_repo.ValidationFailed(errors)
        who = actor or rec.recorder
        keep = keep_identity
        # A plain namespace, not a Row: the repository's _apply and payload only set and read
        # attributes, and skipping the ORM's instrumentation halves the cost per record.
        row = SimpleNamespace(**EMPTY_ROW)
        row.id = rec.id if keep and rec.id else new_id()
        row.ref_no = keep_ref(rec.case_no) if keep and rec.case_no else next_ref(local_date(rec.occurred_at).year)
        row.branch_code = rec.branch_code if keep and rec.branch_code else ident.branch_code
        row.device_id = rec.device_id if keep and rec.device_id else ident.device_id
        row.created_at = rec.created_at if keep and rec.created_at else now
        row.created_by = row.updated_by = who
        row.updated_at = now
        row.version = 1
        row.import_key = import_key
        fraud_repo._apply(row, rec)
        chunk.append((row, who))
        n += 1
        if len(chunk) >= CHUNK:
            flush_chunk()
            if progress and total:
                progress(n, total)
    if chunk:
        flush_chunk()
    if progress and total:
        progress(n, total)
    session.flush()  # the reference counters
    return n
