"""Benchmarks (`make bench`, i.e. `python -m bench`): ratios against a baseline in the same run.

Each module here exposing NAME, TITLE and run(opts) -> list[Result] is one suite; modules whose
name starts with "_" are helpers. Results are printed as a table and written into
docs/benchmarks.md between that suite's markers, leaving hand-written text alone.
"""
