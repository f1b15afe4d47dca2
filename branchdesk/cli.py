"""`branchdesk-cli`: the command line (import, export, templates, demo data, and more).

Command groups live in branchdesk/commands/, one module each, found at start-up: a module
exposing `register(subparsers)` adds its subcommands there and sets `func=handler` on each, where
`handler(cli: Cli) -> int | None`. Every subcommand gets the common options (--data-dir, --lang,
--user) without asking. Exit codes: 0 done, 1 bad input or refused, 2 environment problem
(database locked, read-only folder, database from a newer version...).

Messages are in Simplified Chinese unless --lang says otherwise; each is a code registered with
domain/messages so the window, the command line and head office say the same thing.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from pathlib import Path
from typing import Any, Callable, TextIO

from branchdesk.domain import messages

EXIT_OK, EXIT_INPUT, EXIT_ENVIRONMENT = 0, 1, 2
LANGS = ("zh_CN", "zh_TW", "en")
DEFAULT_LANG = "zh_CN"

messages.register({
    "cli.usage_error": ("命令参数有误:{detail}", "命令參數有誤:{detail}", "Wrong command arguments: {detail}"),
    "cli.no_command": ("请指定一个命令,例如 import、export、demo;用 -h 查看帮助",
                       "請指定一個命令,例如 import、export、demo;用 -h 查看說明",
                       "Give a command, e.g. import, export, demo; -h shows help"),
    "cli.interrupted": ("已中断,未保存任何更改", "已中斷,未儲存任何變更", "Interrupted; nothing was saved"),
    "cli.database": ("数据库:{detail}", "資料庫:{detail}", "Database: {detail}"),
    # Environment problems (exit 2), by store.db.StoreError code.
    "store.locked": ("数据库被其他程序占用(已锁定)。请关闭其他 BranchDesk 窗口或工具后重试;未作任何更改。",
                     "資料庫被其他程式佔用(已鎖定)。請關閉其他 BranchDesk 視窗或工具後重試;未作任何變更。",
                     "The database is locked by another program. Close other BranchDesk windows or tools "
                     "and try again; nothing was changed."),
    "store.read_only": ("数据文件夹是只读的,无法保存。", "資料夾是唯讀的,無法儲存。",
                        "The data folder is read-only; nothing can be saved there."),
    "store.disk_full": ("磁盘已满,请清理空间;未保存任何内容。", "磁碟已滿,請清理空間;未儲存任何內容。",
                        "The disk is full. Free some space; nothing was saved."),
    "store.corrupt": ("数据库文件已损坏,请从备份恢复。", "資料庫檔案已損壞,請從備份還原。",
                      "The database file is damaged. Restore it from a backup."),
    "store.newer_database": ("此数据库由更新版本的 BranchDesk 写入,请安装新版本;文件未被改动。",
                             "此資料庫由較新版本的 BranchDesk 寫入,請安裝新版本;檔案未被改動。",
                             "This database was written by a newer version of BranchDesk. Install the newer "
                             "version; the file has not been changed."),
    "store.not_a_branchdesk_database": ("该文件不是 BranchDesk 数据库。", "該檔案不是 BranchDesk 資料庫。",
                                        "This file is not a BranchDesk database."),
    "store.cannot_open": ("无法打开数据库文件。", "無法開啟資料庫檔案。", "The database file cannot be opened."),
    "store.database_error": ("数据库出错,未保存任何内容。", "資料庫出錯,未儲存任何內容。",
                             "A database error occurred; nothing was saved."),
})


class CliError(Exception):
    """A refusal or bad input the user can fix: printed in their language, exit code 1."""

    def __init__(self, code: str, exit_code: int = EXIT_INPUT, **values: Any):
        super().__init__(code)
        self.code = code
        self.exit_code = exit_code
        self.values = values


class UsageError(Exception):
    pass


def _lang_from_argv(argv: list[str]) -> str:
    """The --lang asked for, read before parsing so that parse errors speak the same language."""
    for i, a in enumerate(argv):
        value = a.split("=", 1)[1] if a.startswith("--lang=") else (argv[i + 1] if a == "--lang" and i + 1 < len(argv) else None)
        if value in LANGS:
            return value
    env = os.environ.get("BRANCHDESK_LANG", "")
    return env if env in LANGS else DEFAULT_LANG


class CliParser(argparse.ArgumentParser):
    """Every parser, at every level, takes the common options; errors become UsageError (exit 1).

    The common options default to SUPPRESS so a value given before a subcommand is not
    overwritten by the subcommand's parser (argparse copies sub-parser defaults over it).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        g = self.add_argument_group("通用选项 / common options")
        g.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="文件夹",
                       help="数据文件夹(默认:环境变量 BRANCHDESK_DATA_DIR,否则为用户数据文件夹)")
        g.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                       help="提示信息的语言(默认 zh_CN)")
        g.add_argument("--user", default=argparse.SUPPRESS, metavar="用户名",
                       help="记入审计日志的操作人(默认:本机上次登录的用户)")

    def error(self, message: str):  # noqa: D401 - argparse API
        raise UsageError(message)


