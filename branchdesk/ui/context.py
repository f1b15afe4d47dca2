"""What a workspace needs from the application, passed narrowly instead of a god object."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from branchdesk.domain.reference import RefBook
from branchdesk.domain.roles import Actor
from branchdesk.store.db import Store
from branchdesk.store.settings import DeviceIdentity
from branchdesk.ui import i18n


class AppSignals(QObject):
    sig_records_changed = Signal(str)
    """A record of this kind ('fraud', 'complaint', ...) was created, amended or deleted."""
    sig_reference_changed = Signal()
    """Reference codes or the holiday calendar changed (e.g. after a sync)."""
    sig_actor_changed = Signal()
    """Someone else signed in (roles may differ)."""


@dataclass
class AppContext:
    store: Store
    identity: DeviceIdentity
    actor: Actor
    refs: RefBook
    signals: AppSignals = field(default_factory=AppSignals)

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
