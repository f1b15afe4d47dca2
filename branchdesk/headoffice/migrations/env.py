"""Alembic environment of the head-office store: always handed an open connection."""

from alembic import context

from branchdesk.headoffice.models import Base

config = context.config
context.configure(connection=config.attributes["connection"], target_metadata=Base.metadata,
                  compare_type=True, version_table="ho_alembic_version")
with context.begin_transaction():
    context.run_migrations()
