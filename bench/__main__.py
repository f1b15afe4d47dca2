"""`python -m bench [--only startup,register,import] [--quick] [--no-write]`"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback

from bench._common import Options, Result
from bench._docs import table, write


class _Suite:
    """A suite module; one with run(quick) -> list of dicts (no NAME) is adapted to Results."""

    def __init__(self, module, default_name: str):
        self.module = module
        self.NAME = getattr(module, "NAME", default_name)
        doc = (module.__doc__ or "").strip().splitlines()
        self.TITLE = getattr(module, "TITLE", None) or (doc[0].rstrip(".") if doc else self.NAME)

    def run(self, opts: Options) -> list[Result]:
        if hasattr(self.module, "NAME"):
            return self.module.run(opts)
        rows = self.module.run(quick=opts.quick)
        out = []
        for r in rows:
            target = r.get("target")
            ratio = r.get("ratio")
            out.append(Result(r["name"], r["value"], r.get("unit", ""), "baseline" if r.get("baseline") else "",
                              r.get("baseline"), f"≤ {target:g}× baseline" if target is not None else "",
                              None if ratio is None or target is None else ratio <= target))
        return out


def suites() -> dict:
    import bench

    found = {}
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        if callable(getattr(module, "run", None)):
            suite = _Suite(module, info.name.removeprefix("bench_"))
            found[suite.NAME] = suite
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
