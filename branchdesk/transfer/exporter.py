"""Export a kind's records, and an empty template, as CSV or XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from branchdesk.domain.reference import RefBook
from branchdesk.transfer.columns import Context
from branchdesk.transfer.kind import TransferKind
from branchdesk.transfer.tabular import write_table


def header(kind: TransferKind, lang: str) -> list[str]:
    return [c.label(lang) for c in kind.columns]


def export_file(store, path: Path, kind: TransferKind, refs: RefBook, *, lang: str = "zh_CN",
                date_from: date | None = None, date_to: date | None = None) -> int:
    """Write the records (dates: local calendar days, inclusive); returns how many rows."""
    ctx = Context(refs, lang)
    cols = kind.columns
    with store.read() as session:
        rows = ([c.format(v, ctx) for c, v in zip(cols, kind.values(rec).values())]
                for rec in kind.export_records(session, date_from=date_from, date_to=date_to))
        return write_table(path, header(kind, lang), rows, [c.style for c in cols], kind.title(lang)[:31])


def write_template(path: Path, kind: TransferKind, *, lang: str = "zh_CN") -> None:
    """Just the header row: what a person fills in to import records made elsewhere."""
    write_table(path, header(kind, lang), [], [c.style for c in kind.columns], kind.title(lang)[:31])
