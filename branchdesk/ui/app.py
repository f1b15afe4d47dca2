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

    from branchdesk.store.db import StoreError, open_store

    try:
        store = open_store(folder / DB_FILENAME)
    except StoreError as exc:
        log.error("cannot open database: %s", exc.code)
        errors.show_error(None, QCoreApplication.translate("StoreError", "BranchDesk cannot start"),
                          errors.store_error_text(exc.code), str(folder / DB_FILENAME))
        return 2

    if not args.lang:
        from branchdesk.store import settings

        with store.read() as s:
            saved = settings.get(s, "language")
        if saved and saved != i18n.current_language():
            i18n.set_language(saved)

    if args.demo:
        from branchdesk import demo

        demo.fill_if_empty(store, records=args.demo_records)

    if args.quit_after is None:
        # A folder nobody has set up yet: branch, head office, first administrator.
        from branchdesk.ui.firstrun.wizard import needs_first_run, run_first_run

        if needs_first_run(store) and not run_first_run(store):
            store.close()
            return 1

    actor = None
    if importlib.util.find_spec("branchdesk.ui.security.signin") is not None:
        # Sign-in decides who works here; None means the person gave up.
        from branchdesk.ui.security import signin

        actor = signin.obtain_actor(store, demo=args.demo, unattended=args.quit_after is not None)
        if actor is None:
            store.close()
            return 1
    ctx = build_context(store, actor)
    from branchdesk.ui.main_window import MainWindow, attach_extensions

    window = MainWindow(ctx)
    window.show()
    # Reminders, sync and idle lock attach just after the window is on screen: the first paint
    # (the register with its data) never waits for them.
    QTimer.singleShot(EXTENSIONS_DELAY_MS, lambda: attach_extensions(window, ctx))
    if args.screenshot or args.quit_after is not None:
        def finish():
            shot = window.grab()  # renders the whole window, so a timed start includes its first paint
            if os.environ.get("BRANCHDESK_PRINT_READY"):  # start-up benchmark: the moment it is usable
                import time

                print(f"READY {time.time():.6f}", flush=True)
            if args.screenshot:
                shot.save(args.screenshot)
            app.quit()

        QTimer.singleShot(int((0.5 if args.quit_after is None else args.quit_after) * 1000), finish)
    code = app.exec()
    store.close()
    return code
