"""What an import would do, decided before anything is saved: each result ready, a duplicate, or refused.

Reasons for refusal (issue 17): unknown patient, unknown test, unit not convertible, implausible value,
future time, and a row the file itself makes unreadable.
Units: bedside/domain/units.py; plausible ranges: bedside/domain/plausibility.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime

from bedside.domain.patient import Lab
from bedside.domain.plausibility import is_plausible, plausible_range
from bedside.domain.units import LAB_TESTS, UnitError, to_internal
from bedside.interop.labs.mapping import LabMapping
from bedside.interop.labs.readers import RawResult

READY, DUPLICATE, REFUSED = "ready", "duplicate", "refused"


@dataclass(frozen=True, slots=True)
class Line:
    """One result of the file as the preview lists it."""

    where: str
    mrn: str
    outcome: str  # ready, duplicate or refused
    lab: Lab | None = None  # set when ready or duplicate
    reason: str = ""  # why refused, or what it duplicates


@dataclass(frozen=True, slots=True)
class Preview:
    lines: tuple[Line, ...]
    counts: dict[str, int] = field(default_factory=dict)

    def of(self, outcome: str) -> list[Line]:
        return [line for line in self.lines if line.outcome == outcome]


StoredKey = tuple[str, str, str, str | None, float]  # mrn, test, date, time, value in the internal unit


def lab_key(mrn: str, lab: Lab) -> StoredKey:
    return (mrn, lab.test, lab.date.isoformat(), lab.time, round(lab.internal_value, 9))


def build_preview(
    raw: list[RawResult], mapping: LabMapping, known_mrns: set[str], stored: set[StoredKey], now: datetime
) -> Preview:
    """`now` is the site's local time without a zone (as the laboratory stamps); `stored` holds the
    patients' saved, not voided, labs."""
    seen = set(stored)
    lines = []
    for result in raw:
        line = _line(result, mapping, known_mrns, now)
        if line.lab is not None:
            key = lab_key(line.mrn, line.lab)
            if key in seen:
                reason = "already stored" if key in stored else "appears earlier in this file"
                line = Line(line.where, line.mrn, DUPLICATE, line.lab, reason)
            seen.add(key)
        lines.append(line)
    counts = {k: sum(1 for x in lines if x.outcome == k) for k in (READY, DUPLICATE, REFUSED)}
    return Preview(tuple(lines), counts)


def _line(r: RawResult, mapping: LabMapping, known_mrns: set[str], now: datetime) -> Line:
    def refuse(reason: str) -> Line:
        return Line(r.where, r.mrn, REFUSED, None, reason)

    if r.problem:
        return refuse(r.problem)
    if r.mrn not in known_mrns:
        return refuse(f'unknown patient: no patient with MRN "{r.mrn}"' if r.mrn else "unknown patient: no MRN")
    test = mapping.tests.get(r.code) or (r.code if r.code in LAB_TESTS else None)
    if test is None:
        return refuse(f'unknown test: "{r.code}" is not in the mapping "{mapping.name}"')
    value = _number(r.value)
    if value is None:
        return refuse(f'value "{r.value}" is not a number')
    unit = mapping.units.get(r.unit, r.unit)
    try:
        to_internal(test, value, unit)
    except UnitError:
        accepted = " or ".join(LAB_TESTS[test].factors)
        return refuse(f'unit not convertible: "{r.unit}" for {LAB_TESTS[test].label} (Bedside takes {accepted})')
    if not is_plausible(test, value, unit):
        low, high = plausible_range(test, unit)
        return refuse(f"implausible value: {LAB_TESTS[test].label} {value:g} {unit} is outside {low:g}-{high:g} {unit}")
    assert r.taken is not None  # readers set a problem when there is no time
    if _after(r.taken, now):
        return refuse(f"future time: taken {_show(r.taken)}, after now ({now:%Y-%m-%d %H:%M})")
    day = r.taken.date() if isinstance(r.taken, datetime) else r.taken
    clock = r.taken.strftime("%H:%M") if isinstance(r.taken, datetime) else None
    return Line(r.where, r.mrn, READY, Lab(day, test, value, unit, clock))


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0 or text.strip().lower() in ("nan", "inf", "infinity"):
        return None
    return int(value) if value.is_integer() and "." not in text else value


def _after(taken: datetime | date, now: datetime) -> bool:
    if isinstance(taken, datetime):
        return taken > now
    return taken > now.date()


def _show(taken: datetime | date) -> str:
    return taken.strftime("%Y-%m-%d %H:%M") if isinstance(taken, datetime) else taken.isoformat()
