"""Security commands: verify-audit, backup, restore, purge, recover-key, user add/list/set-role/reset-password.

Commands that change accounts, purge records or replace the database need an administrator:
`--user NAME` plus the password, typed at the prompt or given on standard input with
`--password-stdin` (one secret per line, in the order the command asks for them).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from branchdesk.domain import messages

messages.register({
    "sec.audit_ok": ("审计日志完整:共 {n} 条,哈希链未被改动。", "審計日誌完整:共 {n} 筆,雜湊鏈未被改動。",
                     "Audit log intact: {n} entries, hash chain unbroken."),
    "sec.audit_broken": ("审计日志被改动:第 {seq} 条(ID {id})起哈希链断开({reason})。",
                         "審計日誌被改動:第 {seq} 筆(ID {id})起雜湊鏈斷開({reason})。",
                         "Audit log changed: the hash chain breaks at entry {seq} (id {id}, {reason})."),
    "sec.no_database": ("没有找到数据库:{detail}", "沒有找到資料庫:{detail}", "No database found: {detail}"),
    "sec.backup_done": ("已备份到 {path}({size} 字节,审计日志 {n} 条)。", "已備份到 {path}({size} 位元組,審計日誌 {n} 筆)。",
                        "Backed up to {path} ({size} bytes, {n} audit entries)."),
    "sec.backup_files": ("附件文件 {n} 个,存放在旁边的 {pool} 文件夹中;复制备份时请一并复制该文件夹。",
                         "附件檔案 {n} 個,存放在旁邊的 {pool} 資料夾中;複製備份時請一併複製該資料夾。",
                         "{n} attachment files, kept in the {pool} folder beside it: copy that folder with the backup."),
    "sec.backup_files_lacking": ("注意:有 {n} 个附件文件不在数据文件夹中,此备份没有它们。",
                                 "注意:有 {n} 個附件檔案不在資料資料夾中,此備份沒有它們。",
                                 "Note: {n} attachment files are missing from the data folder; this backup lacks them."),
    "sec.backup_no_recovery": (
        "注意:未设置恢复口令。此备份在其他电脑上恢复后将无法读取个人信息。请用 set-recovery-passphrase 设置。",
        "注意:未設定恢復口令。此備份在其他電腦上還原後將無法讀取個人資訊。請用 set-recovery-passphrase 設定。",
        "Note: no recovery passphrase is set. Restored on another PC, this backup's personal data cannot be read. "
        "Set one with set-recovery-passphrase."),
    "sec.restored": ("已从 {path} 恢复。原数据库已另存为 {kept}。", "已從 {path} 還原。原資料庫已另存為 {kept}。",
                     "Restored from {path}. The replaced database was kept as {kept}."),
    "sec.restored_new": ("已从 {path} 恢复。", "已從 {path} 還原。", "Restored from {path}."),
    "sec.restored_files": ("附件文件:从备份放回 {put_back} 个。", "附件檔案:從備份放回 {put_back} 個。",
                           "Attachment files: {put_back} put back from the backup."),
    "sec.restored_files_lacking": (
        "有 {n} 个附件文件既不在数据文件夹也不在备份中;已同步到总行的,下次同步时会取回。",
        "有 {n} 個附件檔案既不在資料資料夾也不在備份中;已同步到總行的,下次同步時會取回。",
        "{n} attachment files are neither in the data folder nor in the backup; those head office holds "
        "come back at the next sync."),
    "sec.key_missing": (
        "本机密钥库中没有此数据库的数据密钥,个人信息暂时无法读取。请用 recover-key 输入恢复口令。",
        "本機金鑰庫中沒有此資料庫的資料金鑰,個人資訊暫時無法讀取。請用 recover-key 輸入恢復口令。",
        "This PC's keyring has no data key for this database: personal data cannot be read. "
        "Run recover-key with the recovery passphrase."),
    "sec.key_recovered": ("数据密钥已恢复到本机密钥库。", "資料金鑰已恢復到本機金鑰庫。",
                          "The data key is back in this PC's keyring."),
    "sec.keyring_unavailable": (
        "本机没有可用的系统密钥库(钥匙串/凭据管理器),无法安全保存数据密钥。BranchDesk 不会改存到普通文件。",
        "本機沒有可用的系統金鑰庫(鑰匙圈/認證管理員),無法安全保存資料金鑰。BranchDesk 不會改存到普通檔案。",
        "No working OS keyring (keychain / credential manager) on this PC: the data key cannot be kept safely. "
        "BranchDesk will not fall back to a plain file."),
    "sec.wrong_passphrase": ("口令不正确。", "口令不正確。", "Wrong passphrase."),
    "sec.passphrase_too_short": ("口令至少 10 个字符。", "口令至少 10 個字元。", "The passphrase needs at least 10 characters."),
    "sec.recovery_set": ("恢复口令已设置;此后的备份都带有用它加密的数据密钥。", "恢復口令已設定;此後的備份都帶有用它加密的資料金鑰。",
                         "Recovery passphrase set; backups from now on carry the data key wrapped under it."),
    "sec.need_user": ("此操作需要管理员:请用 --user 指定用户名。", "此操作需要管理員:請用 --user 指定使用者名稱。",
                      "This needs an administrator: give --user NAME."),
    "sec.no_secret": ("没有读到密码(标准输入已结束)。", "沒有讀到密碼(標準輸入已結束)。",
                      "No password read (standard input ended)."),
    "sec.purge_due": ("{kind}\t{ref_no}\t保存起算 {since}\t保存至 {until}", "{kind}\t{ref_no}\t保存起算 {since}\t保存至 {until}",
                      "{kind}\t{ref_no}\tretention from {since}\tkept until {until}"),
    "sec.purge_dry": ("已过保存期的记录:{n} 条(未删除;去掉 --dry-run 执行清理)。",
                      "已過保存期的記錄:{n} 筆(未刪除;去掉 --dry-run 執行清理)。",
                      "Records past retention: {n} (nothing removed; run without --dry-run to purge)."),
    "sec.purge_done": ("已清理 {n} 条过期记录;清单:{path}", "已清理 {n} 筆過期記錄;清單:{path}",
                       "Purged {n} record(s) past retention; report: {path}"),
    "sec.user_added": ("已创建账户 {username}({role})。", "已建立帳戶 {username}({role})。", "Account {username} ({role}) created."),
    "sec.role_set": ("{username} 的角色已改为 {role}。", "{username} 的角色已改為 {role}。", "{username} is now {role}."),
    "sec.password_reset": ("{username} 的密码已重置,下次登录时须修改。", "{username} 的密碼已重設,下次登入時須修改。",
                           "{username}'s password was reset; it must be changed at next sign-in."),
    "sec.unlocked": ("{username} 已解锁。", "{username} 已解鎖。", "{username} is unlocked."),
    "sec.user_row": ("{username}\t{name}\t{role}\t{state}", "{username}\t{name}\t{role}\t{state}",
                     "{username}\t{name}\t{role}\t{state}"),
    "sec.state_active": ("启用", "啟用", "active"),
    "sec.state_disabled": ("停用", "停用", "disabled"),
    "sec.state_locked": ("锁定", "鎖定", "locked"),
    "sec.prompt_password": ("{username} 的密码:", "{username} 的密碼:", "Password for {username}: "),
    "sec.prompt_new_password": ("新密码:", "新密碼:", "New password: "),
    "sec.prompt_repeat": ("再输入一次:", "再輸入一次:", "Repeat: "),
    "sec.prompt_passphrase": ("恢复口令:", "恢復口令:", "Recovery passphrase: "),
})

ROLE_NAMES = {"teller": ("柜员", "櫃員", "teller"), "manager": ("网点经理", "網點經理", "manager"),
              "admin": ("系统管理员", "系統管理員", "administrator")}


# ---------------------------------------------------------------------------- helpers
def _cli_error(code: str, **values):
    from branchdesk.cli import CliError

    return CliError(code, **values)


def _env_error(code: str, **values):
    from branchdesk.cli import EXIT_ENVIRONMENT, CliError

    return CliError(code, EXIT_ENVIRONMENT, **values)


class _Secrets:
    """Passwords from the prompt (not echoed) or, with --password-stdin, one per line of standard input."""

    def __init__(self, cli):
        self.cli = cli
        self.from_stdin = getattr(cli.args, "password_stdin", False)

    def ask(self, code: str, **values) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise _cli_error("sec.no_secret")
            return line.rstrip("\r\n")
        return getpass.getpass(self.cli.text(code, **values))

    def new_password(self) -> str:
        first = self.ask("sec.prompt_new_password")
        if not self.from_stdin and self.ask("sec.prompt_repeat") != first:
            raise _cli_error("password_mismatch")
        return first


def _role_name(cli, role: str) -> str:
    i = {"zh_CN": 0, "zh_TW": 1}.get(cli.lang, 2)
    return ROLE_NAMES[role][i]


def _sign_in_admin(cli, secrets: _Secrets):
    """The administrator named by --user, after their password."""
    from branchdesk.domain.roles import Permission
    from branchdesk.security import accounts
    from branchdesk.security.guard import require

    user = getattr(cli.args, "user", None)
    if not user:
        raise _cli_error("sec.need_user")
    password = secrets.ask("sec.prompt_password", username=user)
    try:
        actor = accounts.sign_in(cli.store, user, password).actor
    except accounts.AccountError as exc:
        raise _cli_error(exc.code) from None
    require_or_error(actor, Permission.MANAGE_ACCOUNTS, require)
    return actor


def require_or_error(actor, permission, require) -> None:
    from branchdesk.security.guard import PermissionRefused

    try:
        require(actor, permission)
    except PermissionRefused as exc:
        raise _cli_error(exc.code) from None


def _add_password_stdin(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password-stdin", action="store_true",
                   help="从标准输入读取密码/口令,每行一个 / read passwords from standard input, one per line")


def _db_path(cli) -> Path:
    from branchdesk import paths

    return cli.data_dir / paths.DB_FILENAME


# ---------------------------------------------------------------------------- verify-audit
def cmd_verify_audit(cli) -> int:
    """Read-only: the file is opened with mode=ro, so checking never changes the evidence."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from branchdesk.store import audit

    path = Path(cli.args.file) if cli.args.file else _db_path(cli)
    if not path.is_file():
        raise _cli_error("sec.no_database", detail=str(path))
    engine = create_engine(f"sqlite+pysqlite:///file:{path.resolve()}?mode=ro&uri=true")
    try:
        with Session(engine) as s:
            n, broken = audit.verify_chain(s)
    finally:
        engine.dispose()
    if broken is not None:
        cli.warn("sec.audit_broken", seq=broken.seq, id=broken.id, reason=broken.reason)
        return 1
    cli.say("sec.audit_ok", n=n)
    return 0


