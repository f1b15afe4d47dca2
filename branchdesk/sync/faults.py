"""Fault injection for the sync tests: kill this very process at a named point.

BRANCHDESK_FAULT names one or more points (comma-separated), each optionally with the hit on
which to fire: ``client.push.after_response@2`` kills on the second time that point is reached.
Unset (always, outside the fault tests) a checkpoint costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_hits: dict[str, int] = {}


def _armed() -> dict[str, int]:
    spec = os.environ.get("BRANCHDESK_FAULT", "")
    points: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, _, nth = part.partition("@")
        points[name] = int(nth) if nth.isdigit() else 1
    return points


def checkpoint(name: str) -> None:
    if "BRANCHDESK_FAULT" not in os.environ:
        return
    nth = _armed().get(name)
    if nth is None:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] == nth:
        os.kill(os.getpid(), signal.SIGKILL)
