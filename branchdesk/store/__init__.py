"""Local store: SQLAlchemy 2 over SQLite (WAL), migrations, outbox and audit log."""
