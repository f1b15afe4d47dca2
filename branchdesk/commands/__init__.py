"""Command groups of branchdesk-cli, one module each (see branchdesk/cli.py).

A module here exposes `register(subparsers)`: it adds its subcommands with
`subparsers.add_parser(name, help=...)` (each parser already has --data-dir, --lang and --user)
and sets `func=handler` on each with `set_defaults`, where `handler(cli)` returns an exit code.
Modules whose name starts with "_" are helpers, not command groups.
"""
