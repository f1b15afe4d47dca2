"""Start-up of the window program: Qt application, font, language, store, main window."""

from __future__ import annotations

import argparse
import os
import importlib.util
import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from branchdesk import APP_NAME, __version__
from branchdesk.paths import data_dir, log_dir
from branchdesk.paths import DB_FILENAME

log = logging.getLogger(__name__)
EXTENSIONS_DELAY_MS = 50


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="branchdesk", description="BranchDesk consumer-protection desk")
    p.add_argument("--data-dir", help="folder for the database, backups and logs (default: the user data folder)")
    p.add_argument("--demo", action="store_true", help="fill demo records on first start (when the register is empty)")
    p.add_argument("--demo-records", type=int, default=600, help="how many demo interceptions --demo makes")
    p.add_argument("--lang", choices=["zh_CN", "zh_TW", "en"], help="interface language for this run")
    p.add_argument("--quit-after", type=float, default=None, help=argparse.SUPPRESS)  # benchmarks and bundle tests
    p.add_argument("--screenshot", default=None, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def default_actor(store):
    """Who works at this device until sign-in is set up."""
    from branchdesk.domain.roles import Actor, Role
    from branchdesk.store import settings

    with store.read() as s:
        username = settings.get(s, "last_user", "manager")
    return Actor(username, "网点经理" if username == "manager" else username, Role.MANAGER)


def build_context(store, actor=None):
    from branchdesk.store import settings
    from branchdesk.store.reference import load_refbook
    from branchdesk.ui.context import AppContext

    with store.read() as s:
        refs = load_refbook(s)
        ident = settings.identity(s)
    return AppContext(store=store, identity=ident, actor=actor or default_actor(store), refs=refs)


def first_look_for(args: argparse.Namespace, path):
    """The first look the first window may paint from, or None when the store must open first.

    Importing SQLAlchemy and opening the store is most of a start's time, and the first window
    does not need it: an unattended start on a folder with no staff accounts (benchmarks, bundle
    checks) paints the main window from the first look, and a person's start on a folder that is
    set up with staff accounts paints the sign-in dialog (only the last user's name is needed).
    The store then opens just after that first paint. Demo starts, folders not set up yet and
    anything the plain read cannot vouch for open the store first.
    """
    if args.demo:
        return None
    from branchdesk.store.first_look import read_first_look
    from branchdesk.ui.widgets.paged_table_model import PagedTableModel

    look = read_first_look(path, PagedTableModel.PAGE_SIZE)
    if look is None:
        return None
    if args.quit_after is not None:
        return None if look.accounts else look
    return look if look.accounts and look.setting("setup_done") is not None else None


class _OpenOnce:
    """Opens the store on the first call (start-up paints before it); remembers a failure."""

    def __init__(self, open_store):
        self._open = open_store
        self.store = None
        self.failed = False

    def __call__(self):
        if self.store is None:
            try:
                self.store = self._open()
            except Exception:
                self.failed = True
                raise
        return self.store


def context_from_first_look(look, open_store):
    """The context of an unattended start painted from a first look; the store opens on first use."""
    from branchdesk.domain.device import DeviceIdentity
    from branchdesk.domain.roles import unattended_actor
    from branchdesk.ui.context import AppContext

    ident = DeviceIdentity.from_settings(look.setting)
    return AppContext(store=open_store, identity=ident, actor=unattended_actor(), refs=look.refs, first_look=look)


def _prepare(store, args):
    """Demo data, first-run wizard and sign-in on the open store; the context, or None if the person gave up."""
    if args.demo:
        from branchdesk import demo

        demo.fill_if_empty(store, records=args.demo_records)

    if args.quit_after is None:
        # A folder nobody has set up yet: branch, head office, first administrator.
        from branchdesk.ui.firstrun.wizard import needs_first_run, run_first_run

        if needs_first_run(store) and not run_first_run(store):
            return None

    actor = None
    if importlib.util.find_spec("branchdesk.ui.security.signin") is not None:
        # Sign-in decides who works here; None means the person gave up.
        from branchdesk.ui.security import signin

        actor = signin.obtain_actor(store, demo=args.demo, unattended=args.quit_after is not None)
        if actor is None:
            return None
    return build_context(store, actor)


def _use_saved_language(saved: str | None) -> None:
    from branchdesk.ui import i18n

    if saved and saved != i18n.current_language():
        i18n.set_language(saved)


def _print_mark(name: str) -> None:
    """Start-up benchmark marks on stdout, with the wall-clock time (BRANCHDESK_PRINT_READY=1)."""
    if os.environ.get("BRANCHDESK_PRINT_READY"):
        import time

        print(f"{name} {time.time():.6f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    folder = data_dir(args.data_dir)
    from branchdesk.logging_setup import setup_logging

    setup_logging(log_dir(folder))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from branchdesk.ui import errors, fonts, i18n

    fonts.load_bundled_font(app)
    from PySide6.QtGui import QIcon

    from branchdesk.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "branchdesk-256.png")))
    errors.install_excepthook()
    i18n.set_language(args.lang or i18n.DEFAULT_LANGUAGE)

    from branchdesk.store.errors import StoreError

    path = folder / DB_FILENAME

    def open_or_explain():
        from branchdesk.store.db import open_store

        try:
            return open_store(path)
        except StoreError as exc:
            log.error("cannot open database: %s", exc.code)
            errors.show_error(None, QCoreApplication.translate("StoreError", "BranchDesk cannot start"),
                              errors.store_error_text(exc.code), str(path))
            raise

    look = first_look_for(args, path)
    if look is None:
        try:
            store = open_or_explain()
        except StoreError:
            return 2
        if not args.lang:
            from branchdesk.store import settings

            with store.read() as s:
                _use_saved_language(settings.get(s, "language"))
        ctx = _prepare(store, args)
        if ctx is None:
            store.close()
            return 1
    else:
        if not args.lang:
            _use_saved_language(look.setting("language"))
        if look.accounts:  # a person signs in first; the store opens while they type
            from branchdesk.ui.security import signin

            opener = _OpenOnce(open_or_explain)
            actor = signin.sign_in_while_opening(opener, look.setting("last_user", "") or "")
            if opener.failed:
                return 2
            if actor is None:
                if opener.store is not None:
                    opener.store.close()
                return 1
            ctx = build_context(opener.store, actor)
        else:
            ctx = context_from_first_look(look, open_or_explain)

    from branchdesk.ui.main_window import MainWindow, attach_extensions
    from branchdesk.ui.widgets.first_paint import after_first_paint

    window = MainWindow(ctx)
    window.show()
    state = {"code": 0, "settled": False, "quit_when_settled": False}

    def settle():
        # Just after the first paint: the store (when the window was painted from a first look),
        # then reminders, sync and idle lock. The first paint never waits for them.
        try:
            ctx.store
        except StoreError:
            state["code"] = 2
            app.quit()
            return
        QTimer.singleShot(EXTENSIONS_DELAY_MS, attach)

    def attach():
        attach_extensions(window, ctx)
        state["settled"] = True
        _print_mark("SETTLED")  # the store is open and every extension attached
        if state["quit_when_settled"]:
            app.quit()

    after_first_paint(window, settle)
    if args.screenshot or args.quit_after is not None:
        def finish():
            shot = window.grab()  # renders the whole window, so a timed start includes its first paint
            _print_mark("READY")  # start-up benchmark: the window is shown with its data
            if args.screenshot:
                shot.save(args.screenshot)
            if state["settled"]:
                app.quit()
            else:  # a timed run ends with the store open, so its whole-process time includes that
                state["quit_when_settled"] = True

        QTimer.singleShot(int((0.5 if args.quit_after is None else args.quit_after) * 1000), finish)
    code = app.exec()
    if ctx.store_is_open:
        ctx.store.close()
    return state["code"] or code
