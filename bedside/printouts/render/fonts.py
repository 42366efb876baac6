"""The shipped font (DejaVu Sans, regular and bold; licence in resources/fonts): Latin, Greek, Cyrillic.

reportlab is imported inside `register()`, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

FONT = "BedsideSans"
FONT_BOLD = "BedsideSans-Bold"
FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


def font_path(name: str) -> Path:
    return Path(str(resources.files("resources") / "fonts" / FILES[name]))


@cache
def register() -> frozenset[int]:
    """Register both faces with reportlab once per process; the code points both can print."""
    from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

    faces = {name: TTFont(name, str(font_path(name))) for name in FILES}
    for face in faces.values():
        pdfmetrics.registerFont(face)
    # <b> in a Paragraph picks the bold face; there is no italic face, so italic stays upright.
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)
    regular, bold_face = (frozenset(faces[n].face.charToGlyph) for n in FILES)
    return regular & bold_face
