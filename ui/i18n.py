"""Translations and the app icon: `_tr` in every ui module uses one context, the one pyside6-lupdate writes for it.

`make translations` runs lupdate with `-tr-function-alias tr+=_tr`, which files every `_tr("...")`
under the empty context; `make translations-qm` compiles resources/translations/bedside_<lang>.ts.
The language is chosen once for screens and printed sheets (bedside/language.py, docs/translation.md):
Bedside's translation and Qt's own (qtbase_<lang>.qm: the buttons of standard dialogs) are loaded
together, and the default QLocale follows it, so dates, times and numbers are written its way.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon

import resources
from bedside.language import ENGLISH, resolve, system_locale_name

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


_installed: list[QTranslator] = []
_language = [ENGLISH]  # the language install_language chose for this process


def current_language() -> str:
    """The language of this process's screens; printed sheets made here use it too."""
    return _language[0]


def workstation_locale() -> str:
    """The workstation's locale: the environment as gettext reads it, else what Qt knows (Windows, macOS)."""
    return system_locale_name() or QLocale.system().name()


def install_language(app: QCoreApplication, setting: str | None = None) -> str:
    """Load Bedside's and Qt's translations for the language chosen (the setting, else the workstation's).

    Called again with a new setting, it replaces what it loaded before. Returns the language.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(setting, workstation_locale())
    system = QLocale.system()
    # The workstation's own locale keeps its region (de_AT, de_CH); a language set for the site uses its default.
    locale = system if system.name().split("_")[0] == language else QLocale(language)
    QLocale.setDefault(locale)
    if language != ENGLISH:
        bedside = install_translator(app, locale)
        if bedside is not None:
            _installed.append(bedside)
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _language[0] = language
    return language


class Number(float):
    """A value that formats with the screen's decimal mark: "{value:g}".format(value=Number(0.5)) is 0,5 in German.

    Translated templates keep their Python format specs, so their source text stays as lupdate found it.
    """

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        text = super().__format__(spec)
        mark = QLocale().decimalPoint()
        return text.replace(".", mark) if mark != "." else text


def weekday(day: date) -> str:
    """The day's name in the screen's language (strftime would give the C library's English)."""
    return QLocale().dayName(day.isoweekday())


def app_icon() -> QIcon:
    return QIcon(str(TRANSLATIONS.parent / "icons" / "bedside.svg"))
