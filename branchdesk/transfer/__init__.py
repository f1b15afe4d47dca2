"""Tabular import and export (CSV, XLSX) shared by every kind of record.

- `tabular`: reading and writing rows of cells (CSV in any Chinese Excel encoding, XLSX).
- `columns`: a column spec per field, each with its parse and format functions.
- `kinds/`: one module per kind of record exposing `KIND` (a `TransferKind`); discovered by
  `registry.kinds()`, so complaints and education add their own module without touching this one.
- `importer` / `exporter`: the generic all-or-nothing import and the export.
"""
