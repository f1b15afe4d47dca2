"""First-run wizard: typed like a person does; bad answers show messages and save nothing."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWizard

from branchdesk.store import settings
from branchdesk.ui import i18n
from branchdesk.ui.firstrun.wizard import FirstRunWizard, needs_first_run

ADMIN_PASSWORD = "Branch2026desk"


@pytest.fixture(autouse=True)
def chinese(qapp):
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("zh_CN")


@pytest.fixture
def wizard(qtbot, store):
    w = FirstRunWizard(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def next_page(qtbot, w):
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def finish(qtbot, w):
    qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text):
    """Type as a person does: keys for ASCII, an input-method commit for Chinese (as Pinyin IMEs send)."""
    widget.clear()
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def stored(store) -> dict[str, str]:
    with store.read() as s:
        return settings.all_settings(s)


def fill_branch(qtbot, w, code="310115", name="浦东张江支行"):
    type_into(qtbot, w.branch_page.code, code)
    type_into(qtbot, w.branch_page.name, name)
    next_page(qtbot, w)


def fill_admin(qtbot, w, password=ADMIN_PASSWORD, repeat=ADMIN_PASSWORD):
    p = w.admin_page
    type_into(qtbot, p.username, "zhang.wei")
    type_into(qtbot, p.display_name, "张伟")
    type_into(qtbot, p.password, password)
    type_into(qtbot, p.password2, repeat)
    next_page(qtbot, w)


def test_a_fresh_folder_needs_the_wizard_and_a_set_up_one_does_not(store):
    assert needs_first_run(store)
    with store.write() as s:
        settings.put(s, "setup_done", "demo")
    assert not needs_first_run(store)


def test_a_folder_with_records_counts_as_set_up(store):
    # What `--demo` leaves behind: records, each with its outbox entry.
    from branchdesk.store import changes

    with store.write() as s:
        settings.ensure_identity(s)
        changes.record_change(s, kind="fraud", record_id="0190a1b2-0000-7000-8000-000000000001", op="create",
                              payload={"x": 1}, changed_fields=["x"], actor="demo")
    assert not needs_first_run(store)


def test_whole_wizard_offline_trial_saves_branch_admin_and_setup_done(qtbot, wizard, store, data_dir):
    w = wizard
    assert str(data_dir) in w.language_page.findChild(type(w.language_page._folder), "data_folder").text()
    next_page(qtbot, w)
    fill_branch(qtbot, w)
    w.headoffice_page.skip.setChecked(True)
    next_page(qtbot, w)
    fill_admin(qtbot, w)
    assert w.currentPage() is w.summary_page
    summary = w.summary_page._summary.text()
    assert "310115" in summary and "浦东张江支行" in summary and str(data_dir) in summary
    finish(qtbot, w)
    assert w.result() == QWizard.DialogCode.Accepted
    values = stored(store)
    assert values["branch_code"] == "310115"
    assert values["branch_name"] == "浦东张江支行"
    assert values["language"] == "zh_CN"
    assert "setup_done" in values and "server_url" not in values
    from branchdesk.security import accounts

    signed = accounts.sign_in(store, "zhang.wei", ADMIN_PASSWORD)
    assert signed.actor.role.value == "admin" and signed.actor.display_name == "张伟"
    assert not needs_first_run(store)


@pytest.mark.parametrize("code, name, field, expected", [
    ("31011", "浦东支行", "branch_code", "网点代码应为 6 位数字"),
    ("31011a", "浦东支行", "branch_code", "网点代码应为 6 位数字"),
    ("", "浦东支行", "branch_code", "此项必填"),
    ("310115", "", "branch_name", "此项必填"),
    ("310115", "支" * 41, "branch_name", "网点名称最多 40 个字"),
])
def test_bad_branch_answers_stay_on_the_page_with_a_message(qtbot, wizard, store, code, name, field, expected):
    next_page(qtbot, wizard)
    fill_branch(qtbot, wizard, code, name)
    assert wizard.currentPage() is wizard.branch_page
    error = wizard.branch_page.errors[field]
    assert error.isVisible() and expected in error.text()
    assert "setup_done" not in stored(store)


def test_head_office_needs_https_and_a_code_unless_skipped(qtbot, wizard):
    next_page(qtbot, wizard)
    fill_branch(qtbot, wizard)
    page = wizard.headoffice_page
    type_into(qtbot, page.server_url, "http://hq.example.cn")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is page
    assert "https://" in page.errors["server_url"].text()
    assert page.errors["enrol_code"].text() == "此项必填"
    page.skip.setFocus()
    qtbot.keyClick(page.skip, Qt.Key.Key_Space)
    assert not page.server_url.isEnabled() and not page.errors["server_url"].isVisible()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.admin_page


@pytest.mark.parametrize("password, repeat, field, expected", [
    ("short1", "short1", "password", "密码至少 8 位"),
    ("onlyletters", "onlyletters", "password", "字母和数字"),
    (ADMIN_PASSWORD, ADMIN_PASSWORD + "x", "password2", "两次输入的密码不一致"),
])
def test_bad_administrator_answers_show_why(qtbot, wizard, store, password, repeat, field, expected):
    next_page(qtbot, wizard)
    fill_branch(qtbot, wizard)
    wizard.headoffice_page.skip.setChecked(True)
    next_page(qtbot, wizard)
    fill_admin(qtbot, wizard, password, repeat)
    assert wizard.currentPage() is wizard.admin_page
    assert expected in wizard.admin_page.errors[field].text()
    from branchdesk.security import accounts

    assert not accounts.has_accounts(store)


def test_bad_user_name_is_refused(qtbot, wizard):
    next_page(qtbot, wizard)
    fill_branch(qtbot, wizard)
    wizard.headoffice_page.skip.setChecked(True)
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.admin_page.username, "Zhang Wei")
    next_page(qtbot, wizard)
    assert "用户名须以小写字母开头" in wizard.admin_page.errors["username"].text()


def test_choosing_english_switches_the_wizard_at_once(qtbot, wizard):
    page = wizard.language_page
    page.language.setFocus()
    while page.language.currentData() != "en":
        qtbot.keyClick(page.language, Qt.Key.Key_Down)
    assert i18n.current_language() == "en"
    # Qt posts the LanguageChange events: the texts change as soon as the event loop runs.
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >")
    assert page.title() == "Welcome to BranchDesk"
    assert wizard.windowTitle() == "BranchDesk — first start"
    next_page(qtbot, wizard)
    fill_branch(qtbot, wizard, "12", "x")
    # Messages follow the chosen language too.
    assert wizard.branch_page.errors["branch_code"].text() == "The branch code is 6 digits, e.g. 310115"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_enrolment_that_cannot_reach_head_office_saves_nothing_and_says_why(qtbot, wizard, store):
    next_page(qtbot, wizard)
    fill_branch(qtbot, wizard)
    page = wizard.headoffice_page
    type_into(qtbot, page.server_url, f"http://127.0.0.1:{_closed_port()}")
    type_into(qtbot, page.enrol_code, "ABCD-1234")
    next_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    finish(qtbot, wizard)
    assert wizard.currentPage() is page
    assert "登记未成功" in page.errors["enrol_code"].text()
    assert "setup_done" not in stored(store) and "server_url" not in stored(store)
    from branchdesk.security import accounts

    assert not accounts.has_accounts(store)
    # Choosing the offline trial instead lets the person finish.
    page.skip.setChecked(True)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert "setup_done" in stored(store)


def test_the_demo_data_of_branchdesk_demo_skips_the_wizard(store):
    # `branchdesk --demo` on a fresh folder must start straight into the window.
    from branchdesk import demo

    assert needs_first_run(store)
    demo.fill_if_empty(store, records=5)
    assert not needs_first_run(store)


def test_run_first_run_returns_false_and_saves_nothing_when_cancelled(qtbot, store):
    from PySide6.QtCore import QTimer

    from branchdesk.ui.firstrun.wizard import run_first_run

    def cancel():
        w = QApplication.activeModalWidget()
        assert isinstance(w, FirstRunWizard)
        qtbot.mouseClick(w.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, cancel)
    assert run_first_run(store) is False
    assert "setup_done" not in stored(store)
    assert needs_first_run(store)


def test_enrolment_with_a_real_head_office_takes_the_branch_from_it(qtbot, wizard, store, tmp_path):
    """A head-office server on 127.0.0.1 (subprocess), its one-time code typed into the wizard."""
    from branchdesk.sync import enrolment
    from tests.faults.harness import Server

    server = Server(tmp_path / "hq").start()
    try:
        code = server.enrol_code(branch="320102")
        next_page(qtbot, wizard)
        fill_branch(qtbot, wizard, "310115", "浦东张江支行")  # typed; head office's record wins
        type_into(qtbot, wizard.headoffice_page.server_url, server.url)
        type_into(qtbot, wizard.headoffice_page.enrol_code, code)
        next_page(qtbot, wizard)
        fill_admin(qtbot, wizard)
        finish(qtbot, wizard)
        assert wizard.result() == QWizard.DialogCode.Accepted, wizard.headoffice_page.errors["enrol_code"].text()
        values = stored(store)
        assert values["branch_code"] == "320102" and values["branch_name"] == "演示支行"
        assert values["server_url"] == server.url.rstrip("/")
        assert enrolment.load_token(store)  # the token is in the keyring, not in a table
        assert not [v for v in values.values() if v == enrolment.load_token(store)]
    finally:
        server.stop()
