"""Attachments as synced records, and their files at head office: what travels, the merge policy,
the local schema revision, and head office's checks on a file (real SQLite stores on both sides)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import uuid

import pytest
from sqlalchemy import event, func, select, update

from branchdesk.domain import complaints as dom
from branchdesk.domain.roles import Actor, Role
from branchdesk.headoffice import blobs as ho_blobs
from branchdesk.headoffice import service
from branchdesk.headoffice.models import Blob
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import complaint_attachments as attachments
from branchdesk.store import complaint_repo, db, schema, settings, sync_kinds
from branchdesk.store.complaint_repo import StepRefused
from branchdesk.store.models import Attachment, OutboxEntry
from branchdesk.store.models_blobs import FETCH, UPLOAD, AttachmentTransfer
from branchdesk.store.models_complaints import ComplaintEvent
from branchdesk.sync import blob_wire, policy
from tests.faults.harness import sample_intake

MANAGER = Actor("wang", "王经理", Role.MANAGER)
SCAN = b"%PDF-1.4 scan of a receipt " + bytes(range(256)) * 40


def _protector(store) -> FieldProtector:
    with store.read() as s:
        return FieldProtector.from_keyring(settings.identity(s).device_id)


@pytest.fixture
def case(store, refs):
    with store.write() as s:
        return complaint_repo.create(s, sample_intake(), refs, _protector(store), actor=MANAGER).id


def _attach(store, case_id: str, content: bytes = SCAN, name: str = "receipt.pdf") -> str:
    with store.write() as s:
        return attachments.add(s, _protector(store), store.data_dir, case_id, content, filename=name, actor=MANAGER).id


def _ops(store, record_id: str) -> list[OutboxEntry]:
    with store.read() as s:
        return list(s.execute(select(OutboxEntry).where(OutboxEntry.record_id == record_id)
                              .order_by(OutboxEntry.seq)).scalars())


# ---------------------------------------------------------------- on the device

def test_an_attachment_travels_as_a_record_and_its_file_waits_for_upload(store, case):
    att_id = _attach(store, case)
    [create] = _ops(store, att_id)
    assert (create.record_kind, create.op, create.state) == ("attachment", "create", "pending")
    p = create.payload
    assert (p["sha256"], p["size"], p["version"], p["consent"], p["deleted_at"]) == (
        hashlib.sha256(SCAN).hexdigest(), len(SCAN), 1, True, None)
    assert [e["action"] for e in p["events"]] == [dom.ATTACHMENT_ADDED]  # the case's step rides along
    with store.read() as s:
        assert s.get(AttachmentTransfer, att_id).state == UPLOAD


def test_removing_an_attachment_is_an_amendment_with_a_reason(store, case):
    att_id = _attach(store, case)
    with store.write() as s:
        with pytest.raises(StepRefused):
            attachments.remove(s, att_id, actor=MANAGER, reason=" ")
    with store.write() as s:
        attachments.remove(s, att_id, actor=MANAGER, reason="扫描错了文件")
    create, delete = _ops(store, att_id)
    assert (delete.op, delete.changed_fields, delete.payload["version"]) == ("delete", ["deleted_at"], 2)
    assert delete.payload["deleted_at"] is not None and "events" not in delete.payload
    with store.read() as s:
        assert attachments.list_for(s, case) == []
        assert attachments.read(s, _protector(store), store.data_dir, att_id) == SCAN  # the file stays


def test_a_pulled_attachment_adds_its_step_to_the_case_and_a_file_to_fetch(store, case):
    own = _attach(store, case)
    pulled_id = str(uuid.uuid4())
    sha = hashlib.sha256(b"photo").hexdigest()
    event = {"id": str(uuid.uuid4()), "complaint_id": case, "at": "2026-11-20T02:00:00.000000Z", "on": "2026-11-20",
             "actor": "li", "action": dom.ATTACHMENT_ADDED, "detail": {"attachment_id": pulled_id, "sha256": sha}}
    payload = {"id": pulled_id, "record_kind": "complaint", "record_id": case, "sha256": sha, "filename": "p.jpg",
               "media_type": "image/jpeg", "size": 5, "caption": "", "consent": True,
               "added_at": "2026-11-20T02:00:00.000000Z", "added_by": "li", "deleted_at": None, "version": 1,
               "events": [event]}
    with store.write() as s:
        sync_kinds.apply_payload(s, "attachment", payload, 1)
        sync_kinds.apply_payload(s, "attachment", payload, 1)  # a page applied again
    with store.read() as s:
        assert s.get(AttachmentTransfer, pulled_id).state == FETCH
        assert s.get(AttachmentTransfer, own).state == UPLOAD  # head office's answer to our own leaves it
        assert s.get(Attachment, pulled_id).consent is True
        steps = s.execute(select(func.count()).select_from(ComplaintEvent).where(ComplaintEvent.id == event["id"]))
        assert steps.scalar() == 1


def _pulled(case_id: str, content: bytes, filename: str) -> dict:
    return {"id": str(uuid.uuid4()), "record_kind": "complaint", "record_id": case_id,
            "sha256": hashlib.sha256(content).hexdigest(), "filename": filename, "media_type": "image/jpeg",
            "size": len(content), "caption": "", "consent": True, "added_at": "2026-11-20T02:00:00.000000Z",
            "added_by": "li", "deleted_at": None, "version": 1, "events": []}


@pytest.fixture
def temp_root(tmp_path, monkeypatch):
    """The temp folder decrypted copies go to, two levels down in the test's own folder: a name
    that climbs out of its copy's folder lands in `tmp_path`, where the test looks for it."""
    root = tmp_path / "outside" / "temp"
    root.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    yield root
    attachments.remove_temp_copies()


