"""The window in Chinese for tests that read its texts or take its screenshots: zh_CN translations
built from the sources and glossaries as `make translations` does, installed for the test's span."""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
FILL = ROOT / "tools" / "fill_translations.py"


@contextmanager
def chinese_window(tmp_path: Path, *ui_folders: str, require_all: bool = False) -> Iterator[None]:
    """Translations of the UI modules under `ui_folders` (all of branchdesk/ui when none), installed
    with zh_CN as the program's language. Started from the shipped .ts file, so translations made in
    Qt Linguist count; `require_all` fails the test when a text of those modules has no Chinese."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from branchdesk.ui import i18n

    folders = [ROOT / "branchdesk" / "ui" / f for f in ui_folders] or [ROOT / "branchdesk" / "ui"]
    sources = sorted(str(p) for folder in folders for p in folder.rglob("*.py"))
    ts = tmp_path / "branchdesk_zh_CN.ts"
    ts.write_bytes((ROOT / "i18n" / "branchdesk_zh_CN.ts").read_bytes())
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts)], check=True,
                   cwd=ROOT)
    if require_all:
        check = subprocess.run([sys.executable, str(FILL), str(ts), "--check"], capture_output=True, text=True)
        assert check.returncode == 0, "untranslated: " + check.stdout + check.stderr
    subprocess.run([sys.executable, str(FILL), str(ts)], check=True, cwd=ROOT)
    qm = tmp_path / "branchdesk_zh_CN.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    before = i18n.current_language()
    i18n.set_language("zh_CN")
    app = QApplication.instance()
    translator = QTranslator(app)
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
        i18n.set_language(before)
