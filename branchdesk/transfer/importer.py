"""All-or-nothing import of a table of records of one kind.

Every row is parsed and validated first. If any row is bad, nothing is written and every bad
cell is reported with its row number as Excel shows it (the header is row 1). Otherwise all rows
are written in one transaction through the kind's repository, so each record gets its outbox and
audit entries. Rows already present are skipped: by record id, by case number, or, for rows
without either, by a hash of their content stored with the record (`import_key`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from branchdesk.domain.reference import RefBook
from branchdesk.transfer import messages as _messages  # noqa: F401 - registers the message codes
from branchdesk.transfer.columns import CellError, Column, Context, normalise
from branchdesk.transfer.kind import TransferKind
from branchdesk.transfer.tabular import Table, is_blank, read_table


@dataclass(frozen=True)
class RowError:
    row: int  # as Excel numbers it: the header is row 1
    column: str  # the column's header name in the file (or the kind's label if not in the file)
    code: str  # message code (domain/messages)
    value: str = ""


class FileRejected(Exception):
    """The file as a whole cannot be imported (empty, wrong header, unreadable)."""

    def __init__(self, code: str, detail: str = "", **extra: str):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.extra = extra


class RowsRejected(Exception):
    def __init__(self, errors: list[RowError], rows: int):
        super().__init__(f"{len(errors)} problem(s) in {rows} row(s)")
        self.errors = errors
        self.rows = rows


@dataclass
class ImportResult:
    imported: int = 0
    skipped: int = 0
    rows: int = 0


@dataclass
class _Parsed:
    row: int
    record: Any
    import_key: str | None
    labels: dict[str, str] = field(default_factory=dict)


def map_header(table: Table, kind: TransferKind) -> dict[int, Column]:
    """Column position → spec. Raises FileRejected for an empty file or a header we do not know."""
    if not table.header:
        raise FileRejected("transfer.empty_file")
    by_name: dict[str, Column] = {}
    for col in kind.columns:
        for n in col.header_names():
            by_name.setdefault(n, col)
    mapping: dict[int, Column] = {}
    unknown: list[str] = []
    repeated: list[str] = []
    for i, name in enumerate(table.header):
        if not name.strip():
            continue
        col = by_name.get(normalise(name))
        if col is None:
            unknown.append(name)
        elif col in mapping.values():
            repeated.append(name)
        else:
            mapping[i] = col
    if unknown:
        raise FileRejected("transfer.unknown_columns", "、".join(unknown),
                           expected="、".join(c.label_zh_cn for c in kind.columns))
    if repeated:
        raise FileRejected("transfer.duplicate_columns", "、".join(repeated))
    missing = [c for c in kind.columns if c.required and c not in mapping.values()]
    if missing:
        raise FileRejected("transfer.missing_columns", "、".join(c.label_zh_cn for c in missing))
    return mapping


def parse_table(table: Table, kind: TransferKind, refs: RefBook, lang: str = "zh_CN"
                ) -> tuple[list[_Parsed], list[RowError]]:
    mapping = map_header(table, kind)
    ctx = Context(refs, lang)
    file_label = {col.key: table.header[i] for i, col in mapping.items()}
    parsed: list[_Parsed] = []
    errors: list[RowError] = []
    seen_ids: set[str] = set()
    seen_keys: set[str] = set()
    for number, cells in table.rows:
        if is_blank(cells):
            continue  # Excel leaves empty rows behind; they are not records
        values: dict[str, Any] = {}
        row_errors: list[RowError] = []
        for i, col in mapping.items():
            raw = cells[i] if i < len(cells) else None
            try:
                values[col.key] = col.parse(raw, ctx)
            except CellError as exc:
                row_errors.append(RowError(number, file_label[col.key], exc.code, _shown(raw)))
        if extra := [c for c in cells[len(table.header):] if not is_blank([c])]:
            row_errors.append(RowError(number, "", "transfer.cells_outside_header", _shown(extra[0])))
        # Validate even a row with unreadable cells, so the person sees all its problems at once;
        # a cell that did not parse is reported once, for the parse error.
        failed = {e.column for e in row_errors}
        record = kind.build(values)
        for fld, code in kind.validate(record, refs):
            col = kind.column(fld)
            label = file_label.get(fld) or (col.label(lang) if col else fld)
            if label not in failed:
                row_errors.append(RowError(number, label, code, _shown(values.get(fld))))
        if row_errors:
            errors.extend(_unique(row_errors))
            continue
        rid = values.get(kind.id_key) or ""
        key = None if rid or values.get(kind.ref_key) else kind.content_key(record)
        seen, ident = (seen_ids, rid) if rid else (seen_keys, key)
        if ident and ident in seen:
            errors.append(RowError(number, file_label.get(kind.id_key, ""), "duplicate_in_file", rid))
            continue
        if ident:
            seen.add(ident)
        parsed.append(_Parsed(number, record, key))
    return parsed, errors


def _unique(errs: list[RowError]) -> list[RowError]:
    out: list[RowError] = []
    for e in errs:
        if e not in out:
            out.append(e)
    return out


def _shown(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, tuple):
        return " ".join(map(str, v))
    s = str(v)
    return s if len(s) <= 40 else s[:39] + "…"


def import_table(store, table: Table, kind: TransferKind, refs: RefBook, *, actor: str, lang: str = "zh_CN",
                 progress: Callable[[int, int], None] | None = None) -> ImportResult:
    parsed, errors = parse_table(table, kind, refs, lang)
    if errors:
        raise RowsRejected(errors, len(table.rows))
    result = ImportResult(rows=len(parsed))
    ref_col = kind.column(kind.ref_key) if kind.ref_key else None
    file_label = {col.key: table.header[i] for i, col in map_header(table, kind).items()}
    with store.write() as session:
        # Inside the write transaction (BEGIN IMMEDIATE): nobody can add a record between our
        # check of what exists and our inserts.
        existing = kind.existing(session)
        to_write: list[_Parsed] = []
        for p in parsed:
            rid = getattr(p.record, kind.id_key, "") or ""
            ref = getattr(p.record, kind.ref_key, "") if kind.ref_key else ""
            if rid and rid in existing.ids:
                result.skipped += 1
            elif not rid and ref and ref in existing.ref_nos:
                result.skipped += 1
            elif ref and ref in existing.ref_nos:
                errors.append(RowError(p.row, file_label.get(kind.ref_key) or (ref_col.label(lang) if ref_col else ""),
                                       "case_no_taken", ref))
            elif p.import_key and p.import_key in existing.import_keys:
                result.skipped += 1
            else:
                to_write.append(p)
        if errors:
            raise RowsRejected(errors, len(table.rows))
        kind.save_many(session, [(p.record, p.import_key) for p in to_write], refs, actor=actor, progress=progress)
        result.imported = len(to_write)
    return result


def import_file(store, path: Path, kind: TransferKind, refs: RefBook, *, actor: str, lang: str = "zh_CN",
                progress: Callable[[int, int], None] | None = None) -> ImportResult:
    return import_table(store, read_table(path), kind, refs, actor=actor, lang=lang, progress=progress)
