"""One patient's handover section from (protocol, record, date): pure, like the engine it calls."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from datetime import date, timedelta, tzinfo
from typing import Any

from bedside.config.language import ENGLISH_WORDS, Words
from bedside.domain.checklist import Checklist, ChecklistItem
from bedside.domain.errors import BedsideError
from bedside.domain.patient import PatientRecord
from bedside.domain.units import LAB_TESTS
from bedside.engine.course import Course
from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.engine.urgency import FN_ITEM, FN_OPEN, febrile_neutropenic, ice_falling, suggest_severity
from bedside.printouts.data import (
    SEVERITIES,
    ActionLine,
    Contingency,
    Identifiers,
    LabTrend,
    PatientHandover,
    PendingResult,
    Severity,
    Summary,
)
from bedside.printouts.recent import Window, bundle_state, last_24_hours
from bedside.protocol.model import Item, Protocol
from bedside.protocol.wording import condition_sentence

TREND_TESTS = ("anc", "platelets", "igg")
TREND_POINTS = 5
# needs-data is printed with the rest: a missing fact behind a safety item is the next shift's business too.
OPEN = ("due", "overdue", "needs-data")
IN_FORCE = ("due", "overdue", "needs-data", "done", "stop-review")


def patient_section(
    protocol: Protocol,
    record: PatientRecord,
    on: date,
    *,
    demo: bool = False,
    severity: str | None = None,
    zone: tzinfo | None = None,
    words: Words = ENGLISH_WORDS,
    window: Window | None = None,
) -> PatientHandover:
    """The handover section for one patient on `on`; `severity` is the ward's choice, if it made one.

    `zone`: the ward's time zone, for the local day each check was recorded on (None: the UTC day).
    `words`: the language of the severity's reasons (the sheet's other labels are chosen when it is rendered).
    `window`: the last 24 hours to list (None: none are listed).
    """
    if severity is not None and severity not in SEVERITIES:
        raise BedsideError(f'{record.mrn}: severity must be one of {", ".join(SEVERITIES)}, not "{severity}"')
    course = Course(protocol, record, zone)
    index, today, facts = course.index, course.day(on), course.facts(on)
    items = {item.id: item for item in protocol.items}
    return PatientHandover(
        identifiers=identifiers_of(record, demo),
        on=on,
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        severity=_severity(today, facts, severity, words),
        summary=_summary(index, today, facts),
        weight_kg=record.patient.weight_kg,
        actions=tuple(_line(i) for i in today.items if i.status in OPEN and i.category != "prophylaxis"),
        pending=_pending(course, today, items),
        contingencies=contingencies(course, today),
        prophylaxis=tuple(_line(i) for i in today.items if i.category == "prophylaxis" and i.status in IN_FORCE),
        labs=tuple(lab_trend(index, test, on) for test in TREND_TESTS),
        **_recent(protocol, index, today, window),
    )


def _recent(protocol: Protocol, index: PatientIndex, today: Checklist, window: Window | None) -> dict[str, Any]:
    """The last 24 hours and the febrile-neutropenia bundle's state, for PatientHandover."""
    if window is None:
        return {}
    first, last = window.since.date(), window.until.date()
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    fevers = []
    for day in days:
        reading = Facts(index, day, protocol.fact_settings)["fever_reading"]
        if isinstance(reading, str):
            fevers.append((day, reading))
    titles = {item.id: item.title for item in protocol.items}
    listed = today.item(FN_ITEM)
    bundle = None if protocol.item(FN_ITEM) is None else listed.status if listed is not None else "not listed"
    return {
        "recent": last_24_hours(index.record, titles, window, tuple(fevers)),
        "recent_since": window.since,
        "bundle": bundle_state(bundle, index.record, FN_ITEM, window),
    }


def identifiers_of(record: PatientRecord, demo: bool) -> Identifiers:
    p = record.patient
    return Identifiers(p.mrn, p.name, p.birth_date, p.ward or "", p.bed or "", demo)


def lab_trend(index: PatientIndex, test: str, on: date, points: int = TREND_POINTS) -> LabTrend:
    rows = index.labs.get(test, [])[: bisect_right(index.lab_dates.get(test, []), on)]
    lab = LAB_TESTS[test]
    return LabTrend(test, lab.label, lab.internal_unit, tuple((day, value) for day, _, value in rows[-points:]))


def contingencies(course: Course, today: Checklist) -> tuple[Contingency, ...]:
    """If/then lines: per-event items whose window holds today and that are not already open.

    The course decides the window: it asks the engine about those items with their trigger lifted.
    """
    open_now = {i.id for i in today.items if i.status in OPEN}
    lines = []
    for found in course.contingencies(today.date, open_now):
        item, words = found.listed, condition_sentence(found.trigger)  # the trigger in ward words, never code
        lines.append(Contingency(found.item_id, words, item.title, item.drug, item.why, item.sources))
    return tuple(lines)


def _severity(today: Checklist, facts: Facts, chosen: str | None, w: Words) -> Severity:
    crs, icans = _grade(facts["crs_grade"]), _grade(facts["icans_grade"])
    # The same inputs as the ward board's suggestion, so screen and paper agree.
    fn_open = any(i.id == FN_ITEM and i.status in FN_OPEN for i in today.items)  # as on the board
    febrile, falling = febrile_neutropenic(facts), ice_falling(facts)
    suggested = suggest_severity(crs, icans, fn_open, febrile, falling)
    reasons = (
        w("no CRS grade recorded") if crs is None else w("latest CRS grade {grade}").format(grade=w.number(crs)),
        w("no ICANS grade recorded")
        if icans is None
        else w("latest ICANS grade {grade}").format(grade=w.number(icans)),
        w("febrile-neutropenia bundle open") if fn_open else w("febrile-neutropenia bundle not open"),
        *((w("fever while neutropenic or with the ANC unknown"),) if febrile else ()),
        *((w("ICE score falling"),) if falling else ()),
    )
    return Severity(chosen or suggested, suggested, reasons, chosen is not None)


def _summary(index: PatientIndex, today: Checklist, facts: Facts) -> Summary:
    therapy = index.record.therapy
    score = today.scores.get("car_hematotox")
    return Summary(
        on=today.date,
        day=today.day,
        product=therapy.product,
        indication=therapy.indication,
        infusion_date=therapy.day0,
        crs_now=_grade(facts["crs_grade"]),
        crs_max=_grade(facts["crs_grade_max"]),
        icans_now=_grade(facts["icans_grade"]),
        icans_max=_grade(facts["icans_grade_max"]),
        graded_on={
            kind: row[0]
            for kind in ("crs", "icans")
            if (row := index.latest_observation(f"{kind}_grade", today.date)) is not None
        },
        last_ice=index.latest_observation("ice_score", today.date),
        hematotox=None if score is None else (int(score["score"]), str(score["risk"])),
    )


def _pending(course: Course, today: Checklist, items: Mapping[str, Item]) -> tuple[PendingResult, ...]:
    pending = []
    for listed in today.items:
        item = items.get(listed.id)
        if listed.status not in OPEN or item is None or listed.due is None:
            continue
        lab = course.rule_for(item, today.date).done_by_lab
        if lab is not None:
            pending.append(PendingResult(listed.id, listed.title, LAB_TESTS[lab].label, listed.due))
    return tuple(pending)


def _line(item: ChecklistItem) -> ActionLine:
    return ActionLine(item.id, item.title, item.category, item.status, item.due, item.drug, item.why)


def _grade(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
