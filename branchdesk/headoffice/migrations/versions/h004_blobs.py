"""attachment files: each branch's sealed scans and photos, named by the plain content's sha256

Revision ID: h004
Revises: h003
Create Date: 2026-11-24 09:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'h004'
down_revision = 'h003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ho_blob',
    sa.Column('branch_code', sa.String(length=12), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sealed_sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('stored_at', sa.String(27), nullable=False),
    sa.PrimaryKeyConstraint('branch_code', 'sha256')
    )


def downgrade() -> None:
    op.drop_table('ho_blob')
