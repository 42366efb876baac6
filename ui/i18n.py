"""Translations and the app icon: the one `tr()` every ui module uses, the marker for strings kept in data, and
the language switch.

- `tr("...")` translates; ui modules import it as `_tr` (`from ui.i18n import tr as _tr`).
- `tr_noop("...")` marks a string that is kept in a constant or a table and translated where it is shown
  (`_tr(LOCKED_TITLE)`): lupdate extracts it, and at run time it is the text itself.
- `make translations` runs lupdate with `-tr-function-alias tr+=_tr,QT_TR_NOOP+=tr_noop`, which files both under
  the empty context; `make translations-qm` compiles resources/translations/bedside_<lang>.ts.
- BEDSIDE_LANG=de picks a shipped language over the system's; BEDSIDE_LANG=pseudo shows every translated string
  accented and bracketed (⟦Ŝàvé⟧), so a string that never went through tr() stands out on screen.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QIcon

import resources

TRANSLATIONS = Path(resources.__file__).parent / "translations"
CONTEXT = ""  # what lupdate gives a `_tr` alias call, inside a class or not
LANGUAGE_ENV = "BEDSIDE_LANG"
PSEUDO = "pseudo"

_ACCENTED = str.maketrans("AEIOUYaeiouyCcNnSsZz", "ÀÉÎÖÛÝàéîöûýÇçÑñŠšŽž")  # still readable, clearly not the source
_KEPT = re.compile(r"(\{[^{}]*\}|%n|&&|<[^>]*>|\n)")  # placeholders, accelerator escapes, markup: left as they are


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tr_noop(text: str) -> str:
    """Marks a string for lupdate that is translated later, where it is shown (tr(variable))."""
    return text


def pseudo(text: str) -> str:
    """The pseudo-locale's form of a string: accented, a third longer, bracketed; placeholders kept."""
    if not text:
        return text
    parts = _KEPT.split(text)
    body = "".join(part if _KEPT.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    return f"⟦{body}{'~' * (len(text) // 3)}⟧"


class PseudoTranslator(QTranslator):
    """Every string any Bedside window asks to translate comes back in its pseudo form."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load bedside_<language>.qm for the user's locale (or BEDSIDE_LANG) if it is shipped; English otherwise."""
    chosen = os.environ.get(LANGUAGE_ENV, "").strip()
    translator: QTranslator
    if chosen == PSEUDO and locale is None:
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        return translator
    if chosen and locale is None:
        locale = QLocale(chosen)
    translator = QTranslator(app)
    if translator.load(locale or QLocale(), "bedside", "_", str(TRANSLATIONS)):
        app.installTranslator(translator)
        return translator
    return None


def app_icon() -> QIcon:
    return QIcon(str(TRANSLATIONS.parent / "icons" / "bedside.svg"))
