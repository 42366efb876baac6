"""The field-by-field reader under bedside-patient/1: each check records a problem with its field path.

Nothing here guesses: a value is taken as it is or refused with a message a nurse can act on.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from bedside.domain.errors import Problem
from bedside.domain.input_limits import day_problem, name_problem, quote

MAX_PROBLEMS = 50
# Beyond any lab value or dose; larger numbers overflow SQLite's 64-bit integers or unit conversion.
MAX_MAGNITUDE = 1e15

# fullmatch with ASCII digits only: "$" would allow a trailing newline, \d any script's digits.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
T = TypeVar("T")


class TooMany(Exception):
    """Stops reading after MAX_PROBLEMS: a wrong file gets a readable list, not thousands of lines."""


class Reader:
    """Walks a parsed JSON document, collecting problems with their field paths."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooMany

    def obj(self, value: Any, path: str, required: set[str], optional: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, f"must be an object, not {kind(value)}")
            return {}
        for key in value:
            if key not in required and key not in optional:
                self.fail(join(path, key), "unknown field")
        for key in sorted(required - value.keys()):
            self.fail(join(path, key), "required field is missing")
        return value

    def text(self, value: Any, path: str, max_len: int = 200) -> str | None:
        if not isinstance(value, str):
            self.fail(path, f"must be text, not {kind(value)}")
            return None
        if not 1 <= len(value) <= max_len or not value.strip():
            self.fail(path, f"must be 1 to {max_len} characters, not blank")
            return None
        if any("\ud800" <= ch <= "\udfff" for ch in value):  # only a JSON \u escape can make one
            self.fail(path, "contains half of a UTF-16 surrogate pair (a \\uD800-\\uDFFF escape), not a character")
            return None
        return value

    def day(self, value: Any, path: str) -> date | None:
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                found = date.fromisoformat(value)
            except ValueError:
                pass
            else:
                # 9999-12-31 is another system's "unknown": refused here, it would overflow every date sum later.
                if (problem := day_problem(found)) is None:
                    return found
                self.fail(path, problem)
                return None
        self.fail(path, f"must be a date YYYY-MM-DD, not {show(value)}")
        return None

    def name(self, value: Any, path: str) -> str | None:
        """A person's name: text whose every character shows (no control, bidi or invisible characters)."""
        text = self.text(value, path)
        if text is not None and (problem := name_problem(text)) is not None:
            self.fail(path, problem)
            return None
        return text

    def clock(self, value: Any, path: str) -> str | None:
        if isinstance(value, str) and _TIME.fullmatch(value):
            return value
        self.fail(path, f"must be a time HH:MM, not {show(value)}")
        return None

    def number(self, value: Any, path: str, low: float | None = None, high: float | None = None) -> float | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(path, f"must be a number, not {show(value)}")
            return None
        # abs() first: math.isfinite() raises OverflowError on an integer beyond the float range.
        if (isinstance(value, float) and not math.isfinite(value)) or abs(value) > MAX_MAGNITUDE:
            self.fail(path, f"must be a number between -{MAX_MAGNITUDE:g} and {MAX_MAGNITUDE:g}, not {show(value)}")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            if low is not None and high is not None:
                limit = f"between {low:g} and {high:g}"
            else:
                limit = f"at least {low:g}" if low is not None else f"at most {high:g}"
            self.fail(path, f"must be {limit}, not {value:g}")
            return None
        return value

    def flag(self, value: Any, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.fail(path, f"must be true or false, not {show(value)}")
            return None
        return value

    def choice(self, value: Any, path: str, allowed: tuple[str, ...] | dict[str, Any]) -> str | None:
        if isinstance(value, str) and value in allowed:
            return value
        self.fail(path, f"must be one of {', '.join(allowed)}; not {show(value)}")
        return None

    def items(self, value: Any, path: str, parse: Callable[[Any, str], T | None]) -> tuple[T, ...]:
        if not isinstance(value, list):
            self.fail(path, f"must be a list, not {kind(value)}")
            return ()
        parsed = (parse(entry, f"{path}[{i}]") for i, entry in enumerate(value))
        return tuple(p for p in parsed if p is not None)


def join(path: str, key: str) -> str:
    return f"{path}.{quote(key)}" if path else quote(key)  # a 10 MB key is named by its start


def kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), "null" if value is None else "a number"
    )


def show(value: Any) -> str:
    if isinstance(value, str) and len(value) > 60:
        value = value[:60]  # a message shows the start of a long text, never megabytes
    try:
        shown = json.dumps(value, ensure_ascii=False)[:60]
    except (ValueError, RecursionError):  # a huge integer or a deeply nested value from a caller
        shown = kind(value)
    return printable(shown)


def printable(text: str) -> str:
    """A message a window, a log and a UTF-8 terminal can all show: lone surrogates become \\udxxx."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
