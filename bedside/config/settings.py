"""Every site setting, declared once: key, kind, default, label, scope and help.

Database settings hold for every workstation on the file (the meta table, changed by an admin and audited);
the admin screen is generated from this list (ui/dialogs/settings_form.py). Code reads a setting through its
declaration here, never through a literal key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bedside.config.language import SHIPPED
from bedside.domain.errors import BedsideError

_DIGITS = re.compile(r"[0-9]")
CONTACT_MIN_DIGITS, CONTACT_MAX_CHARS = 6, 80


@dataclass(frozen=True, slots=True)
class Setting:
    key: str  # the meta table's key
    label: str
    kind: str  # "text" | "zone" | "contact" | "minutes" | "language"
    default: str
    scope: str  # "database": every workstation on this file; "workstation": this computer only
    help: str


SITE_NAME = Setting("site_name", "Site name", "text", "", "database", "Shown on printed sheets")
SITE_TIMEZONE = Setting(
    "site_timezone",
    "Time zone",
    "zone",
    "",
    "database",
    "The ward's time zone, e.g. Europe/Berlin; empty: each workstation's own. 'Today' and tick days follow it.",
)
FEVER_CONTACT = Setting(
    "contact_fever",
    "24-hour contact for a fever",
    "contact",
    "",
    "database",
    "Who a patient calls with a fever, with the number, day and night; printed on the follow-up plan",
)
# The screen lock: the meta key, the default and the range the site may choose (storage/access.py reads them).
LOCK_MINUTES_SETTING = "lock_after_minutes"
LOCK_MINUTES_DEFAULT, LOCK_MINUTES_RANGE = 5, (1, 60)
LOCK_MINUTES = Setting(
    LOCK_MINUTES_SETTING,
    "Lock the screen after (idle minutes)",
    "minutes",
    str(LOCK_MINUTES_DEFAULT),
    "database",
    f"{LOCK_MINUTES_RANGE[0]}-{LOCK_MINUTES_RANGE[1]} minutes without input",
)
LAB_FOLDER = Setting(
    "lab_folder",
    "Lab files folder",
    "folder",
    "",
    "database",
    "A folder the laboratory drops result files into; the board offers each new file for import. Empty: none",
)
LAB_MAPPING = Setting(
    "lab_mapping",
    "Lab file mapping",
    "mapping",
    "",
    "database",
    "How the laboratory's files read: a mapping name (generic-csv, de-labor-csv, hl7v2-loinc) or a .toml file",
)
LANGUAGE = Setting(
    "language",
    "Language",
    "language",
    "",
    "database",
    f"Language of the screens and printed sheets: {' or '.join(SHIPPED)}; empty: each workstation's own. "
    "Takes effect at the next start.",
)
SETTINGS = (SITE_NAME, SITE_TIMEZONE, FEVER_CONTACT, LOCK_MINUTES, LANGUAGE, LAB_FOLDER, LAB_MAPPING)

# Workstation settings: this computer only (Qt's QSettings, ui/printing/printer_defaults.py), never in the database.
PAPER_SIZES = ("A4", "Letter")
YES_NO = ("no", "yes")
PRINTER = Setting(
    "printer/name",
    "Printer",
    "printer",
    "",
    "workstation",
    "Where Print sends a sheet from this workstation; empty: the system's default printer",
)
PAPER = Setting(
    "printer/paper",
    "Paper size",
    "paper",
    "",
    "workstation",
    "A4 or Letter; empty: the printer's default paper, else the computer's locale (Letter in the US and Canada)",
)
TWO_SIDED = Setting("printer/two_sided", "Print on both sides", "yesno", "no", "workstation", "yes or no")
WORKSTATION_SETTINGS = (PRINTER, PAPER, TWO_SIDED)


def checked(setting: Setting, text: str) -> str:
    """The value to store, or BedsideError naming the setting in the ward's words; nothing is guessed."""
    text = text.strip()
    if setting.kind == "zone" and text:
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):
            raise BedsideError(f'{setting.label}: "{text}" is not a time zone name (e.g. Europe/Berlin)') from None
    short = len(_DIGITS.findall(text)) < CONTACT_MIN_DIGITS or len(text) > CONTACT_MAX_CHARS
    if setting.kind == "contact" and text and short:
        raise BedsideError(
            f'{setting.label}: "{text}" needs a phone number (at least {CONTACT_MIN_DIGITS} digits), '
            f"in at most {CONTACT_MAX_CHARS} characters"
        )
    if setting.kind == "paper" and text:  # empty: the printer's or the locale's paper (docs/printing.md)
        named = next((name for name in PAPER_SIZES if name.lower() == text.lower()), None)
        if named is None:
            raise BedsideError(f'{setting.label}: "{text}" is not a paper size Bedside prints on (A4 or Letter)')
        text = named
    if setting.kind == "yesno" and text not in YES_NO:
        raise BedsideError(f'{setting.label}: "{text}" must be one of {", ".join(YES_NO)}')
    if setting.kind == "folder" and text and not Path(text).is_dir():
        raise BedsideError(f'{setting.label}: "{text}" is not a folder this computer can open')
    if setting.kind == "mapping" and text:
        from bedside.interop.labs.mapping import load_mapping

        try:
            load_mapping(text)
        except BedsideError as err:  # the loader names the file, line and field; here it is the setting
            raise BedsideError(f"{setting.label}: {str(err).removeprefix('--mapping: ')}") from None
    if setting.kind == "language" and text:
        if text.lower() not in SHIPPED:
            raise BedsideError(f'{setting.label}: "{text}" is not a language Bedside has: {", ".join(SHIPPED)}')
        text = text.lower()
    if setting.kind == "minutes":
        low, high = LOCK_MINUTES_RANGE
        if not text.isdigit() or not low <= int(text) <= high:
            raise BedsideError(f'{setting.label}: "{text}" must be a whole number from {low} to {high}')
        text = str(int(text))
    return text
