"""sync state and conflict list

Revision ID: s001
Revises: 0001
Create Date: 2026-11-24 03:17:39.003093
"""

from alembic import op
import sqlalchemy as sa


revision = 's001'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_kind', sa.String(length=24), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('ref_no', sa.String(length=40), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('local_value', sa.Text(), nullable=False),
    sa.Column('server_value', sa.Text(), nullable=False),
    sa.Column('kept_by', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=24), nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('detected_at', sa.String(27), nullable=False),
    sa.Column('resolved_at', sa.String(27), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=True),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflict_open', ['resolved_at', 'detected_at'], unique=False)
        batch_op.create_index('ix_sync_conflict_record', ['record_kind', 'record_id'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('sync_state')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflict_record')
        batch_op.drop_index('ix_sync_conflict_open')

    op.drop_table('sync_conflict')
