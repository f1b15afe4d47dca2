"""The sync wire format shared by the device and head office.

Every request carries a schema version; head office accepts the current one and the two before
it. The body's encoding is separate from its schema:

- ``application/json`` — rows, readable, for tools and old clients;
- ``application/x-msgpack`` — the same rows in MessagePack;
- ``application/vnd.branchdesk.columns+msgpack`` (schema 3 and later, the client's default) — a
  push batch turned column-wise: each payload field's values sit together, coded by what they
  are (schema 4: dictionaries, integers and instants in byte planes, UUIDs as 16 bytes), so
  zstandard sees long runs and the batch costs well under half of row-wise JSON + gzip.

Bodies may be compressed with ``Content-Encoding: zstd`` or ``gzip``.
"""

from __future__ import annotations

import array
import gzip
import math
import re
import sys
import threading
from datetime import datetime, timedelta
from itertools import chain
from operator import itemgetter
from typing import Any

import msgspec
import zstandard

SCHEMA_VERSION = 4
ACCEPTED_SCHEMAS = frozenset({2, 3, 4})  # the current one and the two before it
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
    # The branch sequence before and after this push: every number in between went to a record the
    # device itself wrote last, so a device whose pull cursor stood at seq_start may move it to seq_end.
    seq_start: int = 0
    seq_end: int = 0


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
#
# A column travels as one of (see docs/sync.md):
#   [v, ...]                  the values as they are
#   {"=": i}                  the same values as an earlier column of its group (schema 3+)
#   {"u": bytes}              canonical UUID text as 16 bytes each, in byte planes (schema 3+)
#   {"d": [v, ...], "x": b}   dictionary: a few distinct texts (or null), one index byte per row (schema 4)
#   {"i": bytes}              64-bit integers in the fewest bytes that hold them (1, 2, 4, 8), byte planes (schema 4)
#   {"t": [ints, ints]}       UTC instants "YYYY-MM-DDTHH:MM:SS.ffffffZ" as seconds and microseconds (schema 4)
# Byte planes (all first bytes, then all second bytes...) turn the slowly changing bytes of a column
# (UUIDv7 time prefixes, the high bytes of amounts and times) into long runs zstandard all but removes.

_CODINGS = {3: frozenset("=u"), 4: frozenset("=udit")}
_UUID_RUN = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})+")
_TIME_RUN = re.compile(r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z)+")
_EPOCH = datetime(1970, 1, 1)
_INT_ARRAYS = {array.array(t).itemsize: t for t in "bhiq"}  # width in bytes -> array type code
_NONE = type(None)
_TEXTS = frozenset({str, _NONE})
_SCALAR_TYPES = frozenset({str, int, bool, _NONE})


def _planes(raw: bytes, width: int) -> bytes:
    return b"".join(raw[k::width] for k in range(width))


def _unplanes(planes: bytes, width: int) -> bytes:
    n = len(planes) // width
    raw = bytearray(len(planes))
    for k in range(width):
        raw[k::width] = planes[k * n:(k + 1) * n]
    return bytes(raw)


def _pack_ints(col) -> bytes | None:
    lo, hi = min(col), max(col)
    for width in (1, 2, 4, 8):
        limit = 1 << (8 * width - 1)
        if -limit <= lo and hi < limit:
            arr = array.array(_INT_ARRAYS[width], col)
            if sys.byteorder == "big":
                arr.byteswap()
            return _planes(arr.tobytes(), width)
    return None  # beyond 64 bits: sent as they are


def _unpack_ints(planes: Any, n: int) -> list[int]:
    if not isinstance(planes, bytes) or (n == 0 and planes) or (n and len(planes) % n):
        raise WireError(400, "malformed_body", "bad integer column")
    width = len(planes) // n if n else 1
    if width not in _INT_ARRAYS:
        raise WireError(400, "malformed_body", "bad integer width")
    arr = array.array(_INT_ARRAYS[width], _unplanes(planes, width))
    if sys.byteorder == "big":
        arr.byteswap()
    return arr.tolist()


def _pack_uuids(col) -> bytes | None:
    text = "".join(col)
    if len(text) != 36 * len(col) or not _UUID_RUN.fullmatch(text) or set(map(len, col)) != {36}:
        return None
    return _planes(bytes.fromhex(text.replace("-", "")), 16)


