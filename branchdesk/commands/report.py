"""`branchdesk-cli report ...`: build a report for a scheduled run, without the window.

    branchdesk-cli report summary --period 2026-10 --out summary.pdf        (2026-10, 2026-Q3, 2026)
    branchdesk-cli report fraud-register --period 2026-Q3 --out register.pdf  (.xlsx for Excel)
    branchdesk-cli report education-log --period 2026 --out log.pdf
    branchdesk-cli report complaint-sheet --ticket TK-310115-0007-2026-000123 --out sheet.pdf
    branchdesk-cli report decision-notice --ticket TK-... --out notice.pdf

A bad period or ticket prints one sentence and exits with 1; no file is written. Each file written
is an "export" in the audit log.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from branchdesk.domain import messages

messages.register({
    "report_out_dir_missing": ("输出文件所在的文件夹不存在", "輸出檔案所在的資料夾不存在",
                               "The folder for the output file does not exist"),
    "report_out_type": ("输出文件应以 .pdf 结尾（登记簿也可为 .xlsx）", "輸出檔案應以 .pdf 結尾（登記簿也可為 .xlsx）",
                        "The output file should end in .pdf (.xlsx is also possible for registers)"),
})

PERIOD_REPORTS = ("summary", "fraud-register", "education-log")
TICKET_REPORTS = ("complaint-sheet", "decision-notice")
EXCEL_REPORTS = ("fraud-register", "education-log")


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help="build a PDF report (summary, registers, complaint papers)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="report_kind", metavar="REPORT", required=True)
    for kind in PERIOD_REPORTS + TICKET_REPORTS:
        q = sub.add_parser(kind, help=f"{kind} report")
        if kind in PERIOD_REPORTS:
            q.add_argument("--period", required=True, help="2026-10 (month), 2026-Q3 (quarter) or 2026 (year)")
        else:
            q.add_argument("--ticket", required=True, help="complaint ticket number, e.g. TK-310115-0007-2026-000123")
        q.add_argument("--out", required=True, help="file to write (.pdf" + (", or .xlsx)" if kind in EXCEL_REPORTS else ")"))
        q.add_argument("--printed-by", default=None, help="name printed on every page (default: the login name)")
        if not any(a.dest == "data_dir" for a in q._actions):
            q.add_argument("--data-dir", default=argparse.SUPPRESS, help="BranchDesk data folder")
        q.set_defaults(func=run)


def _lang() -> str:
    lang = os.environ.get("BRANCHDESK_LANG") or os.environ.get("LANG", "")
    return "en" if lang.startswith("en") else ("zh_TW" if lang.startswith(("zh_TW", "zh_HK")) else "zh_CN")


def _fail(code: str) -> int:
    print(messages.message(code, _lang()), file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from branchdesk import paths
    from branchdesk.reports import catalog, excel, queries
    from branchdesk.reports.period import PeriodError, parse_period
    from branchdesk.store import settings
    from branchdesk.store.db import StoreError, open_store
    from branchdesk.store.reference import load_refbook
    from branchdesk.domain.timeutil import local_now

    kind = args.report_kind
    out = Path(args.out).expanduser()
    suffix = out.suffix.lower()
    if suffix != ".pdf" and not (suffix == ".xlsx" and kind in EXCEL_REPORTS):
        return _fail("report_out_type")
    if not out.parent.is_dir():
        return _fail("report_out_dir_missing")
    printed_by = args.printed_by or getpass.getuser()
    try:
        store = open_store(paths.data_dir(getattr(args, "data_dir", None)) / paths.DB_FILENAME)
    except StoreError as e:
        return _fail(e.code)
    try:
        with store.read() as s:
            refs = load_refbook(s)
        actor = f"cli:{getpass.getuser()}"
        if suffix == ".xlsx":
            try:
                period = parse_period(args.period, today=local_now().date())
            except PeriodError as e:
                return _fail(e.code)
            with store.read() as s:
                ident = settings.identity(s)
                reg = (queries.fraud_register(s, period, refs) if kind == "fraud-register"
                       else queries.education_log(s, period, refs))
            if reg is None:
                return _fail("report_section_unavailable")
            n = excel.register_to_xlsx(out, reg, header_rows=[
                f"{ident.branch_name}（机构号 {ident.branch_code}）", f"期间：{period.label}（{period.range_label}）",
                f"导出：{printed_by}  {local_now():%Y-%m-%d %H:%M}", "客户个人信息已屏蔽"])
            catalog.record_output(store, actor=actor, action="export", kind=kind, subject=period.key, rows=n)
            print(f"{out}  ({n} rows)")
            return 0
        try:
            built = catalog.build(store, kind, period=getattr(args, "period", None),
                                  ticket=getattr(args, "ticket", None), refs=refs, printed_by=printed_by)
        except catalog.ReportError as e:
            return _fail(e.code)
        catalog.write_atomically(out, built.pdf)
        catalog.record_output(store, actor=actor, action="export", built=built)
        print(f"{out}  ({built.pages} pages)")
        return 0
    finally:
        store.close()