@pytest.mark.parametrize("name, kept", [
    ("../../escaped.pdf", "escaped.pdf"),
    ("{tmp}/escaped", "escaped"),  # an absolute path, in the test's folder should it be written there
    ("C:\\Windows\\System32\\escaped.dll", "escaped.dll"),
    ("..\\..\\escaped.jpg", "escaped.jpg"),
    ("D:escaped.png", "escaped.png"),
    ("..", "attachment"),
    ("", "attachment"),
    ("  ..jpg", "attachment.jpg"),
    ("CON.pdf", "CON_.pdf"),
    ("长" * 200 + ".jpg", "长" * 83 + ".jpg"),
])
def test_a_pulled_attachments_name_is_only_a_file_name_and_opens_inside_its_folder(store, case, temp_root,
                                                                                  tmp_path, name, kept):
    name = name.format(tmp=tmp_path.as_posix())
    content = b"pulled scan " + name.encode()
    payload = _pulled(case, content, name)
    with store.write() as s:
        sync_kinds.apply_payload(s, "attachment", payload, 1)
    protector = _protector(store)
    path = attachments.blob_path(store.data_dir, payload["sha256"])
    path.parent.mkdir(parents=True, exist_ok=True)  # the file as the sync fetches it
    path.write_bytes(protector.seal_bytes(content, context=f"attachment:{payload['sha256']}"))
    with store.read() as s:
        assert s.get(Attachment, payload["id"]).filename == kept
        out = attachments.open_to_temp(s, protector, store.data_dir, payload["id"])
    assert (out.parent.parent, out.name, out.read_bytes()) == (temp_root, kept, content)
    assert [p for p in tmp_path.rglob("escaped*") if p != out] == []


def test_a_name_kept_before_names_were_cleaned_still_opens_inside_its_folder(store, case, temp_root):
    att_id = _attach(store, case)
    with store.write() as s:  # as a row pulled by an older build holds it
        s.execute(update(Attachment).where(Attachment.id == att_id).values(filename="../../escaped.pdf"))
    with store.read() as s:
        out = attachments.open_to_temp(s, _protector(store), store.data_dir, att_id)
    assert (out.parent.parent, out.name, out.read_bytes()) == (temp_root, "escaped.pdf", SCAN)
    assert not (temp_root.parent / "escaped.pdf").exists()


