"""The one-folder bundle: built with PyInstaller, started with no Python around it, checked inside.

The build takes a minute or two; it is skipped when dist/ is newer than every source file
(installer/build.py --if-stale), so `make test` pays for it only after a change.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def _build_module():
    spec = importlib.util.spec_from_file_location("branchdesk_installer_build", ROOT / "installer" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


build = _build_module()


def bundle_env(**extra) -> dict[str, str]:
    """What a branch PC has: no virtualenv, no PYTHONPATH, no test keyring (it is not in the bundle)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "PYTHONPATH", "VIRTUAL_ENV", "BRANCHDESK_DATA_DIR", "PYTHONHOME")}
    env["PATH"] = "/usr/bin:/bin"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not build.bundle_is_fresh():
        subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--if-stale", "--no-deb"],
                       check=True, cwd=ROOT, env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"})
    assert build.GUI_EXE.exists()
    return build.BUNDLE


def test_the_bundle_starts_offscreen_creates_its_database_and_exits_0(bundle, tmp_path):
    data = tmp_path / "empty-data"
    data.mkdir()
    shot = tmp_path / "window.png"
    started = time.monotonic()
    proc = subprocess.run([str(build.GUI_EXE), "--data-dir", str(data), "--quit-after", "1", "--screenshot", str(shot)],
                          env=bundle_env(HOME=str(tmp_path)), capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert time.monotonic() - started < 60
    db = data / "branchdesk.sqlite"
    assert db.exists()
    con = sqlite3.connect(db)
    try:
        revisions = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
    finally:
        con.close()
    from branchdesk.store import schema

    assert revisions == set(schema.heads())  # every migration ran from the scripts inside the bundle
    assert shot.exists() and shot.stat().st_size > 1000  # a window was really drawn


def test_the_bundle_holds_no_unused_qt_modules(bundle):
    names = [p.name for p in bundle.rglob("*") if p.is_file()]
    for unwanted in ("QtWebEngine", "Qt6WebEngine", "QtCharts", "Qt6Charts", "Qt63D", "Qt3D", "Qt6Quick", "QtQuick",
                     "Qt6Qml", "QtQml", "Qt6Multimedia", "QtMultimedia"):
        assert not [n for n in names if unwanted in n], unwanted
    assert build.check_bundle() == []


def test_the_bundle_carries_the_chinese_translations_the_font_and_the_migrations(bundle):
    internal = bundle / "_internal"
    assert (internal / "i18n" / "branchdesk_zh_CN.qm").stat().st_size > 100
    assert (internal / "resources" / "fonts" / "WenQuanYiMicroHei.ttf").stat().st_size > 1_000_000
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert {"qtbase_zh_CN.qm", "qtbase_zh_TW.qm", "qtbase_en.qm"} <= {p.name for p in qt_translations.iterdir()}
    assert not (qt_translations / "qtbase_de.qm").exists()  # only our three languages
    versions = {p.name for p in (internal / "branchdesk" / "store" / "migrations" / "versions").glob("*.py")}
    assert versions == {p.name for p in (ROOT / "branchdesk" / "store" / "migrations" / "versions").glob("*.py")}
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "printsupport", "imageformats"):
        if sys.platform.startswith("linux") or "/" not in plugin:
            assert (plugins / plugin).exists(), plugin


@pytest.mark.skipif(not (ROOT / "branchdesk" / "cli.py").exists(), reason="the command line is not written yet")
def test_the_command_line_in_the_bundle_knows_every_command_group(bundle, tmp_path):
    exe = build.CLI_EXE
    assert exe.exists()
    proc = subprocess.run([str(exe), "--help"], env=bundle_env(HOME=str(tmp_path)), capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    # Every command the source tree registers must be found inside the bundle too (commands are
    # discovered at start-up, so a module left out of the bundle would vanish without an error).
    import argparse

    from branchdesk import cli

    parser = cli.build_parser()
    expected = {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
                for name in action.choices}
    assert expected
    missing = [c for c in sorted(expected) if c not in proc.stdout]
    assert not missing, missing


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="dpkg-deb is Debian's; not on this system")
def test_the_linux_package_installs_under_opt_with_links_menu_entry_and_a_careful_postrm(bundle, tmp_path):
    deb = build.build_deb()
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    paths = [line.split(" ./", 1)[1] for line in listing.splitlines() if " ./" in line]
    assert "opt/branchdesk/branchdesk" in paths
    assert "opt/branchdesk/_internal/i18n/branchdesk_zh_CN.qm" in paths
    assert "usr/bin/branchdesk -> /opt/branchdesk/branchdesk" in paths
    assert "usr/share/applications/branchdesk.desktop" in paths
    assert "usr/share/icons/hicolor/256x256/apps/branchdesk.png" in paths
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], capture_output=True, text=True,
                          check=True).stdout
    assert "Package: branchdesk" in info
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", str(deb), str(control)], check=True)
    postrm = (control / "postrm").read_text()
    # Plain removal keeps the users' data; only purge deletes it.
    assert "purge)" in postrm and "rm -rf" in postrm.split("purge)")[1].split(";;")[0]
    assert "rm -rf" not in postrm.split("remove|upgrade")[1]
    home = tmp_path / "home" / "clerk"
    data = home / ".local" / "share" / "BranchDesk"
    data.mkdir(parents=True)
    (data / "branchdesk.sqlite").write_bytes(b"x")
    script = postrm.replace("/root /home/*", str(tmp_path / "home" / "*"))
    run = tmp_path / "postrm"
    run.write_text(script)
    run.chmod(0o755)
    subprocess.run([str(run), "remove"], check=True, capture_output=True)
    assert data.exists()
    subprocess.run([str(run), "purge"], check=True, capture_output=True)
    assert not data.exists()
