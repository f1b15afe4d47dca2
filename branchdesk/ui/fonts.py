"""Load the bundled CJK TrueType font so Chinese renders on a PC with no Chinese font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from branchdesk.paths import resources_dir

log = logging.getLogger(__name__)
FONT_FILE = "fonts/WenQuanYiMicroHei.ttf"


def load_bundled_font(app: QApplication) -> str | None:
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / FONT_FILE))
    if font_id < 0:
        log.error("bundled font could not be loaded")
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPointSize(10)
    app.setFont(font)
    return family