def _unpack_uuids(planes: Any, n: int) -> list[str]:
    if not isinstance(planes, bytes) or len(planes) != 16 * n:
        raise WireError(400, "malformed_body", "bad UUID column")
    h = _unplanes(planes, 16).hex() if n else ""
    return [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, len(h), 32)]


def _pack_times(col) -> list | None:
    text = "".join(col)
    if len(text) != 27 * len(col) or not _TIME_RUN.fullmatch(text) or set(map(len, col)) != {27}:
        return None
    seconds = []
    try:
        for v in col:
            d = datetime.fromisoformat(v[:19]) - _EPOCH
            seconds.append(d.days * 86400 + d.seconds)
    except ValueError:  # the right shape but not a date (month 13, a leap second)
        return None
    return [_pack_ints(seconds), _pack_ints([int(v[20:26]) for v in col])]


def _unpack_times(parts: Any, n: int) -> list[str]:
    if not isinstance(parts, list) or len(parts) != 2:
        raise WireError(400, "malformed_body", "bad time column")
    seconds, micros = _unpack_ints(parts[0], n), _unpack_ints(parts[1], n)
    if micros and not (0 <= min(micros) and max(micros) <= 999_999):
        raise WireError(400, "malformed_body", "bad time column")
    days: dict[int, str] = {}  # a batch's instants fall on few days: format each day once
    out = []
    try:
        for s, us in zip(seconds, micros):
            day, t = divmod(s, 86400)
            text = days.get(day)
            if text is None:
                text = days[day] = (_EPOCH + timedelta(days=day)).date().isoformat()
            h, t = divmod(t, 3600)
            out.append(f"{text}T{h:02d}:{t // 60:02d}:{t % 60:02d}.{us:06d}Z")
    except (OverflowError, ValueError) as exc:
        raise WireError(400, "malformed_body", "time out of range") from exc
    return out


