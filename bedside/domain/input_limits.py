"""Limits on what a file or a form may bring in, shared by the patient reader, the CLI and the store.

Each check returns a problem text (or None) so the caller names the field; see docs/input-limits.md.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

# A date outside these years is a placeholder ("unknown" = 9999-12-31) or a typo, never a ward date;
# inside them every date sum the app makes (day +3650, a year of schedule) stays a valid date.
FIRST_YEAR, LAST_YEAR = 1900, 2200
QUOTE_LIMIT = 80  # characters of any input an error message may repeat

# Characters that change how the text around them is shown (bidi embeddings, overrides, isolates, marks).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Joiners are part of how some scripts write names (Persian, Indic), so they stay allowed.
_JOINERS = frozenset("\u200c\u200d")
# Letters that draw nothing: a name made of them would look empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def day_problem(value: date) -> str | None:
    """Why this date cannot be a ward date, or None."""
    if FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    return f"must be between {FIRST_YEAR}-01-01 and {LAST_YEAR}-12-31, not {value.isoformat()}"


def utc_time_problem(value: str) -> str | None:
    """A UTC stamp like 2025-03-10T09:14:00Z that is a real time inside the date range, or why not."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return f"is not a real time: {quote(value)}"
    return day_problem(moment.date())


def name_problem(text: str) -> str | None:
    """A person's name: one line of characters that show, with at least one letter or digit."""
    for ch in text:
        if ch in _BIDI:
            return f"contains U+{ord(ch):04X}, which reverses or reorders how text is shown; type the name plainly"
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp"):
            return f"contains a control character (U+{ord(ch):04X}); a name is one line of visible characters"
        if category in ("Cf", "Co", "Cn", "Cs") and ch not in _JOINERS:
            return f"contains an invisible or unassigned character (U+{ord(ch):04X}); type the name plainly"
    if not any(unicodedata.category(ch)[0] in "LN" and ch not in _BLANK_LETTERS for ch in text):
        return "must contain at least one visible letter or digit"
    return None


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Text from the input as a message may repeat it: at most `limit` characters, lone surrogates escaped."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")


def mrn_key(mrn: str) -> str:
    """MRNs that differ only in letter case are the same patient (MRNs are ASCII: see the reader)."""
    return mrn.upper()
