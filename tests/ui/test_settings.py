"""Settings dialog: typed like a person does; bad values show messages beside the fields and save nothing."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from branchdesk.domain.roles import Actor, Role
from branchdesk.store import settings
from branchdesk.ui import i18n
from branchdesk.ui.settings.dialog import SettingsDialog, load

ADMIN = Actor("li.na", "李娜", Role.ADMIN)
MANAGER = Actor("wang.fang", "王芳", Role.MANAGER)


@pytest.fixture(autouse=True)
def chinese(qapp):
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("zh_CN")


def make_ctx(store, actor):
    from branchdesk.ui.app import build_context

    return build_context(store, actor)


@pytest.fixture
def dialog(qtbot, store):
    d = SettingsDialog(make_ctx(store, ADMIN))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def click_save(qtbot, d):
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def stored(store) -> dict[str, str]:
    with store.read() as s:
        return settings.all_settings(s)


def audit_actions(store) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from branchdesk.store.models import AuditEntry

    with store.read() as s:
        return [(a.actor, a.action) for a in s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()]


def test_defaults_are_shown_for_a_new_device(dialog, data_dir):
    assert dialog.sync_interval.text() == "5"
    assert dialog.idle_lock.text() == "10"
    assert dialog.backups_keep.text() == "14"
    assert dialog.backup_dir.text() == str(data_dir / "backups")
    assert dialog.language.currentData() == "zh_CN"


def test_good_values_are_stored_under_their_keys_and_audited(qtbot, dialog, store, tmp_path):
    backups = tmp_path / "backup-disk"
    backups.mkdir()
    type_into(qtbot, dialog.server_url, "https://hq.example.cn/")
    type_into(qtbot, dialog.sync_interval, "30")
    type_into(qtbot, dialog.idle_lock, "5")
    type_into(qtbot, dialog.backup_dir, str(backups))
    type_into(qtbot, dialog.backups_keep, "30")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    values = stored(store)
    assert values["server_url"] == "https://hq.example.cn"
    assert values["sync_interval_minutes"] == "30"
    assert values["idle_lock_minutes"] == "5"
    assert values["backup_dir"] == str(backups)
    assert values["backups_keep"] == "30"
    assert ("li.na", "settings_change") in audit_actions(store)
    assert load(store).sync_interval_minutes == 30


@pytest.mark.parametrize("field, text, expected", [
    ("server_url", "http://hq.example.cn", "https://"),
    ("server_url", "hq example", "请输入总行地址"),
    ("sync_interval", "0", "应为 1 到 1440 之间的分钟数"),
    ("sync_interval", "1441", "应为 1 到 1440 之间的分钟数"),
    ("sync_interval", "abc", "请输入整数"),
    ("idle_lock", "121", "应为 1 到 120 之间的分钟数"),
    ("idle_lock", "", "此项必填"),
    ("backups_keep", "0", "应为 1 到 365 之间的整数"),
    ("backup_dir", "/no/such/folder/anywhere", "该文件夹不存在"),
    ("backup_dir", "backups", "请填写完整的文件夹路径"),
])
def test_a_bad_value_shows_its_message_beside_the_field_and_saves_nothing(qtbot, dialog, store, field, text, expected):
    before = stored(store)
    type_into(qtbot, getattr(dialog, field), text)
    type_into(qtbot, dialog.sync_interval, "45") if field != "sync_interval" else None
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    key = getattr(dialog, field).objectName()
    error = dialog.errors[key]
    assert error.isVisible() and expected in error.text()
    assert stored(store) == before  # not even the good values typed beside it


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_backup_folder_is_refused(qtbot, dialog, store, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        type_into(qtbot, dialog.backup_dir, str(ro))
        click_save(qtbot, dialog)
        assert "无法在该文件夹中写入文件" in dialog.errors["backup_dir"].text()
    finally:
        ro.chmod(stat.S_IRWXU)


def test_a_file_is_not_a_backup_folder(qtbot, dialog, tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("x")
    type_into(qtbot, dialog.backup_dir, str(f))
    click_save(qtbot, dialog)
    assert dialog.errors["backup_dir"].text() == "这不是文件夹"


def test_a_manager_sees_the_settings_read_only_with_the_reason(qtbot, store):
    d = SettingsDialog(make_ctx(store, MANAGER))
    qtbot.addWidget(d)
    d.show()
    assert d.banner.isVisible() and "只有系统管理员可以修改设置" in d.banner.text()
    assert not d.sync_interval.isEnabled()
    assert not d.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    before = stored(store)
    assert d.try_save() is False  # e.g. through a keyboard shortcut
    assert stored(store) == before


def test_saving_directly_without_the_permission_is_refused(store):
    from branchdesk.security.guard import PermissionRefused
    from branchdesk.ui.settings.dialog import save

    with pytest.raises(PermissionRefused) as refused:
        save(store, MANAGER, load(store))
    assert refused.value.message("zh_CN") == "只有系统管理员可以修改设置"


def test_language_change_applies_at_once_and_is_remembered(qtbot, dialog, store):
    dialog.language.setFocus()
    while dialog.language.currentData() != "en":
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    click_save(qtbot, dialog)
    assert i18n.current_language() == "en"
    assert stored(store)["language"] == "en"


def test_the_sync_engine_and_backup_rotation_see_the_new_values(qtbot, dialog, store):
    type_into(qtbot, dialog.server_url, "https://hq.example.cn")
    type_into(qtbot, dialog.backups_keep, "7")
    click_save(qtbot, dialog)
    from branchdesk.security import backup
    from branchdesk.store import sync_repo

    with store.read() as s:
        assert sync_repo.get_state(s, sync_repo.SERVER_URL) == "https://hq.example.cn"
    assert backup.keep_count(store) == 7


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_folder_that_refuses_new_files_is_refused_even_for_root(qtbot, dialog, store):
    # /proc takes no new files whoever asks, so the check is proven even when tests run as root.
    before = stored(store)
    type_into(qtbot, dialog.backup_dir, "/proc")
    click_save(qtbot, dialog)
    assert "无法在该文件夹中写入文件" in dialog.errors["backup_dir"].text()
    assert stored(store) == before
