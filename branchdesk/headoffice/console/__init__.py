"""The head-office web console (/console): the bank-wide view of what branches record.

`router(store)` is picked up by headoffice.app.create_app.
"""

from __future__ import annotations


def router(store):
    from branchdesk.headoffice.console import messages  # noqa: F401 - registers the console's texts
    from branchdesk.headoffice.console.routes import build_router

    return build_router(store)
