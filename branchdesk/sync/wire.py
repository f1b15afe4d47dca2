"""The sync wire format shared by the device and head office.

Every request carries a schema version; head office accepts the current one and the two before
it. The body's encoding is separate from its schema:

- ``application/json`` — rows, readable, for tools and old clients (schema 1 spoke only this);
- ``application/x-msgpack`` — the same rows in MessagePack;
- ``application/vnd.branchdesk.columns+msgpack`` (schema 3, the client's default) — a push
  batch turned column-wise: each payload field's values sit together, so zstandard sees long
  runs of alike values (branch codes, reference codes, UUIDv7 prefixes, timestamps) and the
  batch costs well under half of row-wise JSON + gzip.

Bodies may be compressed with ``Content-Encoding: zstd`` or ``gzip``.
"""

from __future__ import annotations

import gzip
import json
import math
import threading
import uuid
from typing import Any

import msgspec
import zstandard

SCHEMA_VERSION = 3
ACCEPTED_SCHEMAS = frozenset({1, 2, 3})
MAX_OPS = 5000  # per push request
MAX_BODY = 32 * 1024 * 1024  # bytes on the wire
MAX_INFLATED = 256 * 1024 * 1024  # bytes after decompression: no zip bombs
PULL_PAGE = 2000

JSON = "application/json"
MSGPACK = "application/x-msgpack"
COLUMNS = "application/vnd.branchdesk.columns+msgpack"

OP_KINDS = frozenset({"create", "amend", "delete", "event"})

# Per-operation outcomes.
APPLIED, DUPLICATE, CONFLICT, REJECTED, RETRY = "applied", "duplicate", "conflict", "rejected", "retry"


