"""The sync transport's TLS set-up: loaded once, shared, renewed when the CA file changes."""

from __future__ import annotations

import os
import shutil

import certifi

from branchdesk.sync.transport import Transport


def _context(t: Transport):
    return t.client._transport._pool._ssl_context


def test_transports_share_one_tls_context_per_ca_file(tmp_path):
    ca = tmp_path / "ca.pem"
    shutil.copy(certifi.where(), ca)
    a, b = Transport("https://ho.example.cn:8750", "t", ca_file=str(ca)), Transport("https://x", ca_file=str(ca))
    public = Transport("https://ho.example.cn:8750", "t")
    try:
        assert _context(a) is _context(b)
        assert _context(public) is not _context(a)
        assert _context(a).verify_mode.name == "CERT_REQUIRED" and _context(a).check_hostname
    finally:
        for t in (a, b, public):
            t.close()


def test_a_replaced_ca_file_is_loaded_again(tmp_path):
    ca = tmp_path / "ca.pem"
    shutil.copy(certifi.where(), ca)
    before = Transport("https://x", ca_file=str(ca))
    ca.write_bytes(ca.read_bytes() + b"\n")  # an administrator puts a new file in place
    st = ca.stat()
    os.utime(ca, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    after = Transport("https://x", ca_file=str(ca))
    try:
        assert _context(after) is not _context(before)
    finally:
        before.close()
        after.close()
