"""At start: no keyring is said plainly (no plain-file fallback); a passphrase only by explicit choice;
a database from another PC asks for the recovery passphrase."""

from __future__ import annotations

import keyring
import keyring.core
import pytest
from PySide6.QtWidgets import QMessageBox

from branchdesk.security import keys, secrets
from branchdesk.store import settings
from branchdesk.ui import i18n
from branchdesk.ui.security import signin
from branchdesk.ui.security.dialogs import PassphraseDialog


@pytest.fixture(autouse=True)
def fresh_keys(qapp):
    # The texts below are read in English; the translators of earlier tests must not decide that.
    i18n.set_language("en")
    keys.forget()
    yield
    keys.forget()
    i18n.set_language("zh_CN")


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.core.init_backend()
    yield
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
    keyring.core.init_backend()


def answer_box(monkeypatch, choice: str, seen: list):
    """Stand in for the person at the warning: read it, press the button whose text starts with `choice`."""

    def exec_(box):
        seen.append(box.text() + "\n" + box.informativeText())
        for b in box.buttons():
            if b.text().replace("&", "").startswith(choice):
                b.click()
                return 0
        raise AssertionError(f"no button {choice!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def type_passphrases(monkeypatch, attempts: list[str], errors: list):
    """Each attempt is typed and OK pressed; refusals are collected; the dialog's result returned."""

    def exec_(dlg):
        for text in attempts:
            dlg.passphrase.setText(text)
            dlg.repeat.setText(text)
            dlg._try_accept()
            if dlg.result():
                return dlg.result()
            errors.append(dlg.error.text())
        return 0

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)


def files(store):
    return sorted(p.name for p in store.data_dir.rglob("*"))


def test_no_keyring_is_said_plainly_and_nothing_is_written(qtbot, store, no_keyring, monkeypatch):
    seen: list[str] = []
    answer_box(monkeypatch, "Continue without personal data", seen)
    before = files(store)
    assert signin.ensure_data_key(store) is False
    assert "no working system keyring" in seen[0] and "plain file" in seen[0]
    assert files(store) == before
    assert not keys.needs_start_passphrase(store)


def test_quitting_at_the_warning_ends_the_start(qtbot, store, no_keyring, monkeypatch):
    answer_box(monkeypatch, "Cancel", [])
    assert signin.obtain_actor(store) is None


def test_start_passphrase_only_by_explicit_choice(qtbot, store, no_keyring, monkeypatch):
    answer_box(monkeypatch, "Use a start passphrase", [])
    errors: list[str] = []
    type_passphrases(monkeypatch, ["short", "typed at every start"], errors)
    assert signin.ensure_data_key(store) is True
    assert errors == ["The passphrase needs at least 10 characters"]
    sealed = keys.get_protector(store).seal("13812345678", context="t")
    with store.read() as s:
        wrapped = settings.get(s, keys.START_SETTING)
    assert "13812345678" not in wrapped and "typed at every start" not in wrapped

    keys.forget()  # the next start
    errors.clear()
    type_passphrases(monkeypatch, ["wrong passphrase 1", "typed at every start"], errors)
    assert signin.ensure_data_key(store) is True
    assert errors == ["Wrong passphrase"]
    assert keys.get_protector(store).open(sealed, context="t") == "13812345678"


def test_database_from_another_pc_asks_for_the_recovery_passphrase(qtbot, store, monkeypatch):
    sealed = keys.get_protector(store).seal("310101199001011234", context="t")
    keys.set_recovery_passphrase(store, "branch safe phrase", actor="admin")
    with store.read() as s:
        device_id = settings.identity(s).device_id
    secrets.delete_secret(f"data-key:{device_id}")  # as on the new PC
    keys.forget()
    errors: list[str] = []
    type_passphrases(monkeypatch, ["not the phrase!", "branch safe phrase"], errors)
    assert signin.ensure_data_key(store) is True
    assert errors == ["Wrong passphrase"]
    assert keys.get_protector(store).open(sealed, context="t") == "310101199001011234"


def test_no_recovery_keeps_personal_data_locked_and_no_new_key_is_made(qtbot, store, monkeypatch):
    from branchdesk.security.fieldcrypt import FieldProtector
    from branchdesk.security.secrets import KeyringUnavailable

    keys.get_protector(store).seal("x", context="t")
    with store.read() as s:
        device_id = settings.identity(s).device_id
    secrets.delete_secret(f"data-key:{device_id}")
    keys.forget()
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: seen.append(text))
    assert signin.ensure_data_key(store) is False
    assert "no recovery passphrase" in seen[0]
    # A workspace asking the keyring directly must not get a fresh key that would orphan the data.
    with pytest.raises(KeyringUnavailable):
        FieldProtector.from_keyring(device_id)
    assert secrets.get_secret(f"data-key:{device_id}") is None
