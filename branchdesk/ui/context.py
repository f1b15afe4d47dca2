"""What a workspace needs from the application, passed narrowly instead of a god object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from branchdesk.domain.device import DeviceIdentity
from branchdesk.domain.reference import RefBook
from branchdesk.domain.roles import Actor
from branchdesk.ui import i18n

if TYPE_CHECKING:  # the store module loads SQLAlchemy, which the first paint does without
    from branchdesk.store.db import Store
    from branchdesk.store.first_look import FirstLook


class AppSignals(QObject):
    sig_records_changed = Signal(str)
    """A record of this kind ('fraud', 'complaint', ...) was created, amended or deleted."""
    sig_reference_changed = Signal()
    """Reference codes or the holiday calendar changed (e.g. after a sync)."""
    sig_actor_changed = Signal()
    """Someone else signed in (roles may differ)."""
    sig_store_opened = Signal()
    """The store opened after the window was painted from a first look."""


class AppContext:
    """store: the open Store, or a function that opens it, called on first use.

    first_look: what the first paint shows, read before the store was opened (None when the store
    was open from the start); a workspace built before the store uses it instead of querying.
    """

    def __init__(self, store: Store | Callable[[], Store], identity: DeviceIdentity, actor: Actor, refs: RefBook,
                 first_look: FirstLook | None = None):
        self._store: Store | None = None if callable(store) else store
        self._open_store = store if callable(store) else None
        self.identity = identity
        self.actor = actor
        self.refs = refs
        self.first_look = first_look
        self.signals = AppSignals()

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = self._open_store()
            self.signals.sig_store_opened.emit()
        return self._store

    @property
    def store_is_open(self) -> bool:
        return self._store is not None

    @property
    def lang(self) -> str:
        return i18n.current_language()

    def label(self, category: str, code: str | None) -> str:
        return self.refs.label(category, code, self.lang)

    def reload_refs(self) -> None:
        from branchdesk.store.reference import load_refbook

        with self.store.read() as s:
            self.refs = load_refbook(s)
        self.signals.sig_reference_changed.emit()
