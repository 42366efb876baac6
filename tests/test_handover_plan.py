"""The follow-up plan as data: every date is one the engine gives, worked out from today's record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bedside.engine.core import checklist
from bedside.printouts import FollowUpPlan
from bedside.printouts.plan import FEVER_CONTACT_KEY, RESTRICTION_ITEMS
from bedside.services.printout_data import follow_up_plan
from bedside.storage import Store
from tests.factories import ACTOR, record_of
from tests.test_handover import ON, PRINTED_AT, patient_document, ward  # noqa: F401

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)


def plan_of(store: Store, mrn: str) -> FollowUpPlan:
    return follow_up_plan(store, mrn, ON, printed_by="AB", printed_at=PRINTED_AT)


def status_on(store: Store, mrn: str, item_id: str, day: date) -> str | None:
    record = store.load_record(mrn)
    found = checklist(store.protocol_for(record), record, day).item(item_id)
    return None if found is None else found.status


def test_a_vaccine_gated_by_ivig_gives_the_engines_date_and_reason(ward: Store) -> None:  # noqa: F811
    record = ward.load_record("H-4")  # month 6, IVIG 30 days ago
    today = checklist(ward.protocol_for(record), record, ON).item("VAX-INACT")
    assert today is not None and today.status == "blocked" and today.blocked_until is not None

    line = next(v for v in plan_of(ward, "H-4").vaccinations if v.item_id == "VAX-INACT")
    assert line.day == today.blocked_until
    assert line.when == f"not before {today.blocked_until.isoformat()}"
    assert line.why == today.why and "IVIG" in line.why
    assert status_on(ward, "H-4", "VAX-INACT", line.day) in ("due", "overdue")
    assert status_on(ward, "H-4", "VAX-INACT", line.day - timedelta(days=1)) == "blocked"


def test_a_vaccine_not_yet_in_its_window_starts_when_the_engine_lists_it(ward: Store) -> None:  # noqa: F811
    line = next(v for v in plan_of(ward, "H-1").vaccinations if v.item_id == "VAX-FLU-COV")

    assert line.day is not None and line.when == f"from {line.day.isoformat()}"
    assert status_on(ward, "H-1", "VAX-FLU-COV", line.day) == "due"
    assert status_on(ward, "H-1", "VAX-FLU-COV", line.day - timedelta(days=1)) is None


def test_restrictions_end_on_the_last_day_the_engine_lists_them(ward: Store) -> None:  # noqa: F811
    plan = plan_of(ward, "H-1")
    assert [r.item_id for r in plan.restrictions] == list(RESTRICTION_ITEMS)

    for line in plan.restrictions:
        assert line.day is not None and line.when == f"until {line.day.isoformat()}"
        assert status_on(ward, "H-1", line.item_id, line.day) is not None
        assert status_on(ward, "H-1", line.item_id, line.day + timedelta(days=1)) is None


def test_past_restrictions_say_they_ended(ward: Store) -> None:  # noqa: F811
    for line in plan_of(ward, "H-4").restrictions:
        assert line.day is not None and line.day < ON
        assert line.when == f"ended {line.day.isoformat()}"


def test_a_restriction_without_a_value_has_no_date(store: Store) -> None:
    """obe-cel's label values were not retrieved: the plan prints no end date rather than day 0."""
    store.import_record(record_of(patient_document("O-1", "Obe, Cel", "1", 3, product="obe-cel")), ACTOR)

    for line in plan_of(store, "O-1").restrictions:
        assert line.day is None and "[GAP]" in line.why


def test_prophylaxis_review_date_is_the_first_stop_review_day(ward: Store) -> None:  # noqa: F811
    plan = plan_of(ward, "H-1")
    hsv = next(p for p in plan.prophylaxis if p.item_id == "HSV-VZV")

    assert hsv.day is not None and hsv.when == f"may be reviewed for stopping from {hsv.day.isoformat()}"
    assert status_on(ward, "H-1", "HSV-VZV", hsv.day) == "stop-review"
    assert status_on(ward, "H-1", "HSV-VZV", hsv.day - timedelta(days=1)) in ("due", "overdue")


def test_prophylaxis_in_force_today_is_listed_with_its_reason(ward: Store) -> None:  # noqa: F811
    record = ward.load_record("H-1")
    today = checklist(ward.protocol_for(record), record, ON)
    in_force = ("due", "overdue", "needs-data", "done", "stop-review")
    expected = {i.id for i in today.items if i.category == "prophylaxis" and i.status in in_force}

    plan = plan_of(ward, "H-1")
    assert {p.item_id for p in plan.prophylaxis} == expected
    assert all(p.why and p.when for p in plan.prophylaxis)


def test_fever_contact_comes_from_the_database_or_stays_blank(ward: Store) -> None:  # noqa: F811
    assert plan_of(ward, "H-2").fever_contact is None

    ward.set_meta(FEVER_CONTACT_KEY, "  Ward H5 CAR-T line  ", ACTOR)
    assert plan_of(ward, "H-2").fever_contact == "Ward H5 CAR-T line"
