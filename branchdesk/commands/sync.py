"""`branchdesk-cli enrol | sync | sync-status`: this PC and head office.

    branchdesk-cli enrol --server https://ho.example.cn:8750 --code ABCD-EFGH-JKLM [--ca-file ca.pem]
    branchdesk-cli sync            push everything waiting, pull what head office has; exit 0 only if all went
    branchdesk-cli sync-status [--json]
    branchdesk-cli renew-token     renew the device token now (a sync does so by itself in its last 30 days)
"""

from __future__ import annotations

import json

from branchdesk.domain import messages
from branchdesk.sync import messages as sync_messages  # noqa: F401 - registers the texts

messages.register({
    "sync.token_renewed": ("设备令牌已更新,有效期至 {expires}", "裝置權杖已更新,有效期至 {expires}",
                           "Device token renewed; valid until {expires}"),
})

EXIT_OK, EXIT_FAILED, EXIT_ENVIRONMENT = 0, 1, 2


def register(subparsers) -> None:
    p = subparsers.add_parser("enrol", help="enrol this PC with head office (one-time code)")
    p.add_argument("--server", required=True, help="head office address, e.g. https://ho.example.cn:8750")
    p.add_argument("--code", required=True, help="one-time code printed by branchdesk-headoffice enrol-code")
    p.add_argument("--ca-file", help="CA certificate (PEM) that signed head office's certificate")
    p.add_argument("--label", default="", help="a name for this PC at head office")
    p.set_defaults(func=cmd_enrol)
    p = subparsers.add_parser("sync", help="sync with head office now")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_sync)
    p = subparsers.add_parser("sync-status", help="show sync state: server, last sync, waiting changes, conflicts, "
                                                  "attachment files set aside")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    p = subparsers.add_parser("renew-token", help="renew this PC's device token at head office now")
    p.set_defaults(func=cmd_renew)


def cmd_enrol(cli) -> int:
    from branchdesk.security.secrets import KeyringUnavailable
    from branchdesk.sync.enrolment import enrol
    from branchdesk.sync.transport import SyncError

    try:
        info = enrol(cli.store, cli.args.server, cli.args.code, ca_file=cli.args.ca_file, label=cli.args.label)
    except KeyringUnavailable:
        cli.warn("sync.keyring_unavailable")
        return EXIT_ENVIRONMENT
    except SyncError as exc:
        cli.warn("sync.failed", reason=sync_messages.describe(exc.code, exc.detail, cli.lang))
        return EXIT_FAILED
    cli.say("sync.enrolled", branch=info["branch_code"], name=info["branch_name"], device=info["device_code"])
    return EXIT_OK


def cmd_sync(cli) -> int:
    from branchdesk.security.secrets import KeyringUnavailable
    from branchdesk.sync.engine import sync_once

    try:
        summary = sync_once(cli.store)
    except KeyringUnavailable:
        cli.warn("sync.keyring_unavailable")
        return EXIT_ENVIRONMENT
    if cli.args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False), file=cli.out)
    else:
        print(sync_messages.summary_text(summary.as_dict(), cli.lang), file=cli.out)
    if summary.error:
        cli.warn("sync.failed", reason=sync_messages.describe(summary.error, summary.error_detail, cli.lang))
        return EXIT_FAILED
    # Each kind of record or file that did not go through is said, so one run tells all that is left.
    if summary.rejected:
        cli.warn("sync.rejected_some", n=summary.rejected)
    if summary.clashes:
        cli.warn("sync.clashes", n=summary.clashes)
    if summary.blobs_refused:
        cli.warn("sync.files_refused", n=summary.blobs_refused)
    if summary.pending_left:
        cli.warn("sync.failed", reason=f"pending {summary.pending_left}")
    return EXIT_OK if summary.ok else EXIT_FAILED


def cmd_renew(cli) -> int:
    from branchdesk.domain.timeutil import LOCAL_TZ
    from branchdesk.security.secrets import KeyringUnavailable
    from branchdesk.sync.enrolment import renew_token, token_expires
    from branchdesk.sync.transport import SyncError

    try:
        renew_token(cli.store)
    except KeyringUnavailable:
        cli.warn("sync.keyring_unavailable")
        return EXIT_ENVIRONMENT
    except SyncError as exc:
        cli.warn("sync.failed", reason=sync_messages.describe(exc.code, exc.detail, cli.lang))
        return EXIT_FAILED
    cli.say("sync.token_renewed", expires=token_expires(cli.store).astimezone(LOCAL_TZ).date().isoformat())
    return EXIT_OK


def cmd_status(cli) -> int:
    from branchdesk.store import attachment_transfers, sync_repo

    with cli.store.read() as s:
        info = {
            "server": sync_repo.get_state(s, sync_repo.SERVER_URL, "") or "",
            "last_sync_at": sync_repo.get_state(s, sync_repo.LAST_SYNC_AT, "") or "",
            "last_ok_at": sync_repo.get_state(s, sync_repo.LAST_OK_AT, "") or "",
            "pending": sync_repo.pending_count(s),
            "open_conflicts": len(sync_repo.open_conflicts(s)),
            "rejected": len(sync_repo.rejected(s)),
            "files_set_aside": attachment_transfers.count_set_aside(s),
            "cursor": sync_repo.cursor(s),
        }
    if cli.args.json:
        print(json.dumps(info, ensure_ascii=False), file=cli.out)
        return EXIT_OK
    if not info["server"]:
        cli.say("sync.not_enrolled")
        return EXIT_OK
    cli.say("sync.status", server=info["server"], last=info["last_sync_at"] or cli.text("sync.never"),
            pending=info["pending"], conflicts=info["open_conflicts"], rejected=info["rejected"],
            files=info["files_set_aside"])
    return EXIT_OK
