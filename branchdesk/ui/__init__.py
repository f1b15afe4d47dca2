from branchdesk.ui.widgets import qt_fixes as _qt_fixes

_qt_fixes.install()  # before anything emits a signal (see qt_fixes: PySide6 6.12 loses references)
