"""A patient's record indexed once: dated data sorted for fast "as of" look-ups on any date.

Results before treatment began (lymphodepletion start, else day 0) are kept, but the facts that
stop rules and gates read skip them (docs/clinical-rules.md, "Provenance").
"""

from __future__ import annotations

import copy
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, datetime, timedelta, tzinfo

from bedside.domain.patient import PatientRecord, Treatment
from bedside.engine.scores import HematotoxScore, car_hematotox, hematotox_points

_HEMATOTOX_LABS = {
    "platelets": "platelets",
    "anc": "ANC",
    "hemoglobin": "hemoglobin",
    "crp": "CRP",
    "ferritin": "ferritin",
}


ASSUMED_LD_DAY = 5  # days before day 0: fludarabine/cyclophosphamide usually start on day -5


class PatientIndex:
    """A record's dated data sorted once, for fast "as of" look-ups on any date."""

    def __init__(self, record: PatientRecord, zone: tzinfo | None = None) -> None:
        """zone: the ward's time zone, for the local day a check (stamped in UTC) was recorded on."""
        self.record = record
        self.day0 = record.therapy.day0
        labs: dict[str, list[tuple[date, str, float]]] = {}
        for lab in record.labs:
            labs.setdefault(lab.test, []).append((lab.date, lab.time or "", lab.internal_value))
        self.labs = {test: sorted(rows) for test, rows in labs.items()}
        self.lab_dates = {test: [r[0] for r in rows] for test, rows in self.labs.items()}
        obs: dict[str, list[tuple[date, str, float]]] = {}
        for o in record.observations:
            value = o.celsius if o.type == "temperature" else o.value
            obs.setdefault(o.type, []).append((o.date, o.time or "", value))
        self.obs = {kind: sorted(rows) for kind, rows in obs.items()}
        self.obs_dates = {kind: [r[0] for r in rows] for kind, rows in self.obs.items()}
        self.treatments = sorted(record.treatments, key=lambda t: t.first_day)
        # Steroid exposure: courses for CRS/ICANS/IEC-HS from day 0 on (docs/clinical-rules.md, State has a time).
        self.steroid_courses = [t for t in self.treatments if t.type == "steroid" and _counted_steroid(t, self.day0)]
        self.steroid_days = sorted(
            {
                day
                for t in self.steroid_courses
                for day in days_between(t.first_day, t.end or t.date)
                if day >= self.day0
            }
        )
        # Results before this day describe the patient before treatment: no stop rule or gate counts them.
        # Without an LD date, LD is assumed to start on day -5, its usual first day (docs/clinical-rules.md).
        self.treatment_start = record.therapy.lymphodepletion_start or self.day0 - timedelta(days=ASSUMED_LD_DAY)
        self.infections = sorted(record.infections, key=lambda i: i.date)
        # Nothing the engine works out is kept here: see bedside/engine/course_memo.py (the index never changes).
        # (item, due) -> (status, day it was recorded); the newest check for a due date wins.
        self.checks: dict[tuple[str, date], list[tuple[date, str, str | None]]] = {}
        for c in sorted(record.checks, key=lambda c: c.at):
            self.checks.setdefault((c.item, c.due), []).append((recorded_day(c.at, zone), c.status, c.reason))
        self.checked_items = frozenset(c.item for c in record.checks)  # items the ward has ever ticked
        # CAR-HEMATOTOX from the latest labs on or before the first LD day (else the day before day 0).
        self.hematotox: HematotoxScore | None = self._hematotox_from(self.hematotox_cutoff)

    def without_checks(self) -> PatientIndex:
        """The same index with no ticks on file (a new object: this one is never changed)."""
        other = copy.copy(self)
        other.checks, other.checked_items = {}, frozenset()
        return other

    def check_status(self, item: str, due: date, as_of: date) -> str | None:
        """The status checked for this due date, counting only checks recorded on or before as_of."""
        found = self.check_entry(item, due, as_of)
        return None if found is None else found[0]

    def check_entry(self, item: str, due: date, as_of: date) -> tuple[str, str | None] | None:
        """(status, reason) of the newest check for this due date recorded on or before as_of."""
        entries = self.checks.get((item, due))
        if entries is None:
            return None
        known = [(status, reason) for recorded, status, reason in entries if recorded <= as_of]
        return known[-1] if known else None

    def latest(self, test: str, as_of: date) -> tuple[date, str, float] | None:
        rows = self.labs.get(test)
        if not rows:
            return None
        i = bisect_right(self.lab_dates[test], as_of)
        return rows[i - 1] if i else None

    def latest_since(self, test: str, since: date, as_of: date) -> tuple[date, str, float] | None:
        """The latest result dated from `since` to `as_of`; older results do not count."""
        row = self.latest(test, as_of)
        return row if row is not None and row[0] >= since else None

    def previous(self, test: str, as_of: date) -> tuple[date, str, float] | None:
        rows = self.labs.get(test)
        i = bisect_right(self.lab_dates.get(test, []), as_of)
        return rows[i - 2] if rows and i >= 2 else None

    def observations_on(self, kind: str, day: date) -> list[tuple[date, str, float]]:
        dates = self.obs_dates.get(kind, [])
        return self.obs[kind][bisect_right(dates, day - timedelta(days=1)) : bisect_right(dates, day)] if dates else []

    def latest_observation(self, kind: str, as_of: date) -> tuple[date, str, float] | None:
        dates = self.obs_dates.get(kind, [])
        i = bisect_right(dates, as_of)
        return self.obs[kind][i - 1] if i else None

    def steroid_dates(self, as_of: date) -> list[date]:
        """Calendar days with any systemic corticosteroid up to as_of; an ongoing course runs to as_of."""
        days = self.steroid_days[: bisect_right(self.steroid_days, as_of)]
        ongoing = [max(t.start, self.day0) for t in self.steroid_courses if t.ongoing and t.start and t.start <= as_of]
        if not ongoing:
            return days
        extra = {start + timedelta(days=k) for start in ongoing for k in range((as_of - start).days + 1)}
        return sorted(extra.union(days))

    def steroid_day(self, n: int, as_of: date) -> date | None:
        """The date of the n-th calendar day with a systemic corticosteroid, if reached by as_of."""
        days = self.steroid_dates(as_of)
        return days[n - 1] if len(days) >= n else None

    def last_treatment_day(self, kinds: tuple[str, ...], as_of: date) -> date | None:
        days = [min(t.last_day(as_of), as_of) for t in self.treatments if t.type in kinds and t.first_day <= as_of]
        return max(days) if days else None

    def ld_start(self) -> date | None:
        return self.record.therapy.lymphodepletion_start

    @property
    def hematotox_cutoff(self) -> date:
        return self.ld_start() or self.day0 - timedelta(days=1)

    def hematotox_as_of(self, as_of: date) -> HematotoxScore | None:
        """Before the cutoff only the labs known so far count; after it, the pre-LD score."""
        return self._hematotox_from(as_of) if as_of < self.hematotox_cutoff else self.hematotox

    def hematotox_known_points(self, as_of: date) -> int:
        """Points from the pre-LD labs that are known, when one is missing (a partial score)."""
        cutoff = min(as_of, self.hematotox_cutoff)
        values = [self.latest(test, cutoff) for test in ("platelets", "anc", "hemoglobin", "crp", "ferritin")]
        return hematotox_points(*(None if v is None else v[2] for v in values))

    def hematotox_missing(self, as_of: date) -> list[str]:
        """The pre-LD labs the score still lacks, as the ward names them."""
        cutoff = min(as_of, self.hematotox_cutoff)
        names = {
            "platelets": "platelets",
            "anc": "ANC",
            "hemoglobin": "hemoglobin",
            "crp": "CRP",
            "ferritin": "ferritin",
        }
        return [label for test, label in names.items() if self.latest(test, cutoff) is None]

    def _hematotox_from(self, cutoff: date) -> HematotoxScore | None:
        values = [self.latest(test, cutoff) for test in ("platelets", "anc", "hemoglobin", "crp", "ferritin")]
        return car_hematotox(*(None if v is None else v[2] for v in values))


def _counted_steroid(course: Treatment, day0: date) -> bool:
    """A course for CRS, ICANS or IEC-HS (or of unrecorded indication, to be safe) reaching day 0 or later."""
    return course.indication in (None, "crs", "icans", "iec_hs") and (course.end or course.date or day0) >= day0


def recorded_day(at: str, zone: tzinfo | None) -> date:
    """The local day of a UTC time stamp (2025-03-10T23:30:00Z is 2025-03-10 in London, the 11th in Berlin)."""
    if zone is None:
        return date.fromisoformat(at[:10])
    return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(zone).date()


def days_between(first: date, last: date | None) -> Iterator[date]:
    # An ongoing course (no end) counts up to its start here; Facts extends it to the checklist date.
    day = first
    while day <= (last or first):
        yield day
        day += timedelta(days=1)
