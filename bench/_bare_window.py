"""Baseline for start-up: a bare PySide6 main window, shown, quit on the first event-loop turn."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("BranchDesk"))
    window.resize(1280, 800)
    window.show()

    def finish():  # as `branchdesk --quit-after 0` does: render the window, say when, quit
        window.grab()
        if os.environ.get("BRANCHDESK_PRINT_READY"):
            print(f"READY {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, finish)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
