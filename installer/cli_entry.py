"""Entry script of the bundled `branchdesk-cli` (PyInstaller needs a script, not a module path)."""

import sys

from branchdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
