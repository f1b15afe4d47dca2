"""The shared widgets the fraud workspace introduced (reused by complaints and education)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from branchdesk.domain.money import AmountError
from branchdesk.ui.widgets.amount_edit import AmountLineEdit
from branchdesk.ui.widgets.bar_chart import Bar, BarChart
from branchdesk.ui.widgets.code_combo import CodeComboBox
from branchdesk.ui.widgets.code_select import CodeCheckBoxes, CodeMultiSelectButton
from branchdesk.ui.widgets.field_error import FieldErrorLabel


def test_amount_edit_parses_to_fen_and_shows_what_it_understood(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    edit, other = AmountLineEdit(host), QLineEdit(host)
    lay = QVBoxLayout(host)
    lay.addWidget(edit)
    lay.addWidget(other)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    edit.setFocus()
    qtbot.keyClicks(edit, "12345.6")
    assert edit.amount() == 1_234_560
    other.setFocus()
    qtbot.waitUntil(lambda: edit.text() == "12,345.60")
    edit.set_amount(None)
    assert edit.text() == "" and edit.amount() is None
    edit.setText("1.234")
    with pytest.raises(AmountError) as err:
        edit.amount()
    assert err.value.code == "too_many_decimals"
    edit.setFocus()
    other.setFocus()
    qtbot.wait(10)
    assert edit.text() == "1.234"  # bad input stays as typed, to be corrected
    assert edit.alignment() & Qt.AlignmentFlag.AlignRight


def test_code_combo_keeps_the_code_across_languages_and_offers_any(qtbot, refs):
    combo = CodeComboBox(refs, "fraud_type", "zh_CN", placeholder="请选择")
    qtbot.addWidget(combo)
    assert combo.code() == "" and combo.currentIndex() == -1  # nothing chosen by accident
    combo.set_code("F06")
    assert combo.currentText() == "冒充公检法及政府机关"
    combo.reload(refs, "en")
    assert combo.code() == "F06" and combo.currentText() == "Impersonating police, court or government"
    assert combo.count() == len(refs.options("fraud_type"))
    anyc = CodeComboBox(refs, "fraud_outcome", "zh_CN", any_text=lambda: "不限")
    qtbot.addWidget(anyc)
    assert anyc.currentText() == "不限" and anyc.code() == ""
    anyc.set_code("PARTIAL")
    anyc.set_code("")
    assert anyc.currentIndex() == 0


def test_multi_select_button_and_check_boxes(qtbot, refs):
    button = CodeMultiSelectButton(refs, "fraud_outcome", "zh_CN", all_text=lambda: "全部结果")
    qtbot.addWidget(button)
    assert button.text() == "全部结果"
    with qtbot.waitSignal(button.sig_changed):
        button.set_codes(["PARTIAL"])
    assert button.text() == "部分止损" and button.codes() == ("PARTIAL",)
    button.set_codes(["PARTIAL", "FAILED"])
    assert set(button.codes()) == {"PARTIAL", "FAILED"}
    boxes = CodeCheckBoxes(refs, "fraud_action", "zh_CN")
    qtbot.addWidget(boxes)
    boxes.box("FAMILY").click()
    assert boxes.codes() == ("FAMILY",)
    boxes.reload(refs, "en")
    assert boxes.box("FAMILY").text() == "Contacted family" and boxes.codes() == ("FAMILY",)


def test_field_error_label_shows_and_hides(qtbot):
    field = QLineEdit()
    label = FieldErrorLabel(field)
    qtbot.addWidget(field)
    qtbot.addWidget(label)
    assert not label.has_error() and label.isHidden()
    label.show_error("此项必填")
    assert label.has_error() and not label.isHidden() and label.buddy() is field
    label.clear_error()
    assert label.isHidden() and label.text() == ""


def test_bar_chart_paints_bars(qtbot):
    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.resize(300, 120)
    blank = chart.grab().toImage()
    chart.set_bars([Bar("刷单返利", 10, "10"), Bar("其他", 5, "5", highlight=True)])
    img = chart.grab().toImage()
    blue = sum(1 for x in range(0, 300, 3) for y in range(0, 120, 3) if img.pixelColor(x, y).name() == "#2f6fb3")
    orange = sum(1 for x in range(0, 300, 3) for y in range(0, 120, 3) if img.pixelColor(x, y).name() == "#d9822b")
    assert blue > orange > 0  # the larger value has the longer bar
    assert img != blank


def test_binding_reference_defects_cannot_end_the_session(qtbot):
    """PySide6 6.12 drops a reference to True on every emit() and to None on every empty QVariant;
    on Python 3.11 that aborted the interpreter after a few thousand calls."""
    import sys

    import branchdesk.ui  # noqa: F401 - applies the work-around
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QComboBox

    from branchdesk.ui.widgets import qt_fixes

    class Sender(QObject):
        sig = Signal(int)

    sender, combo = Sender(), QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("no data")
    got = []
    sender.sig.connect(got.append)
    for i in range(5000):
        sender.sig.emit(i)
        assert combo.currentData() is None
    assert len(got) == 5000
    if qt_fixes.binding_defects():  # still there: the counts must be out of reach of any session
        assert sys.version_info >= (3, 12) or min(sys.getrefcount(None), sys.getrefcount(True)) > 1 << 39
