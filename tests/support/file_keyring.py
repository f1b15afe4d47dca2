"""A test-only keyring backend kept in a JSON file, so that subprocesses share keys.

Selected with PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring and the file named
by BRANCHDESK_TEST_KEYRING. It lives under tests/ only: the program itself never keeps secrets
in a file (security/secrets.py refuses plain-text backends).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["BRANCHDESK_TEST_KEYRING"])

    def _load(self) -> dict:
        p = self._path()
        return json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}

    def _save(self, data: dict) -> None:
        tmp = self._path().with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self._path())

    def get_password(self, service, username):
        return self._load().get(f"{service}\x1f{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\x1f{username}"] = password
        self._save(data)

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}\x1f{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)
