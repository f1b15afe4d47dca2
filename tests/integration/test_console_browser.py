"""The console in a real headless browser (Debian's chromium) against a real head-office server:
sign in, read the overview, filter the complaint list, assign a complaint, and see the assignment
arrive on a branch device (a real data folder, enrolled and synced through branchdesk.sync).

Screenshots of each page go to the test's folder; with BRANCHDESK_UPDATE_SCREENSHOTS=1 they also
replace docs/screenshots/console-*.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import local_now
from branchdesk.store.models_complaints import ComplaintRow
from tests.faults.harness import PY, ROOT, Device, Server, base_env, create_complaint

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "Console-Pass-2026"
MANAGER = Actor("wang", "王经理", Role.MANAGER)
BRANCH = "310104"  # a branch of its own: the sample bank's records are not pulled onto this device
SHOTS = ROOT / "docs" / "screenshots"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed (apt-get install chromium)")


@pytest.fixture
def world(tmp_path):
    srv = Server(tmp_path).start()
    r = subprocess.run([PY, "-m", "branchdesk.headoffice", "--db", srv.db_url, "console-user", "add", "--username",
                        "zhou", "--role", "admin", "--display-name", "周敏"], input=PASSWORD + "\n", text=True,
                       capture_output=True, cwd=ROOT, env=base_env(tmp_path), timeout=60)
    assert r.returncode == 0, r.stderr
    device = Device(tmp_path, "xuhui")
    device.enrol(srv, branch=BRANCH)
    cid = create_complaint(device, MANAGER)
    device.sync_ok()
    # The rest of the bank, so the overview has something to show.
    from branchdesk.headoffice.console import sample
    from branchdesk.headoffice.db import HeadOfficeStore

    st = HeadOfficeStore(srv.db_url)
    sample.seed(st, local_now().date())
    st.close()
    yield srv, device, cid
    device.close()
    srv.stop()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def _shot(page, tmp_path: Path, name: str) -> Path:
    page.evaluate("document.fonts.ready.then(() => true)")
    path = tmp_path / f"console-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("BRANCHDESK_UPDATE_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SHOTS / path.name)
    return path


def test_sign_in_filter_assign_and_the_device_receives_it(world, browser, tmp_path):
    srv, device, cid = world
    page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="zh-CN")
    page.goto(f"{srv.url}/console/overview")
    assert page.url.endswith("/console/login")  # sign-in required
    page.fill("input[name=username]", "zhou")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert "用户名或密码不正确" in page.inner_text("main")
    page.fill("input[name=username]", "zhou")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/console/overview")
    # The bundled web font is what renders the Chinese (no system CJK font is needed).
    assert page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px \"BD MicroHei\"'))")
    assert page.evaluate("[...document.fonts].some(f => f.family.includes('BD MicroHei') && f.status === 'loaded')")
    assert page.inner_text("#c-received") == "7"  # the device's complaint and the sample bank's six
    assert page.locator("svg.chart").count() >= 5
    _shot(page, tmp_path, "overview")

    page.click("nav >> text=投诉工作台")
    page.fill("input[name=branch]", BRANCH)
    page.select_option("select[name=status]", "registered")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/console/complaints?*")
    assert f"branch={BRANCH}" in page.url
    assert page.inner_text("#total") == "共 1 件"
    _shot(page, tmp_path, "complaints")
    page.click("table.list a")
    page.wait_for_url(f"**/console/complaints/{cid}")
    assert page.inner_text("#handler") == "未指派"
    page.fill("input[name=handler]", "")
    page.click("text=指派 >> nth=-1")
    assert "请填写经办人" in page.inner_text("main")  # refused, explained
    page.fill("input[name=handler]", "zhou.min")
    page.click("form[action$='/assign'] button")
    page.wait_for_url("**?ok=assigned")
    assert page.inner_text("#handler") == "zhou.min"
    page.fill("form[action$='/note'] textarea", "请三日内回访客户")
    page.click("form[action$='/note'] button")
    page.wait_for_url("**?ok=noted")
    _shot(page, tmp_path, "case")

    page.click("nav >> text=系统管理")
    page.fill("input[name=branch]", "440305")
    page.fill("input[name=branch_name]", "南山支行")
    page.click("form[action$='/enrol-code'] button")
    assert len(page.inner_text("#new-code")) == 14
    assert "完整" in page.inner_text("table.list")  # the device's audit chain checked
    _shot(page, tmp_path, "admin")
    page.close()

    device.sync_ok()
    with device.store.read() as s:
        row = s.get(ComplaintRow, cid)
        assert row.handler == "zhou.min"
    from sqlalchemy import select

    from branchdesk.store.models_complaints import ComplaintNote

    with device.store.read() as s:
        notes = [n.text for n in s.execute(select(ComplaintNote).where(ComplaintNote.complaint_id == cid)).scalars()]
    assert notes == ["请三日内回访客户"]
