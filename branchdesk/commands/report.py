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
from pathlib import Path

from branchdesk.domain import messages

messages.register({
    "report_out_dir_missing": ("输出文件所在的文件夹不存在", "輸出檔案所在的資料夾不存在",
                               "The folder for the output file does not exist"),
    "report_written_pages": ("已生成 {path}(共 {pages} 页)", "已產生 {path}(共 {pages} 頁)", "Wrote {path} ({pages} pages)"),
    "report_written_rows": ("已导出 {path}({rows} 行)", "已匯出 {path}({rows} 行)", "Wrote {path} ({rows} rows)"),
    "report_out_type": ("输出文件应以 .pdf 结尾（登记簿也可为 .xlsx）", "輸出檔案應以 .pdf 結尾（登記簿也可為 .xlsx）",
                        "The output file should end in .pdf (.xlsx is also possible for registers)"),
})

PERIOD_REPORTS = ("summary", "fraud-register", "education-log")
TICKET_REPORTS = ("complaint-sheet", "decision-notice")
EXCEL_REPORTS = ("fraud-register", "education-log")


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help="生成报表 PDF(汇总、登记簿、投诉案件材料)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="report_kind", metavar="REPORT", required=True, parser_class=type(p))
    for kind in PERIOD_REPORTS + TICKET_REPORTS:
        q = sub.add_parser(kind, help=REPORT_HELP[kind])
        if kind in PERIOD_REPORTS:
            q.add_argument("--period", required=True, help="2026-10(月)、2026-Q3(季度)或 2026(年)")
        else:
            q.add_argument("--ticket", required=True, help="投诉编号,如 TK-310115-0007-2026-000123")
        q.add_argument("--out", required=True,
                       help="输出文件(.pdf" + (",或 .xlsx 导出 Excel)" if kind in EXCEL_REPORTS else ")"))
        q.add_argument("--printed-by", default=None, help="每页页脚显示的打印人(默认:操作人 --user)")
        q.set_defaults(func=run)


REPORT_HELP = {
    "summary": "网点消费者权益保护工作汇总(月/季/年)",
    "fraud-register": "涉诈拦截登记簿",
    "education-log": "金融教育宣传活动台账",
    "complaint-sheet": "投诉案件处理单(含全部处理经过)",
    "decision-notice": "投诉处理决定告知书",
}


def run(cli) -> int:
    """Build the report fully in memory first; only a complete file is ever written."""
    from branchdesk.cli import CliError
    from branchdesk.domain.timeutil import local_now
    from branchdesk.reports import catalog, excel, queries
    from branchdesk.reports.period import PeriodError, parse_period
    from branchdesk.store import settings

    args = cli.args
    kind = args.report_kind
    out = Path(args.out).expanduser()
    suffix = out.suffix.lower()
    if suffix != ".pdf" and not (suffix == ".xlsx" and kind in EXCEL_REPORTS):
        raise CliError("report_out_type")
    if not out.parent.is_dir():
        raise CliError("report_out_dir_missing")
    store, refs, actor = cli.store, cli.refs, cli.actor
    printed_by = args.printed_by or actor
    if suffix == ".xlsx":
        try:
            period = parse_period(args.period, today=local_now().date())
        except PeriodError as e:
            raise CliError(e.code) from None
        with store.read() as s:
            ident = settings.identity(s)
            reg = (queries.fraud_register(s, period, refs, cli.lang) if kind == "fraud-register"
                   else queries.education_log(s, period, refs, cli.lang))
        if reg is None:
            raise CliError("report_section_unavailable")
        n = excel.register_to_xlsx(out, reg, header_rows=[
            f"{ident.branch_name}(机构号 {ident.branch_code})", f"期间:{period.label}({period.range_label})",
            f"导出:{printed_by}  {local_now():%Y-%m-%d %H:%M}", "客户个人信息已屏蔽"])
        catalog.record_output(store, actor=actor, action="export", kind=kind, subject=period.key, rows=n)
        cli.say("report_written_rows", path=str(out), rows=n)
        return 0
    try:
        built = catalog.build(store, kind, period=getattr(args, "period", None), ticket=getattr(args, "ticket", None),
                              refs=refs, printed_by=printed_by)
    except catalog.ReportError as e:
        raise CliError(e.code) from None
    catalog.write_atomically(out, built.pdf)
    catalog.record_output(store, actor=actor, action="export", built=built)
    cli.say("report_written_pages", path=str(out), pages=built.pages)
    return 0
