"""Folding branch records into the console's fact table.

Each branch's records carry a sequence number handed out in commit order under the branch's
counter lock (headoffice.db.lock_scope). So "every record of branch B with seq <= the counter's
committed value" is complete, and a per-branch watermark never skips a late-committing record.
A refresh reads the counters, and for the branches that moved on re-derives the facts of the
changed records only.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import and_, delete, insert, select
from sqlalchemy.orm import Session

from branchdesk.domain import complaints as dom
from branchdesk.domain.timeutil import local_date
from branchdesk.headoffice.db import GLOBAL, HeadOfficeStore
from branchdesk.headoffice.models import Record, SeqCounter
from branchdesk.headoffice.console.models import BranchMonth, Fact, FactWatermark, PersonCount, Rollup

KINDS = ("complaint", "fraud", "education")
OPEN = frozenset(str(s) for s in dom.OPEN_STATUSES)
ENDED = frozenset(str(s) for s in dom.ENDED_STATUSES)
_FMT = "%Y-%m-%dT%H:%M:%S.%fZ"
BATCH = 2000


def _local_day(text: str | None) -> str:
    """The branch's calendar date of a UTC instant as it travels ("...Z" text)."""
    if not text:
        return ""
    try:
        return local_date(datetime.strptime(text, _FMT).replace(tzinfo=timezone.utc)).isoformat()
    except ValueError:
        return str(text)[:10]


def _days_between(a: str, b: str) -> int | None:
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except (TypeError, ValueError):
        return None


def facts_of(rec_id: str, kind: str, branch: str, p: dict) -> list[dict]:
    """The fact rows one record contributes (none when deleted or of a kind the overview ignores)."""
    if kind not in KINDS or p.get("deleted_at"):
        return []
    base = {"record_id": rec_id, "part": "", "kind": kind, "branch_code": branch,
            "ref_no": str(p.get("ref_no") or "")[:40],
            "status": "", "cat": "", "cause": "", "is_open": False, "due_on": "", "decided_days": None,
            "person": "", "handler": "", "amount": 0, "attendees": 0, "reach": 0}
    if kind == "complaint":
        day = str(p.get("received_on") or _local_day(p.get("received_at")))
        status = str(p.get("status") or "")
        decided = next((e.get("on") for e in (p.get("events") or []) if isinstance(e, dict)
                        and e.get("action") == str(dom.Action.DECIDE) and e.get("on")), None)
        name, phone = p.get("complainant_name_masked") or "", p.get("complainant_phone_masked") or ""
        base.update(status=status[:16], cat=str(p.get("class_business") or "")[:32],
                    cause=str(p.get("class_cause") or "")[:32], is_open=status in OPEN,
                    due_on=str(p.get("due_on") or "")[:10],
                    decided_days=_days_between(day, decided) if decided else None,
                    person=f"{name}|{phone}"[:80] if phone else "", handler=str(p.get("handler") or "")[:64])
        rows = [base]
    elif kind == "fraud":
        day = _local_day(p.get("occurred_at"))
        base.update(cat=str(p.get("fraud_type") or "")[:32], amount=int(p.get("amount_protected") or 0))
        rows = [base]
    else:
        day = _local_day(p.get("starts_at"))
        base.update(cat=str(p.get("campaign") or "")[:32], attendees=int(p.get("attendees") or 0),
                    reach=int(p.get("online_reach") or 0))
        rows = [base] + [{**base, "part": str(g)[:32], "kind": "edu_group", "cat": str(g)[:32]}
                         for g in dict.fromkeys(p.get("target_groups") or [])]
    for r in rows:
        r["day"], r["month"] = day[:10], day[:7]
    return rows


def refresh(store: HeadOfficeStore) -> int:
    """Bring the fact table up to date; returns how many records were re-derived."""
    with store.session() as s:
        counters = dict(s.execute(select(SeqCounter.scope, SeqCounter.last).where(SeqCounter.scope != GLOBAL)).all())
        marks = dict(s.execute(select(FactWatermark.scope, FactWatermark.seq)).all())
    stale = {b: last for b, last in counters.items() if last > marks.get(b, 0)}
    done = 0
    for branch, last in sorted(stale.items()):
        done += _refresh_branch(store, branch, marks.get(branch, 0), last)
    return done


def _refresh_branch(store: HeadOfficeStore, branch: str, after: int, upto: int) -> int:
    done = 0
    while after < upto:
        with store.session() as s:
            # Two requests may refresh at once: the branch's watermark row, locked to commit, lets
            # one fold a batch while the other waits and then starts after it.
            after = _locked_mark(s, branch)
            if after >= upto:
                break
            rows = s.execute(select(Record.id, Record.kind, Record.seq, Record.payload)
                             .where(Record.branch_code == branch, Record.seq > after, Record.seq <= upto)
                             .order_by(Record.seq).limit(BATCH)).all()
            if not rows:
                end = upto
            else:
                end = rows[-1].seq if len(rows) == BATCH else upto
                _replace(s, branch, rows)
            s.get(FactWatermark, branch).seq = end
        done += len(rows)
        after = end
    return done


