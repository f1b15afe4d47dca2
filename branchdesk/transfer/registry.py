"""The kinds of record that can be imported and exported, found in transfer/kinds/.

Each module there exposes `KIND`, a `TransferKind`. Complaints and education add their own
module; nothing here needs editing.
"""

from __future__ import annotations

import importlib
import pkgutil

from branchdesk.transfer.columns import normalise
from branchdesk.transfer.kind import TransferKind


def kinds() -> dict[str, TransferKind]:
    from branchdesk.transfer import kinds as package

    found: dict[str, TransferKind] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        kind = getattr(module, "KIND", None)
        if isinstance(kind, TransferKind):
            found[kind.name] = kind
    return found


def find(name: str) -> TransferKind | None:
    wanted = normalise(name)
    for kind in kinds().values():
        if wanted in {normalise(n) for n in (kind.name, kind.title_zh_cn, kind.title_en, *kind.aliases)}:
            return kind
    return None
