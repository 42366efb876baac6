"""Paper sizes for printouts: A4, or US Letter where the printer or the locale uses it (docs/printing.md).

Qt-free, so the command line chooses the same paper as the window. The body keeps one width (180 mm)
on both sizes, so a layout tested on one fits the other; Letter is 17.6 mm shorter, so fewer lines fit a page.
"""

from __future__ import annotations

import locale
import os
import sys

MM = 72 / 25.4  # points per millimetre
PAPERS: dict[str, tuple[float, float]] = {"A4": (210 * MM, 297 * MM), "Letter": (8.5 * 72, 11 * 72)}
# Territories whose default paper is US Letter, from the Unicode CLDR's supplemental data (paperSize).
LETTER_TERRITORIES = frozenset({"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"})


def paper_for_locale(locale_name: str | None) -> str:
    """'Letter' for a locale such as en_US.UTF-8 or es-MX, else 'A4' (also when the locale is unknown)."""
    if not locale_name:
        return "A4"
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    territory = base.split("_")[1].upper() if "_" in base else ""
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def chosen_paper(setting: str, fallback: str) -> str:
    """The site's setting when it names a paper; otherwise the printer's or locale's `fallback`."""
    return setting if setting in PAPERS else fallback if fallback in PAPERS else "A4"


def system_locale_name() -> str | None:
    """The locale that decides paper: LC_ALL, LC_PAPER or LANG as POSIX orders them; on Windows the user's."""
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        if value := os.environ.get(name):
            return value
    if sys.platform == "win32":
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultLCID()  # type: ignore[attr-defined,unused-ignore]
        return locale.windows_locale.get(int(lcid))
    return locale.getlocale()[0]
