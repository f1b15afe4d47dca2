"""`branchdesk` / `python -m branchdesk`: the window program."""

import sys


def main() -> int:
    from branchdesk.ui.app import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
