"""Shared fixtures: offscreen Qt, an in-memory keyring, and a fresh data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.memory_keyring.MemoryKeyring"

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(d))
    return d


@pytest.fixture
def store(data_dir):
    from branchdesk.store.db import open_store

    st = open_store(data_dir / "branchdesk.sqlite")
    yield st
    st.close()


@pytest.fixture
def refs(store):
    from branchdesk.store.reference import load_refbook

    with store.read() as s:
        return load_refbook(s)
