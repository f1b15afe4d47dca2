"""web console: accounts, sessions, audit log, overview fact table

Revision ID: hc01
Revises: h001
Create Date: 2026-11-24 04:15:00
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = 'hc01'
down_revision = 'h001'
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    op.create_table('ho_console_user',
                    sa.Column('username', sa.String(64), primary_key=True),
                    sa.Column('display_name', sa.String(100), nullable=False),
                    sa.Column('role', sa.String(16), nullable=False),
                    sa.Column('password_hash', sa.String(200), nullable=False),
                    sa.Column('created_at', sa.String(27), nullable=False),
                    sa.Column('disabled', sa.Boolean(), nullable=False))
    op.create_table('ho_console_session',
                    sa.Column('token_hash', sa.String(64), primary_key=True),
                    sa.Column('username', sa.String(64), nullable=False),
                    sa.Column('csrf', sa.String(64), nullable=False),
                    sa.Column('created_at', sa.String(27), nullable=False),
                    sa.Column('last_seen_at', sa.String(27), nullable=False),
                    sa.Column('expires_at', sa.String(27), nullable=False))
    op.create_index('ix_ho_console_session_username', 'ho_console_session', ['username'])
    op.create_table('ho_console_audit',
                    sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
                    sa.Column('at', sa.String(27), nullable=False),
                    sa.Column('username', sa.String(64), nullable=False),
                    sa.Column('action', sa.String(40), nullable=False),
                    sa.Column('target', sa.String(80), nullable=False),
                    sa.Column('outcome', sa.String(16), nullable=False),
                    sa.Column('detail', _JSON, nullable=False))
    op.create_index('ix_ho_console_audit_at', 'ho_console_audit', ['at'])
    op.create_table('ho_console_watermark',
                    sa.Column('scope', sa.String(16), primary_key=True),
                    sa.Column('seq', sa.BigInteger(), nullable=False))
    op.create_table('ho_console_fact',
                    sa.Column('record_id', sa.String(36), primary_key=True),
                    sa.Column('part', sa.String(32), primary_key=True),
                    sa.Column('kind', sa.String(16), nullable=False),
                    sa.Column('branch_code', sa.String(12), nullable=False),
                    sa.Column('day', sa.String(10), nullable=False),
                    sa.Column('month', sa.String(7), nullable=False),
                    sa.Column('ref_no', sa.String(40), nullable=False),
                    sa.Column('status', sa.String(16), nullable=False),
                    sa.Column('cat', sa.String(32), nullable=False),
                    sa.Column('cause', sa.String(32), nullable=False),
                    sa.Column('is_open', sa.Boolean(), nullable=False),
                    sa.Column('due_on', sa.String(10), nullable=False),
                    sa.Column('decided_days', sa.Integer(), nullable=True),
                    sa.Column('person', sa.String(80), nullable=False),
                    sa.Column('handler', sa.String(64), nullable=False),
                    sa.Column('amount', sa.BigInteger(), nullable=False),
                    sa.Column('attendees', sa.BigInteger(), nullable=False),
                    sa.Column('reach', sa.BigInteger(), nullable=False))
    op.create_index('ix_console_fact_kind_day', 'ho_console_fact', ['kind', 'day'])
    op.create_index('ix_console_fact_kind_branch_day', 'ho_console_fact', ['kind', 'branch_code', 'day'])
    op.create_index('ix_console_fact_open_due', 'ho_console_fact', ['kind', 'is_open', 'due_on'])
    op.create_index('ix_console_fact_person', 'ho_console_fact', ['person'])


def downgrade() -> None:
    for t in ('ho_console_fact', 'ho_console_watermark', 'ho_console_audit', 'ho_console_session',
              'ho_console_user'):
        op.drop_table(t)
