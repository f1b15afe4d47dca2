"""Writing many records through the repositories in one transaction, at full speed.

The repositories look up the device identity (settings rows) and the reference counter for
every record they create. SQLAlchemy's identity map holds rows only weakly, so without a strong
reference each lookup goes back to the database: that doubled the cost of a large import.
`Pinned` keeps those few rows referenced for the length of the transaction, so the lookups are
served from memory. Nothing else changes: every record still gets its row, outbox and audit
entries through the repository's own create().
"""

from __future__ import annotations

from typing import Hashable

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.store.models import AppSetting, RefCounter


class Pinned:
    def __init__(self, session: Session):
        self._session = session
        self._held: list = []
        self._seen: set[Hashable] = set()
        self.refresh()

    def refresh(self) -> None:
        s = self._session
        self._held = list(s.scalars(select(AppSetting))) + list(s.scalars(select(RefCounter)))

    def after_create(self, counter_key: Hashable) -> None:
        """Call after each create with (kind, year): a counter made by that create is pinned too."""
        if counter_key not in self._seen:
            self._seen.add(counter_key)
            self.refresh()
