"""HTTP to head office (httpx): certificate checks on, a configurable CA file, plain error codes."""

from __future__ import annotations

import functools
import os
import ssl

import httpx
import msgspec

from branchdesk.sync import wire


class SyncError(Exception):
    """Sync could not finish. `code` names the cause for the user (offline, token_expired...)."""

    def __init__(self, code: str, detail: str = "", status: int | None = None):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.status = status


def _tls_context(ca_file: str | None) -> ssl.SSLContext:
    """The verifying TLS context for a CA file (None: the public CAs), shared by every transport.

    Loading a CA bundle costs tens of milliseconds of CPU, more than a small sync's own work, so it
    is done once per file and again only when the file changes (an administrator replacing it).
    """
    if ca_file is None:
        return _load_tls_context(None, None)
    st = os.stat(ca_file)
    return _load_tls_context(ca_file, (st.st_mtime_ns, st.st_size))


@functools.lru_cache(maxsize=8)
def _load_tls_context(ca_file: str | None, _stamp: tuple[int, int] | None) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=ca_file) if ca_file else httpx.create_ssl_context()


class Transport:
    def __init__(self, base_url: str, token: str | None = None, *, ca_file: str | None = None,
                 timeout: float = 60.0):
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        # Certificates are always checked; a private CA (head office's own) can be named.
        self.client = httpx.Client(base_url=self.base_url, headers=headers, verify=_tls_context(ca_file),
                                   timeout=httpx.Timeout(timeout, connect=10.0))

    def close(self) -> None:
        self.client.close()

    def _send(self, method: str, url: str, **kw) -> httpx.Response:
        try:
            resp = self.client.request(method, url, **kw)
        except httpx.ConnectError as exc:
            text = str(exc)
            if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
                raise SyncError("certificate", text[:200]) from exc
            raise SyncError("offline", text[:200]) from exc
        except httpx.TimeoutException as exc:
            raise SyncError("timeout", str(exc)[:200]) from exc
        except httpx.TransportError as exc:  # connection dropped mid-body, reset, protocol errors
            raise SyncError("connection_lost", f"{type(exc).__name__}: {exc}"[:200]) from exc
        if resp.status_code >= 400:
            code = "server_error" if resp.status_code >= 500 else "refused"
            detail = ""
            try:
                err = resp.json()
                code, detail = err.get("error", code), err.get("detail", "")
            except ValueError:
                detail = resp.text[:200]
            raise SyncError(code, detail, resp.status_code)
        return resp

    def enrol(self, code: str, device_id: str, label: str = "") -> wire.EnrolResponse:
        body = msgspec.json.encode(wire.EnrolRequest(code=code, device_id=device_id, label=label))
        resp = self._send("POST", "/v1/enrol", content=body, headers={"Content-Type": wire.JSON})
        return wire.decode_response(resp.content, resp.headers.get("content-type"), wire.EnrolResponse)

    def refresh_token(self) -> wire.TokenResponse:
        """A new token for this device; the one this transport sends stays valid until the new one is used."""
        resp = self._send("POST", "/v1/token/refresh")
        return wire.decode_response(resp.content, resp.headers.get("content-type"), wire.TokenResponse)

    def push(self, req: wire.PushRequest) -> tuple[wire.PushResponse, int]:
        body, headers = wire.encode_push(req)
        resp = self._send("POST", "/v1/push", content=body, headers=headers)
        return wire.decode_response(resp.content, resp.headers.get("content-type"), wire.PushResponse), len(body)

    def pull(self, cursor: str, branch: str, limit: int = wire.PULL_PAGE) -> wire.PullResponse:
        resp = self._send("GET", "/v1/pull", params={"cursor": cursor, "branch": branch, "limit": limit,
                                                     "schema": wire.SCHEMA_VERSION},
                          headers={"Accept": wire.MSGPACK})
        return wire.decode_response(resp.content, resp.headers.get("content-type"), wire.PullResponse)

    def blob_exists(self, sha256: str) -> bool:
        """Whether head office holds the branch's attachment file named `sha256`."""
        try:
            self._send("HEAD", f"/v1/blob/{sha256}")
        except SyncError as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def put_blob(self, sha256: str, sealed: bytes, digest: str) -> None:
        """Upload a sealed attachment file; `digest` is the Content-Digest of `sealed`."""
        self._send("PUT", f"/v1/blob/{sha256}", content=sealed,
                   headers={"Content-Type": "application/octet-stream", "Content-Digest": digest})

    def get_blob(self, sha256: str) -> tuple[bytes, str]:
        """A sealed attachment file of the branch and the Content-Digest head office sent with it."""
        resp = self._send("GET", f"/v1/blob/{sha256}")
        return resp.content, resp.headers.get("content-digest", "")