@pytest.mark.parametrize("held", ["sealed_with_another_key", "damaged_at_its_size"])
def test_adding_a_file_held_here_in_a_form_this_pc_cannot_open_writes_this_pcs_copy(store, case, held):
    sha = hashlib.sha256(SCAN).hexdigest()
    path = attachments.blob_path(store.data_dir, sha)
    path.parent.mkdir(parents=True)
    if held == "sealed_with_another_key":  # fetched for a case of a PC that does not share the key
        path.write_bytes(FieldProtector(os.urandom(32)).seal_bytes(SCAN, context=f"attachment:{sha}"))
    else:
        path.write_bytes(os.urandom(len(SCAN) + blob_wire.SEAL_OVERHEAD))
    att_id = _attach(store, case)
    with store.read() as s:
        assert attachments.read(s, _protector(store), store.data_dir, att_id) == SCAN
    assert [p.name for p in path.parent.iterdir()] == [sha]  # written whole: no temporary file left


def test_a_file_held_here_that_opens_with_this_pcs_key_is_kept(store, case):
    sha = hashlib.sha256(SCAN).hexdigest()
    path = attachments.blob_path(store.data_dir, sha)
    path.parent.mkdir(parents=True)
    held = _protector(store).seal_bytes(SCAN, context=f"attachment:{sha}")
    path.write_bytes(held)
    _attach(store, case)
    assert path.read_bytes() == held


