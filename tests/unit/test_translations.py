"""Every interface string has Chinese translations, and the committed .ts files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "branchdesk" / "ui").rglob("*.py"))


def _messages(ts: Path) -> set[tuple[str, str]]:
    out = set()
    for ctx in ET.parse(ts).iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out.add((name, m.findtext("source")))
    return out


def test_every_ui_string_is_translated(tmp_path):
    ts_files = []
    for lang in ("zh_CN", "zh_TW"):
        ts = tmp_path / f"branchdesk_{lang}.ts"
        shutil.copy(ROOT / "i18n" / f"branchdesk_{lang}.ts", ts)
        subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", *_sources(), "-ts", str(ts)], check=True, cwd=ROOT)
        ts_files.append(str(ts))
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "fill_translations.py"), *ts_files, "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_committed_ts_files_hold_every_source_string(tmp_path):
    fresh = tmp_path / "branchdesk_zh_CN.ts"
    subprocess.run([str(LUPDATE), "-silent", *_sources(), "-ts", str(fresh)], check=True, cwd=ROOT)
    for lang in ("zh_CN", "zh_TW", "en"):
        missing = _messages(fresh) - _messages(ROOT / "i18n" / f"branchdesk_{lang}.ts")
        assert not missing, f"run `make translations`: {lang} lacks {sorted(missing)[:5]}"
