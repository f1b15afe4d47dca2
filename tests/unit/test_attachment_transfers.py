"""Attachment files the sync set aside: listed with their case and reason, and sent again (audited)
after the cause is fixed, each back the way it was going (real SQLite store, head office played by
small stand-ins for the transport)."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from sqlalchemy import select, update

from branchdesk.domain.roles import Actor, Role
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import attachment_transfers, complaint_repo, settings, sync_kinds
from branchdesk.store import complaint_attachments as attachments
from branchdesk.store.models import Attachment, AuditEntry
from branchdesk.store.models_blobs import DONE, FETCH, REFUSED, UPLOAD, AttachmentTransfer
from branchdesk.sync import blobs
from branchdesk.sync.blob_wire import SEAL_OVERHEAD, content_digest
from branchdesk.sync.engine import SyncSummary
from branchdesk.sync.transport import SyncError
from tests.faults.harness import sample_intake

MANAGER = Actor("wang", "王经理", Role.MANAGER)
SCAN = b"%PDF-1.4 scan of a receipt " + bytes(range(256)) * 40
PHOTO = b"pulled photo"


def sealed_like(plain: bytes) -> bytes:
    """Bytes of a sealed file's size, as head office holds only those (it checks the size)."""
    return b"sealed " + plain + bytes(SEAL_OVERHEAD - len(b"sealed "))


class RefusingHeadOffice:
    """Answers every file as head office answers one that is not what its record says."""

    def blob_exists(self, sha256: str) -> bool:
        return False

    def put_blob(self, sha256: str, sealed: bytes, digest: str) -> None:
        raise SyncError("size_mismatch", "", 422)

    def get_blob(self, sha256: str) -> tuple[bytes, str]:
        raise SyncError("bad_blob_name", "", 400)


class WillingHeadOffice:
    def __init__(self, held: dict[str, bytes]):
        self.held = held
        self.stored: list[str] = []

    def blob_exists(self, sha256: str) -> bool:
        return sha256 in self.held

    def put_blob(self, sha256: str, sealed: bytes, digest: str) -> None:
        self.held[sha256] = sealed
        self.stored.append(sha256)

    def get_blob(self, sha256: str) -> tuple[bytes, str]:
        if sha256 not in self.held:
            raise SyncError("not_found", "", 404)
        return self.held[sha256], content_digest(self.held[sha256])


@pytest.fixture
def files(store, refs):
    """A case with a scan attached here (acknowledged by head office) and a photo pulled from it."""
    with store.read() as s:
        protector = FieldProtector.from_keyring(settings.identity(s).device_id)
    with store.write() as s:
        case = complaint_repo.create(s, sample_intake(), refs, protector, actor=MANAGER)
    with store.write() as s:
        own = attachments.add(s, protector, store.data_dir, case.id, SCAN, filename="张三丰身份证.pdf",
                              actor=MANAGER).id
        s.execute(update(Attachment).where(Attachment.id == own).values(server_version=1))
    pulled = str(uuid.uuid4())
    payload = {"id": pulled, "record_kind": "complaint", "record_id": case.id,
               "sha256": hashlib.sha256(PHOTO).hexdigest(), "filename": "现场.jpg", "media_type": "image/jpeg",
               "size": len(PHOTO), "caption": "", "consent": True, "added_at": "2026-11-20T02:00:00.000000Z",
               "added_by": "li", "deleted_at": None, "version": 1, "events": []}
    with store.write() as s:
        sync_kinds.apply_payload(s, "attachment", payload, 2)
    return case.ref_no, own, pulled


def _states(store) -> dict[str, tuple[str, str]]:
    with store.read() as s:
        return {t.attachment_id: (t.state, t.reason) for t in s.execute(select(AttachmentTransfer)).scalars()}


def test_files_set_aside_are_listed_with_their_case_size_and_reason(store, files):
    ref_no, own, pulled = files
    with store.read() as s:
        assert attachment_transfers.set_aside(s) == [] and attachment_transfers.count_set_aside(s) == 0
    summary = SyncSummary()
    blobs.transfer(store, RefusingHeadOffice(), summary)
    assert summary.blobs_refused == 2 and not summary.ok
    with store.read() as s:
        listed = {f.attachment_id: f for f in attachment_transfers.set_aside(s)}
        assert attachment_transfers.count_set_aside(s) == 2
    assert {k: (f.ref_no, f.filename, f.size, f.reason) for k, f in listed.items()} == {
        own: (ref_no, "张三丰身份证.pdf", len(SCAN), "size_mismatch"),
        pulled: (ref_no, "现场.jpg", len(PHOTO), "bad_blob_name")}


