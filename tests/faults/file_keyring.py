"""A keyring backend for tests whose device and client run as separate processes.

The in-memory backend cannot outlive a process; this one keeps entries in a JSON file named by
BRANCHDESK_TEST_KEYRING (a throwaway test folder). Tests only, never shipped.
"""

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class SharedTestKeyring(KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["BRANCHDESK_TEST_KEYRING"])

    def _load(self) -> dict:
        p = self._path()
        return json.loads(p.read_text()) if p.exists() else {}

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = password
        tmp = self._path().with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        tmp.replace(self._path())

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))
