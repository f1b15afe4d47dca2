"""A table model for long registers: the row count from one COUNT, the rows fetched in pages.

A register of 200,000 records must open at once and scroll smoothly. The model therefore never
holds all rows: it asks its subclass for the number of rows and for single pages (``PAGE_SIZE``
rows at an offset) as the view paints them, and keeps a few recently used pages in memory.
Sorting is done by the database (the subclass passes the sort key to its ORDER BY), so a header
click costs one page read, not a sort of every row in Python.

Subclasses set ``COLUMNS`` and ``TR_CONTEXT`` and implement ``_count``, ``_fetch`` and ``cell``::

    class ComplaintListModel(PagedTableModel):
        TR_CONTEXT = "ComplaintListModel"
        COLUMNS = (Column("ref_no", QT_TRANSLATE_NOOP("ComplaintListModel", "Ticket"), sort_key="ref_no"), ...)

        def _count(self) -> int: ...                      # SELECT count(*) ... WHERE <filter>
        def _fetch(self, offset, limit) -> list[tuple]:   # ... ORDER BY self.sort_key LIMIT/OFFSET
        def cell(self, row, column, role): ...           # what one cell shows

Call ``refresh()`` when the filter, the data or the language changes.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    """One column of a register.

    key: stable name (used by ``cell`` and in saved view state).
    title: English source text, translated in the model's ``TR_CONTEXT`` (mark it with QT_TRANSLATE_NOOP).
    sort_key: what the query sorts by when the header is clicked; None = not sortable.
    align: text alignment of the cells (amounts are right-aligned).
    width: a sensible starting width in pixels (0 = let the view decide).
    """

    key: str
    title: str
    sort_key: str | None = None
    align: Qt.AlignmentFlag = ALIGN_LEFT
    width: int = 0


class PagedTableModel(QAbstractTableModel):
    """Base of lazily paged, database-sorted registers (see the module docstring)."""

    PAGE_SIZE = 200
    CACHE_PAGES = 12  # about 2,400 rows in memory at most
    COLUMNS: tuple[Column, ...] = ()
    TR_CONTEXT = "PagedTableModel"
    DEFAULT_SORT: tuple[str, bool] = ("", True)  # (sort_key, descending)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._count_cache: int | None = None
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.sort_key, self.descending = self.DEFAULT_SORT

    # ------------------------------------------------------------------ for subclasses
    def _count(self) -> int:
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int) -> list[tuple]:
        raise NotImplementedError

    def cell(self, row: tuple, column: Column, role: int) -> Any:
        """The value of one cell for one role; None when the role does not apply."""
        raise NotImplementedError

    # ------------------------------------------------------------------ public
    def refresh(self, known_count: int | None = None, first_page: list[tuple] | None = None) -> None:
        """Forget the count and every cached page; the view reads again what it shows.

        known_count: the caller already counted the rows (e.g. with its totals query), so the
        model does not scan the table a second time. first_page: the caller already read the
        first page too (start-up does, before the store opens).
        """
        self.beginResetModel()
        self._count_cache = known_count
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page
        self.endResetModel()

    def row_at(self, row: int) -> tuple | None:
        """The plain row tuple shown at `row` (None if out of range or gone since the count)."""
        if row < 0 or row >= self.rowCount():
            return None
        page_no, pos = divmod(row, self.PAGE_SIZE)
        page = self._page(page_no)
        return page[pos] if pos < len(page) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.COLUMNS) if c.key == key)

    def cached_pages(self) -> int:
        return len(self._pages)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        if self._count_cache is None:
            self._count_cache = self._count()
        return self._count_cache

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        col = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # Translated on every call, so a language switch only needs headerDataChanged.
            return QCoreApplication.translate(self.TR_CONTEXT, col.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.COLUMNS[index.column()].align)
        row = self.row_at(index.row())
        if row is None:
            return None
        return self.cell(row, self.COLUMNS[index.column()], role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS) or self.COLUMNS[column].sort_key is None:
            return
        key = self.COLUMNS[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        # A reset, not a layout change: the rows behind every position change, and a selection
        # kept by position would point at another record.
        self.beginResetModel()
        self.sort_key, self.descending = key, descending
        self._pages.clear()
        self.endResetModel()

    def retranslate(self) -> None:
        """Header texts and coded labels follow the current language."""
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.COLUMNS) - 1))

    # ------------------------------------------------------------------ cache
    def _page(self, page_no: int) -> list[tuple]:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        page = self._fetch(page_no * self.PAGE_SIZE, self.PAGE_SIZE)
        self._pages[page_no] = page
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        return page
