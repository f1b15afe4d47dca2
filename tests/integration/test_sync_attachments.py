"""Attachment files through a real head-office service (SQLite and PostgreSQL) and real device
processes: a scan added on PC A reaches head office and PC B of the branch, which shares A's key and
opens it; another branch cannot read or place it; replays, a connection dropped mid-upload and a kill -9
at either end of a transfer lose and double nothing; a file head office refuses is set aside alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import threading
import time

import httpx
import pytest
from sqlalchemy import select

from branchdesk.domain import complaints as dom
from branchdesk.domain.roles import Actor, Role
from branchdesk.security import key_share, keys
from branchdesk.store import attachment_transfers
from branchdesk.store import complaint_attachments as attachments
from branchdesk.store.models import Attachment
from branchdesk.store.models_blobs import DONE, REFUSED, UPLOAD, AttachmentTransfer
from branchdesk.store.models_complaints import ComplaintEvent
from branchdesk.sync import blob_wire
from branchdesk.sync.enrolment import load_token
from tests.faults.harness import Device, Server, create_complaint

MANAGER = Actor("wang", "王经理", Role.MANAGER)
PASS = "branch safe phrase 2026"
SCAN = b"%PDF-1.4 " + os.urandom(300_000)  # bigger than one socket read: an upload takes many


pytestmark = pytest.mark.usefixtures("device_keyring")  # tests/integration/conftest.py


def _attach(d: Device, case_id: str, content: bytes = SCAN, name: str = "receipt.pdf") -> str:
    with d.store.write() as s:
        return attachments.add(s, keys.get_protector(d.store), d.data_dir, case_id, content, filename=name,
                               actor=MANAGER).id


def _summary(r) -> dict:
    return json.loads(r.stdout.strip().splitlines()[-1])


def _transfer(d: Device, att_id: str) -> tuple[str, str]:
    with d.store.read() as s:
        t = s.get(AttachmentTransfer, att_id)
        return t.state, t.reason


def _blobs(server: Server) -> dict[tuple[str, str], bytes]:
    from branchdesk.headoffice.db import HeadOfficeStore
    from branchdesk.headoffice.models import Blob

    st = HeadOfficeStore(server.db_url)
    try:
        with st.session() as s:
            return {(b.branch_code, b.sha256): b.content for b in s.execute(select(Blob)).scalars()}
    finally:
        st.close()


def _sealed(d: Device, content: bytes = SCAN) -> bytes:
    return attachments.blob_path(d.data_dir, hashlib.sha256(content).hexdigest()).read_bytes()


def _auth(d: Device) -> dict:
    return {"Authorization": f"Bearer {load_token(d.store)}"}


def test_a_scan_reaches_head_office_and_the_branch_pc_sharing_the_key(server, tmp_path):
    a, b, c = Device(tmp_path, "a"), Device(tmp_path, "b"), Device(tmp_path, "c")
    for d, branch in ((a, "310115"), (b, "310115"), (c, "310116")):
        d.enrol(server, branch)
    key_share.join(b.store, key_share.make_share(a.store, PASS, actor="admin"), PASS, actor="admin")
    keys.forget()
    case = create_complaint(a, MANAGER)
    att_id = _attach(a, case)
    sha = hashlib.sha256(SCAN).hexdigest()

    first = a.sync_ok()
    assert (first["blobs_sent"], first["blobs_refused"]) == (1, 0)
    assert _transfer(a, att_id) == (DONE, "")
    [record] = server.records("attachment")
    assert (record["id"], record["sha256"], record["size"]) == (att_id, sha, len(SCAN))
    stored = _blobs(server)
    assert stored == {("310115", sha): _sealed(a)}  # sealed: head office cannot read it
    assert SCAN[:4096] not in stored[("310115", sha)]

    got = b.sync_ok()
    assert (got["blobs_fetched"], got["blobs_waiting"]) == (1, 0)
    with b.store.read() as s:
        assert attachments.read(s, keys.get_protector(b.store), b.data_dir, att_id) == SCAN
        steps = s.execute(select(ComplaintEvent.action).where(ComplaintEvent.complaint_id == case)).scalars().all()
        assert dom.ATTACHMENT_ADDED in steps  # the case's history on B shows the scan

    # Syncing again, and a replayed upload, change nothing.
    assert (a.sync_ok()["blobs_sent"], b.sync_ok()["blobs_fetched"]) == (0, 0)
    r = httpx.put(f"{server.url}/v1/blob/{sha}", content=_sealed(a),
                  headers={**_auth(a), "Content-Digest": blob_wire.content_digest(_sealed(a))})
    assert (r.status_code, r.json()["stored"]) == (200, False)
    assert len(server.records("attachment")) == 1 and len(_blobs(server)) == 1

    # Another branch's device can neither read the file nor place one under its name.
    other = _auth(c)
    assert httpx.get(f"{server.url}/v1/blob/{sha}", headers=other).status_code == 404
    assert httpx.head(f"{server.url}/v1/blob/{sha}", headers=other).status_code == 404
    r = httpx.put(f"{server.url}/v1/blob/{sha}", content=_sealed(a),
                  headers={**other, "Content-Digest": blob_wire.content_digest(_sealed(a))})
    assert (r.status_code, r.json()["error"]) == (409, "unknown_attachment")
    assert httpx.get(f"{server.url}/v1/blob/{sha}").status_code == 401
    c.sync_ok()
    with c.store.read() as s:
        assert s.get(Attachment, att_id) is None

    # Taken off the case on A: head office and B learn it; the file stays for the history.
    with a.store.write() as s:
        attachments.remove(s, att_id, actor=MANAGER, reason="扫描错了文件")
    a.sync_ok()
    b.sync_ok()
    assert server.records("attachment")[0]["deleted_at"] is not None
    with b.store.read() as s:
        assert s.get(Attachment, att_id).deleted_at is not None
    for d in (a, b, c):
        d.close()


def test_a_file_head_office_refuses_is_set_aside_and_the_others_go_on(server, tmp_path):
    a = Device(tmp_path, "a")
    a.enrol(server)
    case = create_complaint(a, MANAGER)
    spoilt = _attach(a, case, b"first scan" * 1000, "first.pdf")
    good = _attach(a, case)
    path = attachments.blob_path(a.data_dir, hashlib.sha256(b"first scan" * 1000).hexdigest())
    whole = path.read_bytes()
    path.write_bytes(whole[:-100])  # no longer the size its record declares
    r = a.sync()
    summary = _summary(r)
    assert (summary["blobs_sent"], summary["blobs_refused"], summary["ok"]) == (1, 1, False)
    assert r.returncode == 1 and "1 attachment file(s) were refused by head office" in r.stderr, r.stdout + r.stderr
    assert _transfer(a, spoilt) == (REFUSED, "size_mismatch")
    assert _transfer(a, good) == (DONE, "")
    assert set(_blobs(server)) == {("310115", hashlib.sha256(SCAN).hexdigest())}
    assert a.sync_ok()["blobs_refused"] == 0  # set aside: not sent again and again
    assert len(server.records("attachment")) == 2  # both records are at head office
    assert json.loads(a.run("sync-status", "--json").stdout)["files_set_aside"] == 1
    assert "attachment files set aside 1" in a.run("sync-status").stdout

    path.write_bytes(whole)  # the cause fixed (the file restored), then sent again
    with a.store.write() as s:
        assert attachment_transfers.send_again(s, spoilt, actor="wang")
    r = a.run("sync")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("Sync done: sent ")
    assert "attachment files sent 1, received 0, not at head office yet 0" in r.stdout
    assert _transfer(a, spoilt) == (DONE, "") and len(_blobs(server)) == 2
    assert json.loads(a.run("sync-status", "--json").stdout)["files_set_aside"] == 0
    a.close()


def test_head_office_refuses_an_oversized_upload_before_reading_it(server, tmp_path):
    a = Device(tmp_path, "a")
    a.enrol(server)
    token = load_token(a.store)
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:  # fails, never hangs
        sock.sendall((f"PUT /v1/blob/{'a' * 64} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                      f"Content-Length: {blob_wire.MAX_SEALED + 1}\r\n\r\n").encode())
        status = sock.recv(4096).split(b"\r\n", 1)[0]
    assert b" 413 " in status
    a.close()


class CuttingProxy:
    """A TCP relay to head office that cuts the first attachment upload part-way through its body."""

    def __init__(self, upstream_port: int, cut_after: int = 64 * 1024):
        self.upstream_port = upstream_port
        self.cut_after = cut_after
        self.cuts = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        threading.Thread(target=self._copy, args=(upstream, client), daemon=True).start()
        upload = None  # bytes of the upload to cut relayed so far
        try:
            while data := client.recv(65536):
                if self.cuts == 0 and upload is None and b"PUT /v1/blob/" in data:
                    upload = 0
                if upload is not None:
                    upload += len(data)
                    if upload > self.cut_after:
                        self.cuts += 1
                        return
                upstream.sendall(data)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    @staticmethod
    def _copy(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self.listener.close()


def test_a_connection_dropped_mid_upload_is_retried_and_nothing_is_lost_or_doubled(server, tmp_path):
    proxy = CuttingProxy(server.port)
    a = Device(tmp_path, "a")
    r = a.run("enrol", "--server", proxy.url, "--code", server.enrol_code())
    assert r.returncode == 0, r.stdout + r.stderr
    case = create_complaint(a, MANAGER)
    att_id = _attach(a, case)
    r = a.sync()
    assert r.returncode == 1 and _summary(r)["error"] == "connection_lost", r.stdout + r.stderr
    assert proxy.cuts == 1 and _blobs(server) == {}
    assert _transfer(a, att_id) == (UPLOAD, "")
    assert a.sync_ok()["blobs_sent"] == 1
    assert _blobs(server) == {("310115", hashlib.sha256(SCAN).hexdigest()): _sealed(a)}
    assert len(server.records("attachment")) == 1
    proxy.close()
    a.close()


def test_kill_9_after_head_office_stored_a_file_or_this_pc_wrote_one(server, tmp_path):
    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(server)
    b.enrol(server)
    case = create_complaint(a, MANAGER)
    att_id = _attach(a, case)
    r = a.sync(fault="client.blob.after_upload")
    assert r.returncode == -9, r.stderr  # head office has the file; A had not noted it
    assert len(_blobs(server)) == 1 and _transfer(a, att_id) == (UPLOAD, "")
    assert a.sync_ok()["blobs_sent"] == 0  # head office said it holds it: not sent again
    assert _transfer(a, att_id) == (DONE, "")

    r = b.sync(fault="client.blob.after_fetch")
    assert r.returncode == -9, r.stderr  # the file is written whole; B had not noted it
    again = b.sync_ok()
    assert (again["blobs_fetched"], _transfer(b, att_id)) == (0, (DONE, ""))
    assert _sealed(b) == _sealed(a)
    assert len(_blobs(server)) == 1 and len(server.records("attachment")) == 1
    a.close()
    b.close()


def test_a_pc_restored_without_its_files_fetches_them_back_from_head_office(server, tmp_path):
    from branchdesk.security import backup, backup_files

    a = Device(tmp_path, "a")
    a.enrol(server)
    case = create_complaint(a, MANAGER)
    sent = _attach(a, case)
    assert a.sync_ok()["blobs_sent"] == 1
    later_scan, lost_scan = b"second scan" * 5000, b"never sent" * 5000
    later = _attach(a, case, later_scan, "later.pdf")
    lost = _attach(a, case, lost_scan, "lost.pdf")
    attachments.blob_path(a.data_dir, hashlib.sha256(lost_scan).hexdigest()).unlink()  # gone before any sync
    bk = backup.backup_to(a.store, tmp_path / "usb" / "bk.sqlite", actor="admin")
    assert (bk.files_held, bk.files_lacking) == (2, 1)
    assert _summary(a.sync())["blobs_sent"] == 1  # `later` goes after the backup was taken

    # The disk is lost; the database comes back from a backup copied without its files folder.
    a.close()
    shutil.rmtree(a.data_dir / "attachments")
    shutil.rmtree(tmp_path / "usb" / backup_files.POOL_DIR)
    r = a.run("restore", str(bk.path))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "3 attachment files are neither in the data folder nor in the backup" in r.stderr
    assert _transfer(a, sent) == (DONE, "") and _transfer(a, later) == (UPLOAD, "")

    r = a.sync()
    summary = _summary(r)
    # `sent` was done, `later` still to upload in the restored database: head office has both.
    assert (summary["blobs_fetched"], summary["blobs_sent"], summary["blobs_refused"]) == (2, 0, 1), summary
    assert _transfer(a, sent) == (DONE, "") and _transfer(a, later) == (DONE, "")
    assert _transfer(a, lost) == (REFUSED, "file_missing")  # never at head office: still reported
    with a.store.read() as s:
        p = keys.get_protector(a.store)
        assert attachments.read(s, p, a.data_dir, sent) == SCAN
        assert attachments.read(s, p, a.data_dir, later) == later_scan
    again = a.sync()
    assert (_summary(again)["blobs_fetched"], _summary(again)["blobs_refused"]) == (0, 0)
    # A file damaged later (cut short) is fetched again too.
    path = attachments.blob_path(a.data_dir, hashlib.sha256(SCAN).hexdigest())
    path.write_bytes(path.read_bytes()[:-1000])
    assert _summary(a.sync())["blobs_fetched"] == 1
    with a.store.read() as s:
        assert attachments.read(s, keys.get_protector(a.store), a.data_dir, sent) == SCAN
    assert len(_blobs(server)) == 2
    a.close()


def _begin_upload(port: int, token: str) -> socket.socket:
    """An upload that sends part of its body and stops there: while it waits, it holds one room."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(f"PUT /v1/blob/{'b' * 64} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                 f"Content-Length: 100\r\n\r\n".encode() + b"x" * 10)
    return sock


