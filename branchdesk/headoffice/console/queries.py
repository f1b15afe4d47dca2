"""The console's reads: the overview's aggregates and the bank-wide complaint list, on the fact table."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, case, func, select

from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.headoffice.models import Record
from branchdesk.headoffice.console.models import BranchMonth, Fact, PersonCount, Rollup

FREQUENT_MIN = 3  # complaints in the period that make a complainant "frequent"
PAGE = 50


@dataclass(frozen=True)
class Scope:
    start: date
    end: date
    region: str = ""  # a prefix of branch codes (province / city administrative code)
    branch: str = ""

    def where(self, kind: str):
        conds = [Fact.kind == kind, Fact.day >= self.start.isoformat(), Fact.day <= self.end.isoformat()]
        return and_(*conds, *self.place())

    def place(self) -> list:
        if self.branch:
            return [Fact.branch_code == self.branch]
        if self.region:
            return prefix_range(Fact.branch_code, self.region)
        return []


def prefix_range(column, prefix: str) -> list:
    """column starts with prefix, as a range an index can use whatever the plan (LIKE with a bound
    parameter cannot use a btree index on PostgreSQL's generic plans). Codes are ASCII alphanumerics."""
    return [column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1)]


CANDIDATE_CAP = 20_000  # beyond this many repeat complainants, let the database join instead


def _regulars(s) -> list[str] | object:
    """People with FREQUENT_MIN or more complaints in all: a list when short (index lookups), else a subquery."""
    q = select(PersonCount.person).where(PersonCount.n >= FREQUENT_MIN)
    people = [p for (p,) in s.execute(q.limit(CANDIDATE_CAP + 1))]
    return q if len(people) > CANDIDATE_CAP else people


@dataclass
class Overview:
    complaints: dict = field(default_factory=dict)  # received, closed, open, overdue, avg_days
    by_business: list = field(default_factory=list)  # (code, n, closed, open)
    by_cause: list = field(default_factory=list)
    complaint_months: list = field(default_factory=list)  # (month, received, closed)
    overdue_by_branch: list = field(default_factory=list)  # (branch, overdue, open)
    frequent: list = field(default_factory=list)  # (person, n, branches)
    fraud: dict = field(default_factory=dict)  # cases, amount
    fraud_by_type: list = field(default_factory=list)  # (code, cases, amount)
    fraud_months: list = field(default_factory=list)
    fraud_by_branch: list = field(default_factory=list)
    education: dict = field(default_factory=dict)  # events, attendees, reach
    edu_by_group: list = field(default_factory=list)  # (code, events, attendees, reach)
    edu_by_campaign: list = field(default_factory=list)


def _month_end(d: date) -> date:
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def split_period(scope: Scope, today: date, use_rollups: bool = True) -> tuple[tuple[str, str] | None, list[Scope]]:
    """The period as whole calendar months the rollups answer (the current month counting up to
    today) and the partial edges the facts answer. A region or a branch reads the facts throughout."""
    if scope.place() or not use_rollups:
        return None, [scope]
    first = scope.start if scope.start.day == 1 else _month_end(scope.start) + timedelta(days=1)
    last = scope.end if scope.end >= today or scope.end == _month_end(scope.end) \
        else scope.end.replace(day=1) - timedelta(days=1)
    if first > last:
        return None, [scope]
    edges = []
    if scope.start < first:
        edges.append(Scope(scope.start, first - timedelta(days=1)))
    if scope.end > last:
        edges.append(Scope(last + timedelta(days=1), scope.end))
    return (first.isoformat()[:7], last.isoformat()[:7]), edges


