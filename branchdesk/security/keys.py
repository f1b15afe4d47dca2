"""The device's data key: where it lives, how the rest of the program gets it, how it is recovered.

- Normal case: the key is in the OS keyring (security.secrets); `get_protector(store)` returns a
  cached FieldProtector for the store's device.
- A key check value (a sealed known text in app_setting) is written when the key is first used.
  If the keyring later has no key for a database that already holds sealed data (a restore on a
  new PC, a wiped keyring), `get_protector` raises DataKeyMissing instead of silently making a
  new key that would leave the old data unreadable.
- Recovery: the administrator may set a recovery passphrase. The key is then also kept in
  app_setting wrapped under it (scrypt + AES-256-GCM), so every backup carries it and a restore
  on another PC can put it back into that PC's keyring (`recover_with_passphrase`).
- No keyring at all: KeyringUnavailable, said plainly by the caller. Only if an administrator
  explicitly chooses it (`enable_start_passphrase`, after a clear warning) is the key kept
  wrapped under a passphrase typed at each start (`unlock_with_start_passphrase`). Never a plain file.
- The PCs of one branch may share one key (security.key_share): an administrator wraps it under a
  passphrase with `wrap_key`, and another PC of the branch puts it into its own keyring under its
  own device's name. Work inside a transaction that needs the key without asking for it (the
  blind indexes of cases pulled from such a PC) gets it from `session_protector`.
"""

from __future__ import annotations

import base64
import json
import os
import threading

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from branchdesk.security import fieldcrypt, secrets
from branchdesk.security.fieldcrypt import DecryptionError, FieldProtector
from branchdesk.security.secrets import KeyringUnavailable
from branchdesk.store import settings

CHECK_SETTING = "data_key_check"
RECOVERY_SETTING = "data_key_recovery"  # key wrapped under the recovery passphrase
START_SETTING = "data_key_start_wrap"  # consented no-keyring mode: key wrapped under a start passphrase
_CHECK_TEXT = "BranchDesk data key check"
_CHECK_CONTEXT = "keys.check"

# scrypt cost: ~0.1 s and 32 MiB on an office PC; a stolen backup cannot be guessed at quickly.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2 ** 15, 8, 1
_SCRYPT_N_MAX = 2 ** 17  # room for a later, costlier default
MIN_PASSPHRASE = 10


class DataKeyMissing(KeyringUnavailable):
    """The database holds sealed data but this PC's keyring has no key for it (e.g. after a restore)."""


class DataKeyMismatch(RuntimeError):
    """The key found does not open this database's data (a different device's key)."""


class WrongPassphrase(ValueError):
    pass


_lock = threading.Lock()
_cache: dict[str, tuple[FieldProtector, bytes]] = {}  # path -> (protector, raw key kept for wrapping)
_by_device: dict[str, FieldProtector | None] = {}  # device id -> protector, or None when no key is at hand


def _cache_key(store) -> str:
    return str(store.path.resolve())


def key_name(device_id: str) -> str:
    """The keyring entry of a device's data key."""
    return f"data-key:{device_id}"


# ---------------------------------------------------------------------------- wrapping
def wrap_key(key: bytes, passphrase: str, *, aad: bytes) -> str:
    salt = os.urandom(16)
    kek = Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P).derive(passphrase.encode("utf-8"))
    nonce = os.urandom(12)
    ct = AESGCM(kek).encrypt(nonce, key, aad)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return json.dumps({"v": 1, "kdf": "scrypt", "n": _SCRYPT_N, "r": _SCRYPT_R, "p": _SCRYPT_P,
                       "salt": b64(salt), "nonce": b64(nonce), "ct": b64(ct)})


def unwrap_key(wrapped: str, passphrase: str, *, aad: bytes) -> bytes:
    w = json.loads(wrapped)
    if not (0 < w["n"] <= _SCRYPT_N_MAX and 0 < w["r"] <= 16 and 0 < w["p"] <= 4):
        # A wrapping may come from a file (a key share): a made-up cost must not exhaust memory.
        raise ValueError("scrypt cost out of range")
    kek = Scrypt(salt=base64.b64decode(w["salt"]), length=32, n=w["n"], r=w["r"], p=w["p"]).derive(
        passphrase.encode("utf-8"))
    try:
        return AESGCM(kek).decrypt(base64.b64decode(w["nonce"]), base64.b64decode(w["ct"]), aad)
    except Exception as exc:
        raise WrongPassphrase("wrong passphrase") from exc


def _aad(device_id: str) -> bytes:
    return f"branchdesk data key:{device_id}".encode("utf-8")


# ---------------------------------------------------------------------------- the protector
def opens_check(protector: FieldProtector, check: str) -> bool:
    """Whether `protector`'s key is the one that sealed the key check value `check`."""
    try:
        return protector.open(check, context=_CHECK_CONTEXT) == _CHECK_TEXT
    except DecryptionError:
        return False


def check_value(protector: FieldProtector) -> str:
    """A new key check value: the known text sealed under `protector`'s key."""
    return protector.seal(_CHECK_TEXT, context=_CHECK_CONTEXT)


def _check_or_set(store, protector: FieldProtector) -> None:
    with store.write() as s:
        check = settings.get(s, CHECK_SETTING)
        if check is None:
            settings.put(s, CHECK_SETTING, check_value(protector))
            return
    if not opens_check(protector, check):
        raise DataKeyMismatch("the data key does not open this database")


