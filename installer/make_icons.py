"""Draw the application icon: resources/icons/branchdesk.svg, PNGs in the usual sizes and a Windows .ico.

The SVG is the source; the PNGs are rendered from it with QtSvg so every size matches it.
Run: .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# A white shield with a tick on a blue rounded square: protection of the customer, plainly.
SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1e88e5"/>
      <stop offset="1" stop-color="#0d47a1"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="52" ry="52" fill="url(#bg)"/>
  <path d="M128 36 L204 64 L204 122 C204 170 172 204 128 222 C84 204 52 170 52 122 L52 64 Z" fill="#ffffff"/>
  <path d="M90 128 L117 155 L168 100" fill="none" stroke="#1565c0" stroke-width="20"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "branchdesk.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    for size in SIZES:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        img.save(str(ICONS / f"branchdesk-{size}.png"))
    from PIL import Image

    Image.open(ICONS / "branchdesk-256.png").save(
        ICONS / "branchdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
