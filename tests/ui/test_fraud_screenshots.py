"""The fraud workspace rendered offscreen at 1280x800 with ~300 records and the bundled font.

Pictures: fraud-register.png, fraud-form.png (amending), fraud-form-errors.png (inline messages),
fraud-stats.png. Run with BRANCHDESK_SCREENSHOTS=docs/screenshots to refresh the pictures in the documentation;
without it the pictures go to a temporary folder and are only checked.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from branchdesk.domain.roles import Actor, Role
from tests.ui.test_fraud_samples import fill_register


def _varied(img: QImage) -> bool:
    """More than a blank window: many distinct colours across a sample grid."""
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    return len(colours) > 20


def test_register_form_and_stats_screenshots(qtbot, store, refs, tmp_path, monkeypatch):
    from branchdesk.ui import fonts, i18n
    from branchdesk.ui.fraud import form as form_module
    from branchdesk.ui.app import build_context
    from branchdesk.ui.main_window import MainWindow

    out = Path(os.environ.get("BRANCHDESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    assert fonts.load_bundled_font(QApplication.instance())
    i18n.set_language("zh_CN")
    fill_register(store, refs, 300)
    ctx = build_context(store, actor=Actor("manager", "网点经理", Role.MANAGER))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    ws = win.workspace("fraud")
    ws.table.selectRow(2)
    qtbot.wait(50)
    shots = {"fraud-register.png": win.grab().toImage()}

    form = ws.open_record(ws.selected_id())
    qtbot.waitExposed(form)
    shots["fraud-form.png"] = form.grab().toImage()
    form.close()

    # A new record with typing slips, to show the inline messages.
    new = ws.new_record()
    qtbot.waitExposed(new)
    f = new.fields
    f["detection_source"].set_code("LOBBY")
    f["business_type"].set_code("CASH")
    f["channel"].set_code("COUNTER")
    f["customer_gender"].set_code("M")
    f["age_band"].set_code("60P")
    f["fraud_type"].set_code("F13")
    f["amount_attempted"].setText("80000")
    f["amount_protected"].setText("85000")
    f["actions"].set_codes(["DISSUADE", "FAMILY"])
    f["narrative"].setPlainText("张先生称接到“儿子”电话,称出车祸急需手术费,要求取现8万元。")
    new.save()
    shots["fraud-form-errors.png"] = new.grab().toImage()
    monkeypatch.setattr(form_module, "ask_discard", lambda parent: True)
    new.reject()
    assert not new.isVisible()

    ws.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not ws.stats.loading)
    qtbot.wait(50)
    shots["fraud-stats.png"] = win.grab().toImage()

    for name, img in shots.items():
        assert img.save(str(out / name))
        assert _varied(img), name
    assert shots["fraud-register.png"].width() >= 1280