# ---------------------------------------------------------------------------- backup / restore
def cmd_backup(cli) -> int:
    from branchdesk.security import backup, keys

    try:
        info = backup.backup_to(cli.store, Path(cli.args.out), actor=cli.actor)
    except backup.BackupError as exc:
        raise _cli_error(f"sec.backup.{exc.code}", detail=exc.detail) from None
    cli.say("sec.backup_done", path=info.path, size=info.size, n=info.audit_entries)
    if info.files_held:
        cli.say("sec.backup_files", n=info.files_held, pool=backup.backup_files.POOL_DIR)
    if info.files_lacking:
        cli.warn("sec.backup_files_lacking", n=info.files_lacking)
    if not keys.has_recovery(cli.store):
        cli.warn("sec.backup_no_recovery")
    return 0


def cmd_restore(cli) -> int:
    from branchdesk.security import accounts, backup
    from branchdesk.security.guard import record_event

    secrets = _Secrets(cli)
    db = _db_path(cli)
    actor = cli.actor
    if db.exists() and db.stat().st_size > 0 and accounts.has_accounts(cli.store):
        # Replacing a database that has accounts is an administrator's act.
        actor = _sign_in_admin(cli, secrets).username
    cli.close()
    try:
        done = backup.restore(db, Path(cli.args.file))
    except backup.BackupError as exc:
        raise _cli_error(f"sec.backup.{exc.code}", detail=exc.detail) from None
    record_event(cli.store, actor, "restore", record_kind="database", detail={"file": Path(cli.args.file).name})
    if done.kept:
        cli.say("sec.restored", path=cli.args.file, kept=done.kept)
    else:
        cli.say("sec.restored_new", path=cli.args.file)
    if done.files_put_back:
        cli.say("sec.restored_files", put_back=done.files_put_back)
    if done.files_lacking:
        cli.warn("sec.restored_files_lacking", n=done.files_lacking)
    _ensure_key(cli, secrets, ask=getattr(cli.args, "password_stdin", False) or sys.stdin.isatty())
    return 0


