"""A patient's course as a picture: item bars from the engine's day-by-day statuses, and dated marks.

Pure data for the Timeline tab: no Qt, no clock (today is a parameter), no clinical rule of its own.
Statuses come from `engine.schedule`, fever from the engine's `fever` fact, steroid days from the
patient index; everything else is what the record says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from bedside.domain.checklist import Status
from bedside.domain.patient import PatientRecord, Treatment
from bedside.engine.core import schedule
from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.protocol.model import CATEGORIES, Protocol

DAYS_BEFORE_DAY0 = 7  # the course starts at lymphodepletion or day -7, whichever is earlier
LAST_DAY = 730  # two years: the long-term follow-up past day +365 shows (docs/clinical-rules.md)
AHEAD_DAYS = 365  # a patient already past that is drawn a year beyond today
MARK_KINDS = ("fever", "crs", "icans", "steroid", "tocilizumab", "ivig", "vaccination", "infection")


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive days on which an item is listed with one status."""

    first: date
    last: date
    status: str
    planned: bool  # after today: what the engine expects if nothing new is recorded

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One protocol item and the runs of days it is listed."""

    item_id: str
    title: str
    category: str
    runs: tuple[Run, ...]

    def run_on(self, day: date) -> Run | None:
        return next((r for r in self.runs if r.first <= day <= r.last), None)


@dataclass(frozen=True, slots=True)
class Mark:
    """Something dated in the record: a fever day, a grade, a treatment day, a vaccination, an infection."""

    date: date
    kind: str  # one of MARK_KINDS
    label: str  # plain text from the record, e.g. "T 38.6 C at 14:10" or "dexamethasone 10 mg/day"
    grade: int | None = None  # CRS and ICANS


@dataclass(frozen=True, slots=True)
class Timeline:
    first: date
    last: date
    day0: date
    today: date
    rows: tuple[ItemRow, ...]
    marks: tuple[Mark, ...]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def day_number(self, day: date) -> int:
        return (day - self.day0).days

    def marks_on(self, day: date) -> list[Mark]:
        return [m for m in self.marks if m.date == day]

    def listed_on(self, day: date) -> list[tuple[ItemRow, Run]]:
        return [(row, run) for row in self.rows if (run := row.run_on(day)) is not None]

    def kinds(self) -> list[str]:
        """Mark kinds present, in MARK_KINDS order."""
        present = {m.kind for m in self.marks}
        return [k for k in MARK_KINDS if k in present]


def course_range(record: PatientRecord, today: date | None = None) -> tuple[date, date]:
    """From lymphodepletion start or day -7 (whichever is earlier) to day +730, or a year past today."""
    day0 = record.therapy.day0
    first = day0 - timedelta(days=DAYS_BEFORE_DAY0)
    ld = record.therapy.lymphodepletion_start
    if ld is not None and ld < first:
        first = ld
    last = day0 + timedelta(days=LAST_DAY)
    if today is not None and today + timedelta(days=AHEAD_DAYS) > last:
        last = today + timedelta(days=AHEAD_DAYS)
    return first, last


def timeline(protocol: Protocol, record: PatientRecord, today: date, zone: tzinfo | None = None) -> Timeline:
    """The whole course: one row per item listed at least once, grouped by category, and the marks.

    zone: the ward's time zone, for the local day each check was recorded on (as the checklist counts it)."""
    first, last = course_range(record, today)
    open_runs: dict[str, list[Run]] = {}
    for day in schedule(protocol, record, first, last, zone=zone):
        planned = day.date > today
        for item in day.items:
            # After today nothing is late yet: an item the engine would call overdue then is planned as due.
            status = Status.DUE if planned and item.status == Status.OVERDUE else item.status
            runs = open_runs.setdefault(item.id, [])
            previous = runs[-1] if runs else None
            if (
                previous is not None
                and previous.last == day.date - timedelta(days=1)
                and previous.status == status
                and previous.planned == planned
            ):
                runs[-1] = Run(previous.first, day.date, status, planned)
            else:
                runs.append(Run(day.date, day.date, status, planned))
    order = {c: i for i, c in enumerate(CATEGORIES)}
    items = sorted(
        (item for item in protocol.items if item.id in open_runs),
        key=lambda item: order.get(item.category, len(order)),  # stable: protocol order within a category
    )
    rows = tuple(ItemRow(i.id, i.title, i.category, tuple(open_runs[i.id])) for i in items)
    return Timeline(first, last, record.therapy.day0, today, rows, tuple(marks(record, first, last, today)))


def marks(record: PatientRecord, first: date, last: date, today: date) -> list[Mark]:
    """Dated marks between first and last, sorted by date then kind."""
    index = PatientIndex(record)
    found: list[Mark] = []
    for day in sorted(set(index.obs_dates.get("temperature", []))):
        facts = Facts(index, day)
        if facts["fever"]:
            found.append(Mark(day, "fever", str(facts["fever_reading"])))
    for kind, mark in (("crs_grade", "crs"), ("icans_grade", "icans")):
        highest: dict[date, float] = {}
        for when, _, value in index.obs.get(kind, []):
            highest[when] = max(value, highest.get(when, value))
        name = "CRS" if mark == "crs" else "ICANS"
        found += [Mark(d, mark, f"{name} grade {g:g}", int(g)) for d, g in highest.items()]
    until = min(today, last)
    steroids = [t for t in record.treatments if t.type == "steroid"]
    for day in index.steroid_dates(until):
        given = [t for t in steroids if t.first_day <= day <= t.last_day(until)]
        found.append(Mark(day, "steroid", "; ".join(_treatment_label(t) for t in given) or "steroid"))
    for treatment in record.treatments:
        if treatment.type in ("tocilizumab", "ivig"):
            day, end = treatment.first_day, min(treatment.last_day(until), last)
            while day <= end:
                found.append(Mark(day, treatment.type, _treatment_label(treatment)))
                day += timedelta(days=1)
    found += [Mark(v.date, "vaccination", v.vaccine) for v in record.vaccinations]
    for infection in record.infections:
        details = [infection.site, infection.pathogen or "", "serious" if infection.serious else ""]
        found.append(Mark(infection.date, "infection", ", ".join(d for d in details if d)))
    kept = [m for m in found if first <= m.date <= last]
    return sorted(kept, key=lambda m: (m.date, MARK_KINDS.index(m.kind), m.label))


def _treatment_label(treatment: Treatment) -> str:
    parts = [treatment.drug or treatment.type]
    if treatment.dose is not None:
        parts.append(f"{treatment.dose:g}" + (f" {treatment.dose_unit}" if treatment.dose_unit else ""))
    return " ".join(parts)
