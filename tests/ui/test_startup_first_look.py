"""Start-up paints the register from a first look, then opens the store: same data, nothing missing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from branchdesk import demo
from branchdesk.domain.money import format_fen
from branchdesk.store import fraud_repo
from branchdesk.store.first_look import read_first_look
from tests.conftest import ROOT


def test_window_painted_from_a_first_look_shows_the_register_then_opens_the_store(store, qtbot):
    from branchdesk.ui.app import context_from_first_look
    from branchdesk.ui.main_window import MainWindow
    from branchdesk.ui.widgets.first_paint import after_first_paint

    demo.fill(store, records=40)
    look = read_first_look(store.path, 200)
    opened = []

    def open_store():
        opened.append(1)
        return store

    ctx = context_from_first_look(look, open_store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    painted = []
    after_first_paint(window, lambda: painted.append(not opened))
    window.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    ws = window.workspace("fraud")
    assert painted == [True]  # painted without the store
    with store.read() as s:
        from branchdesk.domain.fraud import FraudFilter

        newest = fraud_repo.page(s, FraudFilter(), offset=0, limit=1)[0]
        totals = fraud_repo.totals(s, FraudFilter())
    assert ws.model.rowCount() == totals.count
    assert ws.model.data(ws.model.index(0, ws.model.column_index("case_no"))) == newest[1]
    assert format_fen(totals.amount_protected) in ws.totals_label.text()
    assert ws.filter_bar.recorder.count() == 1  # only "anyone" until the store is open

    assert ctx.store is store and opened == [1]
    recorders = {ws.filter_bar.recorder.itemData(i) for i in range(1, ws.filter_bar.recorder.count())}
    with store.read() as s:
        assert recorders == set(fraud_repo.recorders(s)) and recorders


_WATCH_SQLALCHEMY = """
import sys

import pytest
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "sqlalchemy":
            print("SQLALCHEMY", flush=True)
            sys.meta_path.remove(self)
        return None
sys.meta_path.insert(0, Watch())
sys.argv = ["branchdesk"] + sys.argv[1:]
from branchdesk.__main__ import main
sys.exit(main())
"""


def test_the_first_paint_needs_no_sqlalchemy_and_the_store_opens_right_after(store):
    demo.fill(store, records=40)
    folder = store.data_dir
    store.close()
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "BRANCHDESK_PRINT_READY": "1",
           "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.MemoryKeyring", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _WATCH_SQLALCHEMY, "--data-dir", str(folder), "--quit-after", "0"],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    marks = [line.split()[0] for line in proc.stdout.splitlines()]
    assert marks == ["READY", "SQLALCHEMY", "SETTLED"], proc.stdout


_LANGUAGE_AFTER_START = """
import sys
sys.argv = ["branchdesk"] + sys.argv[1:]
from branchdesk.ui import app, i18n
painted_from_first_look = app.first_look_for(app.parse_args(sys.argv[1:]), app.data_dir(None) / "branchdesk.sqlite")
code = app.main()
print("LANGUAGE", i18n.current_language(), "FIRST_LOOK", painted_from_first_look is not None, flush=True)
sys.exit(code)
"""


@pytest.mark.parametrize("first_look", [True, False])
def test_the_saved_language_is_used_at_start_whichever_way_the_window_is_painted(store, first_look):
    from branchdesk.store import settings

    demo.fill(store, records=10)
    with store.write() as s:
        settings.put(s, "language", "en")
        if not first_look:  # no identity yet: the plain read steps aside and the store opens first
            s.execute(settings.AppSetting.__table__.delete().where(settings.AppSetting.key == "device_id"))
    folder = store.data_dir
    store.close()
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "BRANCHDESK_DATA_DIR": str(folder),
           "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.MemoryKeyring", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _LANGUAGE_AFTER_START, "--quit-after", "0"],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert f"LANGUAGE en FIRST_LOOK {first_look}" in proc.stdout, proc.stdout