def _ensure_key(cli, secrets: _Secrets, *, ask: bool) -> None:
    from branchdesk.security import keys
    from branchdesk.security.secrets import KeyringUnavailable

    keys.forget(cli.store)
    try:
        keys.get_protector(cli.store)
        return
    except keys.DataKeyMissing:
        if not (ask and keys.has_recovery(cli.store)):
            cli.warn("sec.key_missing")
            return
    except KeyringUnavailable:
        raise _env_error("sec.keyring_unavailable") from None
    _recover(cli, secrets)


def _recover(cli, secrets: _Secrets) -> None:
    from branchdesk.security import keys
    from branchdesk.security.secrets import KeyringUnavailable

    try:
        keys.recover_with_passphrase(cli.store, secrets.ask("sec.prompt_passphrase"))
    except keys.WrongPassphrase:
        raise _cli_error("sec.wrong_passphrase") from None
    except keys.DataKeyMissing:
        raise _cli_error("sec.key_missing") from None
    except KeyringUnavailable:
        raise _env_error("sec.keyring_unavailable") from None
    cli.say("sec.key_recovered")


def cmd_recover_key(cli) -> int:
    _recover(cli, _Secrets(cli))
    return 0


def cmd_set_recovery(cli) -> int:
    from branchdesk.security import keys
    from branchdesk.security.secrets import KeyringUnavailable

    secrets = _Secrets(cli)
    admin = _sign_in_admin(cli, secrets)
    passphrase = secrets.ask("sec.prompt_passphrase")
    if not secrets.from_stdin and secrets.ask("sec.prompt_repeat") != passphrase:
        raise _cli_error("password_mismatch")
    try:
        keys.set_recovery_passphrase(cli.store, passphrase, actor=admin.username)
    except ValueError:
        raise _cli_error("sec.passphrase_too_short") from None
    except KeyringUnavailable:
        raise _env_error("sec.keyring_unavailable") from None
    cli.say("sec.recovery_set")
    return 0