def test_an_attachments_file_and_its_folder_are_on_disk_before_its_row_commits(store, case, monkeypatch):
    steps: list[tuple[int, int] | str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        st = os.fstat(fd)
        steps.append((st.st_dev, st.st_ino))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    event.listen(store.engine, "commit", lambda _conn: steps.append("commit"))
    _attach(store, case)
    path = attachments.blob_path(store.data_dir, hashlib.sha256(SCAN).hexdigest())
    ids = {name: (os.stat(p).st_dev, os.stat(p).st_ino) for name, p in (
        ("file", path), ("folder", path.parent), ("attachments", path.parent.parent))}
    assert steps.index(ids["file"]) < steps.index(ids["folder"]) < steps.index("commit")
    assert ids["attachments"] in steps[:steps.index("commit")]  # the new <xx> folder is in it


def test_what_names_an_attachments_file_never_changes_but_its_removal_applies():
    pol = policy.policy_for("attachment")
    current = {"id": "a", "sha256": "1" * 64, "size": 10, "caption": "", "deleted_at": None, "version": 1}
    incoming = {**current, "sha256": "2" * 64, "size": 99, "deleted_at": "2026-11-24T01:00:00.000000Z", "version": 2}
    m = policy.merge(pol, current, {}, incoming, ["sha256", "size", "deleted_at"], 1, "dev-a", 2)
    assert m.applied == ["deleted_at"] and not m.conflicts
    assert (m.payload["sha256"], m.payload["size"], m.payload["version"]) == ("1" * 64, 10, 2)


def test_older_database_gets_its_attachments_queued_and_refused_records_sent_again(data_dir):
    path = data_dir / "branchdesk.sqlite"
    engine = db.make_engine(path)
    for head in sorted(schema.heads() - {"b001"}):
        db.migrate(path, engine, revision=head)
    engine.dispose()
    con = sqlite3.connect(path)
    for att_id, kind in (("att-c", "complaint"), ("att-e", "education")):
        con.execute("INSERT INTO attachment (id, record_kind, record_id, sha256, filename, media_type, size, caption, "
                    "consent, added_at, added_by) VALUES (?, ?, 'rec', ?, 'f', 'image/png', 1, '', 1, "
                    "'2026-11-01T00:00:00.000000Z', 'wang')", (att_id, kind, kind[0] * 64))
    con.execute("INSERT INTO outbox (op_id, record_kind, record_id, op, changed_fields, payload, created_at, state, "
                "attempts, last_error) VALUES ('op1', 'attachment', 'att-c', 'create', '[]', '{}', "
                "'2026-11-01T00:00:00.000000Z', 'rejected', 1, 'unknown_kind')")
    con.commit()
    con.close()
    store = db.open_store(path)
    try:
        with store.read() as s:
            assert {t.attachment_id: t.state for t in s.execute(select(AttachmentTransfer)).scalars()} == {
                "att-c": UPLOAD}  # education photos stay on the PC
            assert s.execute(select(OutboxEntry.state, OutboxEntry.last_error)).one() == ("pending", None)
    finally:
        store.close()


# ---------------------------------------------------------------- on the wire

def test_the_seal_overhead_and_limit_match_the_protector_and_the_attachment_limit(store):
    assert len(_protector(store).seal_bytes(SCAN, context="attachment:x")) == len(SCAN) + blob_wire.SEAL_OVERHEAD
    assert blob_wire.MAX_SEALED == attachments.MAX_BYTES + blob_wire.SEAL_OVERHEAD


def test_content_digest_round_trip_and_malformed_headers():
    header = blob_wire.content_digest(SCAN)
    assert blob_wire.digest_of(header) == hashlib.sha256(SCAN).digest()
    assert blob_wire.digest_of(f"md5=:AAAA:, {header}") == hashlib.sha256(SCAN).digest()
    for bad in (None, "", "sha-256=:AAAA:", "sha-256=:not base64!:", "sha-512=:" + header[9:]):
        assert blob_wire.digest_of(bad) is None


# ---------------------------------------------------------------- at head office


def _declare(ho, branch: str, sha: str, size: int) -> None:
    rid = str(uuid.uuid4())
    service.add_record(ho, "attachment", branch, {"id": rid, "record_kind": "complaint", "record_id": "c",
                                                  "sha256": sha, "size": size, "version": 1})


def test_head_office_stores_a_branchs_file_once_and_only_for_that_branch(ho):
    sealed = b"n" * 12 + b"ciphertext" + b"t" * 16
    sha = hashlib.sha256(b"plain").hexdigest()
    mine, other = service.DeviceAuth("dev-a", "310115"), service.DeviceAuth("dev-c", "310116")
    digest = blob_wire.content_digest(sealed)
    with pytest.raises(service.ServiceError) as e:
        ho_blobs.put(ho, mine, sha, sealed, digest)
    assert (e.value.status, e.value.code) == (409, "unknown_attachment")  # no record names it
    _declare(ho, "310115", sha, len(b"ciphertext"))
    assert ho_blobs.put(ho, mine, sha, sealed, digest) is True
    assert ho_blobs.put(ho, mine, sha, sealed, digest) is False  # a replay stores nothing more
    assert ho_blobs.exists(ho, mine, sha) and ho_blobs.get(ho, mine, sha).content == sealed
    assert ho_blobs.get(ho, mine, sha).sealed_sha256 == hashlib.sha256(sealed).hexdigest()
    assert not ho_blobs.exists(ho, other, sha)
    with pytest.raises(service.ServiceError) as e:
        ho_blobs.get(ho, other, sha)
    assert e.value.status == 404
    with pytest.raises(service.ServiceError) as e:
        ho_blobs.put(ho, other, sha, sealed, digest)  # the other branch has no record naming it
    assert e.value.status == 409
    with ho.session() as s:
        assert s.execute(select(func.count()).select_from(Blob)).scalar() == 1


@pytest.mark.parametrize("body, digest, size, expected", [
    (b"x" * 40, "", 12, (400, "digest_required")),
    (b"x" * 40, blob_wire.content_digest(b"y" * 40), 12, (422, "digest_mismatch")),
    (b"x" * 40, blob_wire.content_digest(b"x" * 40), 13, (422, "size_mismatch")),
    (b"x" * (blob_wire.MAX_SEALED + 1), "", 0, (413, "blob_too_large")),
])
def test_head_office_refuses_a_file_that_is_not_what_it_claims(ho, body, digest, size, expected):
    sha = hashlib.sha256(b"plain").hexdigest()
    _declare(ho, "310115", sha, size)
    with pytest.raises(service.ServiceError) as e:
        ho_blobs.put(ho, service.DeviceAuth("dev-a", "310115"), sha, body, digest)
    assert (e.value.status, e.value.code) == expected
    with pytest.raises(service.ServiceError) as e:
        ho_blobs.put(ho, service.DeviceAuth("dev-a", "310115"), "ABC", b"x", blob_wire.content_digest(b"x"))
    assert (e.value.status, e.value.code) == (400, "bad_blob_name")
