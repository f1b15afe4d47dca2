"""`branchdesk-cli key share` and `key join` as an administrator runs them on two PCs of a branch.

Each PC is its own processes with its own keyring file, as two real PCs would be.
"""

from __future__ import annotations

import json
import sqlite3

from tests.integration.test_security_cli import ADMIN_PW, cli, env_for, py

PASS = "branch safe phrase 2026"

SEAL = """
    import os
    from pathlib import Path
    from branchdesk.security import keys
    from branchdesk.store.db import open_store
    store = open_store(Path(os.environ["BRANCHDESK_DATA_DIR"]) / "branchdesk.sqlite")
    print(keys.get_protector(store).seal("13812345678", context="t"))
    store.close()
"""

OPEN = """
    import os
    from pathlib import Path
    from branchdesk.security import keys
    from branchdesk.store.db import open_store
    store = open_store(Path(os.environ["BRANCHDESK_DATA_DIR"]) / "branchdesk.sqlite")
    print(keys.get_protector(store).open(%r, context="t"))
    store.close()
"""

BRANCH = """
    import os
    from pathlib import Path
    from branchdesk.store import settings
    from branchdesk.store.db import open_store
    store = open_store(Path(os.environ["BRANCHDESK_DATA_DIR"]) / "branchdesk.sqlite")
    with store.write() as s:
        settings.put(s, "branch_code", "440300")
    store.close()
"""


def _pc(tmp_path, name: str) -> dict:
    env = env_for(tmp_path / name, tmp_path / f"keyring-{name}.json")
    done = cli(env, "user", "add", "admin", "--display-name", "管理员", "--password-stdin", stdin=ADMIN_PW + "\n")
    assert done.returncode == 0, done.stderr
    return env


def test_share_and_join_between_two_pcs(tmp_path):
    pc1, pc2 = _pc(tmp_path, "pc1"), _pc(tmp_path, "pc2")
    sealed = py(pc1, SEAL).strip()
    share = tmp_path / "usb" / "branch"
    share.parent.mkdir()
    done = cli(pc1, "key", "share", "--out", str(share), "--user", "admin", "--password-stdin",
               stdin=f"{ADMIN_PW}\n{PASS}\n")
    assert done.returncode == 0, done.stderr
    written = share.with_suffix(".bdkey")
    assert str(written) in done.stdout
    keyring_pc1 = (tmp_path / "keyring-pc1.json").read_text()
    assert PASS not in written.read_text()

    wrong = cli(pc2, "key", "join", str(written), "--user", "admin", "--password-stdin",
                stdin=f"{ADMIN_PW}\nnot the branch phrase\n")
    assert wrong.returncode == 1 and "口令不正确" in wrong.stderr and "未作任何更改" in wrong.stderr
    done = cli(pc2, "key", "join", str(written), "--user", "admin", "--password-stdin", stdin=f"{ADMIN_PW}\n{PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "已加入本网点的数据密钥" in done.stdout
    assert py(pc2, OPEN % sealed).strip() == "13812345678"
    again = cli(pc2, "key", "join", str(written), "--user", "admin", "--password-stdin", stdin=f"{ADMIN_PW}\n{PASS}\n")
    assert again.returncode == 0 and "无需更改" in again.stdout

    # Audited on both PCs; neither passphrase nor key in any audit entry; the chains still verify.
    key_b64 = next(v for k, v in json.loads(keyring_pc1).items() if "data-key" in k)
    for name, env, action in (("pc1", pc1, "data_key_shared"), ("pc2", pc2, "data_key_joined")):
        con = sqlite3.connect(tmp_path / name / "branchdesk.sqlite")
        details = [d for (d,) in con.execute("SELECT detail FROM audit_log WHERE action = ?", (action,))]
        every = " ".join(str(d) for (d,) in con.execute("SELECT detail FROM audit_log"))
        con.close()
        assert len(details) == 1
        assert PASS not in every and key_b64 not in every
        assert cli(env, "verify-audit").returncode == 0


def test_share_from_another_branch_is_refused(tmp_path):
    pc1, pc3 = _pc(tmp_path, "pc1"), _pc(tmp_path, "pc3")
    py(pc3, BRANCH)
    out = tmp_path / "branch.bdkey"
    assert cli(pc1, "key", "share", "--out", str(out), "--user", "admin", "--password-stdin",
               stdin=f"{ADMIN_PW}\n{PASS}\n").returncode == 0
    done = cli(pc3, "key", "join", str(out), "--user", "admin", "--password-stdin", stdin=f"{ADMIN_PW}\n{PASS}\n")
    assert done.returncode == 1
    assert "310115" in done.stderr and "440300" in done.stderr and "未作任何更改" in done.stderr
    en = cli(pc3, "key", "join", str(out), "--lang", "en", "--user", "admin", "--password-stdin",
             stdin=f"{ADMIN_PW}\n{PASS}\n")
    assert "belongs to branch 310115" in en.stderr


def test_sharing_needs_an_administrator(tmp_path):
    pc1 = _pc(tmp_path, "pc1")
    done = cli(pc1, "key", "share", "--out", str(tmp_path / "x.bdkey"), "--password-stdin", stdin=f"{PASS}\n")
    assert done.returncode == 1 and "--user" in done.stderr
    assert not (tmp_path / "x.bdkey").exists()
