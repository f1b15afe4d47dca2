"""outbox: index only the entries still to send, and those set aside

Revision ID: s002
Revises: s001
Create Date: 2026-11-24 09:20:00
"""

from alembic import op
import sqlalchemy as sa

revision = 's002'
down_revision = 's001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Sent entries are nearly all of the outbox and nothing looks them up by state: leaving them out
    # of the index spares a push one index insert per acknowledged entry.
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_state')
        batch_op.create_index('ix_outbox_pending', ['seq'], unique=False, sqlite_where=sa.text("state = 'pending'"))
        batch_op.create_index('ix_outbox_rejected', ['seq'], unique=False, sqlite_where=sa.text("state = 'rejected'"))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_rejected')
        batch_op.drop_index('ix_outbox_pending')
        batch_op.create_index('ix_outbox_state', ['state', 'seq'], unique=False)
