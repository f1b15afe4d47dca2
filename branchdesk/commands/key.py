"""`key share --out FILE` and `key join FILE`: one data key for the PCs of a branch (security.key_share).

Both need an administrator (`--user NAME` and the password), then the share passphrase: typed at
the prompt (twice when sharing), or one per line on standard input with --password-stdin, in the
order password, passphrase.
"""

from __future__ import annotations

from pathlib import Path

from branchdesk.commands.security import _add_password_stdin, _cli_error, _env_error, _Secrets, _sign_in_admin


def _passphrase(secrets: _Secrets, *, repeat: bool) -> str:
    passphrase = secrets.ask("key.prompt_passphrase")
    if repeat and not secrets.from_stdin and secrets.ask("sec.prompt_repeat") != passphrase:
        raise _cli_error("password_mismatch")
    return passphrase


def cmd_share(cli) -> int:
    from branchdesk.security import key_share, keys
    from branchdesk.security.secrets import KeyringUnavailable

    secrets = _Secrets(cli)
    admin = _sign_in_admin(cli, secrets)
    passphrase = _passphrase(secrets, repeat=True)
    try:
        path = key_share.write_share(cli.store, Path(cli.args.out), passphrase, actor=admin.username)
    except ValueError:
        raise _cli_error("sec.passphrase_too_short") from None
    except keys.DataKeyMissing:
        raise _cli_error("sec.key_missing") from None
    except KeyringUnavailable:
        raise _env_error("sec.keyring_unavailable") from None
    except OSError as exc:
        raise _cli_error("key.cannot_write", detail=str(exc)) from None
    cli.say("key.share_written", path=path)
    return 0


def cmd_join(cli) -> int:
    from branchdesk.security import key_share
    from branchdesk.security.secrets import KeyringUnavailable

    secrets = _Secrets(cli)
    admin = _sign_in_admin(cli, secrets)
    try:
        text = key_share.read_share_file(Path(cli.args.file))
        result = key_share.join(cli.store, text, _passphrase(secrets, repeat=False), actor=admin.username)
    except key_share.ShareRefused as exc:
        raise _cli_error(exc.code, **exc.values) from None
    except KeyringUnavailable:
        raise _env_error("sec.keyring_unavailable") from None
    if result.already:
        cli.say("key.already_joined")
        return 0
    cli.say("key.joined")
    if result.recovery_cleared:
        cli.warn("key.recovery_cleared")
    return 0


def register(subparsers) -> None:
    from branchdesk.cli import CliParser

    key = subparsers.add_parser("key", help="本网点各电脑共用数据密钥 / share the data key between a branch's PCs")
    sub = key.add_subparsers(dest="key_command", metavar="操作", parser_class=CliParser, required=True)
    p = sub.add_parser("share", help="把本机数据密钥用口令加密写入文件 / write this PC's data key, wrapped under a passphrase")
    p.add_argument("--out", required=True, metavar="文件", help="分享文件(.bdkey) / share file")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_share)
    p = sub.add_parser("join", help="本机改用分享文件中的数据密钥 / take the branch's data key from a share file")
    p.add_argument("file", metavar="文件")
    _add_password_stdin(p)
    p.set_defaults(func=cmd_join)
