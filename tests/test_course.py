"""A course (one patient under one protocol) owns what the engine works out; the patient index never changes."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

from bedside.engine.core import checklist, schedule
from bedside.engine.course import Course
from bedside.engine.patient_index import PatientIndex
from bedside.patient_file.format import parse_document
from bedside.printouts.sections import patient_section
from bedside.views.timeline import timeline
from tests.test_engine import protocol
from tests.test_engine_principles import D0, day, iso, ticked
from tests.test_schedule_equivalence import ticked_rich


def snapshot(index: PatientIndex) -> dict[str, Any]:
    """Every attribute of the index, copied deeply: anything the engine stored on it would show."""
    return {name: copy.deepcopy(value) for name, value in vars(index).items()}


def test_nothing_the_engine_works_out_is_kept_on_the_patient_index() -> None:
    record = parse_document(ticked_rich("cilta-cel"))
    index = PatientIndex(record)
    before = snapshot(index)
    for profile in ("ash-2024", "eha-ebmt-2023", "stanford-car19", "ash-sap"):
        course = Course(protocol(profile), index)
        course.schedule(D0 - timedelta(days=10), D0 + timedelta(days=200))
        course.schedule(D0, D0 + timedelta(days=40), explain=True)
        for n in (-3, 0, 5, 45, 120):
            course.day(day(n), include_all=True)
            course.contingencies(day(n))
            checklist(protocol(profile), index, day(n), include_all=True)
    assert snapshot(index) == before


def test_a_course_gives_the_engines_days_and_schedule() -> None:
    record = parse_document(ticked_rich("axi-cel"))
    for profile in ("ash-2024", "stanford-car19"):
        course = Course(protocol(profile), record)
        days = course.schedule(D0 - timedelta(days=5), D0 + timedelta(days=90))
        assert days == schedule(protocol(profile), record, D0 - timedelta(days=5), D0 + timedelta(days=90))
        for n in (-5, 2, 9, 33, 61, 90):
            alone = checklist(protocol(profile), record, day(n), include_all=True)
            assert course.day(day(n), include_all=True) == alone  # after the schedule: its memo changes nothing


def test_a_course_of_another_protocol_is_not_reused_by_checklist() -> None:
    record = parse_document(ticked_rich("axi-cel"))
    course = Course(protocol("stanford-car19"), record)
    course.schedule(D0, D0 + timedelta(days=60))
    for n in (3, 30, 60):
        assert checklist(protocol("ash-2024"), course, day(n)) == checklist(protocol("ash-2024"), record, day(n))


def test_rule_for_is_the_variant_the_engine_applies() -> None:
    ivig = protocol("ash-2024").item("IVIG")
    assert ivig is not None and ivig.variants
    bcma = Course(protocol("ash-2024"), parse_document(ticked_rich("cilta-cel")))
    cd19 = Course(protocol("ash-2024"), parse_document(ticked_rich("axi-cel")))
    assert bcma.rule_for(ivig, day(40)) is ivig.variants[0].rule
    assert cd19.rule_for(ivig, day(40)) is ivig.rule


def test_if_then_lines_use_the_real_item_ids_and_leave_the_course_as_it_was() -> None:
    course = Course(protocol(), parse_document(ticked_rich("axi-cel")))
    before = course.day(day(20), include_all=True)
    lines = course.contingencies(day(20))
    assert {"FN-BUNDLE", "CRS-FEVER"} <= {line.item_id for line in lines}
    assert all(line.listed.id == line.item_id and line.listed.status == "due" for line in lines)
    assert course.day(day(20), include_all=True) == before
    fn_bundle = protocol().item("FN-BUNDLE")
    assert fn_bundle is not None and fn_bundle.rule.when is not None
    assert next(line for line in lines if line.item_id == "FN-BUNDLE").trigger == fn_bundle.rule.when


def test_an_if_then_line_ignores_a_tick_of_todays_instance() -> None:
    # The line says what the protocol asks when the event happens; a tick for today does not change that.
    doc = ticked_rich("axi-cel")
    plain = {c.item_id: c for c in patient_section(protocol(), parse_document(doc), day(22)).contingencies}
    doc["checks"].append(ticked("CRS-FEVER", iso(22), "not-done", "no fever"))
    ticked_today = {c.item_id: c for c in patient_section(protocol(), parse_document(doc), day(22)).contingencies}
    assert "CRS-FEVER" in plain and ticked_today["CRS-FEVER"] == plain["CRS-FEVER"]
    assert "Checked" not in ticked_today["CRS-FEVER"].then


def test_the_timeline_and_a_course_schedule_agree() -> None:
    record = parse_document(ticked_rich("axi-cel"))
    drawn = timeline(protocol(), record, date(2025, 6, 1))
    statuses = {(row.item_id, run.first): run.status for row in drawn.rows for run in row.runs}
    course = Course(protocol(), record).schedule(drawn.first, drawn.first + timedelta(days=30))
    first_day = {i.id: i.status for i in course[0].items}
    assert all(statuses[(item_id, drawn.first)] == status for item_id, status in first_day.items())
