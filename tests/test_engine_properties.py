"""Properties of the checklist engine over random courses, dates and every shipped profile."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.domain.patient import PatientRecord
from bedside.domain.products import PRODUCTS
from bedside.engine.core import checklist, schedule
from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.patient_file.format import parse_document
from bedside.protocol.loader import load_protocol, shipped_protocols
from bedside.protocol.model import Item, Point, Rule

PROTOCOLS = [load_protocol(p) for p in shipped_protocols()]
ITEM_IDS = sorted({i.id for p in PROTOCOLS for i in p.items})
SETTINGS = settings(max_examples=100, deadline=None)

Doc = dict[str, Any]
offsets = st.integers(-45, 760)
LAB_VALUES: dict[str, tuple[st.SearchStrategy[float], str]] = {
    "anc": (st.sampled_from([0.05, 0.3, 0.5, 0.8, 1.0, 1.2, 2.5]), "10^9/L"),
    "platelets": (st.sampled_from([20, 74, 75, 175, 176, 300]), "10^9/L"),
    "hemoglobin": (st.sampled_from([8.0, 9.0, 12.0]), "g/dL"),
    "crp": (st.sampled_from([0.5, 3.0, 8.0]), "mg/dL"),
    "ferritin": (st.sampled_from([100, 650, 2500]), "ng/mL"),
    "igg": (st.sampled_from([250, 399, 400, 401, 800]), "mg/dL"),
    "cd4": (st.sampled_from([50, 200, 201, 600]), "/uL"),
    "cd19_b_cells": (st.sampled_from([0, 20, 21, 150]), "/uL"),
    "cmv_pcr": (st.sampled_from([0, 0, 150, 2000]), "IU/mL"),
}


def _on(day0: date, offset: int) -> str:
    return (day0 + timedelta(days=offset)).isoformat()


@st.composite
def courses(draw: st.DrawFn) -> tuple[Doc, date]:
    """A patient document whose data lies around a random infusion date, and that date."""
    day0 = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    therapy: Doc = {"product": draw(st.sampled_from(sorted(PRODUCTS)))}
    second = draw(st.sampled_from([None, 7, 10]))
    therapy["infusion_dates"] = [day0.isoformat()] + ([_on(day0, second)] if second else [])
    if draw(st.booleans()):
        therapy["lymphodepletion_start"] = _on(day0, -draw(st.integers(3, 7)))
    if draw(st.booleans()):
        therapy["apheresis_date"] = _on(day0, -draw(st.integers(20, 40)))
    labs = []
    for _ in range(draw(st.integers(0, 14))):
        test = draw(st.sampled_from(sorted(LAB_VALUES)))
        values, unit = LAB_VALUES[test]
        labs.append({"date": _on(day0, draw(offsets)), "test": test, "value": draw(values)})
        labs[-1]["unit"] = unit
    observations = []
    for _ in range(draw(st.integers(0, 8))):
        day = _on(day0, draw(st.integers(-5, 40)))
        if draw(st.booleans()):
            value = draw(st.sampled_from([36.8, 38.0, 38.1, 38.3, 39.2]))
            time = f"{draw(st.integers(0, 23)):02d}:{draw(st.sampled_from([0, 20, 40])):02d}"
            observations.append({"date": day, "time": time, "type": "temperature", "value": value, "unit": "C"})
        else:
            kind = draw(st.sampled_from(["crs_grade", "icans_grade", "mucositis_grade"]))
            observations.append({"date": day, "type": kind, "value": draw(st.integers(0, 4))})
    treatments = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["steroid", "ivig", "tocilizumab", "chemotherapy"]))
        start = draw(offsets)
        shape = draw(st.sampled_from(["date", "range", "ongoing"]))
        entry: Doc = {"type": kind}
        if shape == "date":
            entry["date"] = _on(day0, start)
        elif shape == "range":
            entry.update(start=_on(day0, start), end=_on(day0, start + draw(st.integers(0, 12))))
        else:
            entry.update(start=_on(day0, start), ongoing=True)
        treatments.append(entry)
    infections = [
        {"date": _on(day0, draw(offsets)), "site": draw(st.sampled_from(["sinopulmonary", "skin"]))}
        for _ in range(draw(st.integers(0, 3)))
    ]
    checks = []
    for _ in range(draw(st.integers(0, 4))):
        due = draw(offsets)
        status = draw(st.sampled_from(["done", "not-done", "not-applicable"]))
        items = st.sampled_from(ITEM_IDS) | st.sampled_from(["HSV-VZV", "BLD-IRR", "LBL-DRIVE"])
        check: Doc = {"item": draw(items), "due": _on(day0, due)}
        recorded = _on(day0, due + draw(st.integers(0, 5)))  # a check is dated when it is made
        check.update(status=status, by="AB", at=f"{recorded}T10:00:00Z", reason="test")
        checks.append(check)
    serology = {
        key: draw(st.sampled_from(["positive", "negative", "unknown"])) for key in ("cmv_igg", "hbsag", "anti_hbc")
    }
    history: Doc = {"prior_hct": draw(st.sampled_from([[], [{"type": "autologous"}]]))}
    history["prior_invasive_mold_infection"] = draw(st.booleans())
    doc: Doc = {
        "format": "bedside-patient/1",
        "patient": {"mrn": "P-1", "name": "Property, Test"},
        "therapy": therapy,
        "history": history,
        "serology": serology,
        "labs": labs,
        "observations": observations,
        "treatments": treatments,
        "infections": infections,
        "vaccinations": [
            {"date": _on(day0, draw(offsets)), "vaccine": "influenza"} for _ in range(draw(st.integers(0, 2)))
        ],
        "checks": checks,
    }
    return doc, day0


def _steroid_days(record: PatientRecord, on: date) -> list[date]:
    """Calendar days with a steroid up to `on`; an ongoing course runs to `on`."""
    days: set[date] = set()
    for t in record.treatments:
        if t.type != "steroid":
            continue
        last = t.date or t.end or on
        day = t.first_day
        while day <= min(last, on):
            days.add(day)
            day += timedelta(days=1)
    return sorted(days)


def _anchor(anchor: str, record: PatientRecord, on: date) -> date | None:
    therapy = record.therapy
    if anchor == "d":
        return therapy.day0
    if anchor == "ld":
        return therapy.lymphodepletion_start or therapy.day0 - timedelta(days=5)  # assumed on day -5
    if anchor == "apheresis":
        return therapy.apheresis_date or therapy.day0
    if anchor.startswith("steroid_day_"):
        n = int(anchor.rsplit("_", 1)[1])
        days = _steroid_days(record, on)
        return days[n - 1] if len(days) >= n else None
    raise AssertionError(f"unexpected window anchor {anchor}")


def _resolve(point: Point, record: PatientRecord, on: date) -> date | None:
    anchor = _anchor(point.anchor, record, on)
    return None if anchor is None else point.resolve(anchor)


def _rule(item: Item, facts: Facts) -> Rule:
    return next((v.rule for v in item.variants if v.when.evaluate(facts)), item.rule)


@SETTINGS
@given(courses(), st.integers(-60, 800))
def test_day_is_the_calendar_distance_from_day_0(course: tuple[Doc, date], offset: int) -> None:
    doc, day0 = course
    record = parse_document(doc)
    on = day0 + timedelta(days=offset)
    for protocol in PROTOCOLS:
        assert checklist(protocol, record, on).day == (on - day0).days == offset


@SETTINGS
@given(courses(), st.integers(-60, 800))
def test_checklist_is_deterministic(course: tuple[Doc, date], offset: int) -> None:
    doc, day0 = course
    on = day0 + timedelta(days=offset)
    for protocol in PROTOCOLS:
        first = checklist(protocol, parse_document(doc), on, include_all=True)
        second = checklist(protocol, parse_document(doc), on, include_all=True)
        assert first == second


@SETTINGS
@given(courses(), st.integers(-60, 800))
def test_schedule_gives_the_same_checklists_as_single_days(course: tuple[Doc, date], offset: int) -> None:
    doc, day0 = course
    record = parse_document(doc)
    first = day0 + timedelta(days=offset)
    protocol = PROTOCOLS[offset % len(PROTOCOLS)]
    days = schedule(protocol, record, first, first + timedelta(days=3))
    assert [c.date for c in days] == [first + timedelta(days=n) for n in range(4)]
    # schedule() gives statuses only (a timeline draws them); the reasons come from checklist() per day.
    assert days == [checklist(protocol, record, c.date, explain=False) for c in days]


@SETTINGS
@given(courses(), st.integers(-60, 800))
def test_no_item_is_listed_outside_its_window(course: tuple[Doc, date], offset: int) -> None:
    doc, day0 = course
    record = parse_document(doc)
    on = day0 + timedelta(days=offset)
    facts = Facts(PatientIndex(record), on)
    for protocol in PROTOCOLS:
        answered = {(c.item, c.status) for c in record.checks}
        for listed in checklist(protocol, record, on).items:
            # Not applicable is hidden unless a nurse recorded it as the answer: what was recorded stays in view.
            assert listed.status != "not-applicable" or (listed.id, "not-applicable") in answered, listed.id
            item = protocol.item(listed.id)
            assert item is not None
            rule = _rule(item, facts)
            assert rule.gap is None, f"{listed.id} is a [GAP] yet listed as {listed.status}"
            start = _resolve(rule.start, record, on)
            end = None if rule.end is None else _resolve(rule.end, record, on)
            where = f"{protocol.id} {listed.id} {listed.status} on {on} (day {offset})"
            assert start is not None and start <= on, f"{where}: starts {start}"
            assert end is None or on <= end, f"{where}: ended {end}"


def _dated_after(entry: Doc, on: date) -> bool:
    first = entry["at"][:10] if "at" in entry else entry.get("date") or entry.get("start")
    assert isinstance(first, str)
    return date.fromisoformat(first) > on


@SETTINGS
@given(courses(), st.integers(-60, 800), st.data())
def test_data_dated_after_the_date_never_changes_its_checklist(
    course: tuple[Doc, date], offset: int, data: st.DataObject
) -> None:
    doc, day0 = course
    # Half the time, ask about a day on which a check falls due (and may be recorded later).
    dues = [date.fromisoformat(c["due"]) for c in doc["checks"]]
    on = day0 + timedelta(days=offset)
    if dues and data.draw(st.booleans()):
        on = data.draw(st.sampled_from(dues))
    sections = ("labs", "observations", "treatments", "infections", "vaccinations", "checks")
    known = dict(doc)
    for section in sections:
        known[section] = [e for e in doc[section] if not _dated_after(e, on)]
    whole, up_to_date = parse_document(doc), parse_document(known)
    for protocol in PROTOCOLS:
        expected = checklist(protocol, up_to_date, on, include_all=True)
        assert checklist(protocol, whole, on, include_all=True) == expected
