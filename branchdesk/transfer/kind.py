"""What the generic importer and exporter need to know about one kind of record."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable, Iterable

from sqlalchemy.orm import Session

from branchdesk.domain.reference import RefBook
from branchdesk.transfer.columns import Column


@dataclass
class Existing:
    """Identities already in the store, loaded once per import (inside its write transaction)."""

    ids: set[str] = field(default_factory=set)
    ref_nos: set[str] = field(default_factory=set)
    import_keys: set[str] = field(default_factory=set)


class TransferKind:
    """Subclass per kind of record and expose an instance as KIND in a module of transfer/kinds/.

    Column keys are the record's field names; `id_key` and `ref_key` name the identity columns
    an export writes so that a round trip keeps each record's identity.
    """

    name: str = ""  # as typed on the command line: fraud, complaint, education
    aliases: tuple[str, ...] = ()  # other accepted spellings (涉诈, interceptions...)
    title_zh_cn: str = ""
    title_en: str = ""
    columns: list[Column] = []
    id_key: str = "id"
    ref_key: str = ""

    # -- records
    def build(self, values: dict[str, Any]) -> Any:
        """A record from parsed cell values (missing columns absent from `values`)."""
        raise NotImplementedError

    def validate(self, record: Any, refs: RefBook) -> list[tuple[str, str]]:
        """(field, message code) for each problem; fields are column keys where possible."""
        raise NotImplementedError

    def values(self, record: Any) -> dict[str, Any]:
        return {c.key: getattr(record, c.key) for c in self.columns}

    def content_key(self, record: Any) -> str:
        """A hash of what the person entered, so a row without an id is imported once only."""
        content = {c.key: _plain(v) for c, v in zip(self.columns, self.values(record).values())
                   if c.key not in (self.id_key, self.ref_key)}
        body = json.dumps([self.name, content], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    # -- store
    def existing(self, session: Session) -> Existing:
        raise NotImplementedError

    def save(self, session: Session, record: Any, refs: RefBook, *, actor: str, import_key: str | None) -> None:
        """Create the record, keeping its id and reference number when given."""
        raise NotImplementedError

    def save_many(self, session: Session, items: list[tuple[Any, str | None]], refs: RefBook, *, actor: str,
                  progress: Callable[[int, int], None] | None = None) -> None:
        """Save (record, import_key) pairs; a kind with a bulk path overrides this."""
        from branchdesk.transfer.batch import Pinned

        pin = Pinned(session)
        for n, (record, key) in enumerate(items, start=1):
            self.save(session, record, refs, actor=actor, import_key=key)
            pin.after_create(self.counter_key(record))
            if progress and (n % 1000 == 0 or n == len(items)):
                progress(n, len(items))

    def counter_key(self, record: Any) -> tuple | None:
        """Which reference counter save() advances (kind, year), so a batch keeps it in memory."""
        return None

    def export_records(self, session: Session, *, date_from: date | None, date_to: date | None) -> Iterable[Any]:
        raise NotImplementedError

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)

    def title(self, lang: str) -> str:
        return self.title_en if lang.startswith("en") else self.title_zh_cn


def _plain(v: Any) -> Any:
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, datetime):
        return v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple):
        return sorted(v)
    return v