class Cli:
    """What a command handler gets: its arguments, the data folder, the store, and output."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO):
        self.args = args
        self.lang: str = getattr(args, "lang", None) or _lang_from_argv([])
        self.out = out
        self.err = err
        self._store = None
        self._refs = None
        self.db_path: Path | None = None

    # -- where and who
    @property
    def data_dir(self) -> Path:
        """--data-dir, else BRANCHDESK_DATA_DIR, else the user data folder (created if missing)."""
        from branchdesk import paths
        from branchdesk.store.db import StoreError

        try:
            return paths.data_dir(getattr(self.args, "data_dir", None))
        except PermissionError as exc:
            raise StoreError("read_only", str(exc)) from exc
        except OSError as exc:
            raise StoreError("cannot_open", str(exc)) from exc

    @property
    def store(self):
        """The data folder's database, opened (created or upgraded) on first use."""
        if self._store is None:
            from branchdesk import paths
            from branchdesk.store.db import open_store

            self.db_path = self.data_dir / paths.DB_FILENAME
            self._store = open_store(self.db_path)
        return self._store

    @property
    def refs(self):
        if self._refs is None:
            from branchdesk.store.reference import load_refbook

            with self.store.read() as s:
                self._refs = load_refbook(s)
        return self._refs

    @property
    def actor(self) -> str:
        user = getattr(self.args, "user", None) or os.environ.get("BRANCHDESK_USER")
        if user:
            return user
        from branchdesk.store import settings

        with self.store.read() as s:
            return settings.get(s, "last_user", "manager") or "manager"

    # -- talking
    def text(self, code: str, **values: Any) -> str:
        msg = messages.message(code, self.lang)
        try:
            return msg.format(**values) if values else msg
        except (KeyError, IndexError):
            return msg

    def say(self, code: str, **values: Any) -> None:
        print(self.text(code, **values), file=self.out)

    def warn(self, code: str, **values: Any) -> None:
        print(self.text(code, **values), file=self.err)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def command_modules() -> list[Any]:
    """The command groups in branchdesk/commands/ that expose register(subparsers)."""
    from branchdesk import commands

    found = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if callable(getattr(module, "register", None)):
            found.append(module)
    return found


def build_parser() -> CliParser:
    parser = CliParser(prog="branchdesk-cli", description="BranchDesk 命令行:导入、导出、模板、演示数据等。")
    subparsers = parser.add_subparsers(dest="command", metavar="命令", parser_class=CliParser)
    for module in command_modules():
        module.register(subparsers)
    return parser


def _store_failure(cli: Cli, exc: Exception) -> int:
    from branchdesk.store.db import StoreError, classify_operational_error

    if not isinstance(exc, StoreError):
        exc = classify_operational_error(getattr(exc, "orig", None) or exc)
    code = f"store.{exc.code}"
    cli.warn(code if messages.message(code) != code else "store.database_error")
    cli.warn("cli.database", detail=str(cli.db_path or getattr(cli.args, "data_dir", "") or ""))
    return EXIT_ENVIRONMENT


def main(argv: list[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = err or sys.stderr
    for stream in (out, err):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")  # a GBK console must not crash on a rare character
    lang = _lang_from_argv(argv)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(messages.message("cli.usage_error", lang).format(detail=exc), file=err)
        return EXIT_INPUT
    except SystemExit as exc:  # -h / --help printed the help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    cli = Cli(args, out, err)
    handler: Callable[[Cli], int | None] | None = getattr(args, "func", None)
    if handler is None:
        cli.warn("cli.no_command")
        return EXIT_INPUT
    from sqlalchemy.exc import OperationalError

    from branchdesk.store.db import StoreError

    try:
        return handler(cli) or EXIT_OK
    except CliError as exc:
        cli.warn(exc.code, **exc.values)
        return exc.exit_code
    except (StoreError, OperationalError) as exc:
        return _store_failure(cli, exc)
    except KeyboardInterrupt:
        cli.warn("cli.interrupted")
        return 130
    finally:
        cli.close()


if __name__ == "__main__":
    # Run the imported module's main, not this __main__ copy: command modules import
    # branchdesk.cli, and its exception classes must be the ones main() catches.
    from branchdesk.cli import main as _main

    sys.exit(_main())
