"""Build the one-folder bundle (PyInstaller) and, on Linux, the .deb package made from it.

    make installer                       # bundle + .deb (the Makefile builds the .qm files first)
    .venv/bin/python installer/build.py --if-stale   # skip when dist/ is newer than every source
    .venv/bin/python installer/build.py --no-deb

Output: dist/branchdesk/ (branchdesk, branchdesk-cli and everything they need) and
dist/branchdesk_<version>_<arch>.deb. The Windows installer is made from the same bundle on a
Windows PC with Inno Setup (installer/branchdesk.iss; see docs/admin-guide.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "branchdesk"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GUI_EXE = BUNDLE / f"branchdesk{EXE_SUFFIX}"
CLI_EXE = BUNDLE / f"branchdesk-cli{EXE_SUFFIX}"

# What decides the bundle's content: if any of these is newer than the bundle, it is rebuilt.
SOURCE_GLOBS = ("branchdesk/**/*.py", "branchdesk/**/*.mako", "branchdesk/headoffice/**/*", "resources/**/*",
                "i18n/*.ts", "i18n/*.qm", "installer/*", "pyproject.toml", "requirements.lock")

# Qt libraries that must never be in the bundle (BranchDesk draws charts with QPainter, shows PDFs
# with QtPdf and has no QML): their presence means an exclude stopped working.
FORBIDDEN_LIBS = ("QtWebEngine", "Qt6WebEngine", "QtCharts", "Qt6Charts", "Qt3D", "Qt63D", "QtQuick", "Qt6Quick",
                  "QtQml", "Qt6Qml", "QtMultimedia", "Qt6Multimedia", "QtDataVisualization", "Qt6DataVisualization")


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def source_files() -> list[Path]:
    files: set[Path] = set()
    for pattern in SOURCE_GLOBS:
        files.update(p for p in ROOT.glob(pattern) if p.is_file() and "__pycache__" not in p.parts)
    return sorted(files)


def bundle_is_fresh() -> bool:
    """True when the built bundle is newer than every file it is made from."""
    if not GUI_EXE.exists():
        return False
    built = GUI_EXE.stat().st_mtime
    return all(p.stat().st_mtime <= built for p in source_files())


def compile_translations() -> None:
    """The .qm files from the .ts files (the Makefile does this too; here for a direct run)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease" + EXE_SUFFIX)
    for ts in sorted((ROOT / "i18n").glob("branchdesk_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def run_pyinstaller() -> None:
    started = time.time()
    env = dict(os.environ, BRANCHDESK_ROOT=str(ROOT), BRANCHDESK_VERSION=version())
    env.pop("PYTHON_KEYRING_BACKEND", None)  # a test's in-memory keyring must not steer the analysis
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "installer" / "branchdesk.spec")],
                   check=True, cwd=ROOT, env=env)
    # The bundle's time stamp is when the build *started*: a source saved during the build is newer,
    # so the next --if-stale run rebuilds (see bundle_is_fresh).
    os.utime(GUI_EXE, (started, started))


def check_bundle() -> list[str]:
    """Problems with the bundle's content: forbidden Qt modules in, needed files out."""
    problems = []
    files = [p for p in BUNDLE.rglob("*") if p.is_file()]
    for p in files:
        if any(bad in p.name for bad in FORBIDDEN_LIBS):
            problems.append(f"unwanted Qt module: {p.relative_to(BUNDLE)}")
    internal = BUNDLE / "_internal"
    needed = [internal / "i18n" / "branchdesk_zh_CN.qm", internal / "resources" / "fonts" / "WenQuanYiMicroHei.ttf",
              internal / "resources" / "icons" / "branchdesk-256.png",
              internal / "branchdesk" / "store" / "migrations" / "env.py"]
    problems += [f"missing: {p.relative_to(BUNDLE)}" for p in needed if not p.exists()]
    names = {p.name for p in files}
    for qm in ("qtbase_zh_CN.qm", "qtbase_zh_TW.qm", "qtbase_en.qm"):
        if qm not in names:
            problems.append(f"missing Qt translation: {qm}")
    if sys.platform.startswith("linux"):
        for plugin in ("libqoffscreen.so", "libqxcb.so"):
            if plugin not in names:
                problems.append(f"missing platform plugin: {plugin}")
    return problems


