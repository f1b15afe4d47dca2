"""The head-office HTTP API (FastAPI). Extra routers (e.g. a web console) plug in through create_app."""

from __future__ import annotations

import asyncio
import logging
import math
from typing import Final, Iterable

import msgspec
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from branchdesk.headoffice import blobs, service, tokens
from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.sync import blob_wire, wire

log = logging.getLogger(__name__)


def _error(status: int, code: str, detail: str = "") -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail}, status_code=status)


async def _read_body(request: Request) -> bytes:
    """The body, refused early when it is larger than the service accepts."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > wire.MAX_BODY:
        raise wire.WireError(413, "body_too_large")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > wire.MAX_BODY:
                raise wire.WireError(413, "body_too_large")
            chunks.append(chunk)
    except ClientDisconnect:
        raise wire.WireError(400, "incomplete_body") from None  # the link dropped mid-body: nothing taken
    return b"".join(chunks)


def _reply(obj, accept: str | None) -> Response:
    body, ctype = wire.encode_response(obj, accept)
    return Response(content=body, media_type=ctype)


# Attachment files in memory at once, per service process: each up to MAX_SEALED (20 MB), so after
# an outage two hundred PCs uploading together hold some 160 MB, not 4 GB. An upload waits for room
# at most BLOB_WAIT_S, well within a device's 60 s timeout, then is told to come back (503 with
# Retry-After): the device tries again at its next sync.
BLOB_BODIES: Final = 8
BLOB_WAIT_S: Final = 20.0
_BLOB_CHUNK: Final = 64 * 1024


def _refuse_declared_blob(request: Request) -> None:
    """413 as soon as the declared length is larger than any sealed attachment can be."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > blob_wire.MAX_SEALED:
        raise service.ServiceError(413, "blob_too_large")


async def _read_blob(request: Request) -> bytearray:
    """An attachment file's body, refused as soon as it grows larger than the limit. Handed on as
    read: a copy into `bytes` would hold the file twice."""
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > blob_wire.MAX_SEALED:
                raise service.ServiceError(413, "blob_too_large")
    except ClientDisconnect:
        raise service.ServiceError(400, "incomplete_body") from None  # the link dropped mid-file: nothing kept
    return body


async def _chunks(content: bytes):
    """A file's bytes in slices that share its memory: the server copies one slice at a time, not the
    whole file, and waits for the client between them."""
    view = memoryview(content)
    for at in range(0, len(view), _BLOB_CHUNK):
        yield view[at:at + _BLOB_CHUNK]


