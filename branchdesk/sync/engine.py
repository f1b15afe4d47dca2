"""One sync run: push everything pending, then pull what head office has for the branch.

Each step is its own local transaction: a batch's answers are stored together; a pulled page is
applied together with its cursor. A kill anywhere leaves the device where a retry simply goes on:
the server answers a replayed batch from its stored results, and a page whose cursor was not
stored is fetched and applied again (applying is idempotent by server version).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

from branchdesk.store import settings, sync_repo
from branchdesk.store.db import Store
from branchdesk.store.types import utc_text, utcnow
from branchdesk.sync import blobs, wire
from branchdesk.sync.enrolment import load_token, renew_token_if_due
from branchdesk.sync.faults import checkpoint
from branchdesk.sync.transport import SyncError, Transport

PUSH_BATCH = int(os.environ.get("BRANCHDESK_SYNC_BATCH", str(wire.MAX_OPS)))  # smaller in fault tests
AUDIT_BATCH = 2000


@dataclass
class SyncSummary:
    pushed: int = 0
    applied: int = 0
    duplicate: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    deferred: int = 0
    clashes: int = 0  # pulled records that could not be stored here (kept in the conflict list)
    reference: int = 0
    holidays: int = 0
    bytes_sent: int = 0
    pending_left: int = 0
    audit_status: str = ""
    blobs_sent: int = 0  # attachment files uploaded
    blobs_fetched: int = 0
    blobs_refused: int = 0  # set aside, each with its reason (sync/blobs.py)
    blobs_waiting: int = 0  # pulled attachments whose file head office does not have yet
    error: str = ""
    error_detail: str = ""
    seconds: float = 0.0
    rejected_reasons: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.error and self.rejected == 0 and self.pending_left == 0 and self.clashes == 0
                and self.blobs_refused == 0)

    def as_dict(self) -> dict:
        d = dict(self.__dict__)
        d["ok"] = self.ok
        return d


Progress = Callable[[str, int, int], None]  # (phase, done, total)


def open_transport(store: Store) -> Transport:
    with store.read() as s:
        url = sync_repo.get_state(s, sync_repo.SERVER_URL)
        ca = sync_repo.get_state(s, sync_repo.CA_FILE)
    if not url:
        raise SyncError("not_enrolled")
    token = load_token(store)  # KeyringUnavailable propagates: the caller says so plainly
    if not token:
        raise SyncError("not_enrolled")
    return Transport(url, renew_token_if_due(store, token), ca_file=ca)


def sync_once(store: Store, *, transport: Transport | None = None, progress: Progress | None = None,
              push_batch: int = PUSH_BATCH) -> SyncSummary:
    started = time.monotonic()
    summary = SyncSummary()
    own = transport is None
    try:
        t = transport or open_transport(store)
        try:
            _push_all(store, t, summary, progress, push_batch)
            _pull_all(store, t, summary, progress)
            blobs.transfer(store, t, summary)  # after the push: head office takes files its records name
        finally:
            if own:
                t.close()
    except SyncError as exc:
        summary.error, summary.error_detail = exc.code, exc.detail
    summary.seconds = time.monotonic() - started
    with store.write() as s:
        summary.pending_left = sync_repo.pending_count(s)
        now = utc_text(utcnow())
        sync_repo.put_state(s, sync_repo.LAST_SYNC_AT, now)
        if summary.ok:
            sync_repo.put_state(s, sync_repo.LAST_OK_AT, now)
        import json

        sync_repo.put_state(s, sync_repo.LAST_RESULT, json.dumps(summary.as_dict(), ensure_ascii=False))
    return summary


def _push_all(store: Store, t: Transport, summary: SyncSummary, progress: Progress | None,
              batch_size: int) -> None:
    """Batches go one at a time, in queue order (head office merges them in the order they come),
    but the device's own work overlaps head office's: while a batch is on its way, the answers to
    the one before are stored and the next one is read."""
    with store.read() as s:
        total = sync_repo.pending_count(s)
        branch = settings.identity(s).branch_code
    done = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as sender:
        batch, audit = _read_batch(store, batch_size, after_op=0, after_audit=None)
        if not batch and not audit:
            return
        checkpoint("client.push.before_send")
        sending = sender.submit(t.push, _request(branch, batch, audit))
        while sending is not None:
            # Read and encode ahead while head office works: the entries after this batch, and the
            # audit entries after those it carries (an audit-only request means the queue was empty).
            sent, audit_sent = batch, audit
            batch, audit = _read_batch(store, batch_size, after_op=sent[-1].seq,
                                       after_audit=audit_sent[-1].seq if audit_sent else None) if sent else ([], [])
            ahead = _request(branch, batch, audit) if batch or audit else None
            resp, nbytes = sending.result()
            checkpoint("client.push.after_response")
            sending = None
            if ahead is not None:
                checkpoint("client.push.before_send")
                sending = sender.submit(t.push, ahead)
            tally = _acknowledge(store, sent, resp)  # while head office works on the next batch
            summary.bytes_sent += nbytes
            summary.pushed += len(sent)
            summary.applied += tally.applied
            summary.duplicate += tally.duplicate
            summary.conflicts += tally.conflict
            summary.rejected += tally.rejected
            summary.audit_status = resp.audit_status or summary.audit_status
            summary.rejected_reasons += [r.reason or "" for r in resp.results if r.status == wire.REJECTED]
            done += len(sent)
            if progress:
                progress("push", done, max(total, done))
            if sent and tally.retry == len(sent):
                raise SyncError("server_busy", "no operation was taken")


def _read_batch(store: Store, batch_size: int, after_op: int, after_audit: int | None):
    with store.read() as s:
        return (sync_repo.pending_ops(s, batch_size, after=after_op),
                sync_repo.audit_batch(s, AUDIT_BATCH, after=after_audit))


def _request(branch: str, batch: list[sync_repo.PendingOp], audit: list[wire.AuditItem]) -> wire.PushRequest:
    """The request for a batch, already encoded: encoding happens here, on this thread, while the
    batch before is still with head office, and the sender sends it the moment its turn comes."""
    return wire.prepare_push(wire.PushRequest(schema=wire.SCHEMA_VERSION, branch=branch, ops=[p.op for p in batch],
                                              audit=audit))


def _acknowledge(store: Store, batch: list[sync_repo.PendingOp], resp: wire.PushResponse) -> sync_repo.PushTally:
    """Store head office's answers to one batch in one local transaction."""
    tally = None
    try:
        with store.write() as s:
            tally = sync_repo.fast_acknowledge(s, batch, resp)
            if tally is not None:
                sync_repo.skip_own_writes(s, resp)
    except RuntimeError:
        tally = None
    if tally is None:
        with store.write() as s:
            entries = sync_repo.entries_by_seq(s, [p.seq for p in batch])
            tally = sync_repo.apply_push_results(s, entries, resp)
            sync_repo.skip_own_writes(s, resp)
    return tally


def _pull_all(store: Store, t: Transport, summary: SyncSummary, progress: Progress | None) -> None:
    with store.read() as s:
        branch = settings.identity(s).branch_code
    pages = 0
    while True:
        with store.read() as s:
            cur = sync_repo.cursor(s)
        page = t.pull(cur, branch)
        with store.write() as s:
            tally = sync_repo.apply_pull_page(s, page)
            checkpoint("client.pull.before_cursor")
            sync_repo.store_cursor(s, page.cursor)
        summary.pulled += tally.records
        summary.clashes += tally.clashes
        summary.deferred += tally.deferred
        summary.reference += tally.reference
        summary.holidays += tally.holidays
        pages += 1
        if progress:
            progress("pull", pages, pages + (1 if page.more else 0))
        if not page.more:
            return
