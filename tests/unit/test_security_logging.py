"""The log file never holds personal data, even when an operation is given some."""

from __future__ import annotations

import logging

import pytest

from branchdesk.logging_setup import setup_logging
from branchdesk.security import accounts, backup

PHONE = "13812345678"


def test_log_file_has_no_phone_number(store, tmp_path):
    (tmp_path / "logs").mkdir()
    path = setup_logging(tmp_path / "logs")
    try:
        accounts.create_first_administrator(store, username="admin", display_name="管理员", password="Qiantai-2026")
        with pytest.raises(accounts.AccountError):
            accounts.sign_in(store, PHONE, "Qiantai-2026")  # a phone number typed as user name
        backup.backup_to(store, tmp_path / f"backup-for-{PHONE}.sqlite", actor="admin")  # logs the file name
        for h in logging.getLogger().handlers:
            h.flush()
        text = path.read_text(encoding="utf-8")
        assert "backup written" in text and "sign_in refused: wrong_password" in text
        assert PHONE not in text
    finally:
        root = logging.getLogger()
        for h in list(root.handlers):
            if getattr(h, "baseFilename", "") == str(path):
                root.removeHandler(h)
                h.close()
