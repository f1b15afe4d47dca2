"""attachment files sync: what each attachment's file still needs (upload, fetch), and the
attachment records head office refused before it took them sent again

Revision ID: b001
Revises: 0001
Create Date: 2026-11-24 09:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = 'b001'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment_transfer',
    sa.Column('attachment_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(27), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attachment_id')
    )
    with op.batch_alter_table('attachment_transfer', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_transfer_state', ['state'], unique=False)
    # Every complaint attachment so far was made on this PC (none were pulled): its file is here.
    op.execute("INSERT INTO attachment_transfer (attachment_id, state, reason, updated_at) "
               "SELECT id, 'upload', '', added_at FROM attachment WHERE record_kind = 'complaint'")
    # Their records were refused by a head office that did not take attachments yet: queue them again.
    op.execute("UPDATE outbox SET state = 'pending', last_error = NULL "
               "WHERE record_kind = 'attachment' AND state = 'rejected' AND last_error = 'unknown_kind'")


def downgrade() -> None:
    with op.batch_alter_table('attachment_transfer', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_transfer_state')
    op.drop_table('attachment_transfer')
