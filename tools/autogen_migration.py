"""Write a new migration by comparing the models with a database upgraded to the current heads.

Usage: python tools/autogen_migration.py REV "message" [--empty]
"""

import sys
import tempfile
from pathlib import Path

from alembic import command

from branchdesk.store import db

rev, message = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "x.sqlite"
    engine = db.make_engine(path)
    with engine.begin() as conn:
        cfg = db.alembic_config(conn)
        heads = db.script_heads()
        if heads:
            command.upgrade(cfg, "heads")
        command.revision(cfg, message=message, rev_id=rev, autogenerate="--empty" not in sys.argv, head="heads" if heads else "base")
