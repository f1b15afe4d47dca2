"""branchdesk-headoffice: run the service and do head office's chores from the command line."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path

from branchdesk.headoffice.db import POOL_LIMIT, HeadOfficeStore

DB_FILENAME = "headoffice.sqlite"
# Longer than a device's own keep-alive (httpx: 5 s), so a device never sends its next request on
# a connection the service is closing at that moment (seen as "connection lost" under load).
KEEP_ALIVE_SECONDS = 30


def data_dir(override: str | None) -> Path:
    if override:
        path = Path(override)
    elif os.environ.get("BRANCHDESK_HO_DATA_DIR"):
        path = Path(os.environ["BRANCHDESK_HO_DATA_DIR"])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("BranchDeskHeadOffice", appauthor=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def open_store(args) -> HeadOfficeStore:
    url = args.db or os.environ.get("BRANCHDESK_HO_DB") or f"sqlite:///{data_dir(args.data_dir) / DB_FILENAME}"
    store = HeadOfficeStore(url)
    store.migrate()
    return store


def _read_rows(path: str) -> list[dict]:
    raw = Path(path).read_bytes()
    if path.lower().endswith(".json"):
        data = json.loads(raw.decode("utf-8-sig"))
        return data if isinstance(data, list) else data.get("rows", [])
    # Excel in China saves CSV as GB18030 as often as UTF-8. Strict UTF-8 first (GB18030 would
    # accept almost any bytes), then GB18030, and only then a guess.
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        text = str(best) if best is not None else raw.decode("utf-8", errors="replace")
    return list(csv.DictReader(io.StringIO(text)))


def _settle_heap() -> None:
    import gc

    # A push batch allocates many short-lived objects; with the default thresholds the collector
    # keeps walking the whole long-lived heap. Freeze what start-up made and collect less often.
    gc.freeze()
    gc.set_threshold(50_000, 20, 50)


def worker_app():
    """The application of one worker process of `serve --workers N` (uvicorn imports it by name).

    The parent has migrated the database and put its URL and the limits in the environment; each
    worker has its own connection pool and its own room for attachment files."""
    from branchdesk.headoffice.app import create_app

    limits = json.loads(os.environ["BRANCHDESK_HO_LIMITS"])
    app = create_app(HeadOfficeStore(os.environ["BRANCHDESK_HO_DB"]), **limits)
    _settle_heap()
    return app


def _count(text: str) -> int:
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def cmd_serve(args) -> int:
    import uvicorn

    from branchdesk.headoffice.app import create_app

    store = open_store(args)
    workers = args.workers
    if workers > 1 and not store.is_postgres:
        print("error: --workers needs PostgreSQL (the embedded database has one writer)", file=sys.stderr)
        return 2
    ssl = {"ssl_certfile": args.cert, "ssl_keyfile": args.key} if args.cert and args.key else {}
    scheme = "https" if ssl else "http"
    print(f"head office listening on {scheme}://{args.host}:{args.port}", flush=True)
    common = dict(host=args.host, port=args.port, log_level=args.log_level, access_log=False,
                  timeout_keep_alive=KEEP_ALIVE_SECONDS, **ssl)
    limits = {k: v for k, v in (("blob_bodies", args.blob_bodies), ("blob_wait", args.blob_wait)) if v is not None}
    if workers > 1:
        os.environ["BRANCHDESK_HO_DB"] = store.url
        os.environ["BRANCHDESK_HO_LIMITS"] = json.dumps(limits)
        store.close()
        uvicorn.run("branchdesk.headoffice.cli:worker_app", factory=True, workers=workers, **common)
        return 0
    app = create_app(store, **limits)
    _settle_heap()
    uvicorn.run(app, **common)
    return 0


def cmd_enrol_code(args) -> int:
    from branchdesk.headoffice import service

    code = service.issue_enrol_code(open_store(args), args.branch, valid_hours=args.valid_hours,
                                    branch_name=args.branch_name or "")
    print(code)
    return 0


def cmd_revoke(args) -> int:
    from branchdesk.headoffice import service

    if service.revoke_device(open_store(args), args.device):
        print(f"revoked {args.device}")
        return 0
    print(f"no such device: {args.device}", file=sys.stderr)
    return 1


def cmd_devices(args) -> int:
    from branchdesk.headoffice import service

    rows = service.devices(open_store(args))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for d in rows:
            print(f"{d['branch']}  {d['device_code']}  {d['id']}  audit={d['audit_status']}"
                  f"{'  REVOKED' if d['revoked'] else ''}  {d['label']}")
    return 0


def cmd_assign(args) -> int:
    from branchdesk.headoffice import service

    changes = {"handler": args.handler}
    if args.supervisor:
        changes["supervisor"] = args.supervisor
    rec = service.edit_record(open_store(args), args.complaint, changes, actor=args.actor)
    print(f"{args.complaint} handler={args.handler} server_version={rec.server_version}")
    return 0


def cmd_classify(args) -> int:
    from branchdesk.headoffice import service

    changes = {k: v for k, v in (("class_channel", args.channel), ("class_business", args.business),
                                 ("class_cause", args.cause)) if v}
    rec = service.edit_record(open_store(args), args.complaint, changes, actor=args.actor)
    print(f"{args.complaint} server_version={rec.server_version}")
    return 0


def cmd_note(args) -> int:
    from branchdesk.domain.ids import new_id
    from branchdesk.headoffice import service
    from branchdesk.headoffice.models import Record, utcnow

    store = open_store(args)
    with store.session() as s:
        rec = s.get(Record, args.complaint)
        if rec is None or rec.kind != "complaint":
            print(f"no such complaint: {args.complaint}", file=sys.stderr)
            return 1
        branch = rec.branch_code
    note_id = new_id()
    service.add_record(store, "complaint_note", branch, {
        "id": note_id, "complaint_id": args.complaint, "at": utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "author": f"headoffice:{args.actor}", "text": args.text, "branch_code": branch})
    print(note_id)
    return 0


def cmd_publish_codes(args) -> int:
    from branchdesk.headoffice import service

    n = service.publish_reference(open_store(args), _read_rows(args.file))
    print(f"published {n} reference codes")
    return 0


def cmd_publish_holidays(args) -> int:
    from branchdesk.headoffice import service

    n = service.publish_holidays(open_store(args), args.year, _read_rows(args.file))
    print(f"published {n} calendar days for {args.year}")
    return 0


def cmd_stats(args) -> int:
    from branchdesk.headoffice import service

    rows = service.stats(open_store(args))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        print(f"{'branch':<10}{'kind':<16}{'records':>9}{'deleted':>9}")
        for r in rows:
            print(f"{r['branch']:<10}{r['kind']:<16}{r['records']:>9}{r['deleted']:>9}")
    return 0


def cmd_export(args) -> int:
    from branchdesk.headoffice import service

    rows = service.records(open_store(args), args.kind, args.branch)
    out = open(args.output, "w", newline="", encoding="utf-8-sig") if args.output else sys.stdout
    try:
        cols = list(dict.fromkeys(k for r in rows for k in r))
        w = csv.DictWriter(out, fieldnames=cols)
        w.writeheader()
        for r in rows:
            # Head office holds sealed and masked forms only; sealed columns are not worth exporting.
            w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                        for k, v in r.items()})
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def cmd_conflicts(args) -> int:
    from branchdesk.headoffice import service

    rows = service.conflicts(open_store(args), args.branch)
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else
          "\n".join(f"{c['record_id']} {c['field']}: kept {c['kept']!r} ({c['kept_by']}), "
                    f"lost {c['lost']!r} ({c['lost_by']}) [{c['reason']}]" for c in rows))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="branchdesk-headoffice", description="BranchDesk head-office service")
    p.add_argument("--db", help="database URL (postgresql+psycopg://...); default: SQLite in the data folder")
    p.add_argument("--data-dir", help="folder for the embedded database")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name, func, help_):
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("--db", default=argparse.SUPPRESS)
        sp.add_argument("--data-dir", default=argparse.SUPPRESS)
        sp.set_defaults(func=func)
        return sp

    sp = add("serve", cmd_serve, "run the HTTP(S) service")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8750)
    sp.add_argument("--cert", help="TLS certificate (PEM); with --key serves HTTPS")
    sp.add_argument("--key", help="TLS private key (PEM)")
    sp.add_argument("--log-level", default="warning")
    sp.add_argument("--workers", type=_count, default=1,
                    help="service processes (PostgreSQL only; each keeps up to %d database connections)"
                    % POOL_LIMIT)
    sp.add_argument("--blob-bodies", type=_count,
                    help="attachment files each service process holds in memory at once, up to 20 MB each "
                         "(default 8); more uploads wait")
    sp.add_argument("--blob-wait", type=float,
                    help="seconds an upload waits for room before it is told to come back at its next sync "
                         "(default 20)")
    sp = add("enrol-code", cmd_enrol_code, "print a one-time enrolment code for a branch")
    sp.add_argument("--branch", required=True)
    sp.add_argument("--branch-name")
    sp.add_argument("--valid-hours", type=int, default=24)
    sp = add("revoke-device", cmd_revoke, "end a device's access")
    sp.add_argument("device")
    sp = add("devices", cmd_devices, "list enrolled devices and their audit-chain status")
    sp.add_argument("--json", action="store_true")
    sp = add("assign", cmd_assign, "assign a complaint's handler")
    sp.add_argument("complaint")
    sp.add_argument("--handler", required=True)
    sp.add_argument("--supervisor")
    sp.add_argument("--actor", default="headoffice")
    sp = add("classify", cmd_classify, "set a complaint's final classification")
    sp.add_argument("complaint")
    sp.add_argument("--channel")
    sp.add_argument("--business")
    sp.add_argument("--cause")
    sp.add_argument("--actor", default="headoffice")
    sp = add("note", cmd_note, "add a supervision note to a complaint")
    sp.add_argument("complaint")
    sp.add_argument("--text", required=True)
    sp.add_argument("--actor", default="supervisor")
    sp = add("publish-codes", cmd_publish_codes, "publish reference codes from CSV/JSON")
    sp.add_argument("file")
    sp = add("publish-holidays", cmd_publish_holidays, "publish one year's holiday calendar from CSV/JSON")
    sp.add_argument("file")
    sp.add_argument("--year", type=int, required=True)
    sp = add("stats", cmd_stats, "counts per branch and record kind")
    sp.add_argument("--json", action="store_true")
    sp = add("export", cmd_export, "export records of one kind")
    sp.add_argument("kind")
    sp.add_argument("--format", choices=["csv"], default="csv")
    sp.add_argument("--branch")
    sp.add_argument("--output")
    sp = add("conflicts", cmd_conflicts, "list the conflict list")
    sp.add_argument("--branch")
    sp.add_argument("--json", action="store_true")
    from branchdesk.headoffice.console.cli import add_commands as add_console_commands  # web-console accounts

    add_console_commands(add)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from branchdesk.headoffice.service import ServiceError

    try:
        return args.func(args)
    except ServiceError as exc:
        print(f"error: {exc.code} {exc.detail}".strip(), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
