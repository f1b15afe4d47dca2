"""Complaints in import and export; the columns live with the complaint commands."""

from branchdesk.commands.complaints import kind

KIND = kind()
