"""`branchdesk-headoffice console-user add|list`: console accounts from the command line.

The password is read from the terminal without echo, or from stdin when it is not a terminal
(one line), never from the command line where it would stay in the shell history.
"""

from __future__ import annotations

import getpass
import sys

from branchdesk.headoffice.console.models import ROLES

_ERRORS = {
    "bad_username": "用户名应为 2–64 位字母、数字或 ._-",
    "bad_role": "角色应为 staff、auditor 或 admin",
    "password_too_short": "密码至少 10 个字符",
    "user_exists": "该用户名已存在",
}


def _password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("密码 / Password: ")
        if getpass.getpass("再次输入 / Repeat: ") != first:
            raise SystemExit("两次输入的密码不一致 / the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_console_user(args) -> int:
    from branchdesk.headoffice.cli import open_store
    from branchdesk.headoffice.console import auth

    store = open_store(args)
    if args.action == "list":
        from sqlalchemy import select

        from branchdesk.headoffice.console.models import ConsoleUser

        with store.session() as s:
            for u in s.execute(select(ConsoleUser).order_by(ConsoleUser.username)).scalars():
                flag = "\tDISABLED" if u.disabled else ""
                print(f"{u.username}\t{u.role}\t{u.display_name}{flag}")
        return 0
    if not args.username or not args.role:
        print("console-user add 需要 --username 和 --role", file=sys.stderr)
        return 2
    try:
        auth.add_user(store, args.username, args.role, _password(), args.display_name or "")
    except auth.AuthError as exc:
        print(f"error: {_ERRORS.get(exc.code, exc.code)}", file=sys.stderr)
        return 2
    print(f"console user {args.username} ({args.role}) created")
    return 0


def cmd_console_refresh(args) -> int:
    from branchdesk.headoffice.cli import open_store
    from branchdesk.headoffice.console import facts

    store = open_store(args)
    if args.rebuild:
        facts.rebuild_rollups(store)
    print(f"{facts.refresh(store)} records folded into the console's figures")
    return 0


def add_commands(add) -> None:
    """Register the console's commands through the head-office CLI's `add(name, func, help)`."""
    sp = add("console-user", cmd_console_user, "manage web-console accounts (add reads the password from a prompt/stdin)")
    sp.add_argument("action", choices=["add", "list"])
    sp.add_argument("--username")
    sp.add_argument("--role", choices=ROLES)
    sp.add_argument("--display-name")
    sp = add("console-refresh", cmd_console_refresh,
             "bring the console's figures up to date now (first run on a large database; --rebuild repairs the sums)")
    sp.add_argument("--rebuild", action="store_true")
