"""Retention: records past their keeping period are purged, with a report and an audit entry.

Rules per kind of record (domain.md §4): complaint files 3 years after closing; fraud
interceptions 5 years (anti-money-laundering rules, as they may hold customer identity or
transaction data); education events 3 years. The mechanism is generic: a rule names the table
and the column the period runs from; a kind whose table is not in this build is skipped.

Purging removes the record row, the rows of tables that refer to it (notes, parties...), its
history snapshots, attachments and outbox entries, and writes one audit entry per record (with
the reference number only: no personal data). Head office keeps its own copy under its own rules.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from branchdesk.domain.roles import Actor, Permission
from branchdesk.security.guard import log_event, require
from branchdesk.domain.timeutil import local_date
from branchdesk.store.types import UTCDateTime, utc_text, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetentionRule:
    kind: str  # record_kind as in outbox/audit ("complaint", "fraud", "education")
    table: str
    anchor: str  # column the period runs from (UTC time or ISO date); NULL (e.g. an open complaint) is kept
    years: int
    basis: str  # why this period (shown in the report)


RULES: dict[str, RetentionRule] = {}


def register_rule(rule: RetentionRule) -> None:
    RULES[rule.kind] = rule


register_rule(RetentionRule("complaint", "complaint", "closed_on", 3, "complaint files ≥3 years after closing"))
register_rule(RetentionRule("fraud", "fraud_interception", "occurred_at", 5, "AML: 5 years"))
register_rule(RetentionRule("education", "education_event", "ends_at", 3, "3 years"))


@dataclass(frozen=True)
class DueRecord:
    kind: str
    record_id: str
    ref_no: str
    anchor: str  # UTC text of the date the period ran from
    keep_until: str


def years_before(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)


def _metadata():
    from branchdesk.store.all_models import metadata

    return metadata


def _table(rule: RetentionRule) -> Table | None:
    table = _metadata().tables.get(rule.table)
    if table is None or rule.anchor not in table.c:
        return None
    return table


def find_due(session: Session, *, now: datetime | None = None, kinds: list[str] | None = None) -> list[DueRecord]:
    """Records whose retention period has run out (the dry run of a purge)."""
    now = now or utcnow()
    due: list[DueRecord] = []
    for rule in RULES.values():
        if kinds and rule.kind not in kinds:
            continue
        table = _table(rule)
        if table is None:
            continue
        anchor = table.c[rule.anchor]
        cutoff = years_before(now, rule.years)
        # A UTC time column compares with the moment; a calendar-date column (ISO text) with the
        # local date of that moment. Both are fixed-width text, so text order is time order.
        ref = table.c["ref_no"] if "ref_no" in table.c else table.c["id"]
        if isinstance(anchor.type, UTCDateTime):
            where = [anchor.is_not(None), anchor < cutoff]
        else:
            where = [anchor.is_not(None), anchor != "", anchor < local_date(cutoff).isoformat()]
        rows = session.execute(select(table.c.id, ref, anchor).where(*where).order_by(anchor)).all()
        for rid, ref_no, at in rows:
            at_text = at if isinstance(at, str) else utc_text(at)
            keep_until = f"{int(at_text[:4]) + rule.years}{at_text[4:10]}"
            due.append(DueRecord(rule.kind, rid, ref_no, at_text, keep_until))
    return due


def _children(table: Table) -> list[tuple[Table, list]]:
    """Tables with a foreign key to `table` and the referring columns, children before parents."""
    out = []
    for t in reversed(_metadata().sorted_tables):
        cols = [fk.parent for fk in t.foreign_keys if fk.column.table is table]
        if cols:
            out.append((t, cols))
    return out


def _purge_one(session: Session, rule: RetentionRule, table: Table, record_id: str) -> set[str]:
    """Delete the record and what hangs on it; returns the sha256 of its attachment files."""
    from branchdesk.store.models import Attachment, OutboxEntry, RecordHistory

    files = set(session.execute(select(Attachment.sha256).where(
        Attachment.record_kind == rule.kind, Attachment.record_id == record_id)).scalars())
    def drop_dependents(parent: Table, ids: list) -> None:
        for child, cols in _children(parent):
            for col in cols:
                child_ids = []
                if "id" in child.c:
                    child_ids = list(session.execute(select(child.c.id).where(col.in_(ids))).scalars())
                    if child_ids:
                        drop_dependents(child, child_ids)
                session.execute(delete(child).where(col.in_(ids)))

    drop_dependents(table, [record_id])
    for model in (RecordHistory, Attachment, OutboxEntry):
        session.execute(delete(model).where(model.record_kind == rule.kind, model.record_id == record_id))
    session.execute(delete(table).where(table.c.id == record_id))
    return files


def _remove_unreferenced_files(store, shas: set[str]) -> None:
    """Sealed attachment files (attachments/<sha[:2]>/<sha>) that no remaining record uses."""
    from branchdesk.store.models import Attachment

    if not shas:
        return
    with store.read() as s:
        still = set(s.execute(select(Attachment.sha256).where(Attachment.sha256.in_(shas))).scalars())
    for sha in shas - still:
        (store.data_dir / "attachments" / sha[:2] / sha).unlink(missing_ok=True)


@dataclass(frozen=True)
class PurgeReport:
    purged: list[DueRecord]
    at: datetime
    by: str

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.purged:
            out[r.kind] = out.get(r.kind, 0) + 1
        return out

    def write_csv(self, path: Path) -> Path:
        """The report kept for the file: kind, reference number, dates. No personal data."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", newline="", encoding="utf-8-sig") as fh:  # -sig: Excel opens it as UTF-8
            w = csv.writer(fh)
            w.writerow(["kind", "ref_no", "record_id", "retention_from", "kept_until", "purged_at", "purged_by"])
            for r in self.purged:
                w.writerow([r.kind, r.ref_no, r.record_id, r.anchor[:10], r.keep_until, utc_text(self.at), self.by])
        return path


def purge(store, actor: Actor, *, now: datetime | None = None, kinds: list[str] | None = None,
          report_dir: Path | None = None) -> PurgeReport:
    """Remove every record past retention in one transaction; audit each; write the report CSV.

    The report goes to `report_dir` (default: the data folder's purge-reports/).
    """
    require(actor, Permission.PURGE)
    now = now or utcnow()
    files: set[str] = set()
    with store.write() as s:
        due = find_due(s, now=now, kinds=kinds)
        for rec in due:
            rule = RULES[rec.kind]
            files |= _purge_one(s, rule, _table(rule), rec.record_id)
            log_event(s, actor.username, "purge", record_kind=rec.kind, record_id=rec.record_id,
                      detail={"ref_no": rec.ref_no, "retention_from": rec.anchor[:10], "years": rule.years})
        log_event(s, actor.username, "purge_run", record_kind="retention",
                  detail={"count": len(due), "kinds": sorted({r.kind for r in due})})
    _remove_unreferenced_files(store, files)  # after the commit: a failed purge keeps its files
    report = PurgeReport(due, now, actor.username)
    folder = report_dir or (store.data_dir / "purge-reports")
    report.write_csv(folder / f"purge-{now.strftime('%Y%m%dT%H%M%SZ')}.csv")
    log.info("purged %d record(s) past retention", len(due))
    return report
