"""Screenshots of the first-run wizard and the settings dialog for the administrator's guide.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_screenshots.py

Writes docs/screenshots/firstrun-*.png and settings.png from the real widgets, in Simplified
Chinese with the bundled font. The wizard's and dialog's texts are compiled into a translator
here from the sources and i18n/glossary (as `make translations` does), so the pictures do not
depend on the .ts files having been refreshed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SOURCES = ["branchdesk/ui/firstrun/wizard.py", "branchdesk/ui/settings/dialog.py"]


def compile_own_translations(work: Path) -> Path:
    bin_dir = Path(sys.executable).parent
    ts = work / "branchdesk_zh_CN.ts"
    subprocess.run([str(bin_dir / "pyside6-lupdate"), "-silent", *SOURCES, "-ts", str(ts)], check=True, cwd=ROOT)
    subprocess.run([sys.executable, str(ROOT / "tools" / "fill_translations.py"), str(ts)], check=True, cwd=ROOT)
    qm = ts.with_suffix(".qm")
    subprocess.run([str(bin_dir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QWizard

    from branchdesk.domain.roles import Actor, Role
    from branchdesk.store.db import open_store
    from branchdesk.ui import fonts, i18n
    from branchdesk.ui.app import build_context
    from branchdesk.ui.firstrun.wizard import FirstRunWizard
    from branchdesk.ui.settings.dialog import SettingsDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    fonts.load_bundled_font(app)
    i18n.set_language("zh_CN")
    work = Path(tempfile.mkdtemp(prefix="branchdesk-shots-"))
    extra = QTranslator(app)
    assert extra.load(str(compile_own_translations(work)))
    app.installTranslator(extra)
    app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)

    store = open_store(work / "BranchDesk" / "branchdesk.sqlite")
    wizard = FirstRunWizard(store)
    wizard.resize(680, 500)
    wizard.show()
    app.processEvents()

    def shot(name: str) -> None:
        app.processEvents()
        wizard.grab().save(str(OUT / name))

    shot("firstrun-1-language.png")
    wizard.next()
    wizard.branch_page.code.setText("31011")
    wizard.branch_page.name.setText("浦东张江支行")
    wizard.branch_page.validatePage()  # shows the message beside the wrong code, as a person would see it
    shot("firstrun-2-branch.png")
    wizard.branch_page.code.setText("310115")
    wizard.next()
    wizard.headoffice_page.server_url.setText("https://hq.example.cn")
    wizard.headoffice_page.enrol_code.setText("K7Q2-9XMD")
    shot("firstrun-3-headoffice.png")
    wizard.next()
    page = wizard.admin_page
    page.username.setText("zhang.wei")
    page.display_name.setText("张伟")
    page.password.setText("Branch2026desk")
    page.password2.setText("Branch2026dek")
    page.validatePage()
    shot("firstrun-4-admin.png")
    page.password2.setText("Branch2026desk")
    wizard.next()
    shot("firstrun-5-summary.png")
    wizard.button(QWizard.WizardButton.CancelButton)
    wizard.close()

    ctx = build_context(store, Actor("zhang.wei", "张伟", Role.ADMIN))
    dialog = SettingsDialog(ctx)
    dialog.show()
    dialog.server_url.setText("https://hq.example.cn")
    dialog.sync_interval.setText("0")
    dialog.try_save()  # refused: the message appears beside the field
    app.processEvents()
    dialog.grab().save(str(OUT / "settings.png"))
    dialog.close()
    store.close()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))
                    if p.name.startswith(("firstrun-", "settings"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