def _finish_upload(sock: socket.socket) -> bytes:
    sock.sendall(b"x" * 90)
    status = sock.recv(4096).split(b"\r\n", 1)[0]
    sock.close()
    return status


def test_uploads_beyond_the_room_for_files_wait_then_are_told_to_come_back_next_sync(server, tmp_path):
    server.stop()  # again, with room for one file at a time and a short wait
    srv = Server(tmp_path, server.db_url, "--blob-bodies", "1", "--blob-wait", "3").start()
    a = Device(tmp_path, "a")
    try:
        a.enrol(srv)
        att_id = _attach(a, create_complaint(a, MANAGER))
        token = load_token(a.store)
        probe = dict(content=b"y" * 40, headers=_auth(a), timeout=30)
        held = _begin_upload(srv.port, token)
        for _ in range(10):  # until the held upload has the room (a probe may be answered before it)
            r = httpx.put(f"{srv.url}/v1/blob/{'c' * 64}", **probe)
            if r.status_code == 503:
                break
        assert (r.status_code, r.json()["error"], r.headers["retry-after"]) == (503, "busy", "3")
        assert r.elapsed.total_seconds() >= 2.5  # it waited for room first

        r = a.sync()
        assert r.returncode == 1 and _summary(r)["error"] == "busy", r.stdout + r.stderr
        assert _transfer(a, att_id) == (UPLOAD, "")  # not set aside: sent at the next sync

        sent, waiting = threading.Event(), []

        def wait_for_room() -> None:
            with httpx.Client(event_hooks={"request": [lambda _req: sent.set()]}) as c:
                waiting.append(c.put(f"{srv.url}/v1/blob/{'c' * 64}", **probe))

        t = threading.Thread(target=wait_for_room)
        t.start()
        assert sent.wait(30)
        time.sleep(0.5)  # it reaches head office and waits there
        assert b" 400 " in _finish_upload(held)  # no Content-Digest: read whole, then refused
        t.join(30)
        assert waiting[0].status_code == 400  # it waited, then had the room

        assert a.sync_ok()["blobs_sent"] == 1
        assert _transfer(a, att_id) == (DONE, "")
    finally:
        a.close()
        srv.stop()
