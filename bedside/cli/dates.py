"""A date typed on the command line (--date, --on): YYYY-MM-DD only, within the years Bedside accepts."""

from __future__ import annotations

import json
import re
from datetime import date

from bedside.domain.errors import BedsideError
from bedside.domain.input_limits import day_problem, quote


def parse_day(text: str, what: str = "--date") -> date:
    # fullmatch first: Python's fromisoformat also takes week dates like 2025-W10-4.
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            pass
        else:
            if (problem := day_problem(day)) is not None:
                raise BedsideError(f"{what}: {problem}")
            return day
    raise BedsideError(f"{what}: must be a date YYYY-MM-DD, not {json.dumps(quote(text))}")
