"""The main window: title, languages switched while running, the bundled font."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from branchdesk.domain.roles import Actor, Role
from branchdesk.ui import fonts, i18n
from branchdesk.ui.app import build_context
from branchdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    fonts.load_bundled_font(QApplication.instance())
    i18n.set_language("zh_CN")
    w = MainWindow(build_context(store, Actor("manager", "王经理", Role.MANAGER)))
    qtbot.addWidget(w)
    w.show()
    yield w
    i18n.set_language("zh_CN")


def test_title_and_default_language_is_simplified_chinese(window):
    assert "BranchDesk" in window.windowTitle()
    assert "消保工作台" in window.windowTitle()
    assert [m.title() for m in (window._menu_file, window._menu_view)] == ["文件(&F)", "视图(&V)"]


def test_language_switches_while_running(window, qtbot):
    window.set_language("en")
    qtbot.waitUntil(lambda: window._menu_file.title() == "&File")
    assert "Consumer protection desk" in window.windowTitle()
    window.set_language("zh_TW")
    qtbot.waitUntil(lambda: "消保工作臺" in window.windowTitle())  # Traditional characters
    assert window._menu_view.title() == "視圖(&V)"
    assert i18n.current_language() == "zh_TW"


def test_language_choice_is_remembered(window, store):
    from branchdesk.store import settings

    window.set_language("en")
    with store.read() as s:
        assert settings.get(s, "language") == "en"


def test_bundled_font_renders_chinese(qapp):
    family = fonts.load_bundled_font(qapp)
    assert family == "WenQuanYi Micro Hei"
    assert QApplication.font().family() == family
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def test_program_starts_creates_database_and_exits(tmp_path):
    data = tmp_path / "d"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.MemoryKeyring", "PYTHONPATH": "."}
    shot = tmp_path / "shot.png"
    proc = subprocess.run(
        [sys.executable, "-m", "branchdesk", "--data-dir", str(data), "--quit-after", "0.2", "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert (data / "branchdesk.sqlite").stat().st_size > 0
    assert shot.stat().st_size > 1000