# ---------------------------------------------------------------------------- purge
def cmd_purge(cli) -> int:
    from branchdesk.domain.roles import Permission
    from branchdesk.security import retention
    from branchdesk.security.guard import require

    if cli.args.dry_run:
        with cli.store.read() as s:
            due = retention.find_due(s, kinds=cli.args.kind or None)
        for d in due:
            cli.say("sec.purge_due", kind=d.kind, ref_no=d.ref_no, since=d.anchor[:10], until=d.keep_until)
        cli.say("sec.purge_dry", n=len(due))
        return 0
    secrets = _Secrets(cli)
    admin = _sign_in_admin(cli, secrets)
    require_or_error(admin, Permission.PURGE, require)
    report_dir = Path(cli.args.report_dir) if cli.args.report_dir else None
    report = retention.purge(cli.store, admin, kinds=cli.args.kind or None, report_dir=report_dir)
    for d in report.purged:
        cli.say("sec.purge_due", kind=d.kind, ref_no=d.ref_no, since=d.anchor[:10], until=d.keep_until)
    folder = report_dir or (cli.store.data_dir / "purge-reports")
    cli.say("sec.purge_done", n=len(report.purged), path=folder)
    return 0


# ---------------------------------------------------------------------------- users
def cmd_user_list(cli) -> int:
    from branchdesk.security import accounts

    for a in accounts.list_accounts(cli.store):
        state = "sec.state_locked" if a.locked() else ("sec.state_active" if a.active else "sec.state_disabled")
        cli.say("sec.user_row", username=a.username, name=a.display_name, role=_role_name(cli, a.role.value),
                state=cli.text(state))
    return 0