def api_router(store: HeadOfficeStore, *, blob_bodies: int = BLOB_BODIES,
               blob_wait: float = BLOB_WAIT_S) -> APIRouter:
    """The device API. The event loop only moves bytes: checking a token, decoding, the database
    work and encoding the answer run on the thread pool, so a big batch being decoded or merged
    never holds up the other devices' requests. At most `blob_bodies` uploaded files are in memory
    at once; an upload that finds no room within `blob_wait` seconds is answered 503."""
    r = APIRouter()
    blob_room = asyncio.Semaphore(blob_bodies)

    async def device(request: Request) -> service.DeviceAuth:
        return await run_in_threadpool(service.authenticate, store, request.headers.get("authorization"))

    @r.get("/healthz")
    async def healthz():
        return {"ok": True, "schema": wire.SCHEMA_VERSION, "accepted": sorted(wire.ACCEPTED_SCHEMAS)}

    @r.post("/v1/enrol")
    async def enrol(request: Request):
        body = await _read_body(request)
        try:
            req = msgspec.json.decode(body, type=wire.EnrolRequest)
        except msgspec.DecodeError as exc:
            raise wire.WireError(400, "malformed_body", str(exc)[:120]) from exc
        if req.schema not in wire.ACCEPTED_SCHEMAS:
            raise wire.WireError(400, "unsupported_schema", str(req.schema))
        if not req.device_id or len(req.device_id) > 36 or "\x00" in req.device_id + req.code + req.label:
            raise wire.WireError(422, "invalid_body", "device_id")
        return _reply(await run_in_threadpool(service.enrol, store, req), request.headers.get("accept"))

    @r.post("/v1/push")
    async def push(request: Request):
        dev = await device(request)  # first: a body from an unknown sender is never read
        body = await _read_body(request)
        h = request.headers

        def work() -> Response:
            req = wire.decode_push(body, h.get("content-type"), h.get("content-encoding"))
            return _reply(service.push(store, dev, req), h.get("accept"))

        return await run_in_threadpool(work)

    @r.get("/v1/pull")
    async def pull(request: Request, cursor: str = "", limit: int = wire.PULL_PAGE, schema: int = wire.SCHEMA_VERSION,
                   branch: str = ""):
        h = request.headers

        def work() -> Response:  # no body to wait for: the whole request in one trip to the pool
            dev = service.authenticate(store, h.get("authorization"))
            if schema not in wire.ACCEPTED_SCHEMAS:
                raise wire.WireError(400, "unsupported_schema", str(schema))
            if branch and branch != dev.branch_code:
                raise service.ServiceError(403, "other_branch", branch)
            return _reply(service.pull(store, dev, service.parse_cursor(cursor), limit), h.get("accept"))

        return await run_in_threadpool(work)

    @r.post("/v1/token/refresh")
    async def refresh_token(request: Request):
        h = request.headers
        return await run_in_threadpool(lambda: _reply(tokens.refresh(store, h.get("authorization")), h.get("accept")))

    @r.get("/v1/device")
    async def whoami(request: Request):
        dev = await device(request)
        return next((d for d in await run_in_threadpool(service.devices, store) if d["id"] == dev.id), {})

    # Attachment files (headoffice/blobs.py), scoped to the device's branch.
    @r.head("/v1/blob/{sha256}")
    async def blob_exists(request: Request, sha256: str):
        def work() -> Response:
            dev = service.authenticate(store, request.headers.get("authorization"))
            return Response(status_code=200 if blobs.exists(store, dev, sha256) else 404)

        return await run_in_threadpool(work)

    @r.put("/v1/blob/{sha256}")
    async def blob_put(request: Request, sha256: str):
        dev = await device(request)  # first: a body from an unknown sender is never read
        blobs.check_name(sha256)
        _refuse_declared_blob(request)  # then: one too large is refused without waiting for room
        try:
            await asyncio.wait_for(blob_room.acquire(), blob_wait)
        except TimeoutError:
            return JSONResponse({"error": "busy", "detail": "too many files arriving at once"}, status_code=503,
                                headers={"Retry-After": str(math.ceil(blob_wait))})
        try:
            body = await _read_blob(request)
            stored = await run_in_threadpool(blobs.put, store, dev, sha256, body,
                                             request.headers.get("content-digest"))
        finally:
            blob_room.release()
        return JSONResponse({"sha256": sha256, "stored": stored}, status_code=201 if stored else 200)

    @r.get("/v1/blob/{sha256}")
    async def blob_get(request: Request, sha256: str):
        def work() -> Response:
            dev = service.authenticate(store, request.headers.get("authorization"))
            blob = blobs.get(store, dev, sha256)
            return StreamingResponse(_chunks(blob.content), media_type="application/octet-stream",
                                     headers={"Content-Length": str(len(blob.content)), "Content-Digest":
                                              blob_wire.digest_header(bytes.fromhex(blob.sealed_sha256))})

        return await run_in_threadpool(work)

    return r


def create_app(store: HeadOfficeStore, routers: Iterable[APIRouter] = (), *, blob_bodies: int = BLOB_BODIES,
               blob_wait: float = BLOB_WAIT_S) -> FastAPI:
    app = FastAPI(title="BranchDesk head office", docs_url=None, redoc_url=None)
    app.state.store = store

    @app.exception_handler(wire.WireError)
    async def _wire_error(_request, exc: wire.WireError):
        return _error(exc.status, exc.code, exc.detail)

    @app.exception_handler(service.ServiceError)
    async def _service_error(_request, exc: service.ServiceError):
        return _error(exc.status, exc.code, exc.detail)

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _validation(_request, exc):
        return _error(422, "invalid_request", str(exc.errors())[:200])

    app.include_router(api_router(store, blob_bodies=blob_bodies, blob_wait=blob_wait))
    for router in routers:
        app.include_router(router)
    try:  # a web console, when someone has built one
        from branchdesk.headoffice.console import router as console_router  # type: ignore
    except ImportError:
        pass
    else:
        app.include_router(console_router(store) if callable(console_router) else console_router)
    return app
