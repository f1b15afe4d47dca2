"""The complaints workspace rendered offscreen at 1280x800 with demo cases, in Simplified Chinese.

Run with BRANCHDESK_SCREENSHOTS=docs/screenshots to refresh the pictures in the documentation;
without it the pictures go to a temporary folder and are only checked.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from branchdesk.domain.roles import Actor, Role
from tests.support.translations import chinese_window


def _varied(img: QImage) -> bool:
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    return len(colours) > 20


@pytest.fixture
def chinese(tmp_path):
    with chinese_window(tmp_path):
        yield


def test_deadlines_and_intake_screenshots(qtbot, store, tmp_path, chinese):
    from branchdesk.demodata import complaints as demo
    from branchdesk.store import complaint_repo as repo
    from branchdesk.ui import fonts
    from branchdesk.ui.app import build_context
    from branchdesk.ui.complaints import startup
    from branchdesk.ui.main_window import MainWindow

    out = Path(os.environ.get("BRANCHDESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    assert fonts.load_bundled_font(QApplication.instance())
    assert demo.fill(store, random.Random(7), 300, repo.today_local()) >= 24
    ctx = build_context(store, actor=Actor("manager", "网点经理", Role.MANAGER))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert startup.attach(win, ctx) is not None
    ws = win.workspace("complaints")
    assert ws.tabs.currentWidget() is ws.deadlines
    assert ws.tabs.tabText(0) == "时限提醒"
    assert ws.deadlines.model.rowCount() > 5
    assert ws.deadlines.model.data(ws.deadlines.model.index(0, 0)) == "已超期"
    assert ws.deadlines.wait_for_flags()
    qtbot.waitUntil(lambda: "频繁投诉人" in ws.deadlines.flags.text(), timeout=5000)
    assert "频繁投诉人" in ws.deadlines.flags.text() and "疑似非法代理" in ws.deadlines.flags.text()
    ws.deadlines.table.selectRow(0)
    qtbot.wait(50)
    shots = {"complaints-deadlines.png": win.grab().toImage()}

    form = ws.new_complaint()
    form.complainant_name.setText("欧阳娜娜")
    form.complainant_phone.setText("138 1234 5678")
    form.respondent_org.setText("陆家嘴支行")
    form.facts.setPlainText("理财产品销售时未充分揭示风险，到期亏损")
    form.request.setPlainText("赔偿本金损失")
    form.intake_channel.set_code("COUNTER")
    form.demand_type.set_code("COMPENSATE")
    form.class_channel.set_code("A101")
    form.class_business.set_code("B09")
    form.class_cause.set_code("C04")
    form.save()  # no consent yet: the inline errors show what is missing
    assert form.errors["consent_given"].has_error()
    qtbot.wait(50)
    shots["complaints-intake.png"] = win.grab().toImage()

    with store.read() as s:
        closed = repo.page(s, repo.ComplaintFilter(statuses=("closed",)), ctx.actor, offset=0, limit=1)[0][0]
    case = ws.open_case(closed)
    assert case.title.text().endswith("已办结")
    assert next(iter(case.action_buttons.values())).text() == "受理"  # step buttons in Chinese
    qtbot.wait(50)
    shots["complaints-case.png"] = win.grab().toImage()

    for name, img in shots.items():
        assert img.save(str(out / name))
        assert _varied(img), name
