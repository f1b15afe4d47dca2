"""`branchdesk` / `python -m branchdesk`: the window program."""

import sys


def main() -> int:
    # The store (SQLAlchemy) is imported before Qt on purpose: once PySide6 is loaded, its import
    # hook inspects the source of every module imported after it, which makes start-up slower.
    import branchdesk.store.all_models  # noqa: F401
    import branchdesk.store.db  # noqa: F401
    from branchdesk.ui.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
