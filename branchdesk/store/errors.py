"""Database problems a person can act on, in a module light enough for the start-up path.

Nothing here imports SQLAlchemy: the window's first paint and the forms' error handling need
these names before (or without) the full store being loaded.
"""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database file that the user must hear about in plain words."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class NewerDatabaseError(StoreError):
    def __init__(self, revisions: set[str]):
        super().__init__("newer_database", ", ".join(sorted(revisions)))
        self.revisions = revisions


def classify_operational_error(exc: BaseException) -> StoreError:
    """Turn sqlite's terse errors into the few cases a user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError("locked", str(exc))
    if "readonly" in text or "read-only" in text:
        return StoreError("read_only", str(exc))
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return StoreError("disk_full", str(exc))
    if "not a database" in text or "malformed" in text:
        return StoreError("corrupt", str(exc))
    return StoreError("database_error", str(exc))


def is_operational_error(exc: BaseException) -> bool:
    """An sqlite3 OperationalError, bare or wrapped by SQLAlchemy (checked without importing it)."""
    import sqlite3

    return isinstance(exc, sqlite3.OperationalError) or isinstance(getattr(exc, "orig", None), sqlite3.OperationalError)
