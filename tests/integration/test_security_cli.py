"""branchdesk-cli security commands, run as a person runs them: separate processes, real files.

The keyring of the test processes is a file (tests/support/file_keyring.py) so that the key set
by one process is seen by the next, as the OS keyring would be.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PW = "Qiantai-2026"
PHONE, ID_NUMBER = "13812345678", "310101199001011234"


def env_for(data: Path, keyring_file: Path) -> dict:
    env = dict(os.environ)
    env.update({
        "BRANCHDESK_DATA_DIR": str(data),
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "BRANCHDESK_TEST_KEYRING": str(keyring_file),
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        "BRANCHDESK_LANG": "zh_CN",
    })
    return env


def cli(env: dict, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "branchdesk.cli", *args], input=stdin, capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def py(env: dict, code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


SEAL = """
    from pathlib import Path
    from sqlalchemy import text
    from branchdesk.store.db import open_store
    from branchdesk.security import keys
    import os
    store = open_store(Path(os.environ["BRANCHDESK_DATA_DIR"]) / "branchdesk.sqlite")
    p = keys.get_protector(store)
    with store.write() as s:
        s.execute(text("CREATE TABLE test_person (phone TEXT, id_number TEXT)"))
        s.execute(text("INSERT INTO test_person VALUES (:p, :i)"),
                  {"p": p.seal("%s", context="p"), "i": p.seal("%s", context="i")})
    store.close()
""" % (PHONE, ID_NUMBER)

OPEN = """
    from pathlib import Path
    from sqlalchemy import text
    from branchdesk.store.db import open_store
    from branchdesk.security import keys
    import os
    store = open_store(Path(os.environ["BRANCHDESK_DATA_DIR"]) / "branchdesk.sqlite")
    with store.read() as s:
        phone = s.execute(text("SELECT phone FROM test_person")).scalar()
    print(keys.get_protector(store).open(phone, context="p"))
    store.close()
