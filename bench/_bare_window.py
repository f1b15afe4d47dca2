"""Baseline for start-up: a bare PySide6 main window, shown, quit on the first event-loop turn."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("BranchDesk"))
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, app.quit)  # as `branchdesk --quit-after 0` does
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
