"""Calendar arithmetic in the ward's terms: day N is a calendar date, months are calendar months."""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache


# Both are pure and asked about the same few dates on every day of a schedule: remember the recent answers.
@lru_cache(maxsize=1 << 16)
def add_months(start: date, months: int) -> date:
    """Same day of the month `months` later, clamped to the month's end (Jan 31 + 1 = Feb 28/29)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=1 << 16)
def whole_months_between(start: date, end: date) -> int:
    """Full calendar months from start to end (negative when end is earlier)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if months >= 0 and end.day >= start.day:
        return months  # the day of the month has been reached: no clamping question
    if months > 0 and add_months(start, months) > end:
        months -= 1
    elif months < 0 and add_months(start, months) < end:
        months += 1
    return months
