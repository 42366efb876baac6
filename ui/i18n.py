"""Translations and the app icon: `_tr` in every ui module uses one context, the one pyside6-lupdate writes for it.

`make translations` runs lupdate with `-tr-function-alias tr+=_tr`, which files every `_tr("...")`
under the empty context; `make translations-qm` compiles resources/translations/bedside_<lang>.ts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QIcon

import resources

TRANSLATIONS = Path(resources.__file__).parent / "translations"
CONTEXT = ""  # what lupdate gives a `_tr` alias call, inside a class or not


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load bedside_<language>.qm for the user's locale if it is shipped; English otherwise."""
    translator = QTranslator(app)
    if translator.load(locale or QLocale(), "bedside", "_", str(TRANSLATIONS)):
        app.installTranslator(translator)
        return translator
    return None


def app_icon() -> QIcon:
    return QIcon(str(TRANSLATIONS.parent / "icons" / "bedside.svg"))
