"""The handover as data: who is on it, what each section says, and that every line comes from the engine."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from bedside.domain.errors import BedsideError
from bedside.engine.core import checklist
from bedside.printouts import SEVERITIES, Handover
from bedside.printouts.sections import IN_FORCE, OPEN
from bedside.protocol.wording import condition_sentence
from bedside.services.board import rows as board
from bedside.services.printout_data import patient_handover, ward_handover
from bedside.storage import Store
from tests.factories import ACTOR, minimal_document, record_of

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

ON = date(2026, 3, 6)
PRINTED_AT = datetime(2026, 3, 6, 14, 5)
WARD = "H5"
NAMES = {
    "H-1": "O'Brien <b>x</b> & Co",
    "H-2": "Zoë Øster-Łukasz",
    "H-3": "Παπαδόπουλος, Ελένη",
    "H-4": "Иванов, Сергей",
}


def patient_document(
    mrn: str,
    name: str,
    bed: str,
    day: int,
    *,
    ward: str = WARD,
    product: str = "axi-cel",
    labs: tuple[tuple[int, str, float, str], ...] = (),
    observations: tuple[tuple[int, str, float], ...] = (),
    treatments: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    """A patient on `day` after infusion on ON; labs and observations are (day offset, ...) tuples."""
    day0 = ON - timedelta(days=day)

    def d(n: int) -> str:
        return (day0 + timedelta(days=n)).isoformat()

    doc = minimal_document(mrn=mrn, name=name, ward=ward, bed=bed, birth_date="1960-01-02", weight_kg=70)
    doc["therapy"] = {"product": product, "lymphodepletion_start": d(-5), "infusion_dates": [d(0)]}
    doc["labs"] = [
        {"date": d(n), "time": "06:00", "test": test, "value": value, "unit": unit} for n, test, value, unit in labs
    ]
    doc["observations"] = [
        {
            "date": d(n),
            "time": "14:10",
            "type": kind,
            "value": value,
            **({"unit": "C"} if kind == "temperature" else {}),
        }
        for n, kind, value in observations
    ]
    doc["treatments"] = [{**t, "date": d(t["date"])} for t in treatments]
    return doc


def ward_documents() -> list[dict[str, Any]]:
    return [
        patient_document(
            "H-1",
            NAMES["H-1"],
            "1",
            3,
            labs=((2, "anc", 0.4, "10^9/L"), (3, "anc", 0.3, "10^9/L")),
            observations=((3, "temperature", 38.6), (3, "crs_grade", 1), (3, "ice_score", 10)),
        ),
        patient_document("H-2", NAMES["H-2"], "2", 20, labs=((19, "anc", 0.8, "10^9/L"), (20, "anc", 1.3, "10^9/L"))),
        patient_document(
            "H-3",
            NAMES["H-3"],
            "4",
            45,
            product="cilta-cel",
            labs=((45, "igg", 350, "mg/dL"), (45, "anc", 1.6, "10^9/L")),
        ),
        patient_document(
            "H-4",
            NAMES["H-4"],
            "10",
            200,
            labs=((150, "cd4", 150, "/uL"),),
            treatments=({"type": "ivig", "date": 170, "dose": 0.4, "dose_unit": "g/kg"},),
        ),
        patient_document("X-1", "Elsewhere, Someone", "3", 5, ward="H6"),
    ]


@pytest.fixture
def ward(store: Store) -> Store:
    for doc in ward_documents():
        store.import_record(record_of(doc), ACTOR)
    return store


def handover_of(store: Store, **options: Any) -> Handover:
    return ward_handover(store, WARD, ON, printed_by="AB", printed_at=PRINTED_AT, **options)


# --- who is on the handover ---------------------------------------------------------------------


def test_every_active_patient_on_the_ward_in_bed_order(ward: Store) -> None:
    handover = handover_of(ward)

    on_ward = [s.mrn for s in ward.patient_summaries(WARD)]
    assert [p.identifiers.mrn for p in handover.patients] == on_ward
    assert "X-1" not in on_ward
    assert [p.identifiers.name for p in handover.patients] == [NAMES[m] for m in on_ward]


def test_chosen_patients_keep_bed_order(ward: Store) -> None:
    handover = handover_of(ward, mrns=["H-4", "H-1"])

    assert [p.identifiers.mrn for p in handover.patients] == ["H-1", "H-4"]


@pytest.mark.parametrize("mrns", [["X-1"], ["NOPE"]])
def test_a_patient_not_on_the_ward_is_refused(ward: Store, mrns: list[str]) -> None:
    with pytest.raises(BedsideError, match=mrns[0]):
        handover_of(ward, mrns=mrns)


def test_an_empty_ward_is_refused(ward: Store) -> None:
    with pytest.raises(BedsideError, match="no active patients"):
        ward_handover(ward, "H9", ON, printed_by="AB", printed_at=PRINTED_AT)


def test_printout_carries_who_when_and_the_audit_head(ward: Store) -> None:
    handover = handover_of(ward)

    assert handover.printout.printed_by == "AB"
    assert handover.printout.printed_at == PRINTED_AT
    assert handover.printout.audit_head == ward.verify_audit().head_label


def test_gathering_a_handover_writes_nothing(ward: Store) -> None:
    before = ward.verify_audit()
    handover_of(ward)
    assert ward.verify_audit() == before


# --- illness severity ---------------------------------------------------------------------------


def test_suggested_severity_matches_the_ward_board(ward: Store) -> None:
    on_board = {row.mrn: row.severity for row in board(ward, ON)}

    for patient in handover_of(ward).patients:
        assert patient.severity.suggested == on_board[patient.identifiers.mrn]
        assert patient.severity.level == patient.severity.suggested
        assert not patient.severity.set_by_ward
    assert "watcher" in on_board.values()  # the febrile, neutropenic patient with CRS 1


def test_the_ward_can_set_another_severity(ward: Store) -> None:
    patients = {p.identifiers.mrn: p for p in handover_of(ward, severity={"H-2": "unstable"}).patients}

    assert patients["H-2"].severity.level == "unstable"
    assert patients["H-2"].severity.set_by_ward
    assert patients["H-2"].severity.suggested in SEVERITIES
    assert not patients["H-1"].severity.set_by_ward


@pytest.mark.parametrize("severity", [{"H-2": "critical"}, {"X-1": "stable"}])
def test_a_bad_severity_is_refused(ward: Store, severity: dict[str, str]) -> None:
    with pytest.raises(BedsideError, match="severity"):
        handover_of(ward, severity=severity)


# --- what each section says ---------------------------------------------------------------------


def test_actions_are_todays_open_items_and_prophylaxis_is_listed_apart(ward: Store) -> None:
    for patient in handover_of(ward).patients:
        record = ward.load_record(patient.identifiers.mrn)
        today = checklist(ward.protocol_for(record), record, ON)
        expected = [(i.id, i.status, i.why) for i in today.items if i.status in OPEN and i.category != "prophylaxis"]
        assert [(a.item_id, a.status, a.why) for a in patient.actions] == expected
        in_force = [i.id for i in today.items if i.category == "prophylaxis" and i.status in IN_FORCE]
        assert [a.item_id for a in patient.prophylaxis] == in_force
        assert all(a.why for a in patient.actions)  # the page answers "why"


def test_contingencies_quote_the_protocol_and_skip_what_is_already_open(ward: Store) -> None:
    patients = {p.identifiers.mrn: p for p in handover_of(ward).patients}
    protocol = ward.protocol_for(ward.load_record("H-2"))
    fn_bundle = protocol.item("FN-BUNDLE")
    assert fn_bundle is not None and fn_bundle.rule.when is not None

    calm = {c.item_id: c for c in patients["H-2"].contingencies}
    assert calm["FN-BUNDLE"].trigger == condition_sentence(fn_bundle.rule.when)  # the trigger in ward words
    assert "fever today" in calm["FN-BUNDLE"].trigger and " and " in calm["FN-BUNDLE"].trigger
    assert calm["FN-BUNDLE"].title == fn_bundle.title
    assert calm["FN-BUNDLE"].then and calm["FN-BUNDLE"].then in fn_bundle.rule.why
    assert "{" not in calm["FN-BUNDLE"].then

    febrile = patients["H-1"]
    assert "FN-BUNDLE" in {a.item_id for a in febrile.actions}
    assert "FN-BUNDLE" not in {c.item_id for c in febrile.contingencies}


def test_a_contingency_follows_its_items_window(ward: Store) -> None:
    """CRS-FEVER runs to day +30 in ash-2024: listed at day 20, not at day 45 or 200."""
    patients = {p.identifiers.mrn: p for p in handover_of(ward).patients}
    crs_fever = ward.protocol_for(ward.load_record("H-2")).item("CRS-FEVER")
    assert crs_fever is not None and crs_fever.rule.end is not None

    assert "CRS-FEVER" in {c.item_id for c in patients["H-2"].contingencies}
    assert "CRS-FEVER" not in {c.item_id for c in patients["H-3"].contingencies}
    assert "CRS-FEVER" not in {c.item_id for c in patients["H-4"].contingencies}


def test_pending_results_are_open_items_a_lab_result_would_complete(ward: Store) -> None:
    patient = next(p for p in handover_of(ward).patients if p.identifiers.mrn == "H-4")
    open_ids = {a.item_id for a in patient.actions}
    protocol = ward.protocol_for(ward.load_record("H-4"))

    assert patient.pending
    for pending in patient.pending:
        item = protocol.item(pending.item_id)
        assert item is not None and item.rule.done_by_lab is not None
        assert pending.item_id in open_ids


def test_a_result_on_file_clears_the_pending_line(store: Store) -> None:
    doc = patient_document("P-1", "Lab, Waiting", "1", 200)
    store.import_record(record_of(doc), ACTOR)
    waiting = handover_of(store).patients[0]
    igg = next(p for p in waiting.pending if p.item_id == "IGG-MON")

    # Today's result settles today's due date and, through carry-over, the earlier ones it was pending for.
    assert igg.due is not None and igg.due <= ON
    doc["labs"].append({"date": ON.isoformat(), "test": "igg", "value": 500, "unit": "mg/dL"})
    store.import_record(record_of(doc), ACTOR, replace=True)
    assert "IGG-MON" not in {p.item_id for p in handover_of(store).patients[0].pending}


def test_lab_trends_hold_the_latest_values_up_to_the_date(store: Store) -> None:
    values = [2.0, 1.5, 1.1, 0.8, 0.6, 0.4, 0.3]
    labs = (*((n, "anc", v, "10^9/L") for n, v in enumerate(values)), (9, "anc", 5.0, "10^9/L"))
    store.import_record(record_of(patient_document("T-1", "Trend, Tina", "1", 6, labs=labs)), ACTOR)

    trends = {t.test: t for t in handover_of(store).patients[0].labs}
    assert [v for _, v in trends["anc"].points] == values[-5:]  # day 9 is after the date: not shown
    assert trends["anc"].latest == (ON, values[-1])
    assert trends["igg"].points == ()
    assert set(trends) == {"anc", "platelets", "igg"}


def test_summary_line_comes_from_the_record(ward: Store) -> None:
    patient = handover_of(ward, mrns=["H-1"]).patients[0]
    s = patient.summary

    assert (s.day, s.product, s.crs_now, s.crs_max) == (3, "axi-cel", 1.0, 1.0)
    assert s.last_ice is not None and s.last_ice[2] == 10
    assert s.text.startswith("Day +3 after axi-cel")
    assert "last ICE 10/10" in s.text


def test_single_patient_handover(ward: Store) -> None:
    handover = patient_handover(ward, "H-3", ON, printed_by="AB", printed_at=PRINTED_AT, severity="watcher")

    assert [p.identifiers.mrn for p in handover.patients] == ["H-3"]
    assert handover.ward == WARD
    assert handover.patients[0].severity.level == "watcher"


def test_the_demo_ward_is_never_printed_with_real_wards(ward: Store) -> None:
    from bedside.patient_file.demo import demo_records  # the demo ward a new database starts with

    for record in demo_records(ON):
        ward.import_record(record, ACTOR, demo=True)
    every = ward_handover(ward, None, ON, printed_by="AB", printed_at=PRINTED_AT)
    assert every.patients and not [p for p in every.patients if p.identifiers.mrn.startswith("DEMO")]
    demo = ward_handover(ward, "DEMO", ON, printed_by="AB", printed_at=PRINTED_AT)  # asked for by name: printed
    assert demo.patients and all(p.identifiers.mrn.startswith("DEMO") for p in demo.patients)