def overview(store: HeadOfficeStore, scope: Scope, today: date, *, use_rollups: bool = True) -> Overview:
    """Whole months of the whole bank read the rollups; partial months, a region or a branch read facts."""
    span, edges = split_period(scope, today, use_rollups)
    out = Overview()
    t = today.isoformat()
    with store.session() as s:
        overdue = case((and_(Fact.due_on != "", Fact.due_on < t), 1), else_=0)
        complaint_rows = []
        if span:
            m0, m1 = span
            R = Rollup
            rows = s.execute(select(R.month, R.cat, R.cause, R.n, R.closed, R.decided_n, R.decided_sum)
                             .where(R.kind == "complaint", R.month >= m0, R.month <= m1, R.n != 0)).all()
            opened = {(m, c, k): (int(n), int(o or 0)) for m, c, k, n, o in s.execute(
                select(Fact.month, Fact.cat, Fact.cause, func.count(), func.sum(overdue))
                .where(Fact.kind == "complaint", Fact.is_open, Fact.month >= m0, Fact.month <= m1)
                .group_by(Fact.month, Fact.cat, Fact.cause))}
            complaint_rows += [(m, c, k, n, cl, *opened.get((m, c, k), (0, 0)), dn, ds)
                               for m, c, k, n, cl, dn, ds in rows]
        for edge in edges:
            # Complaints in one pass, grouped finely enough to fold every table and the trend from it.
            is_closed = case((Fact.is_open, 0), else_=1)
            q = (select(Fact.month, Fact.cat, Fact.cause, func.count(), func.sum(is_closed),
                        func.sum(case((Fact.is_open, 1), else_=0)), func.sum(case((Fact.is_open, overdue), else_=0)),
                        func.count(Fact.decided_days), func.sum(Fact.decided_days))
                 .where(edge.where("complaint")).group_by(Fact.month, Fact.cat, Fact.cause))
            complaint_rows += s.execute(q).all()
        tot = defaultdict(int)
        biz, cause, months = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0])
        for month, cat, cse, n, closed, open_, over, dn, dsum in complaint_rows:
            closed, open_, over, dsum = int(closed or 0), int(open_ or 0), int(over or 0), int(dsum or 0)
            tot["received"] += n
            tot["closed"] += closed
            tot["open"] += open_
            tot["overdue"] += over
            tot["decided_n"] += dn
            tot["decided_days"] += dsum
            for agg, key in ((biz, cat), (cause, cse)):
                agg[key][0] += n
                agg[key][1] += closed
                agg[key][2] += open_
            months[month][0] += n
            months[month][1] += closed
        out.complaints = {"received": tot["received"], "closed": tot["closed"], "open": tot["open"],
                          "overdue": tot["overdue"],
                          "avg_days": round(tot["decided_days"] / tot["decided_n"], 1) if tot["decided_n"] else None}
        out.by_business = sorted(((k, *v) for k, v in biz.items()), key=lambda r: (-r[1], r[0]))
        out.by_cause = sorted(((k, *v) for k, v in cause.items()), key=lambda r: (-r[1], r[0]))
        out.complaint_months = sorted((m, *v) for m, v in months.items())
        # Overdue now, by branch: every open case, whenever received (open cases are few and indexed).
        q = (select(Fact.branch_code, func.sum(overdue), func.count())
             .where(Fact.kind == "complaint", Fact.is_open, *scope.place())
             .group_by(Fact.branch_code))
        rows = [(b, int(o or 0), n) for b, o, n in s.execute(q)]
        out.overdue_by_branch = sorted((r for r in rows if r[1]), key=lambda r: (-r[1], r[0]))[:20]
        # Frequent complainants: only people with several complaints in all are candidates.
        # Bank-wide, look the candidates up by person; within a region or branch the place index
        # narrows first and the database joins the candidates itself.
        candidates = select(PersonCount.person).where(PersonCount.n >= FREQUENT_MIN) if scope.place() else _regulars(s)
        q = (select(Fact.person, func.count(), func.count(func.distinct(Fact.branch_code)))
             .where(scope.where("complaint"), Fact.person.in_(candidates)).group_by(Fact.person)
             .having(func.count() >= FREQUENT_MIN).order_by(func.count().desc(), Fact.person).limit(20))
        out.frequent = [tuple(r) for r in s.execute(q)]
        # Fraud interceptions.
        rows = []
        if span:
            rows += s.execute(select(Rollup.month, Rollup.cat, Rollup.n, Rollup.amount)
                              .where(Rollup.kind == "fraud", Rollup.month >= span[0], Rollup.month <= span[1],
                                     Rollup.n != 0)).all()
        for edge in edges:
            rows += s.execute(select(Fact.month, Fact.cat, func.count(), func.sum(Fact.amount))
                              .where(edge.where("fraud")).group_by(Fact.month, Fact.cat)).all()
        ftype, fmonth = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
        for month, cat, n, amt in rows:
            for agg, key in ((ftype, cat), (fmonth, month)):
                agg[key][0] += n
                agg[key][1] += int(amt or 0)
        out.fraud = {"cases": sum(v[0] for v in ftype.values()), "amount": sum(v[1] for v in ftype.values())}
        out.fraud_by_type = sorted(((k, *v) for k, v in ftype.items()), key=lambda r: (-r[2], r[0]))
        out.fraud_months = sorted((m, *v) for m, v in fmonth.items())
        per_branch = defaultdict(lambda: [0, 0])
        if span:
            B = BranchMonth
            for b, n, a in s.execute(select(B.branch_code, func.sum(B.n), func.sum(B.amount))
                                     .where(B.kind == "fraud", B.month >= span[0], B.month <= span[1])
                                     .group_by(B.branch_code)):
                per_branch[b][0] += int(n or 0)
                per_branch[b][1] += int(a or 0)
        for edge in edges:
            for b, n, a in s.execute(select(Fact.branch_code, func.count(), func.sum(Fact.amount))
                                     .where(edge.where("fraud")).group_by(Fact.branch_code)):
                per_branch[b][0] += n
                per_branch[b][1] += int(a or 0)
        out.fraud_by_branch = sorted(((b, n, a) for b, (n, a) in per_branch.items() if n),
                                     key=lambda r: (-r[2], r[0]))[:20]
        # Education.
        def edu(kind: str):
            sums = defaultdict(lambda: [0, 0, 0])
            parts = []
            if span:
                parts.append(s.execute(select(Rollup.cat, func.sum(Rollup.n), func.sum(Rollup.attendees),
                                              func.sum(Rollup.reach))
                                       .where(Rollup.kind == kind, Rollup.month >= span[0],
                                              Rollup.month <= span[1]).group_by(Rollup.cat)).all())
            for edge in edges:
                parts.append(s.execute(select(Fact.cat, func.count(), func.sum(Fact.attendees), func.sum(Fact.reach))
                                       .where(edge.where(kind)).group_by(Fact.cat)).all())
            for part in parts:
                for c, n, a, r in part:
                    sums[c][0] += int(n or 0)
                    sums[c][1] += int(a or 0)
                    sums[c][2] += int(r or 0)
            return [(c, *v) for c, v in sums.items() if v[0]]

        out.edu_by_campaign = sorted(((c, int(n), int(a or 0), int(r or 0)) for c, n, a, r in edu("education")),
                                     key=lambda r: (-r[1], r[0]))
        out.education = {"events": sum(r[1] for r in out.edu_by_campaign),
                         "attendees": sum(r[2] for r in out.edu_by_campaign),
                         "reach": sum(r[3] for r in out.edu_by_campaign)}
        out.edu_by_group = sorted(((c, int(n), int(a or 0), int(r or 0)) for c, n, a, r in edu("edu_group")),
                                  key=lambda r: (-r[2], r[0]))
    return out


