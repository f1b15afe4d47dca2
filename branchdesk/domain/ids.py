"""Record identifiers: UUIDv7 primary keys and human reference numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

import uuid6

# Kind prefixes of human reference numbers, e.g. TS-310115-0007-2026-000123.
KIND_PREFIX = {
    "fraud": "TS",  # 涉诈拦截 (拦"截")
    "complaint": "TK",  # 投诉 ticket
    "education": "JY",  # 教育宣传
}

_REF_RE = re.compile(r"^(?P<kind>[A-Z]{2})-(?P<branch>[0-9A-Z]{2,12})-(?P<device>[0-9A-Z]{2,8})-(?P<year>\d{4})-(?P<counter>\d{6,})$")


def new_id() -> str:
    """A UUIDv7 made on the device: time-ordered, so inserts stay index-friendly."""
    return str(uuid6.uuid7())


@dataclass(frozen=True)
class ReferenceNo:
    kind: str
    branch_code: str
    device_code: str
    year: int
    counter: int

    def __str__(self) -> str:
        prefix = KIND_PREFIX.get(self.kind, self.kind)
        return f"{prefix}-{self.branch_code}-{self.device_code}-{self.year:04d}-{self.counter:06d}"

    @classmethod
    def parse(cls, text: str) -> "ReferenceNo":
        m = _REF_RE.match(text.strip())
        if not m:
            raise ValueError(f"not a reference number: {text!r}")
        kinds = {v: k for k, v in KIND_PREFIX.items()}
        return cls(
            kind=kinds.get(m["kind"], m["kind"]),
            branch_code=m["branch"],
            device_code=m["device"],
            year=int(m["year"]),
            counter=int(m["counter"]),
        )
