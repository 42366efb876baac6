"""Patient facts as of a date: what the protocol's conditions may ask about.

Only data dated on or before the date is used, so one record answers for any day of its course.
The vocabulary (protocol/fact_vocabulary.py) says what each fact means; this module computes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, timedelta

from bedside.domain.dates import add_months, whole_months_between
from bedside.engine.patient_index import PatientIndex
from bedside.engine.patient_index import days_between as _days
from bedside.protocol.expr import Value
from bedside.protocol.fact_vocabulary import DEFAULT_SETTINGS, FACT_NAMES, FactSettings

# Lab tests whose latest result stops counting once older than the protocol's validity (FactSettings).
_EARLY_LATE_TESTS = ("anc", "platelets", "hemoglobin")
_MONTHLY_TESTS = ("cd4", "igg", "cd19_b_cells")
_HERPES = re.compile(r"\b(hsv|vzv|herpes|zoster|shingles|varicella)", re.I)
LABEL_CHANGE = date(2025, 6, 26)  # FDA removed the CAR-T REMS; label values changed (FACTS §2.13)
NEUTROPENIA_ANC = 0.5


def _fever(index: PatientIndex, day: date) -> str | None:
    """IDSA: one reading >=38.3 C today, or >=38.0 C sustained over an hour (readings 60+ min apart).

    A sustained run may start the evening before (23:30 then 00:40 counts); it must end today.
    """
    today = index.observations_on("temperature", day)
    if not today:
        return None  # both definitions need a reading today
    for _, time, value in today:
        if value >= 38.3:
            return f"T {value:g} C" + (f" at {time}" if time else "")
    readings = index.observations_on("temperature", day - timedelta(days=1)) + today
    run_start: tuple[date, str] | None = None
    for when, time, value in readings:
        if value >= 38.0 and time:
            if run_start is None:
                run_start = (when, time)
            elif when == day and _minutes(when, time) - _minutes(*run_start) >= 60:
                start = run_start[1] if run_start[0] == day else f"{run_start[1]} the day before"
                return f"T >=38.0 C from {start} to {time}"
        else:
            run_start = None
    return None


def _minutes(when: date, hhmm: str) -> int:
    return when.toordinal() * 1440 + int(hhmm[:2]) * 60 + int(hhmm[3:])


class Facts(dict[str, Value]):
    """The named facts for one patient on one date, computed on first use.

    A dict, so a fact already computed is found at C speed; `__missing__` computes the rest.
    Facts of the record itself (STATIC_FACTS) are shared through `static` by every date of a course
    (bedside/engine/course_memo.py); without it they are worked out for this date alone.
    """

    def __init__(
        self,
        index: PatientIndex,
        on: date,
        settings: FactSettings = DEFAULT_SETTINGS,
        static: dict[str, Value] | None = None,
    ) -> None:
        self.static: dict[str, Value] = {} if static is None else static
        super().__init__(self.static)
        self.index, self.on, self.settings = index, on, settings
        self.episode_days = settings.episode_days

    def __missing__(self, name: str) -> Value:
        value = FACTS[name](self)  # KeyError for a name that is not a fact
        if name in STATIC_FACTS:
            self.static[name] = value
        self[name] = value
        return value

    # helpers used by the fact table
    def lab_row(self, test: str) -> tuple[date, str, float] | None:
        """The latest current result since treatment began: a baseline or an out-of-date value never counts."""
        row = self.index.latest_since(test, self.index.treatment_start, self.on)
        return None if row is None or self.stale(test, row[0]) else row

    def stale(self, test: str, drawn: date) -> bool:
        """Older than the protocol lets this test count (FactSettings); other tests do not go stale."""
        if test in _EARLY_LATE_TESTS:
            early = (self.on - self.index.day0).days <= 30
            days = self.settings.anc_valid_days if early else self.settings.anc_valid_days_late
            return (self.on - drawn).days >= days
        if test in _MONTHLY_TESTS:
            return add_months(drawn, self.settings.result_valid_months) <= self.on
        return False

    def lab_before(self, test: str) -> float | None:
        """The result before the current one, since treatment began (for "consistently", "stably")."""
        current = self.lab_row(test)
        if current is None:
            return None
        dates = self.index.lab_dates[test]  # the current result exists, so the test has rows
        first, last = bisect_left(dates, self.index.treatment_start), bisect_right(dates, self.on)
        return self.index.labs[test][last - 2][2] if last - first >= 2 else None

    def lab(self, test: str) -> float | None:
        row = self.lab_row(test)
        return None if row is None else row[2]

    def grade(self, kind: str) -> float | None:
        row = self.index.latest_observation(kind, self.on)
        return None if row is None else row[2]

    def max_grade(self, kind: str, since: date | None = None) -> float | None:
        dates = self.index.obs_dates.get(kind, [])
        rows = self.index.obs.get(kind, [])[: bisect_right(dates, self.on)]
        values = [r[2] for r in rows if since is None or r[0] >= since]
        return max(values) if values else None

    def episode_active(self, kind: str) -> bool:
        """A grade >=1 recorded within the last `episode_days` days, with no grade 0 after it."""
        row = self.index.latest_observation(kind, self.on)
        return row is not None and row[2] >= 1 and (self.on - row[0]).days < self.episode_days

    def months_since(self, day: date | None) -> int | None:
        return None if day is None else whole_months_between(day, self.on)

    def history_flag(self, name: str) -> bool | None:
        history = self.index.record.history
        return None if history is None else getattr(history, name)

    def serology(self, name: str) -> str | None:
        value = (self.index.record.serology or {}).get(name)
        return None if value in (None, "unknown") else value

    def anc_rows(self) -> list[tuple[date, str, float]]:
        """ANC results since treatment began; none when the latest is out of date (nothing current is known)."""
        dates = self.index.lab_dates.get("anc", [])
        rows = self.index.labs.get("anc", [])[: bisect_right(dates, self.on)]
        rows = [r for r in rows if r[0] >= self.index.treatment_start]
        return [] if rows and self.stale("anc", rows[-1][0]) else rows

    def anc_days_below(self) -> int | None:
        rows = self.anc_rows()
        if not rows:
            return None
        if rows[-1][2] >= NEUTROPENIA_ANC:
            return 0
        first_low = rows[-1][0]
        for day, _, value in reversed(rows):
            if value >= NEUTROPENIA_ANC:
                break
            first_low = day
        return (self.on - first_low).days + 1

    def neutropenic(self) -> bool | None:
        rows = self.anc_rows()
        if not rows:
            return None
        anc = rows[-1][2]
        if anc <= NEUTROPENIA_ANC:
            return True
        if anc > 1.0:
            return False
        # <=1.0 counts when falling; with no earlier result to compare, the fall is expected (FACTS 2.2 [C]).
        return len(rows) < 2 or anc < rows[-2][2]

    def infection_count(
        self, sites: tuple[str, ...] | None = None, serious: bool = False, since: date = date.min
    ) -> int:
        return sum(
            1
            for i in self.index.infections
            if since <= i.date <= self.on and (sites is None or i.site in sites) and (not serious or i.serious)
        )

    def last_infection(self, groups: tuple[str, ...]) -> date | None:
        days = [i.date for i in self.index.infections if i.date <= self.on and i.pathogen_group in groups]
        return max(days) if days else None

    def hct_months(self, kind: str) -> int | None:
        history = self.index.record.history
        dates = [h.date for h in (history.prior_hct or ()) if h.type == kind and h.date] if history else []
        return self.months_since(max(dates)) if dates else None

    def treatment_days(self, kind: str, since: date) -> int:
        """Calendar days from `since` to today on which this treatment was given (an ongoing course runs on)."""
        days: set[date] = set()
        for t in self.index.treatments:
            if t.type == kind and t.first_day <= self.on:
                days.update(_days(max(t.first_day, since), min(t.last_day(self.on), self.on)))
        return len(days)

    def hbv_dna(self) -> str | None:
        """Positive when the serology says so or any HBV DNA result so far is above 0 (detected)."""
        rows = self.index.labs.get("hbv_dna", [])[: bisect_right(self.index.lab_dates.get("hbv_dna", []), self.on)]
        if any(r[2] > 0 for r in rows):
            return "positive"
        recorded = self.serology("hbv_dna")
        return recorded if recorded is not None or not rows else "negative"

    def cmv_pcr_since_steroids(self) -> float | None:
        first = self.index.steroid_day(1, self.on)
        row = None if first is None else self.index.latest_since("cmv_pcr", first, self.on)
        return None if row is None else row[2]


def _rising(f: Facts, test: str) -> bool | None:
    rows = [r for r in f.index.labs.get(test, []) if f.index.treatment_start <= r[0] <= f.on]
    return None if not rows else len(rows) >= 2 and rows[-1][2] > rows[-2][2]


def _steroid_count(f: Facts) -> int:
    return len(f.index.steroid_dates(f.on))


def _label_era(f: Facts) -> str:
    return "pre-2025" if f.index.day0 < LABEL_CHANGE else "2025"


def _hematotox_score(f: Facts) -> Value:
    score = f.index.hematotox_as_of(f.on)
    return None if score is None else score.score


def _hematotox_risk(f: Facts) -> Value:
    score = f.index.hematotox_as_of(f.on)
    if score is not None:
        return score.risk
    # Partial score: the points already known may reach the high cut-off (>=2) on their own.
    return "high" if f.index.hematotox_known_points(f.on) >= 2 else None


def _days_since(f: Facts, day: date | None) -> int | None:
    return None if day is None else (f.on - day).days


def _days_before_label_change(f: Facts) -> Value:
    return (LABEL_CHANGE - f.index.day0).days if f.index.day0 < LABEL_CHANGE else None


FactFn = Callable[[Facts], Value]
FACTS: dict[str, FactFn] = {  # name -> how to compute it; what it means: protocol/fact_vocabulary.py
    "day": lambda f: (f.on - f.index.day0).days,
    "months_since_infusion": lambda f: f.months_since(f.index.day0),
    "product": lambda f: f.index.record.therapy.product,
    "target": lambda f: f.index.record.therapy.product_info.target.value,
    "label_era": _label_era,
    "ld_started": lambda f: None if (s := f.index.ld_start()) is None else f.on >= s,
    "anc": lambda f: f.lab("anc"),
    "anc_days_below": lambda f: f.anc_days_below(),
    "neutropenic": lambda f: f.neutropenic(),
    "platelets": lambda f: f.lab("platelets"),
    "hemoglobin": lambda f: f.lab("hemoglobin"),
    "igg": lambda f: f.lab("igg"),
    "cd4": lambda f: f.lab("cd4"),
    "b_cells": lambda f: f.lab("cd19_b_cells"),
    "cmv_pcr": lambda f: f.lab("cmv_pcr"),
    "cmv_pcr_detected": lambda f: None if (v := f.lab("cmv_pcr")) is None else v > 0,
    "cmv_pcr_since_steroids": lambda f: f.cmv_pcr_since_steroids(),
    "hbv_dna_level": lambda f: f.lab("hbv_dna"),
    "igg_before": lambda f: f.lab_before("igg"),
    "cd4_before": lambda f: f.lab_before("cd4"),
    "unclassified_herpes_infection": lambda f: any(
        i.pathogen_group is None and i.pathogen and _HERPES.search(i.pathogen) and i.date <= f.on
        for i in f.index.infections
    ),
    "hbv_dna_rising": lambda f: _rising(f, "hbv_dna"),
    "fever": lambda f: _fever(f.index, f.on) is not None,
    "fever_reading": lambda f: _fever(f.index, f.on),
    "temperature_max": lambda f: max((r[2] for r in f.index.observations_on("temperature", f.on)), default=None),
    "steroid_days": _steroid_count,
    "days_since_steroid": lambda f: _days_since(f, ((d := f.index.steroid_dates(f.on)) and d[-1]) or None),
    "anticytokine_given": lambda f: (
        _steroid_count(f) > 0
        or any(t.type == "tocilizumab" and f.index.day0 <= t.first_day <= f.on for t in f.index.treatments)
    ),
    "gcsf_days": lambda f: f.treatment_days("gcsf", f.index.day0),
    "tocilizumab_given": lambda f: any(t.type == "tocilizumab" and t.first_day <= f.on for t in f.index.treatments),
    "days_since_last_ivig": lambda f: (
        None if (d := f.index.last_treatment_day(("ivig",), f.on)) is None else (f.on - d).days
    ),
    "days_since_prior_ivig": lambda f: _days_since(f, f.index.last_treatment_day(("ivig",), f.on - timedelta(days=1))),
    "months_since_last_ivig": lambda f: f.months_since(f.index.last_treatment_day(("ivig",), f.on)),
    "months_since_immunosuppression": lambda f: f.months_since(
        f.index.last_treatment_day(("steroid", "immunosuppressant"), f.on)
    ),
    "months_since_chemotherapy": lambda f: f.months_since(f.index.last_treatment_day(("chemotherapy",), f.on)),
    "months_since_anti_cd19_cd20": lambda f: f.months_since(
        f.index.last_treatment_day(("anti_cd19", "anti_cd20"), f.on)
    ),
    "months_since_anti_bcma": lambda f: f.months_since(f.index.last_treatment_day(("anti_bcma",), f.on)),
    "on_immunosuppression": lambda f: f.index.last_treatment_day(("steroid", "immunosuppressant"), f.on) == f.on,
    "on_chemotherapy": lambda f: f.index.last_treatment_day(("chemotherapy",), f.on) == f.on,
    "infections": lambda f: f.infection_count(),
    "sinopulmonary_infections": lambda f: f.infection_count(
        ("sinopulmonary", "pneumonia"), since=f.index.treatment_start
    ),
    "serious_infections": lambda f: f.infection_count(serious=True),
    "crs_grade": lambda f: f.grade("crs_grade"),
    "crs_active": lambda f: f.episode_active("crs_grade"),
    "icans_active": lambda f: f.episode_active("icans_grade"),
    "crs_grade_max": lambda f: f.max_grade("crs_grade"),
    "icans_grade": lambda f: f.grade("icans_grade"),
    "icans_grade_max": lambda f: f.max_grade("icans_grade"),
    "ice_score": lambda f: f.grade("ice_score"),
    "mucositis_grade": lambda f: f.grade("mucositis_grade"),
    "mucositis_grade_max": lambda f: f.max_grade("mucositis_grade", f.index.day0),
    "months_since_hsv_vzv": lambda f: f.months_since(f.last_infection(("hsv", "vzv"))),
    "prior_hct": lambda f: None if (h := f.index.record.history) is None or h.prior_hct is None else bool(h.prior_hct),
    "months_since_auto_hct": lambda f: f.hct_months("autologous"),
    "months_since_allo_hct": lambda f: f.hct_months("allogeneic"),
    "prior_mold_infection": lambda f: f.history_flag("prior_invasive_mold_infection"),
    "prior_fungal_infection": lambda f: f.history_flag("prior_invasive_fungal_infection"),
    "bridging_therapy": lambda f: f.history_flag("bridging_therapy"),
    "exposure_risk": lambda f: (
        None if (h := f.index.record.history) is None or h.exposure_risks is None else bool(h.exposure_risks)
    ),
    "cmv_igg": lambda f: f.serology("cmv_igg"),
    "hbsag": lambda f: f.serology("hbsag"),
    "anti_hbc": lambda f: f.serology("anti_hbc"),
    "hbv_dna": lambda f: f.hbv_dna(),
    "hiv": lambda f: f.serology("hiv"),
    "hcv_ab": lambda f: f.serology("hcv_ab"),
    "strongyloides_igg": lambda f: f.serology("strongyloides_igg"),
    "tb_igra": lambda f: f.serology("tb_igra"),
    "cryopreserved_cells": lambda f: f.index.record.therapy.cryopreserved_autologous_cells is True,
    "days_before_label_change": _days_before_label_change,
    "car_hematotox": _hematotox_score,
    "hematotox_missing": lambda f: ", ".join(f.index.hematotox_missing(f.on)) or None,
    "car_hematotox_risk": _hematotox_risk,
}
if set(FACTS) != FACT_NAMES:  # every word a protocol may use has a computation, and no more
    raise RuntimeError(f"facts and the protocol's vocabulary differ: {sorted(set(FACTS) ^ FACT_NAMES)}")
# Facts of the record itself, the same on every date: computed once per patient.
STATIC_FACTS = frozenset(
    {"product", "target", "label_era", "cmv_igg", "hbsag", "anti_hbc", "prior_mold_infection", "hiv", "hcv_ab"}
    | {"prior_fungal_infection", "bridging_therapy", "exposure_risk", "prior_hct", "cryopreserved_cells"}
    | {"strongyloides_igg", "tb_igra", "days_before_label_change"}
)
