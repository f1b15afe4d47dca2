"""Schema versions this build knows, so start-up needs no Alembic import when nothing changed.

tests/unit/test_schema_versions.py checks these against the migration scripts.
"""

# Every revision in store/migrations/versions, oldest first.
KNOWN_REVISIONS = ("0001",)
# The revision(s) a fully upgraded database carries.
HEADS = frozenset({"0001"})
