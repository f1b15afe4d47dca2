"""device tokens renewed before they expire: the next token waits beside the current one

Revision ID: h003
Revises: hc02
Create Date: 2026-11-24 09:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'h003'
down_revision = 'hc02'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The current token stays valid until the device first uses the next one: a device that crashed
    # before keeping the new token in its keyring still gets in with the old one and renews again.
    with op.batch_alter_table('ho_device') as t:
        t.add_column(sa.Column('next_token_hash', sa.String(length=64), nullable=True))
        t.add_column(sa.Column('next_token_expires_at', sa.String(27), nullable=True))
        t.create_unique_constraint('uq_ho_device_next_token_hash', ['next_token_hash'])


def downgrade() -> None:
    with op.batch_alter_table('ho_device') as t:
        t.drop_constraint('uq_ho_device_next_token_hash', type_='unique')
        t.drop_column('next_token_expires_at')
        t.drop_column('next_token_hash')
