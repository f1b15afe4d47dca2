"""`import KIND FILE`, `export KIND --out FILE`, `template KIND --out FILE`.

KIND is any kind found in branchdesk/transfer/kinds/ (fraud now; complaints and education add
theirs there and appear here without changes).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from branchdesk.cli import Cli, CliError
from branchdesk.domain import messages

messages.register({
    "cli.unknown_kind": ("未知的记录类型“{kind}”。可用:{known}", "未知的記錄類型「{kind}」。可用:{known}",
                         "Unknown kind of record '{kind}'. Known: {known}"),
    "cli.bad_cli_date": ("日期“{value}”格式应为 2026-10-31", "日期「{value}」格式應為 2026-10-31",
                         "The date '{value}' should look like 2026-10-31"),
    "cli.dates_reversed": ("起始日期晚于结束日期", "起始日期晚於結束日期", "The start date is after the end date"),
    "cli.format_mismatch": ("文件名后缀“{suffix}”与格式 {format} 不一致", "檔名副檔名「{suffix}」與格式 {format} 不一致",
                            "The file name ends in '{suffix}' but the format is {format}"),
    "cli.cannot_write": ("无法写入文件 {path}:{detail}", "無法寫入檔案 {path}:{detail}",
                         "Cannot write the file {path}: {detail}"),
    "cli.exported": ("已导出 {count} 条记录到 {path}", "已匯出 {count} 筆記錄到 {path}",
                     "Exported {count} record(s) to {path}"),
    "cli.template_written": ("已生成导入模板 {path}(各列说明见 docs/import-format.md)",
                             "已產生匯入範本 {path}(各欄說明見 docs/import-format.md)",
                             "Wrote the import template {path} (columns explained in docs/import-format.md)"),
    "cli.imported": ("已导入 {imported} 条,跳过 {skipped} 条(已存在)", "已匯入 {imported} 筆,略過 {skipped} 筆(已存在)",
                     "Imported {imported}, skipped {skipped} already present"),
    "cli.checked": ("检查通过:{rows} 行均可导入(未写入,去掉 --check 即导入)",
                    "檢查通過:{rows} 行均可匯入(未寫入,去掉 --check 即匯入)",
                    "Check passed: all {rows} row(s) can be imported (nothing written; drop --check to import)"),
    "cli.progress": ("正在写入 {done}/{total} 条…", "正在寫入 {done}/{total} 筆…", "Writing {done}/{total}…"),
    "cli.row_error": ("第 {row} 行「{column}」:{reason}{value}", "第 {row} 行「{column}」:{reason}{value}",
                      "Row {row}, '{column}': {reason}{value}"),
    "cli.row_error_nocol": ("第 {row} 行:{reason}{value}", "第 {row} 行:{reason}{value}", "Row {row}: {reason}{value}"),
    "cli.value_suffix": ("(内容:{value})", "(內容:{value})", " (value: {value})"),
    "cli.rejected": ("共 {count} 处问题,涉及 {rows} 行;未导入任何记录。请改正后重新导入。",
                     "共 {count} 處問題,涉及 {rows} 行;未匯入任何記錄。請改正後重新匯入。",
                     "{count} problem(s) in {rows} row(s); nothing was imported. Correct the file and import again."),
})


def _kind(cli: Cli):
    from branchdesk.transfer import registry

    kind = registry.find(cli.args.kind)
    if kind is None:
        raise CliError("cli.unknown_kind", kind=cli.args.kind, known="、".join(registry.kinds()))
    return kind


def _date(cli: Cli, value: str | None) -> date | None:
    if not value:
        return None
    from branchdesk.transfer.columns import CellError, parse_local_datetime

    try:
        return date.fromisoformat(value)
    except ValueError:
        try:  # also 2026/10/31, 2026年10月31日
            from branchdesk.domain.timeutil import local_date

            return local_date(parse_local_datetime(value))
        except CellError:
            raise CliError("cli.bad_cli_date", value=value) from None


def _out_path(cli: Cli, fmt: str | None) -> tuple[Path, str]:
    out = Path(cli.args.out)
    suffix = out.suffix.lower()
    if fmt is None:
        fmt = "xlsx" if suffix in (".xlsx", ".xlsm") else "csv"
        if suffix not in (".csv", ".xlsx", ".xlsm", ".txt"):
            out = out.with_name(out.name + ".csv")
    elif not suffix:
        out = out.with_name(f"{out.name}.{fmt}")
    elif suffix.lstrip(".") != fmt and not (fmt == "xlsx" and suffix == ".xlsm"):
        raise CliError("cli.format_mismatch", suffix=suffix, format=fmt)
    return out, fmt


def _file_problem(exc) -> CliError:
    code = exc.code if exc.code.startswith("transfer.") else f"transfer.{exc.code}"
    return CliError(code, detail=getattr(exc, "detail", ""), **getattr(exc, "extra", {}))


# ---------------------------------------------------------------- handlers

def run_export(cli: Cli) -> int:
    from branchdesk.transfer import exporter

    kind = _kind(cli)
    out, _fmt = _out_path(cli, cli.args.format)
    d_from, d_to = _date(cli, cli.args.date_from), _date(cli, cli.args.date_to)
    if d_from and d_to and d_from > d_to:
        raise CliError("cli.dates_reversed")
    try:
        n = exporter.export_file(cli.store, out, kind, cli.refs, lang=cli.lang, date_from=d_from, date_to=d_to)
    except OSError as exc:
        raise CliError("cli.cannot_write", path=str(out), detail=exc.strerror or str(exc)) from None
    cli.say("cli.exported", count=n, path=str(out))
    return 0


def run_template(cli: Cli) -> int:
    from branchdesk.transfer import exporter

    kind = _kind(cli)
    out, _fmt = _out_path(cli, None)
    try:
        exporter.write_template(out, kind, lang=cli.lang)
    except OSError as exc:
        raise CliError("cli.cannot_write", path=str(out), detail=exc.strerror or str(exc)) from None
    cli.say("cli.template_written", path=str(out))
    return 0


def run_import(cli: Cli) -> int:
    from branchdesk.transfer import importer
    from branchdesk.transfer.tabular import TableError, read_table

    kind = _kind(cli)
    try:
        table = read_table(Path(cli.args.file))
    except TableError as exc:
        raise _file_problem(exc) from None
    refs = cli.refs
    try:
        if cli.args.check:
            parsed, errors = importer.parse_table(table, kind, refs, cli.lang)
            if errors:
                raise importer.RowsRejected(errors, len(table.rows))
            cli.say("cli.checked", rows=len(parsed))
            return 0
        result = importer.import_table(cli.store, table, kind, refs, actor=cli.actor, lang=cli.lang,
                                       progress=_progress(cli))
    except importer.FileRejected as exc:
        raise _file_problem(exc) from None
    except importer.RowsRejected as exc:
        _print_row_errors(cli, exc.errors)
        raise CliError("cli.rejected", count=len(exc.errors), rows=len({e.row for e in exc.errors})) from None
    cli.say("cli.imported", imported=result.imported, skipped=result.skipped)
    return 0


def _progress(cli: Cli):
    """A large import takes a while: say how far it is, on a terminal only (not into a log file)."""
    if not getattr(cli.err, "isatty", lambda: False)():
        return None

    def report(done: int, total: int) -> None:
        print("\r" + cli.text("cli.progress", done=done, total=total), end="", file=cli.err, flush=True)
        if done >= total:
            print(file=cli.err)

    return report


def _print_row_errors(cli: Cli, errors) -> None:
    for e in sorted(errors, key=lambda e: e.row):
        value = cli.text("cli.value_suffix", value=e.value) if e.value else ""
        reason = cli.text(e.code)
        if e.column:
            cli.warn("cli.row_error", row=e.row, column=e.column, reason=reason, value=value)
        else:
            cli.warn("cli.row_error_nocol", row=e.row, reason=reason, value=value)


# ---------------------------------------------------------------- parsers

def register(subparsers: argparse._SubParsersAction) -> None:
    from branchdesk.transfer import registry

    known = "、".join(registry.kinds()) or "fraud"

    p = subparsers.add_parser("export", help="导出记录为 CSV 或 Excel(.xlsx)",
                              description="导出记录。编码字段写中文名称;含记录ID与编号,可在另一台电脑导入而保持同一记录。")
    p.add_argument("kind", metavar="类型", help=f"记录类型:{known}")
    p.add_argument("--format", choices=("csv", "xlsx"), help="文件格式(默认按 --out 的后缀)")
    p.add_argument("--out", required=True, metavar="文件", help="输出文件,如 拦截登记.xlsx")
    p.add_argument("--from", dest="date_from", metavar="日期", help="起始日期(含),如 2026-01-01")
    p.add_argument("--to", dest="date_to", metavar="日期", help="结束日期(含),如 2026-12-31")
    p.set_defaults(func=run_export)

    p = subparsers.add_parser("import", help="从 CSV 或 Excel(.xlsx)导入记录(全部成功才写入)",
                              description="导入记录。先检查每一行;有任何错误则一条都不导入,并列出所有问题行。"
                                          "重复导入同一文件不会产生重复记录。")
    p.add_argument("kind", metavar="类型", help=f"记录类型:{known}")
    p.add_argument("file", metavar="文件", help="要导入的 .csv 或 .xlsx 文件")
    p.add_argument("--check", action="store_true", help="只检查,不写入")
    p.set_defaults(func=run_import)

    p = subparsers.add_parser("template", help="生成空白导入模板(.csv 或 .xlsx)")
    p.add_argument("kind", metavar="类型", help=f"记录类型:{known}")
    p.add_argument("--out", required=True, metavar="文件", help="模板文件,如 导入模板.xlsx")
    p.set_defaults(func=run_template)