# ---------------------------------------------------------------- the work list

@dataclass(frozen=True)
class CaseFilter:
    branch: str = ""
    region: str = ""
    status: str = ""  # a status code, or "open"
    due_within: int | None = None  # open cases due in the next N days (overdue ones included)
    overdue: bool = False
    frequent: bool = False
    page: int = 1


def complaint_list(store: HeadOfficeStore, f: CaseFilter, today: date) -> tuple[list[dict], int]:
    t = today.isoformat()
    conds = [Fact.kind == "complaint"]
    if f.branch:
        conds.append(Fact.branch_code == f.branch)
    elif f.region:
        conds += prefix_range(Fact.branch_code, f.region)
    if f.status == "open":
        conds.append(Fact.is_open)
    elif f.status:
        conds.append(Fact.status == f.status)
    if f.overdue:
        conds += [Fact.is_open, Fact.due_on != "", Fact.due_on < t]
    if f.due_within is not None:
        conds += [Fact.is_open, Fact.due_on != "", Fact.due_on <= (today + timedelta(days=f.due_within)).isoformat()]
    with store.session() as s:
        if f.frequent:
            since = (today - timedelta(days=365)).isoformat()
            regulars = (select(Fact.person).where(Fact.kind == "complaint", Fact.person.in_(_regulars(s)),
                                                  Fact.day >= since)
                        .group_by(Fact.person).having(func.count() >= FREQUENT_MIN))
            conds.append(Fact.person.in_([p for (p,) in s.execute(regulars)]))
        total = s.execute(select(func.count()).select_from(Fact).where(*conds)).scalar_one()
        q = (select(Fact.record_id, Fact.due_on).where(*conds)
             .order_by(case((Fact.due_on == "", 1), else_=0), Fact.due_on, Fact.day.desc(), Fact.record_id)
             .offset((max(f.page, 1) - 1) * PAGE).limit(PAGE))
        ids = [rid for rid, _due in s.execute(q)]
        payloads = {rid: (p, b) for rid, p, b in s.execute(select(Record.id, Record.payload, Record.branch_code)
                                                           .where(Record.id.in_(ids)))} if ids else {}
    rows = []
    for rid in ids:
        p, branch = payloads.get(rid, ({}, ""))
        due = p.get("due_on") or ""
        rows.append({"id": rid, "branch": branch, "ref_no": p.get("ref_no", ""), "received_on": p.get("received_on", ""),
                     "status": p.get("status", ""), "business": p.get("class_business", ""),
                     "cause": p.get("class_cause", ""), "handler": p.get("handler", ""), "due_on": due,
                     "overdue": bool(due) and due < t and p.get("status") in _open(),
                     "complainant": p.get("complainant_name_masked", ""), "request": p.get("request", "")})
    return rows, total


def _open():
    from branchdesk.headoffice.console.facts import OPEN

    return OPEN


def case_detail(store: HeadOfficeStore, record_id: str) -> dict | None:
    with store.session() as s:
        rec = s.get(Record, record_id)
        if rec is None or rec.kind != "complaint":
            return None
        notes = [n for (n,) in s.execute(select(Record.payload).where(Record.kind == "complaint_note",
                                                                     Record.branch_code == rec.branch_code))
                 if n.get("complaint_id") == record_id]
        return {"id": rec.id, "branch": rec.branch_code, "payload": rec.payload, "server_version": rec.server_version,
                "events": sorted((e for e in rec.payload.get("events") or [] if isinstance(e, dict)),
                                 key=lambda e: e.get("at", "")),
                "notes": sorted(notes, key=lambda n: n.get("at", ""))}