class WireError(ValueError):
    """A body that cannot be read: the status says why, nothing is stored."""

    def __init__(self, status: int, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.status = status
        self.code = code
        self.detail = detail


class Op(msgspec.Struct, forbid_unknown_fields=True):
    op_id: str
    kind: str
    record_id: str
    op: str
    payload: dict[str, Any]
    base_version: int | None = None
    changed_fields: list[str] = []


class AuditItem(msgspec.Struct, forbid_unknown_fields=True):
    seq: int
    id: str
    at: str
    actor: str
    action: str
    record_kind: str
    record_id: str
    detail: dict[str, Any]
    device_id: str
    prev_hash: str
    hash: str


class PushRequest(msgspec.Struct, forbid_unknown_fields=True):
    schema: int
    branch: str
    ops: list[Op] = []
    audit: list[AuditItem] = []


class ConflictInfo(msgspec.Struct, omit_defaults=True):
    field: str
    kept: Any = None
    lost: Any = None
    kept_by: str = ""
    reason: str = ""


class OpResult(msgspec.Struct, omit_defaults=True):
    op_id: str
    status: str
    server_version: int | None = None
    reason: str | None = None
    payload: dict[str, Any] | None = None  # head office's state when it differs from what was sent
    conflicts: list[ConflictInfo] = []


class PushResponse(msgspec.Struct, omit_defaults=True):
    results: list[OpResult]
    audit_seq: int = 0
    audit_status: str = ""


class Change(msgspec.Struct, omit_defaults=True):
    scope: str  # record | reference | holiday
    key: str  # record id, "category/code" or ISO day
    payload: dict[str, Any]
    kind: str = ""
    server_version: int = 0
    deleted: bool = False


class PullResponse(msgspec.Struct):
    changes: list[Change]
    cursor: dict[str, int]
    more: bool


class EnrolRequest(msgspec.Struct, forbid_unknown_fields=True):
    code: str
    device_id: str
    label: str = ""
    schema: int = SCHEMA_VERSION


class EnrolResponse(msgspec.Struct):
    token: str
    branch_code: str
    branch_name: str
    device_code: str
    expires_at: str


# ---------------------------------------------------------------- compression

_local = threading.local()


def compress(data: bytes) -> bytes:
    # A ZstdCompressor must not be shared between threads (the server answers from a thread pool;
    # sharing one crashed the process under load): one per thread.
    zc = getattr(_local, "zc", None)
    if zc is None:
        zc = _local.zc = zstandard.ZstdCompressor(level=6)
    return zc.compress(data)


def inflate(body: bytes, encoding: str | None) -> bytes:
    enc = (encoding or "identity").strip().lower()
    if len(body) > MAX_BODY:
        raise WireError(413, "body_too_large")
    try:
        if enc in ("", "identity"):
            return body
        if enc == "zstd":
            with zstandard.ZstdDecompressor().stream_reader(body) as r:
                out = r.read(MAX_INFLATED + 1)
        elif enc == "gzip":
            out = gzip.GzipFile(fileobj=__import__("io").BytesIO(body)).read(MAX_INFLATED + 1)
        else:
            raise WireError(415, "unknown_encoding", enc)
    except WireError:
        raise
    except Exception as exc:  # corrupt frames, truncated streams
        raise WireError(400, "malformed_body", type(exc).__name__) from exc
    if len(out) > MAX_INFLATED:
        raise WireError(413, "body_too_large")
    return out


# ---------------------------------------------------------------- column-wise push batches

def _is_uuid(v) -> bool:
    if not isinstance(v, str) or len(v) != 36:
        return False
    try:
        return str(uuid.UUID(v)) == v
    except ValueError:
        return False


def _pack_column(col: list, earlier: list[list]) -> Any:
    """A column as sent: a repeat of an earlier column ({"=": i}), UUIDs as 16 bytes each ({"u": b}),
    or the plain list. Random UUID text is the least compressible thing in a batch."""
    for i, other in enumerate(earlier):
        # Same values of the same types: [1] == [True] in Python, but a version must not come back a bool.
        if other is not None and col == other and all(type(a) is type(b) for a, b in zip(col, other)):
            return {"=": i}
    if col and all(_is_uuid(v) for v in col):
        raw = b"".join(uuid.UUID(v).bytes for v in col)
        # Byte planes: all first bytes, then all second bytes... UUIDv7's time prefix becomes long runs.
        return {"u": b"".join(raw[k::16] for k in range(16))}
    return col


def _unpack_column(col: Any, earlier: list[list]) -> list:
    if isinstance(col, list):
        return col
    if isinstance(col, dict) and len(col) == 1:
        if "=" in col and isinstance(col["="], int) and 0 <= col["="] < len(earlier):
            return earlier[col["="]]
        if "u" in col and isinstance(col["u"], bytes) and len(col["u"]) % 16 == 0:
            planes, n = col["u"], len(col["u"]) // 16
            raw = bytearray(len(planes))
            for k in range(16):
                raw[k::16] = planes[k * n:(k + 1) * n]
            return [str(uuid.UUID(bytes=bytes(raw[i:i + 16]))) for i in range(0, len(raw), 16)]
    raise WireError(400, "malformed_body", "bad column")


def _columns_of(req: PushRequest) -> dict:
    shapes: dict[tuple, int] = {}
    changed_sets: dict[tuple, int] = {}
    cols: list[list[list]] = []
    shape_of, changed_of = [], []
    for o in req.ops:
        keys = tuple(o.payload)
        si = shapes.get(keys)
        if si is None:
            si = shapes[keys] = len(shapes)
            cols.append([[] for _ in keys])
        shape_of.append(si)
        for col, k in zip(cols[si], keys):
            col.append(o.payload[k])
        cf = tuple(o.changed_fields)
        ci = changed_sets.get(cf)
        if ci is None:
            ci = changed_sets[cf] = len(changed_sets)
        changed_of.append(ci)
    record_ids = [o.record_id for o in req.ops]
    packed = []
    for si, shape_cols in enumerate(cols):
        mine = [[rid for rid, sh in zip(record_ids, shape_of) if sh == si]]  # index 0: this shape's record ids
        out = []
        for col in shape_cols:
            out.append(_pack_column(col, mine))
            mine.append(col)
        packed.append(out)
    return {
        "schema": req.schema, "branch": req.branch,
        "audit": [msgspec.to_builtins(a) for a in req.audit],
        "op_id": _pack_column([o.op_id for o in req.ops], []), "kind": [o.kind for o in req.ops],
        "record_id": _pack_column(record_ids, []), "op": [o.op for o in req.ops],
        "base": [o.base_version for o in req.ops],
        "changed": changed_of, "changed_sets": [list(c) for c in changed_sets],
        "shape": shape_of, "shapes": [list(k) for k in shapes], "cols": packed,
    }


def _rows_of(doc: Any) -> dict:
    """Column-wise document back to the row form PushRequest validates."""
    if not isinstance(doc, dict):
        raise WireError(400, "malformed_body", "not a map")
    try:
        doc = dict(doc)
        doc["op_id"] = _unpack_column(doc["op_id"], [])
        doc["record_id"] = _unpack_column(doc["record_id"], [])
        n = len(doc["op_id"])
        names = ("kind", "record_id", "op", "base", "changed", "shape")
        if any(len(doc[k]) != n for k in names):
            raise WireError(400, "malformed_body", "ragged columns")
        shapes, sets = doc["shapes"], doc["changed_sets"]
        if not isinstance(shapes, list) or not isinstance(doc["cols"], list) or len(doc["cols"]) != len(shapes):
            raise WireError(400, "malformed_body", "shapes and columns differ")
        cols = []
        for si, shape_cols in enumerate(doc["cols"]):
            mine = [[rid for rid, sh in zip(doc["record_id"], doc["shape"]) if sh == si]]
            for col in shape_cols:
                mine.append(_unpack_column(col, mine))
            cols.append(mine[1:])
        cursor = [0] * len(shapes)
        ops = []
        for i in range(n):
            si = doc["shape"][i]
            if not isinstance(si, int) or not 0 <= si < len(shapes):
                raise WireError(400, "malformed_body", "bad shape index")
            j = cursor[si]
            cursor[si] += 1
            payload = {k: cols[si][c][j] for c, k in enumerate(shapes[si])}
            ci = doc["changed"][i]
            if not isinstance(ci, int) or not 0 <= ci < len(sets):
                raise WireError(400, "malformed_body", "bad changed index")
            ops.append({"op_id": doc["op_id"][i], "kind": doc["kind"][i], "record_id": doc["record_id"][i],
                        "op": doc["op"][i], "base_version": doc["base"][i], "changed_fields": sets[ci],
                        "payload": payload})
    except WireError:
        raise
    except (KeyError, IndexError, TypeError, AttributeError, ValueError) as exc:
        raise WireError(400, "malformed_body", type(exc).__name__) from exc
    return {"schema": doc.get("schema"), "branch": doc.get("branch"), "ops": ops, "audit": doc.get("audit", [])}


def encode_push(req: PushRequest, content_type: str = COLUMNS) -> tuple[bytes, dict[str, str]]:
    if content_type == COLUMNS:
        raw = msgspec.msgpack.encode(_columns_of(req))
    elif content_type == MSGPACK:
        raw = msgspec.msgpack.encode(req)
    else:
        raw = msgspec.json.encode(req)
    return compress(raw), {"Content-Type": content_type, "Content-Encoding": "zstd", "Accept": MSGPACK}


_SCALARS = (str, int, type(None))  # bool is an int


def _check_json_values(payload: dict) -> None:
    """Payloads are stored as JSON at head office: only JSON types (no bytes or MessagePack
    extensions), string keys, no NaN/Infinity. A walk, not an encode: most values are scalars."""
    stack: list = [payload]
    while stack:
        obj = stack.pop()
        if isinstance(obj, dict):
            for k, v in obj.items():
                if not isinstance(k, str):
                    raise WireError(422, "invalid_value", "non-text key")
                if not isinstance(v, _SCALARS):
                    stack.append(v)
        elif isinstance(obj, list):
            stack.extend(v for v in obj if not isinstance(v, _SCALARS))
        elif isinstance(obj, float):
            if not math.isfinite(obj):
                raise WireError(422, "invalid_value", "not a finite number")
        elif not isinstance(obj, _SCALARS):
            raise WireError(422, "invalid_value", type(obj).__name__)


def decode_push(body: bytes, content_type: str | None, encoding: str | None) -> PushRequest:
    raw = inflate(body, encoding)
    ctype = (content_type or JSON).split(";")[0].strip().lower()
    try:
        if ctype == JSON:
            doc = msgspec.json.decode(raw)
        elif ctype in (MSGPACK, COLUMNS):
            doc = msgspec.msgpack.decode(raw)
        else:
            raise WireError(415, "unsupported_media_type", ctype)
    except WireError:
        raise
    except (msgspec.DecodeError, UnicodeDecodeError, ValueError, TypeError) as exc:
        # msgspec raises UnicodeDecodeError for a MessagePack string that is not UTF-8.
        raise WireError(400, "malformed_body", str(exc)[:120]) from exc
    if not isinstance(doc, dict):
        raise WireError(400, "malformed_body", "not an object")
    schema = doc.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema not in ACCEPTED_SCHEMAS:
        raise WireError(400, "unsupported_schema", repr(schema)[:20])
    if ctype == COLUMNS:
        doc = _rows_of(doc)
    doc = upgrade(doc)
    ops = doc.get("ops")
    if isinstance(ops, list) and len(ops) > MAX_OPS:
        raise WireError(413, "batch_too_large", f"{len(ops)} > {MAX_OPS}")
    try:
        req = msgspec.convert(doc, PushRequest)
    except msgspec.ValidationError as exc:
        raise WireError(422, "invalid_body", str(exc)[:160]) from exc
    for o in req.ops:
        _check_json_values(o.payload)
    for a in req.audit:
        _check_json_values(a.detail)
    if b"\\u0000" in msgspec.json.encode(req):
        # PostgreSQL text and JSON cannot hold NUL: refuse it here instead of failing at the database.
        raise WireError(422, "invalid_value", "NUL character")
    return req


def upgrade(doc: dict) -> dict:
    """Bring an older request to the current schema. Schema 1 had no branch field (it was taken from
    the token); schemas 1 and 2 sent no audit entries."""
    schema = doc["schema"]
    doc = dict(doc)
    if schema < 3:
        doc.setdefault("audit", [])
    if schema < 2:
        doc.setdefault("branch", "")
    return doc


# Compressed answers name their compression in the media type rather than Content-Encoding, so no
# HTTP layer in between decodes (or re-encodes) them behind our back.
MSGPACK_ZSTD = "application/x-msgpack+zstd"


def encode_response(obj: Any, accept: str | None) -> tuple[bytes, str]:
    if accept and MSGPACK in accept:
        return compress(msgspec.msgpack.encode(obj)), MSGPACK_ZSTD
    return msgspec.json.encode(obj), JSON


def decode_response(body: bytes, content_type: str | None, typ: type):
    ctype = (content_type or "").split(";")[0].strip()
    if ctype == MSGPACK_ZSTD:
        return msgspec.msgpack.decode(inflate(body, "zstd"), type=typ)
    return msgspec.json.decode(body, type=typ)


def finite(x: float) -> bool:
    return math.isfinite(x)
