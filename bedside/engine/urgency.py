"""A febrile-neutropenia episode, and the severity Bedside suggests: what makes the sickest patient stand out.

The episode is open while the protocol's FN-BUNDLE item is open for the patient today (due, overdue, or
waiting for a missing fact such as an unknown ANC); the checklist engine decides that from the fever and
neutropenia facts, and it closes when the bundle is ticked. The time the fever was recorded is the last
clock time in the fever fact's reading ("T 38.6 C at 14:10", "T >=38.0 C from 13:00 to 14:05"): the moment
the fever definition was met (docs/urgency.md).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from bedside.domain.checklist import Checklist, Status
from bedside.domain.patient import PatientRecord
from bedside.engine.core import checklist
from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.protocol.model import Protocol

FN_ITEM = "FN-BUNDLE"
FN_OPEN = (
    Status.DUE,
    Status.OVERDUE,
    Status.NEEDS_DATA,
)  # needs-data: fever with the ANC unknown still opens the episode
ANTIBIOTICS_WITHIN_MIN = 60  # the bundle's own words: "empiric IV antibiotics within 60 minutes"
_CLOCK = re.compile(r"\b([01][0-9]|2[0-3]):([0-5][0-9])\b")


@dataclass(frozen=True, slots=True)
class FnEpisode:
    reading: str | None  # the fever reading as the facts describe it; None if the engine opened it otherwise
    anc: float | None  # latest ANC, x10^9/L; None: not recorded
    fever_at: datetime | None  # when the fever was recorded (site time); None: no clock time recorded
    status: str  # the bundle's status today

    def minutes_since_fever(self, now: datetime) -> int | None:
        """Whole minutes from the fever to `now`; negative when the reading is later than now; None without a time."""
        if self.fever_at is None:
            return None
        return int((now - self.fever_at).total_seconds() // 60)

    def antibiotics_minutes_left(self, now: datetime) -> int | None:
        """Minutes left of the 60 (negative: that many minutes late); None without a fever time, or one later
        than now (nothing to count yet)."""
        since = self.minutes_since_fever(now)
        return None if since is None or since < 0 else ANTIBIOTICS_WITHIN_MIN - since


def fn_episode(today: Checklist, facts: Facts, zone: tzinfo | None = None) -> FnEpisode | None:
    """The open episode on `today`'s checklist, or None."""
    bundle = next((i for i in today.items if i.id == FN_ITEM and i.status in FN_OPEN), None)
    if bundle is None:
        return None
    reading = facts["fever_reading"]
    reading = reading if isinstance(reading, str) else None
    anc = facts["anc"]
    return FnEpisode(
        reading,
        float(anc) if isinstance(anc, int | float) else None,
        fever_time(reading, today.date, zone),
        bundle.status,
    )


def patient_episode(protocol: Protocol, record: PatientRecord, on: date, zone: tzinfo | None) -> FnEpisode | None:
    """The open episode for one patient on `on` (the patient view's banner)."""
    index = PatientIndex(record, zone)
    return fn_episode(checklist(protocol, index, on), Facts(index, on), zone)


def fever_time(reading: str | None, on: date, zone: tzinfo | None) -> datetime | None:
    """The last HH:MM in the reading, on `on` (a sustained fever must end on the day it is counted)."""
    found = _CLOCK.findall(reading or "")
    if not found:
        return None
    hour, minute = found[-1]
    return datetime.combine(on, time(int(hour), int(minute)), tzinfo=zone)


def febrile_neutropenic(facts: Facts) -> bool:
    """Fever today while neutropenic, or with the ANC unknown (never assumed to be fine)."""
    return facts["fever"] is True and facts["neutropenic"] is not False


def ice_falling(facts: Facts) -> bool:
    """The latest ICE score recorded is lower than the one before it (by date and time), up to the day shown."""
    rows = facts.index.obs.get("ice_score", [])
    upto = bisect_right(facts.index.obs_dates.get("ice_score", []), facts.on)
    return upto >= 2 and rows[upto - 1][2] < rows[upto - 2][2]


def suggest_severity(
    crs: float | None, icans: float | None, fn_open: bool, febrile_neutropenic: bool, ice_falling: bool = False
) -> str:
    """I-PASS suggestion (docs/urgency.md): unstable with CRS or ICANS grade 3 or more; watcher with any CRS
    or ICANS, an open FN bundle, fever while neutropenic (also after the bundle is ticked) or a falling ICE
    score; else stable."""
    if (crs or 0) >= 3 or (icans or 0) >= 3:
        return "unstable"
    if (crs or 0) >= 1 or (icans or 0) >= 1 or fn_open or febrile_neutropenic or ice_falling:
        return "watcher"
    return "stable"
