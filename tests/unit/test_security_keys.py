"""The data key: kept in the keyring, never replaced silently, recoverable with a passphrase."""

from __future__ import annotations

import pytest

from branchdesk.security import keys, secrets
from branchdesk.security.secrets import KeyringUnavailable
from branchdesk.store import settings


@pytest.fixture(autouse=True)
def fresh_cache():
    keys.forget()
    yield
    keys.forget()


def device_id(store):
    with store.read() as s:
        return settings.identity(s).device_id


def test_protector_is_cached_and_round_trips(store):
    p = keys.get_protector(store)
    assert keys.get_protector(store) is p
    sealed = p.seal("13812345678", context="t.phone")
    assert "13812345678" not in sealed
    assert p.open(sealed, context="t.phone") == "13812345678"
    assert p.blind_index("13812345678", kind="phone") == keys.get_protector(store).blind_index("13812345678", kind="phone")


def test_missing_key_is_not_replaced_silently(store):
    keys.get_protector(store)
    secrets.delete_secret(f"data-key:{device_id(store)}")
    keys.forget()
    with pytest.raises(keys.DataKeyMissing):
        keys.get_protector(store)


def test_recovery_passphrase_brings_the_key_back(store):
    p = keys.get_protector(store)
    sealed = p.seal("310101199001011234", context="t.id")
    keys.set_recovery_passphrase(store, "long recovery phrase 2026", actor="admin")
    secrets.delete_secret(f"data-key:{device_id(store)}")  # as on a new PC
    keys.forget()
    with pytest.raises(keys.WrongPassphrase):
        keys.recover_with_passphrase(store, "not the phrase at all")
    q = keys.recover_with_passphrase(store, "long recovery phrase 2026")
    assert q.open(sealed, context="t.id") == "310101199001011234"
    assert secrets.get_secret(f"data-key:{device_id(store)}") is not None


def test_no_keyring_says_so_and_writes_no_file(store, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.core.init_backend()
    try:
        before = sorted(p.name for p in store.data_dir.rglob("*"))
        with pytest.raises(KeyringUnavailable):
            keys.get_protector(store)
        assert sorted(p.name for p in store.data_dir.rglob("*")) == before
        # Only an explicit choice makes the passphrase mode; then the key opens with it at each start.
        p = keys.enable_start_passphrase(store, "typed at every start", actor="admin")
        sealed = p.seal("13812345678", context="x")
        keys.forget()
        assert keys.needs_start_passphrase(store)
        with pytest.raises(keys.DataKeyMissing):
            keys.get_protector(store)
        with pytest.raises(keys.WrongPassphrase):
            keys.unlock_with_start_passphrase(store, "wrong passphrase!!")
        q = keys.unlock_with_start_passphrase(store, "typed at every start")
        assert q.open(sealed, context="x") == "13812345678"
        assert keys.get_protector(store) is q
    finally:
        monkeypatch.setattr(keyring.core, "_keyring_backend", None)
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
        keyring.core.init_backend()
