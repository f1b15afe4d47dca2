"""Who wins when two sides changed the same record: the conflict policy, pure Python.

Head office runs `merge` for every operation it receives and for its own edits. The order in
which changes reach head office decides, never a device's clock:

- A field someone else changed after the version the device started from is a real conflict:
  the value already at head office stays, the incoming one goes to the conflict list (the
  person who made it is told on the next sync and can apply it again deliberately).
- Fields owned by head office (complaint assignment, supervision, final classification) are never
  taken from a device; fields in `forward` only move forward along their rank; `append` fields
  take the union.
- Identity fields (id, branch, device, creation) never change after creation, nor do a kind's
  `fixed` fields (what names an attachment's file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

IDENTITY = frozenset({"id", "ref_no", "branch_code", "device_id", "created_at", "created_by"})
BOOKKEEPING = frozenset({"updated_at", "updated_by", "version"})
HEADOFFICE = "headoffice"


@dataclass(frozen=True)
class KindPolicy:
    headoffice_fields: frozenset[str] = frozenset()
    forward: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # field -> value -> rank
    append: frozenset[str] = frozenset()
    create_only: bool = False  # append-only records (notes): later ops are ignored
    fixed: frozenset[str] = frozenset()  # like identity: set at creation, never changed after


def _complaint_policy() -> KindPolicy:
    from branchdesk.domain import complaints as dom

    return KindPolicy(
        headoffice_fields=frozenset(dom.HEADOFFICE_OWNED_FIELDS),
        forward={f: {str(k): v for k, v in dom.STATUS_RANK.items()} for f in dom.FORWARD_ONLY_FIELDS},
        append=frozenset({"events"}),  # the case's steps travel with it; append-only
    )


_POLICIES: dict[str, KindPolicy] = {
    "fraud": KindPolicy(),
    "education": KindPolicy(),
    "complaint_note": KindPolicy(create_only=True),
    # A file on a case: appended, then amended only in what describes it (its caption, its removal).
    # What names the file stays, so the sealed file head office keeps under that hash stays its file.
    "attachment": KindPolicy(fixed=frozenset({"record_kind", "record_id", "sha256", "size", "filename", "media_type",
                                              "consent", "added_at", "added_by"}),
                             append=frozenset({"events"})),
}
_LAZY = {"complaint": _complaint_policy}
KNOWN_KINDS = frozenset(_POLICIES) | frozenset(_LAZY)


def policy_for(kind: str) -> KindPolicy | None:
    if kind not in _POLICIES and kind in _LAZY:
        _POLICIES[kind] = _LAZY[kind]()
    return _POLICIES.get(kind)


@dataclass
class Conflict:
    field: str
    kept: Any
    lost: Any
    kept_by: str
    lost_by: str
    reason: str  # concurrent_edit | headoffice_owned | moved_backward


@dataclass
class Merge:
    payload: dict
    sources: dict[str, list]  # field -> [server_version, writer] of its last change
    applied: list[str]
    conflicts: list[Conflict]


def merge(policy: KindPolicy, current: dict, sources: dict[str, list], incoming: dict, changed: list[str],
          base_version: int | None, writer: str, next_version: int) -> Merge:
    """Fold `incoming` (whose author started from `base_version`) into `current`."""
    new = dict(current)
    new_sources = {k: list(v) for k, v in sources.items()}
    applied: list[str] = []
    conflicts: list[Conflict] = []
    fields = changed or [k for k in incoming if k not in IDENTITY | BOOKKEEPING and incoming.get(k) != current.get(k)]
    fields = list(fields) + [f for f in policy.append if f in incoming]  # appended lists ride along with any change
    base = base_version or 0
    for f in dict.fromkeys(fields):
        if f in IDENTITY or f in BOOKKEEPING or f in policy.fixed or f not in incoming:
            continue
        mine, theirs = incoming[f], current.get(f)
        if mine == theirs:
            continue
        if writer != HEADOFFICE and f in policy.headoffice_fields:
            conflicts.append(Conflict(f, theirs, mine, _by(new_sources, f), writer, "headoffice_owned"))
            continue
        if f in policy.append and isinstance(theirs, list) and isinstance(mine, list):
            new[f] = theirs + [x for x in mine if x not in theirs]
        elif f in policy.forward:
            rank = policy.forward[f]
            if rank.get(str(mine), -1) < rank.get(str(theirs), -1):
                conflicts.append(Conflict(f, theirs, mine, _by(new_sources, f), writer, "moved_backward"))
                continue
            new[f] = mine
        else:
            src = new_sources.get(f)
            if src and src[0] > base and src[1] != writer:
                conflicts.append(Conflict(f, theirs, mine, src[1], writer, "concurrent_edit"))
                continue
            new[f] = mine
        new_sources[f] = [next_version, writer]
        applied.append(f)
    if applied:
        for f in BOOKKEEPING:
            if f in incoming:
                new[f] = incoming[f]
    return Merge(new, new_sources, applied, conflicts)


def _by(sources: dict[str, list], f: str) -> str:
    src = sources.get(f)
    return src[1] if src else ""
