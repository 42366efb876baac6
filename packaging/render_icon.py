"""Render resources/icons/bedside.svg to packaging/icons/bedside.png (256 px, Linux menus, macOS) and bedside.ico
(16-256 px, the Windows .exe and installer).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icon.py   (the PNG is committed; rerun after
changing the SVG)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SIZE = 256


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs an application)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "bedside.svg"))
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out = ROOT / "packaging" / "icons" / "bedside.png"
    if not image.save(str(out)):
        print(f"render_icon: cannot write {out}", file=sys.stderr)
        return 1
    from PIL import Image  # Pillow comes with reportlab

    ico = out.with_suffix(".ico")
    Image.open(out).save(ico, sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    print(f"wrote {out} and {ico.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