def get_protector(store) -> FieldProtector:
    """The FieldProtector of this store's device (cached). Raises KeyringUnavailable or a subclass."""
    ck = _cache_key(store)
    with _lock:
        cached = _cache.get(ck)
        if cached is not None:
            return cached[0]
        with store.read() as s:
            device_id = settings.identity(s).device_id
            has_check = settings.get(s, CHECK_SETTING) is not None
            start_mode = settings.get(s, START_SETTING) is not None
        if has_check or start_mode:
            fieldcrypt.KEY_REQUIRED.add(device_id)
        if start_mode:
            raise DataKeyMissing("the data key is protected by a start passphrase")
        stored = secrets.get_secret(key_name(device_id))
        if stored is None:
            if has_check:
                raise DataKeyMissing("no key for this database in the keyring")
            secrets.set_secret(key_name(device_id), base64.b64encode(os.urandom(32)).decode("ascii"))
            stored = secrets.get_secret(key_name(device_id))
            if stored is None:  # some backends accept a write and then lose it
                raise KeyringUnavailable("keyring did not keep the data key")
        key = base64.b64decode(stored)
        protector = FieldProtector(key)
        _check_or_set(store, protector)
        _cache[ck] = (protector, key)
        _by_device[device_id] = protector
        return protector


def raw_key(store) -> bytes:
    """The data key itself, only to wrap it under a passphrase (recovery, key share); never to store."""
    get_protector(store)
    return _cache[_cache_key(store)][1]


def session_protector(session) -> FieldProtector | None:
    """This device's protector when its key is at hand, for work inside the caller's transaction.

    Never makes a key and never asks for a passphrase: None when the keyring has no key that opens
    this database's key check value. The answer is cached until `forget`.
    """
    device_id = settings.identity(session).device_id
    with _lock:
        if device_id in _by_device:
            return _by_device[device_id]
    try:
        stored = secrets.get_secret(key_name(device_id))
    except KeyringUnavailable:
        stored = None
    protector = None
    if stored is not None:
        candidate = FieldProtector(base64.b64decode(stored))
        check = settings.get(session, CHECK_SETTING)
        if check is None or opens_check(candidate, check):
            protector = candidate
    with _lock:
        _by_device[device_id] = protector
    return protector


def forget(store=None) -> None:
    """Drop cached keys (sign-out of the process, tests, after a restore or a key change)."""
    with _lock:
        _by_device.clear()
        if store is None:
            _cache.clear()
        else:
            _cache.pop(_cache_key(store), None)


def needs_start_passphrase(store) -> bool:
    with store.read() as s:
        return settings.get(s, START_SETTING) is not None


def has_recovery(store) -> bool:
    with store.read() as s:
        return settings.get(s, RECOVERY_SETTING) is not None


# ---------------------------------------------------------------------------- recovery passphrase
def set_recovery_passphrase(store, passphrase: str, *, actor: str) -> None:
    """Keep the data key wrapped under `passphrase` in the database (and so in every backup)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValueError("passphrase_too_short")
    key = raw_key(store)
    from branchdesk.security.guard import log_event

    with store.write() as s:
        device_id = settings.identity(s).device_id
        settings.put(s, RECOVERY_SETTING, wrap_key(key, passphrase, aad=_aad(device_id)))
        log_event(s, actor, "recovery_passphrase_set", record_kind="settings")


def recover_with_passphrase(store, passphrase: str) -> FieldProtector:
    """After a restore on another PC: unwrap the key and put it into this PC's keyring."""
    with store.read() as s:
        device_id = settings.identity(s).device_id
        wrapped = settings.get(s, RECOVERY_SETTING)
    if wrapped is None:
        raise DataKeyMissing("this database has no recovery passphrase")
    key = unwrap_key(wrapped, passphrase, aad=_aad(device_id))
    protector = FieldProtector(key)
    _check_or_set(store, protector)
    secrets.set_secret(key_name(device_id), base64.b64encode(key).decode("ascii"))
    forget(store)
    return get_protector(store)


# ---------------------------------------------------------------------------- consented no-keyring mode
def enable_start_passphrase(store, passphrase: str, *, actor: str) -> FieldProtector:
    """Only after the administrator agreed to it: keep the key wrapped under a start passphrase.

    For a PC where no OS keyring works. The key never touches a plain file; without the
    passphrase nobody (including BranchDesk) can read the personal data.
    """
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValueError("passphrase_too_short")
    from branchdesk.security.guard import log_event

    with store.read() as s:
        if settings.get(s, CHECK_SETTING) is not None:
            # Sealed data exists under a key we do not have: a new key would orphan it.
            raise DataKeyMissing("the database already has a data key")
    key = os.urandom(32)
    protector = FieldProtector(key)
    with store.write() as s:
        device_id = settings.identity(s).device_id
        settings.put(s, START_SETTING, wrap_key(key, passphrase, aad=_aad(device_id)))
        log_event(s, actor, "start_passphrase_enabled", record_kind="settings")
    _check_or_set(store, protector)
    with _lock:
        _cache[_cache_key(store)] = (protector, key)
        _by_device[device_id] = protector
    return protector


def unlock_with_start_passphrase(store, passphrase: str) -> FieldProtector:
    with store.read() as s:
        device_id = settings.identity(s).device_id
        wrapped = settings.get(s, START_SETTING)
    if wrapped is None:
        raise DataKeyMissing("no start passphrase is set")
    key = unwrap_key(wrapped, passphrase, aad=_aad(device_id))
    protector = FieldProtector(key)
    _check_or_set(store, protector)
    with _lock:
        _cache[_cache_key(store)] = (protector, key)
        _by_device[device_id] = protector
    return protector
