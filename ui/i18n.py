"""Translations and the app icon: the one `tr()` every ui module uses, the marker for strings kept in data, and
the language of screens and printed sheets.

- `tr("...")` translates; ui modules import it as `_tr` (`from ui.i18n import tr as _tr`).
- `tr_noop("...")` marks a string that is kept in a constant or a table and translated where it is shown
  (`_tr(LOCKED_TITLE)`): lupdate extracts it, and at run time it is the text itself.
- `make translations` runs lupdate with `-tr-function-alias tr+=_tr,QT_TR_NOOP+=tr_noop`, which files both under
  the empty context; `make translations-qm` compiles resources/translations/bedside_<lang>.ts.
- The language is chosen once for screens and printed sheets (bedside/config/language.py, docs/translation.md):
  Bedside's translation and Qt's own (qtbase_<lang>.qm: the buttons of standard dialogs) are loaded together,
  and the default QLocale follows it, so dates, times and numbers are written its way.
- BEDSIDE_LANG=de picks a shipped language over the site's and the system's; BEDSIDE_LANG=pseudo shows every
  translated string accented and bracketed (⟦Ŝàvé⟧), so a string that never went through tr() stands out.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon

import resources
from bedside.config.language import ENGLISH, resolve, system_locale_name

TRANSLATIONS = Path(resources.__file__).parent / "translations"
CONTEXT = ""  # what lupdate gives a `_tr` alias call, inside a class or not
LANGUAGE_ENV = "BEDSIDE_LANG"
PSEUDO = "pseudo"

_ACCENTED = str.maketrans("AEIOUYaeiouyCcNnSsZz", "ÀÉÎÖÛÝàéîöûýÇçÑñŠšŽž")  # still readable, clearly not the source
_KEPT = re.compile(r"(\{[^{}]*\}|%n|&&|<[^>]*>|\n)")  # placeholders, accelerator escapes, markup: left as they are


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


translate = tr  # the name the printed-sheet code and older callers use


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
    """Load bedside_<language>.qm for `locale` if it is shipped; English otherwise."""
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
    chosen = os.environ.get(LANGUAGE_ENV, "").strip()
    if chosen == PSEUDO:  # a developer's check for strings that never went through tr()
        fake = PseudoTranslator(app)
        app.installTranslator(fake)
        _installed.append(fake)
        _language[0] = ENGLISH
        return ENGLISH
    language = resolve(chosen or setting, workstation_locale())
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
