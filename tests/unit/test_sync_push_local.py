"""The device's side of a push: reading the outbox in batches, acknowledging a batch as a whole,
and moving the pull cursor past the device's own records."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from branchdesk.domain.fraud import FraudInterception
from branchdesk.store import fraud_repo, sync_repo
from branchdesk.store.models import FraudInterceptionRow, OutboxEntry
from branchdesk.sync import wire


def _add(store, refs, n: int) -> list[str]:
    rec = FraudInterception(
        occurred_at=datetime.now(timezone.utc) - timedelta(hours=3), detection_source="LOBBY", business_type="CASH",
        channel="COUNTER", subject_role="VICTIM", customer_gender="M", age_band="60P", fraud_type="F12",
        contact_vector="PHONE", amount_attempted=2_000_000, amount_protected=2_000_000, actions=("DISSUADE",),
        outcome="STOPPED", narrative="张某欲取现购买养老项目,经劝阻放弃。", recorder="teller01")
    with store.write() as s:
        return [fraud_repo.create(s, rec, refs, actor="teller01").id for _ in range(n)]


def _applied(batch: list[sync_repo.PendingOp]) -> wire.PushResponse:
    return wire.PushResponse(results=[wire.OpResult(p.op.op_id, wire.APPLIED, 1) for p in batch])


def test_pending_ops_read_in_queue_order_from_where_the_last_batch_ended(store, refs):
    ids = _add(store, refs, 5)
    with store.read() as s:
        first = sync_repo.pending_ops(s, 3)
        rest = sync_repo.pending_ops(s, 3, after=first[-1].seq)
        orm = sync_repo.to_ops(sync_repo.pending_batch(s, 10))
    assert [p.op.record_id for p in first + rest] == ids
    assert [p.op for p in first + rest] == orm  # the same operations the ORM reads, payloads and all


def test_a_plainly_applied_batch_is_acknowledged_at_once(store, refs):
    ids = _add(store, refs, 4)
    with store.read() as s:
        batch = sync_repo.pending_ops(s, 3)
    with store.write() as s:
        assert sync_repo.fast_acknowledge(s, batch, _applied(batch)).applied == 3
    with store.read() as s:
        states = dict(s.execute(select(OutboxEntry.record_id, OutboxEntry.state)).all())
        versions = dict(s.execute(select(FraudInterceptionRow.id, FraudInterceptionRow.server_version)).all())
    assert [states[i] for i in ids] == ["done", "done", "done", "pending"]
    assert [versions[i] for i in ids] == [1, 1, 1, None]


def test_a_batch_whose_entries_changed_meanwhile_is_not_acknowledged_at_once(store, refs):
    _add(store, refs, 3)
    with store.read() as s:
        batch = sync_repo.pending_ops(s, 3)
    with store.write() as s:
        s.get(OutboxEntry, batch[1].seq).state = "rejected"
    with pytest.raises(RuntimeError):
        with store.write() as s:
            sync_repo.fast_acknowledge(s, batch, _applied(batch))
    with store.read() as s:  # rolled back: nothing of the batch was marked
        assert [s.get(OutboxEntry, p.seq).state for p in batch] == ["pending", "rejected", "pending"]


@pytest.mark.parametrize("cursor,start,end,after", [
    ("b:3,g:9", 3, 10, "b:10,g:9"),  # stood right before the push: its own records are skipped
    ("b:2,g:9", 3, 10, "b:2,g:9"),  # another writer's record 3 is still to be pulled
    ("", 0, 4, "b:4,g:0"),
    ("b:3,g:9", 3, 3, "b:3,g:9"),  # the push took no sequence numbers
])
def test_the_pull_cursor_moves_past_a_push_only_when_it_stood_right_before_it(store, cursor, start, end, after):
    with store.write() as s:
        if cursor:
            sync_repo.put_state(s, sync_repo.CURSOR, cursor)
        sync_repo.skip_own_writes(s, wire.PushResponse(results=[], seq_start=start, seq_end=end))
    with store.read() as s:
        assert (sync_repo.cursor(s) or "b:0,g:0") == after