def test_sending_again_puts_each_file_back_the_way_it_was_going_and_is_audited(store, files):
    _ref_no, own, pulled = files
    blobs.transfer(store, RefusingHeadOffice(), SyncSummary())
    with store.write() as s:
        assert attachment_transfers.send_again(s, own, actor="wang")
        assert attachment_transfers.send_again(s, pulled, actor="li")
    assert _states(store) == {own: (UPLOAD, ""), pulled: (FETCH, "")}
    with store.write() as s:
        assert not attachment_transfers.send_again(s, own, actor="wang")  # no longer set aside
        assert not attachment_transfers.send_again(s, str(uuid.uuid4()), actor="wang")
    with store.read() as s:
        trail = s.execute(select(AuditEntry.actor, AuditEntry.record_id, AuditEntry.detail)
                          .where(AuditEntry.action == attachment_transfers.SEND_AGAIN)
                          .order_by(AuditEntry.seq)).all()
        assert attachment_transfers.set_aside(s) == []
    assert [tuple(t) for t in trail] == [("wang", own, {"state": UPLOAD, "reason": "size_mismatch"}),
                                        ("li", pulled, {"state": FETCH, "reason": "bad_blob_name"})]

    sealed_photo = sealed_like(PHOTO)
    head_office = WillingHeadOffice({hashlib.sha256(PHOTO).hexdigest(): sealed_photo})
    summary = SyncSummary()
    blobs.transfer(store, head_office, summary)
    assert (summary.blobs_sent, summary.blobs_fetched, summary.blobs_refused) == (1, 1, 0)
    assert head_office.stored == [hashlib.sha256(SCAN).hexdigest()]
    assert _states(store) == {own: (DONE, ""), pulled: (DONE, "")}
    assert attachments.blob_path(store.data_dir, hashlib.sha256(PHOTO).hexdigest()).read_bytes() == sealed_photo


def test_a_file_missing_here_goes_back_to_upload_and_is_set_aside_again(store, files):
    _ref_no, own, _pulled = files
    path = attachments.blob_path(store.data_dir, hashlib.sha256(SCAN).hexdigest())
    sealed = path.read_bytes()
    path.unlink()
    summary = SyncSummary()
    blobs.transfer(store, WillingHeadOffice({hashlib.sha256(PHOTO).hexdigest(): sealed_like(PHOTO)}), summary)
    assert _states(store)[own] == (REFUSED, "file_missing")
    with store.write() as s:
        attachment_transfers.send_again(s, own, actor="wang")
    blobs.transfer(store, WillingHeadOffice({}), SyncSummary())
    assert _states(store)[own] == (REFUSED, "file_missing")  # the cause is still there: said again
    path.write_bytes(sealed)  # restored from a backup
    with store.write() as s:
        attachment_transfers.send_again(s, own, actor="wang")
    summary = SyncSummary()
    blobs.transfer(store, WillingHeadOffice({}), summary)
    assert summary.blobs_sent == 1 and _states(store)[own] == (DONE, "")


class HeadOfficeRefusingToSayWhetherItHolds(WillingHeadOffice):
    """Refuses to answer about one file (as about a name it does not take), holds the others."""

    def __init__(self, refused_sha: str):
        super().__init__({})
        self.refused_sha = refused_sha

    def blob_exists(self, sha256: str) -> bool:
        if sha256 == self.refused_sha:
            raise SyncError("bad_blob_name", "", 400)
        return super().blob_exists(sha256)


def test_a_file_missing_here_that_head_office_refuses_to_look_up_is_set_aside_alone(store, files):
    _ref_no, own, _pulled = files
    sha = hashlib.sha256(SCAN).hexdigest()
    attachments.blob_path(store.data_dir, sha).unlink()
    with store.read() as s:
        protector = FieldProtector.from_keyring(settings.identity(s).device_id)
    with store.write() as s:  # a second file of the case, there and acknowledged, goes on
        case_id = s.get(Attachment, own).record_id
        other = attachments.add(s, protector, store.data_dir, case_id, b"other scan", filename="b.pdf",
                                actor=MANAGER).id
        s.execute(update(Attachment).where(Attachment.id == other).values(server_version=1))
    head_office = HeadOfficeRefusingToSayWhetherItHolds(sha)
    summary = SyncSummary()
    blobs.transfer(store, head_office, summary)
    assert (summary.blobs_refused, summary.blobs_sent) == (1, 1)
    assert head_office.stored == [hashlib.sha256(b"other scan").hexdigest()]
    states = _states(store)
    assert (states[own], states[other]) == ((REFUSED, "bad_blob_name"), (DONE, ""))
