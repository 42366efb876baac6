"""The last 24 hours of one patient, for the handover: what was recorded, given, ticked or voided.

Pure: (record, the protocol's item titles, the window, the ward's zone) -> lines in time order. An entry with a
clock time counts when that time falls inside the window; one with a date only counts when its date does
(docs/handover-last-24h.md). Nothing is judged here: every line repeats what the record holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from bedside.domain.patient import (
    Check,
    Infection,
    Lab,
    Observation,
    PatientRecord,
    Treatment,
    Vaccination,
    VoidedEntry,
)
from bedside.domain.units import LAB_TESTS

WINDOW = timedelta(hours=24)
OBSERVATION_WORDS = {
    "temperature": "Temperature {v} °C",
    "crs_grade": "CRS grade {v}",
    "icans_grade": "ICANS grade {v}",
    "ice_score": "ICE score {v}/10",
    "mucositis_grade": "Mucositis grade {v}",
}
TREATMENT_WORDS = {
    "steroid": "Steroid",
    "tocilizumab": "Tocilizumab",
    "anakinra": "Anakinra",
    "ivig": "IVIG",
    "gcsf": "G-CSF",
    "immunosuppressant": "Immunosuppressant",
    "chemotherapy": "Chemotherapy",
    "anti_cd19": "Anti-CD19 antibody",
    "anti_cd20": "Anti-CD20 antibody",
    "anti_bcma": "Anti-BCMA antibody",
    "other": "Treatment",
}
INDICATION_WORDS = {"crs": "CRS", "icans": "ICANS", "iec_hs": "IEC-HS", "other": "another reason"}
CHECK_WORDS = {"done": "done", "not-done": "NOT DONE", "not-applicable": "not applicable"}
UNIT_WORDS = {"10^9/L": "×10⁹/L", "/uL": "/µL", "x10^9/L": "×10⁹/L"}


@dataclass(frozen=True, slots=True)
class RecentEvent:
    """One line of the last 24 hours: when (a clock time, or a day when none was recorded), what kind, what."""

    day: date
    clock: str  # "14:10", or "" when only the day is known
    kind: str  # "fever" | "result" | "grade" | "treatment" | "check" | "void" | "infection" | "vaccination"
    text: str

    @property
    def when(self) -> str:
        return f"{self.day.isoformat()} {self.clock}".strip()


@dataclass(frozen=True, slots=True)
class Window:
    """The 24 hours before `until`, on the ward's clock."""

    until: datetime  # aware, in the ward's zone

    @property
    def since(self) -> datetime:
        return self.until - WINDOW

    def holds(self, day: date, clock: str | None) -> bool:
        if not clock:  # a day with no time counts when any part of it lies in the window
            return self.since.date() <= day and datetime.combine(day, time(0), tzinfo=self.until.tzinfo) < self.until
        moment = datetime.combine(day, time.fromisoformat(clock), tzinfo=self.until.tzinfo)
        return self.since < moment <= self.until


def window_until(printed_at: datetime, on: date, zone: tzinfo | None) -> Window:
    """The window ends when the sheet is printed, or at the end of `on` for a sheet of another day."""
    local = printed_at.astimezone(zone) if printed_at.tzinfo is not None else printed_at.replace(tzinfo=zone)
    if local.date() != on:
        local = datetime.combine(on + timedelta(days=1), time(0), tzinfo=local.tzinfo)
    return Window(local)


def last_24_hours(
    record: PatientRecord,
    titles: Mapping[str, str],
    window: Window,
    fevers: tuple[tuple[date, str], ...] = (),
) -> tuple[RecentEvent, ...]:
    """Every entry in the window, oldest first. `titles`: item id -> title (for ticks); `fevers`: (day, the
    reading that met the protocol's fever definition that day) from the engine's facts."""
    zone = window.until.tzinfo
    events: list[RecentEvent] = []
    for day, reading in fevers:
        clock = _last_clock(reading)
        if window.holds(day, clock):
            events.append(RecentEvent(day, clock, "fever", f"FEVER: {reading}"))
    events += [_lab(lab) for lab in record.labs if window.holds(lab.date, lab.time)]
    events += [_observation(o) for o in record.observations if window.holds(o.date, o.time)]
    events += [_treatment(t, window) for t in record.treatments if _treated_in(t, window)]
    events += [_infection(i) for i in record.infections if window.holds(i.date, None)]
    events += [_vaccination(v) for v in record.vaccinations if window.holds(v.date, None)]
    for check in record.checks:
        day, clock = _local(check.at, zone)
        if window.holds(day, clock):
            events.append(_check(check, titles, day, clock))
    for voided in record.voided:
        day, clock = _local(voided.at, zone)
        if window.holds(day, clock):
            events.append(_void(voided, titles, day, clock))
    return tuple(sorted(events, key=lambda e: (e.day, e.clock or "00:00")))


def _local(stamp: str, zone: tzinfo | None) -> tuple[date, str]:
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(zone)
    return moment.date(), moment.strftime("%H:%M")


