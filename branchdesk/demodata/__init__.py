"""Demo data generators, one module per kind of record, run by branchdesk.demo.fill().

Each module exposes `fill(store, rng, count, today) -> int`: it adds records built from `rng`
(a random.Random of its own, so its output does not depend on which other generators exist),
spread over the 12 months before `today` (a local date), and returns how many it made. `count`
is the size of the demo branch in fraud interceptions; other kinds scale their own volume from it.
"""
