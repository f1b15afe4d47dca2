"""Demo data: a believable year of a branch's work, for trials, screenshots and benchmarks.

`fill(store, records, seed)` runs every generator in branchdesk/demodata/ (each module exposes
`fill(store, rng, count, today)`), so complaints and education add theirs without touching this
file. The same seed gives the same records (ids and reference numbers aside, which are the
device's own).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import zlib
from datetime import date
from typing import Any, Callable, Hashable, Iterable

from sqlalchemy import func, select

DEFAULT_SEED = 20261124
BATCH = 10_000  # records per transaction: big enough to be fast, small enough not to hold the lock long


def generator_modules() -> list[Any]:
    from branchdesk import demodata

    found = []
    for info in sorted(pkgutil.iter_modules(demodata.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{demodata.__name__}.{info.name}")
        if callable(getattr(module, "fill", None)):
            found.append(module)
    return found


def fill(store, records: int = 600, seed: int = DEFAULT_SEED, *, today: date | None = None) -> dict[str, int]:
    """Run every generator; returns {generator name: records made}."""
    from branchdesk.domain.timeutil import local_now

    today = today or local_now().date()
    made: dict[str, int] = {}
    for module in generator_modules():
        name = module.__name__.rsplit(".", 1)[-1]
        # Each generator draws from its own stream, so adding one never changes another's output.
        rng = random.Random(zlib.crc32(f"{seed}:{name}".encode()))
        made[name] = module.fill(store, rng, records, today)
    return made


def is_empty(store) -> bool:
    """No records of any kind: nothing in the fraud register and no change ever queued."""
    from branchdesk.store.models import FraudInterceptionRow, OutboxEntry

    with store.read() as s:
        fraud_rows = s.execute(select(func.count()).select_from(FraudInterceptionRow)).scalar()
        changes = s.execute(select(func.count()).select_from(OutboxEntry)).scalar()
    return not fraud_rows and not changes


def fill_if_empty(store, records: int = 600, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """The window's --demo: fill a new data folder, leave one with real work alone."""
    if not is_empty(store):
        return {}
    return fill(store, records, seed)


def save_in_batches(store, items: Iterable[Any], save: Callable[[Any, Any], Hashable], batch: int = BATCH) -> int:
    """Save items through `save(session, item)` in transactions of `batch` items.

    `save` goes through a repository's create() (row, outbox and audit entries together) and
    returns the reference counter it advanced, e.g. ("fraud", 2026), so that counter stays in
    memory for the rest of the batch (see transfer/batch.py).
    """
    from branchdesk.transfer.batch import Pinned

    items = list(items)
    for start in range(0, len(items), batch):
        with store.write() as session:
            pin = Pinned(session)
            for item in items[start:start + batch]:
                pin.after_create(save(session, item))
    return len(items)
