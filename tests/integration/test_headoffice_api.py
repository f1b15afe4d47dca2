"""Head-office API: scope, bad input and fuzzing. A real uvicorn server on 127.0.0.1, real database."""

from __future__ import annotations

import threading
from datetime import datetime, timezone
import time
import uuid
from urllib.parse import quote

import httpx
import msgspec
import pytest
import uvicorn
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from branchdesk.headoffice import service
from branchdesk.headoffice.app import create_app
from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.headoffice.models import Blob, Device, OpResult, Record
from branchdesk.sync import blob_wire, wire
from tests.faults.harness import free_port
from tests.support.pg import pg_cluster  # noqa: F401 - fixture


class Api:
    def __init__(self, url_db: str):
        self.store = HeadOfficeStore(url_db)
        self.store.migrate()
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(create_app(self.store), host="127.0.0.1", port=self.port,
                                                    log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{self.port}")
        self.tokens = {b: self.enrol(b) for b in ("310115", "310116")}

    def enrol(self, branch: str) -> str:
        code = service.issue_enrol_code(self.store, branch)
        r = self.http.post("/v1/enrol", json={"code": code, "device_id": str(uuid.uuid4())})
        assert r.status_code == 200, r.text
        return r.json()["token"]

    def auth(self, branch: str = "310115") -> dict:
        return {"Authorization": f"Bearer {self.tokens[branch]}"}

    def count(self) -> int:
        with self.store.session() as s:
            return s.execute(select(func.count()).select_from(Record)).scalar()

    def close(self):
        self.http.close()
        self.server.should_exit = True
        self.thread.join(10)
        self.store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def api(request, tmp_path):
    url = (request.getfixturevalue("pg_cluster").create_database() if request.param == "postgresql"
           else f"sqlite:///{tmp_path / 'ho.sqlite'}")
    a = Api(url)
    yield a
    a.close()


def op(branch="310115", **kw) -> dict:
    rid = kw.pop("record_id", str(uuid.uuid4()))
    payload = {"id": rid, "branch_code": branch, "version": 1, "narrative": "n"}
    payload.update(kw.pop("payload", {}))
    return {"op_id": str(uuid.uuid4()), "kind": "fraud", "record_id": rid, "op": "create", "payload": payload, **kw}


def push(api, body, branch="310115", **headers):
    return api.http.post("/v1/push", content=msgspec.json.encode(body),
                         headers={"Content-Type": "application/json", **api.auth(branch), **headers})


def test_a_device_writes_only_its_own_branch(api):
    r = push(api, {"schema": 3, "branch": "310116", "ops": [op("310116")]})
    assert r.status_code == 403 and r.json()["error"] == "other_branch"
    r = push(api, {"schema": 3, "branch": "310115", "ops": [op("310116"), op()]})
    assert r.status_code == 200
    assert [x["status"] for x in r.json()["results"]] == ["rejected", "applied"]
    assert r.json()["results"][0]["reason"] == "other_branch"
    assert api.count() == 1


def test_a_device_cannot_touch_another_branchs_record(api):
    theirs = op("310116")
    assert push(api, {"schema": 3, "branch": "310116", "ops": [theirs]}, branch="310116").status_code == 200
    steal = op(record_id=theirs["record_id"], op="amend", payload={"version": 2, "narrative": "x"})
    r = push(api, {"schema": 3, "branch": "310115", "ops": [steal]})
    assert r.json()["results"][0] == {"op_id": steal["op_id"], "status": "rejected", "reason": "other_branch"}
    with api.store.session() as s:
        assert s.get(Record, theirs["record_id"]).payload["narrative"] == "n"


def test_a_device_reads_only_its_own_branch(api):
    push(api, {"schema": 3, "branch": "310116", "ops": [op("310116")]}, branch="310116")
    r = api.http.get("/v1/pull", params={"branch": "310116"}, headers=api.auth())
    assert r.status_code == 403
    r = api.http.get("/v1/pull", headers=api.auth())
    assert r.status_code == 200 and r.json()["changes"] == []


@pytest.mark.parametrize("body,ctype,status,code", [
    (b"{not json", "application/json", 400, "malformed_body"),
    (b'{"schema": 9, "branch": "310115", "ops": []}', "application/json", 400, "unsupported_schema"),
    (b'{"schema": 3, "branch": "310115", "ops": [{"op_id": 1}]}', "application/json", 422, "invalid_body"),
    (b'{"schema": 3}', "text/plain", 415, "unsupported_media_type"),
    (b"\x93\x01", "application/vnd.branchdesk.columns+msgpack", 400, "malformed_body"),
    # found by the fuzzer: PostgreSQL cannot store NUL in text or JSON
    (b'{"schema": 3, "branch": "310115", "ops": [{"op_id": "a\\u0000", "kind": "fraud", "record_id": "r", '
     b'"op": "create", "payload": {"id": "r"}}]}', "application/json", 422, "invalid_value"),
])
def test_bad_bodies_get_a_clear_status_and_change_nothing(api, body, ctype, status, code):
    r = api.http.post("/v1/push", content=body, headers={"Content-Type": ctype, **api.auth()})
    assert (r.status_code, r.json()["error"]) == (status, code)
    assert api.count() == 0


def test_oversized_batch_and_body_are_refused(api):
    r = push(api, {"schema": 3, "branch": "310115", "ops": [op() for _ in range(wire.MAX_OPS + 1)]})
    assert (r.status_code, r.json()["error"]) == (413, "batch_too_large")
    r = api.http.post("/v1/push", content=b" " * (wire.MAX_BODY + 1),
                      headers={"Content-Type": "application/json", **api.auth()})
    assert (r.status_code, r.json()["error"]) == (413, "body_too_large")
    assert api.count() == 0


def test_the_current_schema_and_the_two_before_are_accepted_and_all_encodings_agree(api):
    o2, o3, o4, big = op(), op(), op(), [op() for _ in range(300)]  # 300: the COPY path on PostgreSQL
    assert push(api, {"schema": 2, "branch": "310115", "ops": [o2]}).json()["results"][0]["status"] == "applied"
    for schema, ops in ((3, [o3]), (wire.SCHEMA_VERSION, [o4] + big)):
        req = msgspec.convert({"schema": schema, "branch": "310115", "ops": ops}, wire.PushRequest)
        body, headers = wire.encode_push(req)
        r = api.http.post("/v1/push", content=body, headers={**headers, **api.auth()})
        resp = wire.decode_response(r.content, r.headers["content-type"], wire.PushResponse)
        assert [x.status for x in resp.results] == ["applied"] * len(ops)
    assert api.count() == 303
    r = push(api, {"schema": 1, "ops": [op()]})  # three schemas back: retired
    assert (r.status_code, r.json()["error"]) == (400, "unsupported_schema")
    assert api.count() == 303


def test_a_replayed_batch_gets_the_stored_answers_and_changes_nothing(api):
    ops = [op() for _ in range(300)]
    body, headers = wire.encode_push(msgspec.convert({"schema": wire.SCHEMA_VERSION, "branch": "310115",
                                                      "ops": ops}, wire.PushRequest))
    answers = []
    for _ in range(2):
        r = api.http.post("/v1/push", content=body, headers={**headers, **api.auth()})
        answers.append(wire.decode_response(r.content, r.headers["content-type"], wire.PushResponse))
    assert answers[0].results == answers[1].results
    assert [x.server_version for x in answers[0].results] == [1] * 300
    assert api.count() == 300
    # The first answer names the branch sequence the batch took; the replay took none.
    assert answers[0].seq_end - answers[0].seq_start == 300 and answers[1].seq_end == answers[1].seq_start


def test_replayed_rejections_and_amends_get_the_same_answers(api):
    first = op()
    amend = op(record_id=first["record_id"], op="amend", payload={"version": 2, "narrative": "amended"},
               changed_fields=["narrative"])
    body = {"schema": wire.SCHEMA_VERSION, "branch": "310115", "ops": [first, op("310116"), amend]}
    answers = [push(api, body).json()["results"] for _ in range(2)]
    assert answers[0] == answers[1]
    assert [(a["status"], a.get("reason"), a.get("server_version")) for a in answers[0]] == [
        ("applied", None, 1), ("rejected", "other_branch", None), ("applied", None, 2)]


def test_answers_stored_whole_by_an_earlier_release_still_answer_replays(api):
    """Stored answers used to repeat their op_id and status inside the JSON; now the columns hold them."""
    first = op()
    device = service.authenticate(api.store, api.auth()["Authorization"]).id
    with api.store.session() as s:
        s.add(OpResult(device_id=device, op_id=first["op_id"], record_id=first["record_id"], status="applied",
                       result={"op_id": first["op_id"], "status": "applied", "server_version": 4},
                       at=datetime.now(timezone.utc)))
    r = push(api, {"schema": wire.SCHEMA_VERSION, "branch": "310115", "ops": [first]})
    assert r.json()["results"] == [{"op_id": first["op_id"], "status": "applied", "server_version": 4}]
    assert api.count() == 0  # answered from what is stored, not applied again


def test_a_batch_that_creates_and_amends_a_record_stores_the_amended_state(api):
    """A record a later operation of the same batch changes again is held back from the streamed COPY."""
    ops = [op() for _ in range(250)]
    amend = op(record_id=ops[7]["record_id"], op="amend", payload={"version": 2, "narrative": "amended"},
               changed_fields=["narrative"])
    body, headers = wire.encode_push(msgspec.convert({"schema": wire.SCHEMA_VERSION, "branch": "310115",
                                                      "ops": ops + [amend]}, wire.PushRequest))
    r = api.http.post("/v1/push", content=body, headers={**headers, **api.auth()})
    assert [x.status for x in wire.decode_response(r.content, r.headers["content-type"],
                                                   wire.PushResponse).results] == ["applied"] * 251
    with api.store.session() as s:
        rec = s.get(Record, ops[7]["record_id"])
        assert (rec.payload["narrative"], rec.server_version) == ("amended", 2)
    assert api.count() == 250


def test_missing_or_unknown_token_is_401(api):
    assert api.http.post("/v1/push", content=b"{}").status_code == 401
    r = api.http.get("/v1/pull", headers={"Authorization": "Bearer nope"})
    assert (r.status_code, r.json()["error"]) == (401, "unknown_token")


json_values = st.recursive(st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                           max_leaves=20)
bad_ops = st.fixed_dictionaries({"op_id": st.text(max_size=40) | st.integers(-2**63, 2**63 - 1), "kind": st.text(max_size=12),
                                 "record_id": st.text(max_size=40), "op": st.text(max_size=8),
                                 "payload": st.dictionaries(st.text(max_size=10), json_values, max_size=5)})
bodies = st.one_of(
    json_values,
    st.fixed_dictionaries({"schema": st.integers(-2, 5) | st.text(max_size=3), "branch": st.text(max_size=8),
                           "ops": st.lists(bad_ops, max_size=4)}),
    st.fixed_dictionaries({"schema": st.just(3), "branch": st.just("310115"),
                           "ops": st.lists(bad_ops, max_size=3), "audit": st.lists(json_values, max_size=2)}),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=bodies, raw=st.binary(max_size=64), as_raw=st.booleans(),
       ctype=st.sampled_from([wire.JSON, wire.MSGPACK, wire.COLUMNS]))
def test_fuzzed_bodies_never_5xx_and_store_nothing(api, body, raw, as_raw, ctype):
    content = raw if as_raw else (msgspec.json.encode(body) if ctype == wire.JSON else msgspec.msgpack.encode(body))
    r = api.http.post("/v1/push", content=content, headers={"Content-Type": ctype, **api.auth()})
    assert r.status_code < 500, r.text
    assert api.count() == 0


def attachment_op(**payload) -> dict:
    o = op()
    o["kind"] = "attachment"
    o["payload"].pop("narrative")
    o["payload"].update({"record_kind": "complaint", "record_id": str(uuid.uuid4()), "sha256": "ab" * 32,
                         "size": 2048, "filename": "转账回单.pdf", "media_type": "application/pdf",
                         **payload})
    return o


@pytest.mark.parametrize("bad", [{"filename": "../../启动/x.exe"}, {"filename": "C:\\Users\\x.pdf"},
                                 {"filename": ".."}, {"filename": ""}, {"filename": "a" * 256},
                                 {"sha256": "AB" * 32}, {"sha256": "ab" * 31}, {"size": 0}, {"size": "2048"},
                                 {"size": 21 * 1024 * 1024}])
def test_an_attachment_naming_its_file_unsafely_is_refused(api, bad):
    r = push(api, {"schema": wire.SCHEMA_VERSION, "branch": "310115", "ops": [attachment_op(**bad), op()]})
    assert [(x["status"], x.get("reason")) for x in r.json()["results"]] == [
        ("rejected", "bad_attachment"), ("applied", None)]
    assert api.count() == 1


def test_a_rejected_change_sent_again_once_its_cause_is_gone_is_applied(api, monkeypatch):
    """A rejection is not stored as the answer: a change refused by an older head office (a kind it
    did not take yet) goes through when the device sends it again after the upgrade."""
    from branchdesk.sync import policy

    attachment = attachment_op()
    body = {"schema": wire.SCHEMA_VERSION, "branch": "310115", "ops": [attachment]}
    with monkeypatch.context() as m:
        m.delitem(policy._POLICIES, "attachment")  # head office before attachments synced
        first = push(api, body).json()["results"]
    assert [(x["status"], x.get("reason")) for x in first] == [("rejected", "unknown_kind")]
    assert api.count() == 0
    again = [push(api, body).json()["results"] for _ in range(2)]
    assert again[0] == again[1] == [{"op_id": attachment["op_id"], "status": "applied", "server_version": 1}]
    assert api.count() == 1


def test_a_rejection_stored_by_an_earlier_release_is_checked_again(api):
    change = op()
    device = service.authenticate(api.store, api.auth()["Authorization"]).id
    with api.store.session() as s:
        s.add(OpResult(device_id=device, op_id=change["op_id"], record_id=change["record_id"], status="rejected",
                       result={"reason": "unknown_kind"}, at=datetime.now(timezone.utc)))
    r = push(api, {"schema": wire.SCHEMA_VERSION, "branch": "310115", "ops": [change]})
    assert r.json()["results"] == [{"op_id": change["op_id"], "status": "applied", "server_version": 1}]
    assert api.count() == 1
    with api.store.session() as s:
        assert s.execute(select(OpResult.status).where(OpResult.op_id == change["op_id"])).scalars().all() == ["applied"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(name="0/", body=b"", digest=None)
@given(name=st.one_of(st.text(max_size=70), st.just("ab" * 32)), body=st.binary(max_size=256),
       digest=st.one_of(st.none(), st.text(max_size=60), st.builds(blob_wire.content_digest, st.binary(max_size=64))))
def test_fuzzed_file_uploads_never_5xx_and_store_nothing(api, name, body, digest):
    """Whatever the name, body and digest, an upload that no attachment record names is not taken
    (never a 2xx or a 5xx) and leaves no file at head office."""
    headers = {**api.auth(), **({"Content-Digest": digest} if digest is not None else {})}
    path = f"/v1/blob/{quote(name, safe='')}"
    try:
        r = api.http.put(path, content=body, headers=headers)
    except (httpx.HTTPError, UnicodeEncodeError):
        return  # a header value the client itself refuses to send
    # Refused (4xx), or not this endpoint at all ("0%2F" is "0/": redirected to the name without the slash).
    assert 300 <= r.status_code < 500, (r.status_code, r.text)
    for method in ("HEAD", "GET"):
        assert 300 <= api.http.request(method, path, headers=api.auth()).status_code < 500
    with api.store.session() as s:
        assert s.execute(select(func.count()).select_from(Blob)).scalar() == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(auth=st.one_of(st.none(), st.text(max_size=60), st.text(max_size=50).map("Bearer ".__add__)),
       body=st.binary(max_size=64))
def test_fuzzed_token_refreshes_never_5xx_and_renew_nothing(api, auth, body):
    headers = {"Authorization": auth} if auth is not None else {}
    try:
        r = api.http.post("/v1/token/refresh", content=body, headers=headers)
    except (httpx.HTTPError, UnicodeEncodeError):
        return  # a header value the client itself refuses to send
    assert r.status_code == 401, (r.status_code, r.text)
    with api.store.session() as s:
        assert s.execute(select(func.count()).select_from(Device).where(Device.next_token_hash.is_not(None))).scalar() == 0
