"""The one way user and protocol text reaches a page: normalised, checked against the font, escaped.

reportlab parses Paragraph text as markup ("<b>x" raises, "O'Brien <Jr>" loses "<Jr>", "<img src=...>"
opens a local file) and drops a character its font lacks without a word. So every
string goes through `TextGuard`: a missing character is printed visibly as [U+XXXX] and reported.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from bedside.domain.errors import BedsideError

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


class MissingGlyphError(BedsideError):
    """A character the shipped font cannot print (raised only when the caller asks for strict output)."""


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """A finished document: the PDF bytes and what could not be printed as written."""

    pdf: bytes
    warnings: tuple[str, ...]  # e.g. 'DEMO-001 name: "中" (U+4E2D) is not in the font; printed as [U+4E2D]'
    pages: int


class TextGuard:
    """Checks every string against the font's characters; collects one warning per field and character."""

    def __init__(self, has_glyph: Callable[[int], bool], *, strict: bool = False) -> None:
        self._has_glyph = has_glyph
        self._strict = strict
        self._seen: set[tuple[str, str]] = set()
        self.warnings: list[str] = []

    def plain(self, value: object, field: str) -> str:
        """Text for the canvas (no markup parsing there): NFC, controls as spaces, missing glyphs shown."""
        text = unicodedata.normalize("NFC", "" if value is None else str(value))
        if text.isascii() and text.isprintable():
            return text  # the font has every printable ASCII character
        out = []
        for ch in text:
            if ch.isspace() or unicodedata.category(ch) == "Cc":
                out.append(" ")
            elif self._has_glyph(ord(ch)):
                out.append(ch)
            else:
                out.append(self._missing(ch, field))
        return "".join(out)

    def markup(self, value: object, field: str) -> str:
        """Text for a Paragraph: `plain`, then escaped so reportlab prints it literally."""
        return escape(self.plain(value, field), _ENTITIES)

    def _missing(self, ch: str, field: str) -> str:
        code = f"U+{ord(ch):04X}"
        if self._strict:
            raise MissingGlyphError(f'{field}: the character "{ch}" ({code}) is not in the font and cannot be printed')
        if (field, ch) not in self._seen:
            self._seen.add((field, ch))
            self.warnings.append(f'{field}: "{ch}" ({code}) is not in the font; printed as [{code}]')
        return f"[{code}]"
