"""web console: bank-wide rollups, per-branch monthly sums, complaints per complainant

Revision ID: hc02
Revises: hc01
Create Date: 2026-11-24 04:25:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'hc02'
down_revision = 'hc01'
branch_labels = None
depends_on = None


def _sums(*names):
    return [sa.Column(n, sa.BigInteger(), nullable=False, server_default='0') for n in names]


def upgrade() -> None:
    op.create_table('ho_console_rollup',
                    sa.Column('kind', sa.String(16), primary_key=True),
                    sa.Column('month', sa.String(7), primary_key=True),
                    sa.Column('cat', sa.String(32), primary_key=True),
                    sa.Column('cause', sa.String(32), primary_key=True),
                    *_sums('n', 'closed', 'decided_n', 'decided_sum', 'amount', 'attendees', 'reach'))
    op.create_table('ho_console_branch_month',
                    sa.Column('kind', sa.String(16), primary_key=True),
                    sa.Column('branch_code', sa.String(12), primary_key=True),
                    sa.Column('month', sa.String(7), primary_key=True),
                    *_sums('n', 'amount'))
    op.create_table('ho_console_person',
                    sa.Column('person', sa.String(80), primary_key=True),
                    *_sums('n'))
    # Open complaints are few: a partial index holding every column the open/overdue figures read
    # answers them from the index alone.
    op.create_index('ix_console_fact_open', 'ho_console_fact',
                    ['kind', 'day', 'branch_code', 'due_on', 'month', 'cat', 'cause'],
                    postgresql_where=sa.text('is_open'), sqlite_where=sa.text('is_open'))


def downgrade() -> None:
    op.drop_index('ix_console_fact_open', 'ho_console_fact')
    for t in ('ho_console_person', 'ho_console_branch_month', 'ho_console_rollup'):
        op.drop_table(t)
