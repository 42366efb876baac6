"""What printing needs from the core: the audit head without a full verify, the print noted in the trail,
severities chosen after gathering, every ward at once, and the ward's time zone for the day of a check."""

from __future__ import annotations

import json
from zoneinfo import ZoneInfo

import pytest

from bedside.domain.errors import BedsideError
from bedside.domain.patient import Check
from bedside.printouts import choose_severity, file_name
from bedside.services.printout_data import ward_handover
from bedside.storage import Store
from tests.factories import ACTOR, record_of
from tests.test_handover import NAMES, ON, PRINTED_AT, WARD, handover_of, patient_document, ward  # noqa: F401

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

BERLIN = ZoneInfo("Europe/Berlin")


# --- the audit head -----------------------------------------------------------------------------------
def test_the_head_is_the_verified_head_read_from_one_row(ward: Store) -> None:  # noqa: F811
    assert ward.audit_head() == ward.verify_audit().head_label
    assert handover_of(ward).printout.audit_head == ward.audit_head()


def test_an_empty_trail_has_head_zero(store: Store) -> None:
    assert store.audit_head() == store.verify_audit().head_label == "#0 000000000000"


# --- the print in the audit trail ----------------------------------------------------------------------
def test_a_ward_handover_print_is_noted_without_patient_data(ward: Store) -> None:  # noqa: F811
    seq = ward.record_print("handover", ACTOR, ward=WARD, pages=5, patients=4)

    event = ward.events(limit=1)[0]
    assert (event.seq, event.action, event.entity, event.entity_id, event.mrn) == (
        seq,
        "handover.print",
        "ward",
        WARD,
        None,
    )
    assert event.new_value == {"pages": 5, "output": "printer", "patients": 4, "ward": WARD}
    assert event.actor == ACTOR.user
    stored = json.dumps([event.new_value, event.old_value, event.reason], ensure_ascii=False)
    assert not any(name in stored for name in NAMES.values())
    assert ward.verify_audit().ok


def test_a_patients_sheet_is_noted_under_the_patient(ward: Store) -> None:  # noqa: F811
    ward.record_print("plan", ACTOR, "H-2", pages=2, output="file")
    ward.record_print("handover", ACTOR, "H-3", pages=1)

    plan, handover = ward.events("H-2", limit=1)[0], ward.events("H-3", limit=1)[0]
    assert (plan.action, plan.entity, plan.mrn, plan.new_value) == (
        "plan.print",
        "patient",
        "H-2",
        {"pages": 2, "output": "file"},
    )
    assert (handover.action, handover.entity, handover.mrn) == ("handover.print", "patient", "H-3")


@pytest.mark.parametrize(
    ("kind", "mrn", "output", "message"),
    [
        ("letter", "H-2", "printer", "letter"),
        ("plan", None, "printer", "MRN"),
        ("handover", "H-2", "fax", "fax"),
        ("plan", "NOPE", "printer", "NOPE"),
    ],
)
def test_a_bad_print_record_is_refused_and_writes_nothing(
    ward: Store,  # noqa: F811
    kind: str,
    mrn: str | None,
    output: str,
    message: str,
) -> None:
    before = ward.audit_head()
    with pytest.raises(BedsideError, match=message):
        ward.record_print(kind, ACTOR, mrn, pages=1, output=output)
    assert ward.audit_head() == before


# --- severity chosen after gathering -------------------------------------------------------------------
def test_choosing_after_gathering_equals_choosing_while_gathering(ward: Store) -> None:  # noqa: F811
    chosen = {"H-2": "unstable", "H-3": "watcher"}

    assert choose_severity(handover_of(ward), chosen) == handover_of(ward, severity=chosen)


@pytest.mark.parametrize("severity", [{"H-2": "critical"}, {"X-1": "stable"}])
def test_choosing_a_bad_severity_is_refused(ward: Store, severity: dict[str, str]) -> None:  # noqa: F811
    with pytest.raises(BedsideError, match="severity"):
        choose_severity(handover_of(ward), severity)


# --- every ward at once ---------------------------------------------------------------------------------
def test_no_ward_means_every_active_patient_by_ward_then_bed(ward: Store) -> None:  # noqa: F811
    handover = ward_handover(ward, None, ON, printed_by="AB", printed_at=PRINTED_AT)

    assert [p.identifiers.mrn for p in handover.patients] == [s.mrn for s in ward.patient_summaries()]
    assert {p.identifiers.ward for p in handover.patients} == {WARD, "H6"}
    assert handover.ward == ""
    assert file_name("handover", ON) == f"bedside-handover-{ON.isoformat()}.pdf"


def test_no_active_patient_anywhere_is_refused(store: Store) -> None:
    with pytest.raises(BedsideError, match="no active patients"):
        ward_handover(store, None, ON, printed_by="AB", printed_at=PRINTED_AT)


# --- the ward's time zone ---------------------------------------------------------------------------------
def test_a_check_counts_on_the_wards_local_day(store: Store) -> None:
    """Ticked at 23:30 UTC on ON: still ON in London's winter, already the next day in Berlin."""
    doc = patient_document(
        "Z-1",
        "Zone, Zelda",
        "1",
        3,
        labs=((3, "anc", 0.3, "10^9/L"),),
        observations=((3, "temperature", 38.6),),
    )
    store.import_record(record_of(doc), ACTOR)
    assert "FN-BUNDLE" in {a.item_id for a in handover_of(store).patients[0].actions}
    store.record_check("Z-1", Check("FN-BUNDLE", ON, "done", "AB", f"{ON.isoformat()}T23:30:00Z"), ACTOR)

    on_utc_day = handover_of(store).patients[0]
    in_berlin = handover_of(store, zone=BERLIN).patients[0]

    assert "FN-BUNDLE" not in {a.item_id for a in on_utc_day.actions}  # done on the UTC day
    assert "FN-BUNDLE" in {a.item_id for a in in_berlin.actions}  # recorded on ON + 1 in Berlin: still open on ON


def test_the_pdf_shortcuts_use_the_sites_zone(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """`bedside handover` and `bedside plan` call the *_pdf functions: they read the zone the window uses."""
    from bedside.services import printout_data as handover

    class Gathered(Exception):
        pass

    def gather(*args: object, zone: object, **kwargs: object) -> None:
        raise Gathered(zone)

    monkeypatch.setattr(handover, "ward_handover", gather)
    store.set_meta("site_timezone", "Europe/Berlin", ACTOR)

    with pytest.raises(Gathered) as caught:
        handover.ward_handover_pdf(store, WARD, ON, printed_by="AB", printed_at=PRINTED_AT)
    assert caught.value.args == (BERLIN,)
