"""Financial-education events in import and export; the columns live with the education commands."""

from branchdesk.commands.education import KIND  # noqa: F401