def _locked_mark(s: Session, branch: str) -> int:
    stmt = select(FactWatermark).where(FactWatermark.scope == branch)
    if s.bind.dialect.name == "postgresql":
        from sqlalchemy import text

        s.execute(text("INSERT INTO ho_console_watermark (scope, seq) VALUES (:b, 0) ON CONFLICT DO NOTHING"),
                  {"b": branch})
        return s.execute(stmt.with_for_update()).scalar_one().seq
    mark = s.execute(stmt).scalar_one_or_none()  # SQLite: the store's write lock already serialises
    if mark is None:
        mark = FactWatermark(scope=branch, seq=0)
        s.add(mark)
        s.flush()
    return mark.seq


def _replace(s: Session, branch: str, rows) -> None:
    ids = [r.id for r in rows if r.kind in KINDS]
    if not ids:
        return
    old = [dict(m) for m in s.execute(select(Fact.__table__).where(Fact.record_id.in_(ids))).mappings()]
    s.execute(delete(Fact).where(Fact.record_id.in_(ids)))
    new = [f for r in rows for f in facts_of(r.id, r.kind, branch, r.payload or {})]
    if new:
        s.execute(insert(Fact), new)
    _fold(s, old, -1)
    _fold(s, new, +1)


_SUMS = ("n", "closed", "decided_n", "decided_sum", "amount", "attendees", "reach")


def _fold(s: Session, rows: list[dict], sign: int) -> None:
    """Add (sign +1) or take away (-1) these facts' contributions to the rollups."""
    if not rows:
        return
    roll: dict[tuple, dict] = {}
    per_branch: dict[tuple, dict] = {}
    people: dict[str, int] = {}
    for f in rows:
        r = roll.setdefault((f["kind"], f["month"], f["cat"], f["cause"]), dict.fromkeys(_SUMS, 0))
        r["n"] += sign
        r["closed"] += sign * (f["kind"] == "complaint" and not f["is_open"])
        if f["decided_days"] is not None:
            r["decided_n"] += sign
            r["decided_sum"] += sign * f["decided_days"]
        r["amount"] += sign * f["amount"]
        r["attendees"] += sign * f["attendees"]
        r["reach"] += sign * f["reach"]
        b = per_branch.setdefault((f["kind"], f["branch_code"], f["month"]), {"n": 0, "amount": 0})
        b["n"] += sign
        b["amount"] += sign * f["amount"]
        if f["person"]:
            people[f["person"]] = people.get(f["person"], 0) + sign
    _bump(s, Rollup, ("kind", "month", "cat", "cause"), roll)
    _bump(s, BranchMonth, ("kind", "branch_code", "month"), per_branch)
    _bump(s, PersonCount, ("person",), {(p,): {"n": n} for p, n in people.items()})


def _bump(s: Session, model, keys: tuple[str, ...], deltas: dict[tuple, dict]) -> None:
    """Add the deltas to the rows with these keys (inserting missing rows), in one statement."""
    if not deltas:
        return
    if s.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    table = model.__table__
    values = [{**dict(zip(keys, k)), **d} for k, d in deltas.items()]
    cols = list(next(iter(deltas.values())))
    stmt = upsert(table)
    stmt = stmt.on_conflict_do_update(index_elements=list(keys),
                                      set_={c: table.c[c] + stmt.excluded[c] for c in cols})
    s.execute(stmt, values)


def rebuild_rollups(store: HeadOfficeStore) -> None:
    """Recompute every rollup from the fact table (after a bulk load, or to repair)."""
    from sqlalchemy import case, func

    closed = case((and_(Fact.kind == "complaint", Fact.is_open.is_(False)), 1), else_=0)
    with store.session() as s:
        for model in (Rollup, BranchMonth, PersonCount):
            s.execute(delete(model))
        s.execute(insert(Rollup).from_select(
            ["kind", "month", "cat", "cause", *_SUMS],
            select(Fact.kind, Fact.month, Fact.cat, Fact.cause, func.count(), func.sum(closed),
                   func.count(Fact.decided_days), func.coalesce(func.sum(Fact.decided_days), 0),
                   func.sum(Fact.amount), func.sum(Fact.attendees), func.sum(Fact.reach))
            .group_by(Fact.kind, Fact.month, Fact.cat, Fact.cause)))
        s.execute(insert(BranchMonth).from_select(
            ["kind", "branch_code", "month", "n", "amount"],
            select(Fact.kind, Fact.branch_code, Fact.month, func.count(), func.sum(Fact.amount))
            .group_by(Fact.kind, Fact.branch_code, Fact.month)))
        s.execute(insert(PersonCount).from_select(
            ["person", "n"], select(Fact.person, func.count()).where(Fact.person != "").group_by(Fact.person)))