def _pack_column(col: list, earlier: list, schema: int) -> Any:
    """A column as sent (see the codings above); earlier columns of its group may be repeated."""
    for i, other in enumerate(earlier):
        # Same values of the same types: [1] == [True] in Python, but a version must not come back a bool.
        if col == other and list(map(type, col)) == list(map(type, other)):
            return {"=": i}
    if not col:
        return list(col)
    types = set(map(type, col))
    if schema >= 4 and types <= _TEXTS:
        values = list(dict.fromkeys(col))
        if len(values) <= min(256, len(col) // 2):  # a few distinct values (one device id, a code)
            index = {v: i for i, v in enumerate(values)}
            return {"d": values, "x": bytes(map(index.__getitem__, col))}
    if types == {str}:
        packed = _pack_uuids(col)
        if packed is not None:
            return {"u": packed}
        if schema >= 4:
            times = _pack_times(col)
            if times is not None and None not in times:
                return {"t": times}
    if schema >= 4 and types == {int}:
        packed = _pack_ints(col)
        if packed is not None:
            return {"i": packed}
    return list(col)


_TAGS = {frozenset("="): "=", frozenset("u"): "u", frozenset("i"): "i", frozenset("t"): "t",
         frozenset("dx"): "d"}


def _unpack_column(col: Any, n: int, earlier: list[list], codings: frozenset) -> list:
    tag = _TAGS.get(frozenset(col)) if isinstance(col, dict) else None
    if isinstance(col, list):
        out = col
    elif tag in codings:
        if tag == "=":
            i = col["="]
            if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(earlier):
                raise WireError(400, "malformed_body", "bad column reference")
            out = earlier[i]
        elif tag == "u":
            out = _unpack_uuids(col["u"], n)
        elif tag == "i":
            out = _unpack_ints(col["i"], n)
        elif tag == "t":
            out = _unpack_times(col["t"], n)
        else:
            values, index = col.get("d"), col.get("x")
            if not isinstance(values, list) or not isinstance(index, bytes) or not set(map(type, values)) <= _TEXTS:
                raise WireError(400, "malformed_body", "bad dictionary column")
            try:
                out = list(map(values.__getitem__, index))
            except IndexError:
                raise WireError(400, "malformed_body", "bad dictionary index") from None
    else:
        raise WireError(400, "malformed_body", "bad column")
    if len(out) != n:
        raise WireError(400, "malformed_body", "ragged columns")
    return out


def _columns_of(req: PushRequest) -> dict:
    schema = req.schema
    ops = req.ops
    shapes: dict[tuple, int] = {}
    changed_sets: dict[tuple, int] = {}
    members: list[list[Op]] = []  # the ops of each shape
    shape_of, changed_of = [], []
    for o in ops:
        si = shapes.setdefault(tuple(o.payload), len(shapes))
        if si == len(members):
            members.append([])
        members[si].append(o)
        shape_of.append(si)
        changed_of.append(changed_sets.setdefault(tuple(o.changed_fields), len(changed_sets)))
    packed = []
    for si, keys in enumerate(shapes):
        payloads = [o.payload for o in members[si]]
        mine = [[o.record_id for o in members[si]]]  # index 0: the record ids, which every payload's "id" repeats
        out = []
        for key in keys:
            col = list(map(itemgetter(key), payloads))  # a column straight from the dicts, in C
            out.append(_pack_column(col, mine, schema))
            mine.append(col)
        packed.append(out)
    # Schema 3 servers read only the ids as packed columns; schema 4 packs every column.
    top = (lambda col: _pack_column(col, [], schema)) if schema >= 4 else list
    doc = {
        "schema": schema, "branch": req.branch,
        "audit": [msgspec.to_builtins(a) for a in req.audit],
        "op_id": _pack_column([o.op_id for o in ops], [], schema), "kind": top([o.kind for o in ops]),
        "record_id": _pack_column([o.record_id for o in ops], [], schema), "op": top([o.op for o in ops]),
        "base": top([o.base_version for o in ops]),
        "changed": top(changed_of), "changed_sets": [list(c) for c in changed_sets],
        "shape": top(shape_of), "shapes": [list(k) for k in shapes], "cols": packed,
    }
    if schema >= 4:
        doc["n"] = len(ops)  # every column may be packed, so the count goes along
    return doc


def _texts(col: list, what: str) -> list:
    if set(map(type, col)) - {str}:
        raise WireError(422, "invalid_body", f"{what}: expected text")
    if "\x00" in "".join(col):
        raise WireError(422, "invalid_value", "NUL character")
    return col


def _indexes(col: list, bound: int, what: str) -> list:
    if col and (set(map(type, col)) != {int} or min(col) < 0 or max(col) >= bound):
        raise WireError(400, "malformed_body", f"bad {what} index")
    return col


def _check_values(col: list) -> None:
    """A payload column holds only what JSON can (head office stores payloads as JSON): no bytes or
    MessagePack extensions, text keys, finite numbers, no NUL. Mostly scalars: checked by type at once."""
    types = set(map(type, col))
    if str in types:
        _texts([v for v in col if type(v) is str] if types != {str} else col, "payload")
    if types == {list}:  # lists of codes (the actions taken): their items checked by type at once
        items = list(chain.from_iterable(col))
        if set(map(type, items)) <= {str}:
            _texts(items, "payload")
            return
    for v in col if types - _SCALAR_TYPES else ():
        if type(v) not in _SCALAR_TYPES:
            _check_json_values(v)


def _request_of_columns(doc: dict, schema: int) -> PushRequest:
    """A column-wise push batch straight to the request it stands for, each column checked as a whole."""
    codings = _CODINGS.get(schema, _CODINGS[3])
    try:
        raw_ids = doc["op_id"]
        if schema >= 4:
            n = doc["n"]
        else:  # schema 3 had no count: its op ids are a list or 16 bytes each
            n = len(raw_ids) if isinstance(raw_ids, list) else len(raw_ids["u"]) // 16
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise WireError(400, "malformed_body", "bad count")
        if n > MAX_OPS:
            raise WireError(413, "batch_too_large", f"{n} > {MAX_OPS}")
        op_ids = _texts(_unpack_column(raw_ids, n, [], codings), "op_id")
        record_ids = _texts(_unpack_column(doc["record_id"], n, [], codings), "record_id")
        kinds = _texts(_unpack_column(doc["kind"], n, [], codings), "kind")
        op_names = _texts(_unpack_column(doc["op"], n, [], codings), "op")
        bases = _unpack_column(doc["base"], n, [], codings)
        if not set(map(type, bases)) <= {int, _NONE}:
            raise WireError(422, "invalid_body", "base_version: expected an integer or null")
        shapes, sets = doc["shapes"], doc["changed_sets"]
        if not isinstance(shapes, list) or not isinstance(sets, list) or not isinstance(doc["cols"], list) \
                or len(doc["cols"]) != len(shapes) \
                or any(not isinstance(k, list) or len(set(_texts(k, "field"))) != len(k) for k in shapes) \
                or any(not isinstance(c, list) for c in sets):
            raise WireError(400, "malformed_body", "shapes and columns differ")
        for c in sets:
            _texts(c, "changed_fields")
        changed = _indexes(_unpack_column(doc["changed"], n, [], codings), len(sets), "changed")
        shape_of = _indexes(_unpack_column(doc["shape"], n, [], codings), len(shapes), "shape")
        payloads = []
        for si, (keys, shape_cols) in enumerate(zip(shapes, doc["cols"])):
            if not isinstance(shape_cols, list) or len(shape_cols) != len(keys):
                raise WireError(400, "malformed_body", "shapes and columns differ")
            mine = [[rid for rid, sh in zip(record_ids, shape_of) if sh == si]]
            count = len(mine[0])
            for col in shape_cols:
                mine.append(_unpack_column(col, count, mine, codings))
                _check_values(mine[-1])
            payloads.append(iter([dict(zip(keys, row)) for row in zip(*mine[1:])] if keys else
                                 [{} for _ in range(count)]))
        ops = [Op(op_id, kind, rid, op, next(payloads[si]), base, sets[ci])
               for op_id, kind, rid, op, base, ci, si in
               zip(op_ids, kinds, record_ids, op_names, bases, changed, shape_of)]
        branch = doc["branch"]
        audit = msgspec.convert(doc.get("audit", []), list[AuditItem])
    except WireError:
        raise
    except msgspec.ValidationError as exc:
        raise WireError(422, "invalid_body", str(exc)[:160]) from exc
    except (KeyError, IndexError, TypeError, AttributeError, ValueError) as exc:
        raise WireError(400, "malformed_body", type(exc).__name__) from exc
    if not isinstance(branch, str):
        raise WireError(422, "invalid_body", "branch: expected text")
    for a in audit:
        _check_json_values(a.detail)
    if b"\\u0000" in msgspec.json.encode([branch, audit]):
        raise WireError(422, "invalid_value", "NUL character")
    return PushRequest(schema=schema, branch=branch, ops=ops, audit=audit)


class PreparedPush(PushRequest, dict=True):
    """A push request encoded ahead of sending: the device encodes its next batch while head office
    still works on the one before, and encode_push hands these bytes back instead of encoding again."""


def prepare_push(req: PushRequest, content_type: str = COLUMNS) -> PreparedPush:
    prepared = PreparedPush(schema=req.schema, branch=req.branch, ops=req.ops, audit=req.audit)
    prepared._encoded = (content_type, _encode_body(req, content_type))  # not a wire field: dict=True
    return prepared


def _encode_body(req: PushRequest, content_type: str) -> bytes:
    if content_type == COLUMNS:
        raw = msgspec.msgpack.encode(_columns_of(req))
    elif content_type == MSGPACK:
        raw = msgspec.msgpack.encode(req)
    else:
        raw = msgspec.json.encode(req)
    return compress(raw)


def encode_push(req: PushRequest, content_type: str = COLUMNS) -> tuple[bytes, dict[str, str]]:
    prepared = getattr(req, "_encoded", None)
    body = prepared[1] if prepared and prepared[0] == content_type else _encode_body(req, content_type)
    return body, {"Content-Type": content_type, "Content-Encoding": "zstd", "Accept": MSGPACK}


def _check_json_values(payload: Any) -> None:
    """Only JSON types (no bytes or MessagePack extensions), text keys, no NaN/Infinity, no NUL.
    A walk, not an encode: most values are scalars."""
    stack: list = [payload]
    while stack:
        obj = stack.pop()
        t = type(obj)
        if t is str:
            if "\x00" in obj:
                raise WireError(422, "invalid_value", "NUL character")
        elif t is dict:
            for k, v in obj.items():
                if type(k) is not str:
                    raise WireError(422, "invalid_value", "non-text key")
                stack.append(k)
                stack.append(v)
        elif t is list:
            stack.extend(obj)
        elif t is float:
            if not math.isfinite(obj):
                raise WireError(422, "invalid_value", "not a finite number")
        elif t not in _SCALAR_TYPES:
            raise WireError(422, "invalid_value", t.__name__)


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
        return _request_of_columns(doc, schema)
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
    """Bring an older request to the current schema: schema 2 sent no audit entries. (Schema 3 added
    them; schema 4 only added column codings, see above.)"""
    doc = dict(doc)
    if doc["schema"] < 3:
        doc.setdefault("audit", [])
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


class TokenResponse(msgspec.Struct):
    """A renewed device token (`POST /v1/token/refresh`) and when it expires."""

    token: str
    expires_at: str
