"""fraud register: indexes that deliver time order per filter, covering totals index, trigram text search

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_fraud_occurred", table_name="fraud_interception")
    op.drop_index("ix_fraud_type_on", table_name="fraud_interception")
    op.drop_index("ix_fraud_recorder", table_name="fraud_interception")
    op.drop_index("ix_fraud_outcome", table_name="fraud_interception")
    op.create_index("ix_fraud_outcome_time", "fraud_interception",
                    ["outcome", "occurred_at", "id", "deleted_at", "amount_protected", "amount_attempted"])
    op.create_index("ix_fraud_occurred_id", "fraud_interception", ["occurred_at", "id"])
    op.create_index("ix_fraud_type_time", "fraud_interception",
                    ["fraud_type", "occurred_at", "id", "deleted_at", "amount_protected", "amount_attempted"])
    op.create_index("ix_fraud_recorder_time", "fraud_interception",
                    ["recorder", "occurred_at", "id", "deleted_at", "amount_protected", "amount_attempted"])
    op.create_index("ix_fraud_totals", "fraud_interception",
                    ["deleted_at", "occurred_at", "fraud_type", "outcome", "recorder", "police_notified",
                     "amount_protected", "amount_attempted"])
    # Substring search over case number, narrative and police reference. The trigram tokenizer
    # matches any run of 3+ characters, Chinese included; triggers keep it in the same transaction.
    op.execute(
        "CREATE VIRTUAL TABLE fraud_search USING fts5(ref_no, narrative, police_ref, "
        "content='fraud_interception', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER fraud_search_ai AFTER INSERT ON fraud_interception BEGIN "
        "INSERT INTO fraud_search(rowid, ref_no, narrative, police_ref) "
        "VALUES (new.rowid, new.ref_no, new.narrative, new.police_ref); END"
    )
    op.execute(
        "CREATE TRIGGER fraud_search_ad AFTER DELETE ON fraud_interception BEGIN "
        "INSERT INTO fraud_search(fraud_search, rowid, ref_no, narrative, police_ref) "
        "VALUES ('delete', old.rowid, old.ref_no, old.narrative, old.police_ref); END"
    )
    op.execute(
        "CREATE TRIGGER fraud_search_au AFTER UPDATE OF ref_no, narrative, police_ref ON fraud_interception BEGIN "
        "INSERT INTO fraud_search(fraud_search, rowid, ref_no, narrative, police_ref) "
        "VALUES ('delete', old.rowid, old.ref_no, old.narrative, old.police_ref); "
        "INSERT INTO fraud_search(rowid, ref_no, narrative, police_ref) "
        "VALUES (new.rowid, new.ref_no, new.narrative, new.police_ref); END"
    )
    op.execute("INSERT INTO fraud_search(fraud_search) VALUES ('rebuild')")


def downgrade() -> None:
    for trig in ("fraud_search_ai", "fraud_search_ad", "fraud_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trig}")
    op.execute("DROP TABLE IF EXISTS fraud_search")
    op.drop_index("ix_fraud_totals", table_name="fraud_interception")
    op.drop_index("ix_fraud_recorder_time", table_name="fraud_interception")
    op.drop_index("ix_fraud_type_time", table_name="fraud_interception")
    op.drop_index("ix_fraud_occurred_id", table_name="fraud_interception")
    op.drop_index("ix_fraud_outcome_time", table_name="fraud_interception")
    op.create_index("ix_fraud_outcome", "fraud_interception", ["outcome"])
    op.create_index("ix_fraud_occurred", "fraud_interception", ["occurred_at"])
    op.create_index("ix_fraud_type_on", "fraud_interception", ["fraud_type", "occurred_on"])
    op.create_index("ix_fraud_recorder", "fraud_interception", ["recorder"])
