import sys

from branchdesk.headoffice.cli import main

sys.exit(main())
