"""Export any list, as filtered and sorted on screen, to an Excel workbook.

``export_model_to_xlsx(model, path, *, title, header_rows=(), unmask=False, progress=None) -> int``
writes every row of ``model`` (a QAbstractItemModel; a lazily paged model is read page by page
through its own ``data()``, models with ``canFetchMore`` are fetched to the end first), one column
per visible header section, and returns the number of rows written.

Personal data: a cell is exported as the screen shows it (DisplayRole), which is masked. Only
when ``unmask=True`` — the caller has checked ``Permission.UNMASK`` and audits it — is a model's
``UNMASKED_ROLE`` asked for, and used where the model gives one. Columns the model aligns to the
right are written as numbers so Excel can sum them.

``export_list(ctx, model, path, *, title, kind, lines=(), unmask=False) -> int`` is what an
"Export to Excel" button calls: it refuses ``unmask`` without Permission.UNMASK (ReportError
"export_unmask_not_permitted", whose message says why), writes the workbook with the branch, the
person, the time and the filter above the table, and writes an "export" entry to the audit log
(list kind, row count, whether unmasked; no personal data)::

    from branchdesk.ui.export_excel import export_list
    n = export_list(self.ctx, self.model, path, title=self.tr("Fraud interceptions"), kind="fraud",
                    lines=[self.filters.describe()])
"""

from __future__ import annotations

from typing import Callable, Iterator, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from branchdesk.reports import excel

# A model that can give the full, unmasked value of a cell answers this role (others ignore it).
UNMASKED_ROLE = int(Qt.ItemDataRole.UserRole) + 0x51


def _is_right_aligned(model: QAbstractItemModel, column: int) -> bool:
    align = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    if align is None and model.rowCount() > 0:
        align = model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole)
    try:
        return bool(int(align or 0) & int(Qt.AlignmentFlag.AlignRight))
    except (TypeError, ValueError):
        return False


def _rows(model: QAbstractItemModel, columns: Sequence[int], unmask: bool,
          progress: Callable[[int, int], bool] | None) -> Iterator[list]:
    root = QModelIndex()
    while model.canFetchMore(root):
        model.fetchMore(root)
    total = model.rowCount(root)
    for r in range(total):
        out = []
        for c in columns:
            idx = model.index(r, c, root)
            value = model.data(idx, UNMASKED_ROLE) if unmask else None
            if value is None:
                value = model.data(idx, Qt.ItemDataRole.DisplayRole)
            out.append("" if value is None else value)
        yield out
        if progress is not None and r % 200 == 0 and progress(r, total) is False:
            raise ExportCancelled()


class ExportCancelled(Exception):
    """The person pressed Cancel; no file was written."""


def export_model_to_xlsx(model: QAbstractItemModel, path, *, title: str, header_rows: Sequence[str] = (),
                         unmask: bool = False, columns: Sequence[int] | None = None,
                         progress: Callable[[int, int], bool] | None = None) -> int:
    """Write all rows of the model (not only those on screen); masked unless unmask. Returns the row count."""
    cols = list(columns) if columns is not None else list(range(model.columnCount()))
    header = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "") for c in cols]
    numbers = [i for i, c in enumerate(cols) if _is_right_aligned(model, c)]
    return excel.write_xlsx(path, title=title, header=header, rows=_rows(model, cols, unmask, progress),
                            header_rows=header_rows, number_columns=numbers)


def export_header_rows(ctx, *lines: str, masked: bool = True) -> list[str]:
    """The lines above the table: branch, who exported it and when, the filter, whether data is masked."""
    from branchdesk.domain.timeutil import local_now

    ident = ctx.identity
    rows = [f"{ident.branch_name}（机构号 {ident.branch_code}）",
            f"导出：{ctx.actor.display_name or ctx.actor.username}  {local_now():%Y-%m-%d %H:%M}", *lines]
    rows.append("客户个人信息已屏蔽" if masked else "含完整个人信息（经授权导出，已记入审计日志）")
    return rows


def export_list(ctx, model: QAbstractItemModel, path, *, title: str, kind: str, lines: Sequence[str] = (),
                unmask: bool = False, progress: Callable[[int, int], bool] | None = None) -> int:
    """Export a list as shown, check the unmask permission, and audit the export. Returns the row count."""
    from branchdesk.domain.roles import Permission
    from branchdesk.reports import catalog

    if unmask and not ctx.actor.can(Permission.UNMASK):
        raise catalog.ReportError("export_unmask_not_permitted")
    n = export_model_to_xlsx(model, path, title=title, header_rows=export_header_rows(ctx, *lines, masked=not unmask),
                             unmask=unmask, progress=progress)
    catalog.record_output(ctx.store, actor=ctx.actor.username, action="export", kind=f"{kind}-list", rows=n,
                          unmasked=unmask)
    return n


def ask_and_export(ctx, parent, model: QAbstractItemModel, *, title: str, kind: str,
                   lines: Sequence[str] = ()) -> int | None:
    """The "Export to Excel" button: ask where, export the list as shown, say how many rows went out.

    Returns the row count, or None when the person cancelled or the export was refused.
    """
    from datetime import date

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from branchdesk.reports import catalog

    title_text = QCoreApplication.translate("ExportExcel", "Export to Excel")
    suggested = f"{kind}-{date.today().isoformat()}.xlsx"
    path, _ = QFileDialog.getSaveFileName(parent, title_text, suggested,
                                          QCoreApplication.translate("ExportExcel", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    try:
        n = export_list(ctx, model, path, title=title, kind=kind, lines=lines)
    except catalog.ReportError as exc:
        QMessageBox.warning(parent, title_text, exc.message(ctx.lang))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, title_text,
                            QCoreApplication.translate("ExportExcel", "The file could not be written: %1").replace("%1", exc.strerror or str(exc)))
        return None
    QMessageBox.information(parent, title_text,
                            QCoreApplication.translate("ExportExcel", "%n row(s) exported.", "", n))
    return n
