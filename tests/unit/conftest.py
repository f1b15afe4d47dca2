"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from branchdesk.headoffice.db import HeadOfficeStore


@pytest.fixture
def ho(tmp_path):
    """Head office's store on an embedded SQLite file, migrated."""
    st = HeadOfficeStore(f"sqlite:///{tmp_path / 'ho.sqlite'}")
    st.migrate()
    yield st
    st.close()
