"""Background sync for the window: every few minutes while head office answers, and on demand.

The sync runs in a QThreadPool task; it reports through signals only, so no widget is touched off
the GUI thread. The status bar shows the last sync, the pending count and any error, and a
progress bar while a long sync runs. Attachment files set aside are an error it keeps showing
until they are sent again, not only after the sync that set them aside.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressBar

log = logging.getLogger(__name__)

INTERVAL_OK_S = int(os.environ.get("BRANCHDESK_SYNC_INTERVAL", "300"))  # every 5 minutes when it works
INTERVAL_FAIL_S = 60  # retry sooner after a failure, but never hammer an absent server


class _Signals(QObject):
    progress = Signal(str, int, int)
    finished = Signal(object)  # SyncSummary


class _SyncTask(QRunnable):
    def __init__(self, store, signals: _Signals):
        super().__init__()
        self.store = store
        self.signals = signals

    def run(self) -> None:  # worker thread: no widgets here
        from branchdesk.security.secrets import KeyringUnavailable
        from branchdesk.sync.engine import SyncSummary, sync_once

        try:
            summary = sync_once(self.store, progress=lambda p, d, t: self.signals.progress.emit(p, d, t))
        except KeyringUnavailable:
            summary = SyncSummary(error="keyring_unavailable")
        except Exception as exc:  # never let a worker die silently
            log.exception("sync failed")
            summary = SyncSummary(error="internal", error_detail=type(exc).__name__)
        self.signals.finished.emit(summary)


class SyncController(QObject):
    sig_started = Signal()
    sig_finished = Signal(object)

    def __init__(self, window, ctx):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.running = False
        self.last_summary = None
        self._outcome = ""  # the last sync's outcome in the status bar, before the note on set-aside files
        self.pool = QThreadPool.globalInstance()
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self.progress_bar = QProgressBar(window)
        self.progress_bar.setObjectName("syncProgress")
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setVisible(False)
        window.statusBar().addPermanentWidget(self.progress_bar)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        ctx.signals.sig_records_changed.connect(self._on_records_changed)
        self._show_last()
        if self.enrolled():
            self.timer.start(5_000)  # a first sync soon after start-up, not during it

    def tr(self, text: str) -> str:  # noqa: D401 - context "SyncController"
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SyncController", text)

    def enrolled(self) -> bool:
        from branchdesk.store import sync_repo

        with self.ctx.store.read() as s:
            return bool(sync_repo.get_state(s, sync_repo.SERVER_URL))

    @Slot()
    def sync_now(self) -> bool:
        """Start a sync unless one is running. Returns whether one was started."""
        if self.running:
            return False
        if not self.enrolled():
            self.window.set_sync_status(self.tr("Not enrolled with head office"))
            return False
        self.running = True
        self.timer.stop()
        self.window.set_sync_status(self.tr("Syncing…"))
        self.sig_started.emit()
        self.pool.start(_SyncTask(self.ctx.store, self._signals))
        return True

    @Slot(str, int, int)
    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if total > 1:
            self.progress_bar.setVisible(True)
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
            self.progress_bar.setFormat((self.tr("Sending %v/%m") if phase == "push" else self.tr("Receiving %v/%m")))

    @Slot(object)
    def _on_finished(self, summary) -> None:
        self.running = False
        self.last_summary = summary
        self.progress_bar.setVisible(False)
        self._show(self.describe(summary))
        self.window.refresh_pending()
        if summary.pulled or summary.applied or summary.conflicts:
            for kind in ("fraud", "complaint", "education"):
                self.ctx.signals.sig_records_changed.emit(kind)
        if summary.reference or summary.holidays:
            self.ctx.reload_refs()
        self.timer.start((INTERVAL_FAIL_S if summary.error else INTERVAL_OK_S) * 1000)
        self.sig_finished.emit(summary)

    def describe(self, summary) -> str:
        from branchdesk.domain.timeutil import LOCAL_TZ
        from branchdesk.store.types import utcnow
        from branchdesk.sync import messages

        when = utcnow().astimezone(LOCAL_TZ).strftime("%H:%M")
        if summary.error:
            reason = messages.describe(summary.error, summary.error_detail, self.ctx.lang)
            return self.tr("Sync failed at %1: %2").replace("%1", when).replace("%2", reason)
        text = self.tr("Last sync %1").replace("%1", when)
        if summary.conflicts:
            text += " · " + self.tr("conflicts: %1").replace("%1", str(summary.conflicts))
        if summary.rejected:
            text += " · " + self.tr("set aside: %1").replace("%1", str(summary.rejected))
        return text

    def _show(self, outcome: str) -> None:
        from branchdesk.store import attachment_transfers

        self._outcome = outcome
        with self.ctx.store.read() as s:
            n = attachment_transfers.count_set_aside(s)
        note = self.tr("Error: attachment files set aside: %1 (see Sync)").replace("%1", str(n)) if n else ""
        self.window.set_sync_status(" · ".join(t for t in (outcome, note) if t))

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if kind == "sync" and self._outcome and not self.running:  # e.g. files sent again
            self._show(self._outcome)

    def _show_last(self) -> None:
        from branchdesk.store import sync_repo

        from branchdesk.domain.timeutil import LOCAL_TZ
        from branchdesk.store.types import UTCDateTime

        with self.ctx.store.read() as s:
            last_ok = sync_repo.get_state(s, sync_repo.LAST_OK_AT)
            last_run = sync_repo.get_state(s, sync_repo.LAST_SYNC_AT)

        def when(text: str) -> str:
            return UTCDateTime().process_result_value(text, None).astimezone(LOCAL_TZ).strftime("%m-%d %H:%M")

        if last_ok:
            self._show(self.tr("Last sync %1").replace("%1", when(last_ok)))
        elif last_run:  # synced, but never all of it: say so rather than "not synced yet"
            self._show(self.tr("Last sync %1 did not finish").replace("%1", when(last_run)))


def attach(window, ctx) -> SyncController:
    controller = SyncController(window, ctx)
    window.sync_controller = controller
    ctx.sync_controller = controller  # the Sync workspace finds it here
    return controller