"""


@pytest.fixture
def device(tmp_path) -> dict:
    env = env_for(tmp_path / "pc1", tmp_path / "keyring-pc1.json")
    done = cli(env, "user", "add", "admin", "--display-name", "管理员", "--password-stdin", stdin=ADMIN_PW + "\n")
    assert done.returncode == 0, done.stderr
    return env


def test_verify_audit_names_the_changed_entry(device, tmp_path):
    cli(device, "user", "add", "li", "--role", "teller", "--user", "admin", "--password-stdin",
        stdin=f"{ADMIN_PW}\nGuitai-8899\n")
    ok = cli(device, "verify-audit")
    assert ok.returncode == 0 and "审计日志完整" in ok.stdout

    db = tmp_path / "pc1" / "branchdesk.sqlite"
    con = sqlite3.connect(db)
    seq, eid = con.execute("SELECT seq, id FROM audit_log WHERE action='account_create' ORDER BY seq DESC").fetchone()
    con.execute("UPDATE audit_log SET detail = replace(detail, 'teller', 'manager') WHERE seq = ?", (seq,))
    con.commit()
    con.close()

    bad = cli(device, "verify-audit")
    assert bad.returncode != 0
    assert f"第 {seq} 条" in bad.stderr and eid in bad.stderr
    en = cli(device, "verify-audit", "--lang", "en")
    assert f"breaks at entry {seq}" in en.stderr


def test_verify_audit_on_a_deleted_entry_and_a_backup_file(device, tmp_path):
    out = tmp_path / "bk.sqlite"
    assert cli(device, "backup", "--out", str(out)).returncode == 0
    con = sqlite3.connect(out)
    first = con.execute("SELECT min(seq) FROM audit_log").fetchone()[0]
    second_id = con.execute("SELECT id FROM audit_log WHERE seq > ? ORDER BY seq LIMIT 1", (first,)).fetchone()[0]
    con.execute("DELETE FROM audit_log WHERE seq = ?", (first,))
    con.commit()
    con.close()
    bad = cli(device, "verify-audit", "--file", str(out))
    assert bad.returncode == 1 and second_id in bad.stderr


def test_backup_and_restore_on_a_new_pc(device, tmp_path):
    py(device, SEAL)
    # Without a recovery passphrase the backup says what that means.
    plain = cli(device, "backup", "--out", str(tmp_path / "first.sqlite"))
    assert plain.returncode == 0 and "恢复口令" in plain.stderr

    done = cli(device, "set-recovery-passphrase", "--user", "admin", "--password-stdin",
               stdin=f"{ADMIN_PW}\nour branch recovery 2026\n")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "branch.sqlite"
    done = cli(device, "backup", "--out", str(out))
    assert done.returncode == 0 and done.stderr == ""
    raw = out.read_bytes()
    assert PHONE.encode() not in raw and ID_NUMBER.encode() not in raw

    new_pc = env_for(tmp_path / "pc2", tmp_path / "keyring-pc2.json")
    wrong = cli(new_pc, "restore", str(out), "--password-stdin", stdin="not the recovery phrase\n")
    assert wrong.returncode == 1 and "口令不正确" in wrong.stderr
    again = cli(new_pc, "recover-key", "--password-stdin", stdin="our branch recovery 2026\n")
    assert again.returncode == 0, again.stderr
    assert py(new_pc, OPEN).strip() == PHONE
    # The restored chain still verifies and records the restore.
    assert cli(new_pc, "verify-audit").returncode == 0
    con = sqlite3.connect(tmp_path / "pc2" / "branchdesk.sqlite")
    assert con.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0] == "restore"
    con.close()


def test_restore_over_accounts_needs_the_administrator(device, tmp_path):
    out = tmp_path / "b.sqlite"
    assert cli(device, "backup", "--out", str(out)).returncode == 0
    refused = cli(device, "restore", str(out), "--user", "admin", "--password-stdin", stdin="wrong-pass-1\n")
    assert refused.returncode == 1 and "密码错误" in refused.stderr
    done = cli(device, "restore", str(out), "--user", "admin", "--password-stdin", stdin=ADMIN_PW + "\n")
    assert done.returncode == 0, done.stderr
    assert "原数据库已另存为" in done.stdout


def test_user_commands_need_an_administrator(device):
    assert cli(device, "user", "add", "li", "--role", "teller", "--user", "admin", "--password-stdin",
               stdin=f"{ADMIN_PW}\nGuitai-8899\n").returncode == 0
    refused = cli(device, "user", "set-role", "li", "manager", "--user", "li", "--password-stdin",
                  stdin="Guitai-8899\n")
    assert refused.returncode == 1 and "只有系统管理员可以管理账户" in refused.stderr
    weak = cli(device, "user", "add", "wang", "--user", "admin", "--password-stdin", stdin=f"{ADMIN_PW}\n123\n")
    assert weak.returncode == 1 and "密码至少 8 位" in weak.stderr
    assert cli(device, "user", "set-role", "li", "manager", "--user", "admin", "--password-stdin",
               stdin=ADMIN_PW + "\n").returncode == 0
    listing = cli(device, "user", "list").stdout
    assert "li\tli\t网点经理\t启用" in listing and "wang" not in listing


def test_purge_dry_run_and_refusal(device):
    assert cli(device, "purge", "--dry-run").returncode == 0
    refused = cli(device, "purge", "--user", "admin", "--password-stdin", stdin="wrong-pass-9\n")
    assert refused.returncode == 1
    done = cli(device, "purge", "--user", "admin", "--password-stdin", stdin=ADMIN_PW + "\n")
    assert done.returncode == 0 and "已清理 0 条" in done.stdout


def test_restore_refuses_a_file_that_is_not_a_backup(device, tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a database", encoding="utf-8")
    done = cli(device, "restore", str(bogus), "--user", "admin", "--password-stdin", stdin=ADMIN_PW + "\n")
    assert done.returncode == 1 and "不是 BranchDesk 备份" in done.stderr
    assert cli(device, "user", "list").stdout.startswith("admin\t")  # the database is untouched
