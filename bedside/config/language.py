"""The language of screens and printed sheets, and the Qt-free translation of printed labels.

One choice for both: the Language site setting (bedside/config/settings.py) when an admin set one, else the
workstation's own (its locale), else English. Screens translate through Qt (ui/i18n.py); the handover
and the follow-up plan are made without Qt, so their fixed labels are looked up here, in a table keyed
by the English text (resources/translations/printed_<lang>.toml). Protocol text (item titles, whys,
drugs, sources) is never translated here: it prints as the profile gives it (docs/translation.md).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

ENGLISH = "en"
SHIPPED = (ENGLISH, "de")  # languages with a translation of the screens and of the printed sheets
# Where the C library and gettext look for the user's language, in their order.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_of(locale_name: str | None) -> str | None:
    """The shipped language of a locale name such as "de_DE.UTF-8", "de-AT" or "de"; None if not shipped."""
    code = (locale_name or "").split(":")[0].split(".")[0].replace("-", "_").split("_")[0].lower()
    return code if code in SHIPPED else None


def system_locale_name() -> str:
    """The workstation's locale name from the environment, as gettext reads it ("" when none is set)."""
    return next((value for name in LOCALE_VARIABLES if (value := os.environ.get(name, ""))), "")


def resolve(setting: str | None, system: str | None = None) -> str:
    """The language to use: the site setting if set, else the system locale's if shipped, else English."""
    chosen = (setting or "").strip()
    if chosen:
        return language_of(chosen) or ENGLISH
    return language_of(system_locale_name() if system is None else system) or ENGLISH


@dataclass(frozen=True, slots=True)
class Words:
    """Printed labels in one language: words("Page {page} of {count}") gives the template to format."""

    language: str = ENGLISH
    table: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, english: str) -> str:
        return self.table.get(english, english)  # a label the table lacks prints in English (a test finds it)

    def number(self, value: float) -> str:
        """A number as the language writes it: 0.5 or 0,5 (no group separator, like the typed input)."""
        text = f"{value:g}"
        return text.replace(".", ",") if self.language != ENGLISH else text


ENGLISH_WORDS = Words()


@cache
def words_for(language: str) -> Words:
    """The printed labels for `language`; English (the source text) for English or an unknown language."""
    if language == ENGLISH or language not in SHIPPED:
        return ENGLISH_WORDS
    return Words(language, printed_table(language))


def printed_table(language: str) -> dict[str, str]:
    """resources/translations/printed_<language>.toml: English label = translated label."""
    source = resources.files("resources") / "translations" / f"printed_{language}.toml"
    table = tomllib.loads(source.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in table.items()}
