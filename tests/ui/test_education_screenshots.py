"""The education workspace and form rendered offscreen with demo events, in Simplified Chinese.

Run with BRANCHDESK_SCREENSHOTS=docs/screenshots to refresh the pictures in the documentation;
without it the pictures go to a temporary folder and are only checked.
"""

from __future__ import annotations

import io
import os
import random
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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


def _photo() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1200, 800), (214, 228, 240))
    d = ImageDraw.Draw(img)
    d.rectangle((80, 420, 1120, 760), fill=(120, 150, 190))
    d.rectangle((420, 120, 780, 400), fill=(200, 60, 50))
    buf = io.BytesIO()
    img.save(buf, "JPEG")
    return buf.getvalue()


def test_events_and_form_screenshots(qtbot, store, tmp_path, chinese):
    from branchdesk.demodata import education as demo
    from branchdesk.domain import education as edu
    from branchdesk.domain.timeutil import local_now
    from branchdesk.ui import fonts
    from branchdesk.ui.app import build_context
    from branchdesk.ui.main_window import MainWindow

    out = Path(os.environ.get("BRANCHDESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    assert fonts.load_bundled_font(QApplication.instance())
    assert demo.fill(store, random.Random(20261124), 600, local_now().date()) >= 120
    ctx = build_context(store, actor=Actor("manager", "网点经理", Role.MANAGER))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1440, 860)
    win.show()
    qtbot.waitExposed(win)
    ws = win.show_workspace("education")
    assert ws.new_button.text() == "新建活动(&N)…"
    assert ws.model.headerData(0, Qt.Orientation.Horizontal) == "活动编号"
    assert ws.stats.title.text() == "统计(已开展活动)"
    ws.splitter.setSizes([860, 580])
    ws.stats.set_granularity(edu.YEAR)  # the year shows the campaign months standing out
    ws.table.selectRow(2)
    qtbot.wait(50)
    shots = {"education-events.png": win.grab().toImage()}

    form = ws.new_event()
    qtbot.waitExposed(form)
    form.resize(1060, 900)
    f = form.fields
    start = local_now() - timedelta(days=1)
    form._set_dt(f["starts_at"], start.replace(hour=14, minute=0))
    form._set_dt(f["ends_at"], start.replace(hour=15, minute=30))
    f["status"].setCurrentIndex(f["status"].findData(edu.HELD))
    f["campaign"].set_code("EDU_MONTH")
    f["slogan"].setText("金融知识进万家 争做理性投资者 争做金融好网民")
    f["topics"].set_codes(("ANTI_FRAUD", "CAMPUS_LOAN"))
    f["location_type"].set_code("CAMPUS")
    f["address"].setText("上海建桥学院报告厅")
    f["target_groups"].set_codes(("STUDENTS",))
    f["attendees"].setText("-20")  # a slip of the finger: the message shows beside the field
    f["online_reach"].setText("300")
    f["materials"].set_materials((edu.Material("LEAFLET", 300), edu.Material("BOOKLET", 120)))
    f["partners"].set_partners((edu.Partner("SCHOOL", "上海建桥学院保卫处"), edu.Partner("POLICE", "康桥派出所")))
    f["staff"].setText("李明、赵芳")
    f["summary"].setPlainText("结合校园贷、刷单诈骗案例讲解,现场问答互动。")
    f["photos"].consent.setChecked(True)
    assert f["photos"].add_bytes(_photo(), "讲座现场.jpg")
    assert f["photos"].minors_warning.isVisible()
    assert form.save() is False
    assert form.error_text("attendees") == "不能为负数"
    assert form.error_text("online_reach") == "仅线上场所可填写线上触达人次"
    assert form.labels["campaign"].text() == "活动(&C)"
    qtbot.wait(50)
    shots["education-form.png"] = form.grab().toImage()

    for name, img in shots.items():
        assert img.save(str(out / name))
        assert _varied(img), name
