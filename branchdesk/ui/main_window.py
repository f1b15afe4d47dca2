"""The main window: a workspace per kind of work, a status bar for sync and pending changes."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from branchdesk.ui import i18n
from branchdesk.ui.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    title: str  # source text, translated in context "Workspaces"
    module: str  # exposes create(ctx, parent) -> QWidget


# Order of the navigation. A workspace whose module is not there yet is simply not shown.
WORKSPACES = (
    WorkspaceSpec("fraud", QT_TRANSLATE_NOOP("Workspaces", "Fraud interceptions"), "branchdesk.ui.fraud.workspace"),
    WorkspaceSpec("complaints", QT_TRANSLATE_NOOP("Workspaces", "Complaints"), "branchdesk.ui.complaints.workspace"),
    WorkspaceSpec("education", QT_TRANSLATE_NOOP("Workspaces", "Education events"), "branchdesk.ui.education.workspace"),
    WorkspaceSpec("reports", QT_TRANSLATE_NOOP("Workspaces", "Reports"), "branchdesk.ui.reports.workspace"),
    WorkspaceSpec("sync", QT_TRANSLATE_NOOP("Workspaces", "Sync"), "branchdesk.ui.sync.workspace"),
)


ROLE_TITLES = {
    "teller": QT_TRANSLATE_NOOP("Roles", "Teller"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
}

# Optional controllers that attach to the window after it is built (sync status, idle lock,
# deadline reminders). Each module has attach(window, ctx); a missing one is skipped.
EXTENSIONS = (
    "branchdesk.ui.sync.controller",
    "branchdesk.ui.security.controller",
    "branchdesk.ui.complaints.startup",
)


def attach_extensions(window: "MainWindow", ctx: AppContext) -> list[str]:
    attached = []
    for name in EXTENSIONS:
        try:
            if importlib.util.find_spec(name) is None:
                continue
        except ModuleNotFoundError:
            continue
        importlib.import_module(name).attach(window, ctx)
        attached.append(name)
    return attached


def _available(spec: WorkspaceSpec) -> bool:
    try:
        return importlib.util.find_spec(spec.module) is not None
    except ModuleNotFoundError:  # its package is not there at all
        return False


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self._stack = QStackedWidget(self)
        self.setCentralWidget(self._stack)
        self._pages: dict[str, QWidget] = {}
        self._specs = [s for s in WORKSPACES if _available(s)]

        self._nav = QToolBar(self)
        self._nav.setObjectName("navigation")
        self._nav.setMovable(False)
        self._nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self._nav)
        self._nav_group = QActionGroup(self)
        self._nav_actions: dict[str, QAction] = {}
        for i, spec in enumerate(self._specs, start=1):
            act = QAction(self)
            act.setCheckable(True)
            act.setShortcut(QKeySequence(f"Ctrl+{i}"))
            act.triggered.connect(lambda _=False, k=spec.key: self.show_workspace(k))
            self._nav_group.addAction(act)
            self._nav.addAction(act)
            self._nav_actions[spec.key] = act

        self._build_menus()
        self._status_sync = QLabel(self)
        self._status_pending = QLabel(self)
        self._status_user = QLabel(self)
        for w in (self._status_sync, self._status_pending):
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(self._status_user)
        ctx.signals.sig_records_changed.connect(self.refresh_pending)
        ctx.signals.sig_actor_changed.connect(self._retranslate)

        self._retranslate()
        self.refresh_pending()
        if self._specs:
            self.show_workspace(self._specs[0].key)

    # ------------------------------------------------------------------ workspaces
    def show_workspace(self, key: str) -> QWidget | None:
        spec = next((s for s in self._specs if s.key == key), None)
        if spec is None:
            return None
        page = self._pages.get(key)
        if page is None:
            module = importlib.import_module(spec.module)  # lazily: start-up imports only what it shows
            page = module.create(self.ctx, self._stack)
            page.setObjectName(f"workspace_{key}")
            self._pages[key] = page
            self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)
        self._nav_actions[key].setChecked(True)
        return page

    def workspace(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        self._menu_file = self.menuBar().addMenu("")
        self._act_settings = QAction(self)
        self._act_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self._act_settings.triggered.connect(self.open_settings)
        self._menu_file.addAction(self._act_settings)
        self._menu_file.addSeparator()
        self._act_quit = QAction(self)
        self._act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self._act_quit.triggered.connect(self.close)
        self._menu_file.addAction(self._act_quit)

        self._menu_view = self.menuBar().addMenu("")
        self._menu_lang = self._menu_view.addMenu("")
        group = QActionGroup(self)
        self._lang_actions = {}
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self)  # each language names itself: no translation
            act.setCheckable(True)
            act.setChecked(code == i18n.current_language())
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            self._menu_lang.addAction(act)
            self._lang_actions[code] = act

        self._menu_help = self.menuBar().addMenu("")
        self._act_about = QAction(self)
        self._act_about.triggered.connect(self._about)
        self._menu_help.addAction(self._act_about)

    def open_settings(self) -> None:
        from branchdesk.ui.settings.dialog import open_settings

        open_settings(self.ctx, self)

    def set_language(self, lang: str) -> None:
        i18n.set_language(lang)
        self._lang_actions[lang].setChecked(True)
        from branchdesk.store import settings

        with self.ctx.store.write() as s:
            settings.put(s, "language", lang)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from branchdesk import __version__

        QMessageBox.about(self, self.tr("About BranchDesk"),
                          self.tr("BranchDesk %1\nConsumer-protection desk for bank branches.").replace("%1", __version__))

    # ------------------------------------------------------------------ status bar
    def refresh_pending(self, *_args) -> None:
        if self.ctx.store_is_open or self.ctx.first_look is None:
            from branchdesk.store.changes import pending_count

            with self.ctx.store.read() as s:
                n = pending_count(s)
        else:  # painted before the store opened
            n = self.ctx.first_look.pending
        self._status_pending.setText(self.tr("Waiting to sync: %n change(s)", "", n))

    def set_sync_status(self, text: str) -> None:
        self._status_sync.setText(text)

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        ident = self.ctx.identity
        self.setWindowTitle(self.tr("BranchDesk — Consumer protection desk") + f" · {ident.branch_name} ({ident.branch_code})")
        for spec in self._specs:
            self._nav_actions[spec.key].setText(QCoreApplication.translate("Workspaces", spec.title))
        self._menu_file.setTitle(self.tr("&File"))
        self._act_quit.setText(self.tr("E&xit"))
        self._act_settings.setText(self.tr("&Settings…"))
        self._menu_view.setTitle(self.tr("&View"))
        self._menu_lang.setTitle(self.tr("&Language"))
        self._menu_help.setTitle(self.tr("&Help"))
        self._act_about.setText(self.tr("&About BranchDesk"))
        if not self._status_sync.text():
            self._status_sync.setText(self.tr("Not synced yet"))
        a = self.ctx.actor
        role = QCoreApplication.translate("Roles", ROLE_TITLES[a.role.value])
        self._status_user.setText(f"{a.display_name} · {role}")
        self.refresh_pending()