def cmd_user_add(cli) -> int:
    from branchdesk.domain.roles import Role
    from branchdesk.security import accounts

    secrets = _Secrets(cli)
    role = Role(cli.args.role)
    try:
        if not accounts.has_accounts(cli.store):
            # The first account of a device is its administrator (as at the window's first start).
            password = secrets.new_password()
            accounts.create_first_administrator(cli.store, username=cli.args.username,
                                                display_name=cli.args.display_name or cli.args.username,
                                                password=password)
            role = Role.ADMIN
        else:
            admin = _sign_in_admin(cli, secrets)
            password = secrets.new_password()
            accounts.create_account(cli.store, admin, username=cli.args.username,
                                    display_name=cli.args.display_name or cli.args.username, role=role,
                                    password=password)
    except accounts.AccountError as exc:
        raise _cli_error(exc.code) from None
    cli.say("sec.user_added", username=cli.args.username, role=_role_name(cli, role.value))
    return 0


def cmd_user_set_role(cli) -> int:
    from branchdesk.domain.roles import Role
    from branchdesk.security import accounts

    admin = _sign_in_admin(cli, _Secrets(cli))
    try:
        accounts.set_role(cli.store, admin, cli.args.username, Role(cli.args.role))
    except accounts.AccountError as exc:
        raise _cli_error(exc.code) from None
    cli.say("sec.role_set", username=cli.args.username, role=_role_name(cli, cli.args.role))
    return 0


def cmd_user_reset_password(cli) -> int:
    from branchdesk.security import accounts

    secrets = _Secrets(cli)
    admin = _sign_in_admin(cli, secrets)
    try:
        accounts.reset_password(cli.store, admin, cli.args.username, secrets.new_password())
    except accounts.AccountError as exc:
        raise _cli_error(exc.code) from None
    cli.say("sec.password_reset", username=cli.args.username)
    return 0


def cmd_user_unlock(cli) -> int:
    from branchdesk.security import accounts

    admin = _sign_in_admin(cli, _Secrets(cli))
    try:
        accounts.unlock(cli.store, admin, cli.args.username)
    except accounts.AccountError as exc:
        raise _cli_error(exc.code) from None
    cli.say("sec.unlocked", username=cli.args.username)
    return 0


# ---------------------------------------------------------------------------- registration
def register(subparsers) -> None:
    roles = ["teller", "manager", "admin"]
    p = subparsers.add_parser("verify-audit", help="检查审计日志哈希链 / check the audit log's hash chain")
    p.add_argument("--file", help="要检查的数据库或备份文件(默认:数据文件夹中的数据库)")
    p.set_defaults(func=cmd_verify_audit)

    p = subparsers.add_parser("backup", help="备份数据库 / back up the database")
    p.add_argument("--out", required=True, metavar="文件", help="备份文件 / backup file")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser("restore", help="从备份恢复 / restore from a backup")
    p.add_argument("file", metavar="文件")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_restore)

    p = subparsers.add_parser("recover-key", help="用恢复口令取回数据密钥 / recover the data key")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_recover_key)

    p = subparsers.add_parser("set-recovery-passphrase", help="设置恢复口令 / set the recovery passphrase")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_set_recovery)

    p = subparsers.add_parser("purge", help="清理已过保存期的记录 / purge records past retention")
    p.add_argument("--dry-run", action="store_true", help="只列出,不删除 / list only")
    p.add_argument("--kind", action="append", choices=["complaint", "fraud", "education"])
    p.add_argument("--report-dir", metavar="文件夹")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_purge)

    from branchdesk.cli import CliParser

    user = subparsers.add_parser("user", help="员工账户 / staff accounts")
    users = user.add_subparsers(dest="user_command", metavar="操作", parser_class=CliParser, required=True)
    p = users.add_parser("list")
    p.set_defaults(func=cmd_user_list)
    p = users.add_parser("add")
    p.add_argument("username")
    p.add_argument("--display-name", default="")
    p.add_argument("--role", choices=roles, default="teller")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_user_add)
    p = users.add_parser("set-role")
    p.add_argument("username")
    p.add_argument("role", choices=roles)
    _add_password_stdin(p)
    p.set_defaults(func=cmd_user_set_role)
    p = users.add_parser("reset-password")
    p.add_argument("username")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_user_reset_password)
    p = users.add_parser("unlock")
    p.add_argument("username")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_user_unlock)