def _last_clock(reading: str) -> str:
    clocks = [word.rstrip(".,;") for word in reading.split() if len(word.rstrip(".,;")) == 5 and word[2] == ":"]
    return clocks[-1] if clocks else ""


def _number(value: float) -> str:
    return f"{value:g}"


def _lab_text(lab: Lab) -> str:
    label = LAB_TESTS[lab.test].label if lab.test in LAB_TESTS else lab.test
    return f"{label} {_number(lab.value)} {UNIT_WORDS.get(lab.unit, lab.unit)}"


def _lab(lab: Lab) -> RecentEvent:
    return RecentEvent(lab.date, lab.time or "", "result", _lab_text(lab))


def _observation_text(o: Observation) -> str:
    return OBSERVATION_WORDS.get(o.type, o.type + " {v}").format(v=_number(o.value))


def _observation(o: Observation) -> RecentEvent:
    kind = "grade" if o.type in ("crs_grade", "icans_grade", "ice_score") else "result"
    return RecentEvent(o.date, o.time or "", kind, _observation_text(o))


def _treated_in(t: Treatment, window: Window) -> bool:
    """Given in the window, or a course that runs through it."""
    if t.date is not None:
        return window.holds(t.date, None)
    assert t.start is not None  # a course has a start when it has no single date
    began = datetime.combine(t.start, time(0), tzinfo=window.until.tzinfo) < window.until
    return began and (t.ongoing is True or t.end is None or t.end >= window.since.date())


def _treatment_text(t: Treatment) -> str:
    words = TREATMENT_WORDS.get(t.type, t.type)
    drug = f" {t.drug}" if t.drug else ""
    dose = f" {_number(t.dose)} {t.dose_unit or ''}".rstrip() if t.dose is not None else ""
    why = f" for {INDICATION_WORDS.get(t.indication, t.indication)}" if t.indication else ""
    return f"{words}{drug}{dose}{why}"


def _treatment(t: Treatment, window: Window) -> RecentEvent:
    text = _treatment_text(t)
    if t.date is not None:
        return RecentEvent(t.date, "", "treatment", f"{text}: given")
    assert t.start is not None  # a course has a start when it has no single date
    if t.start >= window.since.date():
        return RecentEvent(t.start, "", "treatment", f"{text}: started")
    ending = f", until {t.end.isoformat()}" if t.end is not None else ""
    return RecentEvent(window.since.date(), "", "treatment", f"{text}: running since {t.start.isoformat()}{ending}")


def _infection(i: Infection) -> RecentEvent:
    pathogen = f" ({i.pathogen})" if i.pathogen else ""
    return RecentEvent(i.date, "", "infection", f"Infection recorded: {i.site}{pathogen}")


def _vaccination(v: Vaccination) -> RecentEvent:
    return RecentEvent(v.date, "", "vaccination", f"Vaccination given: {v.vaccine}")


def _check(check: Check, titles: Mapping[str, str], day: date, clock: str) -> RecentEvent:
    title = titles.get(check.item, check.item)
    state = CHECK_WORDS.get(check.status, check.status)
    for_day = f" (for {check.due.isoformat()})" if check.due != day else ""
    reason = f": {check.reason}" if check.reason else ""
    return RecentEvent(day, clock, "check", f"{title}{for_day}: {state}{reason} ({check.by})")


def _void(voided: VoidedEntry, titles: Mapping[str, str], day: date, clock: str) -> RecentEvent:
    entry = voided.entry
    if isinstance(entry, Check):
        what = f"tick {titles.get(entry.item, entry.item)} for {entry.due.isoformat()}"
    elif isinstance(entry, Lab):
        what = f"{_lab_text(entry)} of {entry.date.isoformat()}"
    elif isinstance(entry, Observation):
        what = f"{_observation_text(entry)} of {entry.date.isoformat()}"
    elif isinstance(entry, Treatment):
        what = f"{_treatment_text(entry)} of {entry.first_day.isoformat()}"
    elif isinstance(entry, Infection):
        what = f"infection ({entry.site}) of {entry.date.isoformat()}"
    else:
        what = f"vaccination {entry.vaccine} of {entry.date.isoformat()}"
    return RecentEvent(day, clock, "void", f"VOIDED {what}: {voided.reason} ({voided.by})")


def bundle_state(status: str | None, record: PatientRecord, item_id: str, window: Window) -> str | None:
    """The febrile-neutropenia bundle in words: open (its status today), done in the window (when, by whom),
    or not open. None when the protocol has no such item."""
    if status is None:
        return None
    if status in ("due", "overdue", "needs-data"):
        return f"OPEN ({STATUS_WORDS.get(status, status)}): antibiotics within 60 minutes of the fever"
    zone = window.until.tzinfo
    ticks = sorted(
        (_local(c.at, zone), c) for c in record.checks if c.item == item_id and window.holds(*_local(c.at, zone))
    )
    if ticks:
        (day, clock), check = ticks[-1]
        return f"{CHECK_WORDS.get(check.status, check.status)} {day.isoformat()} {clock} ({check.by})"
    return "not open"


STATUS_WORDS = {"due": "due", "overdue": "overdue", "needs-data": "needs data"}
