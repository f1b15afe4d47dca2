"""The wire format: every encoding gives back exactly the batch that was sent, and stays lean."""

from __future__ import annotations

import gzip
import uuid

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from branchdesk.domain.ids import new_id
from branchdesk.sync import wire

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)  # NUL is refused by design; lone surrogates cannot be encoded at all
values = st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | text | st.lists(text, max_size=3)
ids = st.one_of(st.builds(new_id), st.builds(lambda: str(uuid.uuid4())), st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=36))


@st.composite
def ops(draw):
    rid = draw(ids)
    payload = {"id": rid, **draw(st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), values, max_size=4))}
    return wire.Op(op_id=draw(ids), kind=draw(st.sampled_from(["fraud", "complaint"])), record_id=rid,
                   op=draw(st.sampled_from(["create", "amend"])), payload=payload,
                   base_version=draw(st.none() | st.integers(0, 9)),
                   changed_fields=draw(st.lists(st.sampled_from(["a", "b"]), max_size=2)))


@settings(max_examples=200, deadline=None)
@given(batch=st.lists(ops(), max_size=12), ctype=st.sampled_from([wire.COLUMNS, wire.MSGPACK, wire.JSON]))
def test_every_encoding_round_trips(batch, ctype):
    req = wire.PushRequest(schema=wire.SCHEMA_VERSION, branch="310115", ops=batch)
    body, headers = wire.encode_push(req, ctype)
    assert wire.decode_push(body, headers["Content-Type"], headers["Content-Encoding"]) == req


def test_column_batch_is_at_most_half_of_json_gzip():
    ops_ = []
    for i in range(1000):
        rid = new_id()
        ops_.append(wire.Op(op_id=new_id(), kind="fraud", record_id=rid, op="create", changed_fields=["narrative"],
                            payload={"id": rid, "ref_no": f"TS-310115-0001-2026-{i:06d}", "branch_code": "310115",
                                     "created_at": "2026-11-24T03:12:16.294522Z", "updated_at":
                                     "2026-11-24T03:12:16.294522Z", "version": 1, "fraud_type": "FAKE_INVEST",
                                     "amount_protected": 1000 * (i % 97), "narrative": "客户欲购买高收益理财,经核实为虚假平台",
                                     "police_notified": i % 3 == 0, "actions": ["DISSUADE"], "deleted_at": None}))
    req = wire.PushRequest(schema=3, branch="310115", ops=ops_)
    lean = len(wire.encode_push(req)[0])
    plain = len(gzip.compress(msgspec.json.encode(req)))
    assert lean <= plain / 2


def test_compression_from_many_threads_at_once():
    """The server encodes answers from a thread pool: a shared compressor once crashed the process."""
    import threading

    data = msgspec.msgpack.encode([{"narrative": "客户欲购买高收益理财" * 20, "n": i} for i in range(200)])
    errors = []

    def work():
        for _ in range(200):
            if wire.inflate(wire.compress(data), "zstd") != data:
                errors.append("mismatch")

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
