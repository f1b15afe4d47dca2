"""financial-education events and their target groups

Revision ID: e001
Revises: 0001
Create Date: 2026-11-24 03:12:16.294522
"""

from alembic import op
import sqlalchemy as sa


revision = 'e001'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('education_event',
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('starts_at', sa.String(27), nullable=False),
    sa.Column('ends_at', sa.String(27), nullable=False),
    sa.Column('starts_on', sa.String(length=10), nullable=False),
    sa.Column('campaign', sa.String(length=32), nullable=False),
    sa.Column('slogan', sa.Text(), nullable=False),
    sa.Column('topics', sa.String(length=300), nullable=False),
    sa.Column('location_type', sa.String(length=32), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('target_groups', sa.String(length=300), nullable=False),
    sa.Column('attendees', sa.Integer(), nullable=True),
    sa.Column('online_reach', sa.Integer(), nullable=True),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('partners', sa.Text(), nullable=False),
    sa.Column('organiser', sa.String(length=64), nullable=False),
    sa.Column('staff', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('import_key', sa.String(length=64), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref_no', sa.String(length=40), nullable=False),
    sa.Column('branch_code', sa.String(length=12), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(27), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(27), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.String(27), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.Column('delete_reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('import_key'),
    sa.UniqueConstraint('ref_no')
    )
    with op.batch_alter_table('education_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_education_event_branch_code'), ['branch_code'], unique=False)
        batch_op.create_index('ix_education_live_starts', ['deleted_at', 'starts_at', 'id', 'attendees', 'online_reach'],
                              unique=False)
        batch_op.create_index('ix_education_on', ['starts_on'], unique=False)
        batch_op.create_index('ix_education_campaign_live',
                              ['campaign', 'deleted_at', 'starts_at', 'attendees', 'online_reach'], unique=False)
        batch_op.create_index('ix_education_location_live', ['location_type', 'deleted_at', 'starts_at'], unique=False)
        batch_op.create_index('ix_education_status_live', ['status', 'deleted_at', 'starts_on'], unique=False)

    op.create_table('education_event_group',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('target_group', sa.String(length=32), nullable=False),
    sa.Column('starts_on', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['education_event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'target_group')
    )
    with op.batch_alter_table('education_event_group', schema=None) as batch_op:
        batch_op.create_index('ix_education_group_on', ['target_group', 'starts_on', 'event_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('education_event_group', schema=None) as batch_op:
        batch_op.drop_index('ix_education_group_on')

    op.drop_table('education_event_group')
    with op.batch_alter_table('education_event', schema=None) as batch_op:
        for name in ('ix_education_status_live', 'ix_education_location_live', 'ix_education_campaign_live',
                     'ix_education_on', 'ix_education_live_starts'):
            batch_op.drop_index(name)
        batch_op.drop_index(batch_op.f('ix_education_event_branch_code'))

    op.drop_table('education_event')