# ----------------------------------------------------------------------------- Linux package
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=BranchDesk
Name[zh_CN]=BranchDesk 消保工作台
Name[zh_TW]=BranchDesk 消保工作台
GenericName=Consumer-protection desk
GenericName[zh_CN]=消费者权益保护工作台
GenericName[zh_TW]=消費者權益保護工作台
Comment=Fraud interceptions, complaints and financial-education events at a bank branch
Comment[zh_CN]=网点涉诈拦截、消费投诉与金融教育宣传登记
Comment[zh_TW]=網點涉詐攔截、消費投訴與金融教育宣傳登記
Exec=/opt/branchdesk/branchdesk
Icon=branchdesk
Terminal=false
Categories=Office;Finance;
StartupWMClass=branchdesk
"""

POSTINST = """#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
fi
exit 0
"""

# Data lives in each user's home (the program's data folder), never under /opt: removing or
# upgrading the package leaves it alone. Only `apt purge` deletes it, after saying what it deletes.
POSTRM = """#!/bin/sh
set -e
case "$1" in
    purge)
        for home in /root /home/*; do
            for dir in "$home/.local/share/BranchDesk" "$home/.local/state/BranchDesk"; do
                if [ -d "$dir" ]; then
                    echo "branchdesk: removing user data $dir"
                    rm -rf "$dir"
                fi
            done
        done
        ;;
    remove|upgrade|failed-upgrade|abort-install|abort-upgrade|disappear)
        echo "branchdesk: user data kept (each user's ~/.local/share/BranchDesk); 'apt purge branchdesk' removes it" >&2
        ;;
esac
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
fi
exit 0
"""

DEB_DEPENDS = ("libc6, libfontconfig1, libfreetype6, libdbus-1-3, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, "
               "libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, "
               "libxcb-xkb1, libx11-xcb1")


def deb_arch() -> str:
    out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    if out.returncode == 0 and out.stdout.strip():
        return out.stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def build_deb() -> Path:
    ver, arch = version(), deb_arch()
    stage = ROOT / "build" / "deb" / f"branchdesk_{ver}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / "branchdesk"
    shutil.copytree(BUNDLE, opt, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for exe in ("branchdesk", "branchdesk-cli"):
        if (opt / exe).exists():
            (bin_dir / exe).symlink_to(f"/opt/branchdesk/{exe}")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "branchdesk.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        d = stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        d.mkdir(parents=True)
        shutil.copy2(icons / f"branchdesk-{size}.png", d / "branchdesk.png")
    scalable = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "branchdesk.svg", scalable / "branchdesk.svg")

    debian = stage / "DEBIAN"
    debian.mkdir()
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (debian / "control").write_text(
        f"Package: branchdesk\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: BranchDesk team <branchdesk@localhost>\n"
        f"Installed-Size: {size_kb}\nDepends: {DEB_DEPENDS}\nSection: misc\nPriority: optional\n"
        "Description: consumer-protection desk for bank branches\n"
        " Records counter fraud interceptions, complaints and financial-education events,\n"
        " works offline and syncs with head office.\n", encoding="utf-8")
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        (debian / name).write_text(text, encoding="utf-8")
        (debian / name).chmod(0o755)
    out = DIST / f"branchdesk_{ver}_{arch}.deb"
    # --root-owner-group: files belong to root in the package whoever builds it (no fakeroot needed).
    # gzip: every dpkg can unpack it, and it packs in seconds where xz takes minutes.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--if-stale", action="store_true", help="do nothing when the bundle is newer than every source file")
    p.add_argument("--no-deb", action="store_true", help="build the bundle only")
    args = p.parse_args(argv)
    compile_translations()
    if args.if_stale and bundle_is_fresh():
        print(f"bundle is up to date: {BUNDLE}")
    else:
        run_pyinstaller()
        problems = check_bundle()
        if problems:
            print("bundle check failed:\n  " + "\n  ".join(problems), file=sys.stderr)
            return 1
        print(f"bundle: {BUNDLE}" + ("" if CLI_EXE.exists() else " (no branchdesk-cli: branchdesk/cli.py not written yet)"))
    if not args.no_deb and sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
        print(f"package: {build_deb()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
