"""`demo [--records N] [--seed S] [--add]`: fill the data folder with demo records."""

from __future__ import annotations

import argparse

from branchdesk.cli import Cli, CliError
from branchdesk.domain import messages

messages.register({
    "cli.demo_done": ("已生成演示数据:{detail}(数据文件夹 {path})", "已產生示範資料:{detail}(資料夾 {path})",
                      "Demo data made: {detail} (data folder {path})"),
    "cli.demo_not_empty": ("该数据文件夹中已有记录,为免混入真实数据,未生成演示数据。确需追加请加 --add。",
                           "該資料夾中已有記錄,為免混入真實資料,未產生示範資料。確需追加請加 --add。",
                           "This data folder already holds records; no demo data was added so real work is "
                           "not mixed with it. Use --add to add anyway."),
    "cli.bad_count": ("数量必须是正整数", "數量必須是正整數", "The number must be a positive whole number"),
})


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None
    if n <= 0:
        raise argparse.ArgumentTypeError(text)
    return n


def run(cli: Cli) -> int:
    from branchdesk import demo

    if not cli.args.add and not demo.is_empty(cli.store):
        raise CliError("cli.demo_not_empty")
    seed = demo.DEFAULT_SEED if cli.args.seed is None else cli.args.seed
    made = demo.fill(cli.store, cli.args.records, seed)
    detail = "、".join(f"{name} {n}" for name, n in made.items())
    cli.say("cli.demo_done", detail=detail, path=str(cli.data_dir))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="生成演示数据(近 12 个月的涉诈拦截等)",
                              description="在数据文件夹中生成逼真的演示记录;同一 --seed 生成相同内容。")
    p.add_argument("--records", type=_positive, default=600, metavar="N", help="涉诈拦截条数(默认 600)")
    p.add_argument("--seed", type=int, default=None, metavar="S", help="随机种子(默认固定值,结果可重复)")
    p.add_argument("--add", action="store_true", help="数据文件夹已有记录时仍然追加")
    p.set_defaults(func=run)
