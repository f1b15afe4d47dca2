"""local store: settings, reference codes, holidays, fraud register, history, outbox, audit, attachments

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 02:56:08.931513
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('app_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('attachment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.String(length=27), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('record_kind', 'record_id', 'sha256', name='uq_attachment_file')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_record', ['record_kind', 'record_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(length=27), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_record', ['record_kind', 'record_id'], unique=False)

    op.create_table('fraud_interception',
    sa.Column('occurred_at', sa.String(length=27), nullable=False),
    sa.Column('occurred_on', sa.String(length=10), nullable=False),
    sa.Column('detection_source', sa.String(length=32), nullable=False),
    sa.Column('business_type', sa.String(length=32), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('subject_role', sa.String(length=32), nullable=False),
    sa.Column('customer_gender', sa.String(length=4), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=False),
    sa.Column('fraud_type', sa.String(length=32), nullable=False),
    sa.Column('contact_vector', sa.String(length=32), nullable=False),
    sa.Column('amount_attempted', sa.Integer(), nullable=True),
    sa.Column('amount_protected', sa.Integer(), nullable=True),
    sa.Column('actions', sa.String(length=200), nullable=False),
    sa.Column('police_notified', sa.Boolean(), nullable=False),
    sa.Column('police_attended', sa.Boolean(), nullable=False),
    sa.Column('police_ref', sa.String(length=64), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    sa.Column('recorder', sa.String(length=64), nullable=False),
    sa.Column('reviewer', sa.String(length=64), nullable=False),
    sa.Column('import_key', sa.String(length=64), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref_no', sa.String(length=40), nullable=False),
    sa.Column('branch_code', sa.String(length=12), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.String(length=27), nullable=True),
    sa.Column('deleted_by', sa.String(length=64), nullable=True),
    sa.Column('delete_reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('import_key'),
    sa.UniqueConstraint('ref_no')
    )
    with op.batch_alter_table('fraud_interception', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fraud_interception_branch_code'), ['branch_code'], unique=False)
        batch_op.create_index('ix_fraud_occurred', ['occurred_at'], unique=False)
        batch_op.create_index('ix_fraud_on', ['occurred_on'], unique=False)
        batch_op.create_index('ix_fraud_outcome', ['outcome'], unique=False)
        batch_op.create_index('ix_fraud_recorder', ['recorder'], unique=False)
        batch_op.create_index('ix_fraud_type_on', ['fraud_type', 'occurred_on'], unique=False)

    op.create_table('holiday',
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=16), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('changed_fields', sa.Text(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('result_at', sa.String(length=27), nullable=True),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('op_id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_state', ['state', 'seq'], unique=False)

    op.create_table('record_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('changed_at', sa.String(length=27), nullable=False),
    sa.Column('changed_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('record_history', schema=None) as batch_op:
        batch_op.create_index('ix_history_record', ['record_kind', 'record_id', 'version'], unique=False)

    op.create_table('ref_counter',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('branch_code', sa.String(length=12), nullable=False),
    sa.Column('device_code', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'branch_code', 'device_code', 'year')
    )
    op.create_table('reference_code',
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('label_zh_cn', sa.String(length=200), nullable=False),
    sa.Column('label_zh_tw', sa.String(length=200), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('parent_code', sa.String(length=32), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('category', 'code')
    )
    


def downgrade() -> None:
    
    op.drop_table('reference_code')
    op.drop_table('ref_counter')
    with op.batch_alter_table('record_history', schema=None) as batch_op:
        batch_op.drop_index('ix_history_record')

    op.drop_table('record_history')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_state')

    op.drop_table('outbox')
    op.drop_table('holiday')
    with op.batch_alter_table('fraud_interception', schema=None) as batch_op:
        batch_op.drop_index('ix_fraud_type_on')
        batch_op.drop_index('ix_fraud_recorder')
        batch_op.drop_index('ix_fraud_outcome')
        batch_op.drop_index('ix_fraud_on')
        batch_op.drop_index('ix_fraud_occurred')
        batch_op.drop_index(batch_op.f('ix_fraud_interception_branch_code'))

    op.drop_table('fraud_interception')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_record')

    op.drop_table('audit_log')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_record')

    op.drop_table('attachment')
    op.drop_table('app_setting')
    
