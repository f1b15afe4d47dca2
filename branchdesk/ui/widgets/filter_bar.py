"""What the filter bars above the record lists share: a search that waits for a pause in typing,
"show deleted" for those allowed to see them, "clear filters", and one signal with the new filter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QWidget

from branchdesk.domain.roles import Permission
from branchdesk.ui.context import AppContext

NO_DATE = QDate(2000, 1, 1)  # the earliest date a filter can name; shown as "any" (a date edit cannot be empty)
SEARCH_DELAY_MS = 250  # typing "张" then "某" should run one query, not two


def to_date(d: QDate) -> date | None:
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


class RecordFilterBar(QWidget):
    sig_filter_changed = Signal(object)
    """The person changed the search or a filter; carries the new domain filter."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)

    def _add_search(self, object_name: str, min_width: int) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName(object_name)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(min_width)
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def _add_deleted_and_clear(self, prefix: str) -> None:
        self.show_deleted = QCheckBox(self)
        self.show_deleted.setObjectName(f"{prefix}_show_deleted")
        self.show_deleted.setVisible(self.ctx.actor.can(Permission.SEE_DELETED))
        self.show_deleted.toggled.connect(self._emit)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName(f"{prefix}_clear_filters")
        self.clear_button.clicked.connect(self.clear)

    def include_deleted(self) -> bool:
        return self.ctx.actor.can(Permission.SEE_DELETED) and self.show_deleted.isChecked()

    def current_filter(self):
        raise NotImplementedError

    def _filter_widgets(self) -> tuple[QWidget, ...]:
        """The filters between the search and "show deleted"."""
        raise NotImplementedError

    def _reset_filters(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Back to no filter at all, with one query (not one for each filter put back)."""
        widgets = (self.search, *self._filter_widgets(), self.show_deleted)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self._reset_filters()
        self.show_deleted.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self._emit()

    def _emit(self, *_args) -> None:
        self._timer.stop()
        self.sig_filter_changed.emit(self.current_filter())

    def flush(self) -> None:
        """Apply a pending search at once (Enter in the search box, tests)."""
        if self._timer.isActive():
            self._emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.show_deleted.setText(self.tr("Show deleted"))
        self.clear_button.setText(self.tr("Clear filters"))
