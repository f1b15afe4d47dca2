"""`python -m bench [--only startup,register,import] [--quick] [--no-write]`"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback

from bench._common import Options
from bench._docs import table, write


def suites() -> dict:
    import bench

    found = {}
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        if hasattr(module, "NAME") and callable(getattr(module, "run", None)):
            found[module.NAME] = module
    return found


def main(argv: list[str] | None = None) -> int:
    known = suites()
    p = argparse.ArgumentParser(prog="python -m bench", description="BranchDesk benchmarks (ratios to baselines).")
    p.add_argument("--only", default="", help=f"comma-separated suites: {', '.join(known)}")
    p.add_argument("--quick", action="store_true", help="smaller data and fewer runs, for a quick look")
    p.add_argument("--runs", type=int, default=None, help="repetitions where a suite takes a median")
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = p.parse_args(argv)
    wanted = [s.strip() for s in args.only.split(",") if s.strip()] or list(known)
    unknown = [s for s in wanted if s not in known]
    if unknown:
        p.error(f"unknown suite(s): {', '.join(unknown)}; known: {', '.join(known)}")
    opts = Options(quick=args.quick, runs=args.runs)
    failed = False
    for name in wanted:
        module = known[name]
        print(f"\n== {module.TITLE} ==", flush=True)
        try:
            results = module.run(opts)
        except Exception:  # one broken suite must not hide the others' figures
            traceback.print_exc()
            failed = True
            continue
        print("\n".join(table(results)))
        if not args.no_write:
            write(name, module.TITLE, results, args.quick)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
