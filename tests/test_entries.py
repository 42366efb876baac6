"""Entries typed on the ward: validated like a file, stored in one audited write, voided (never deleted)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bedside.domain.errors import BedsideError, NotFoundError, PatientFormatError
from bedside.domain.patient import Check, Identity, Lab, Observation
from bedside.engine.patient_index import PatientIndex, recorded_day
from bedside.patient_file.format import parse_entry
from bedside.services.database import open_database
from bedside.storage import Store
from tests.factories import ACTOR, minimal_document, record_of

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

MRN = "A12345"


@pytest.fixture
def stored(store: Store) -> Store:
    store.import_record(record_of(minimal_document(ward="H5", bed="3")), ACTOR)
    return store


def test_parse_entry_names_the_bad_field_and_keeps_units_honest() -> None:
    lab = parse_entry("labs", {"date": "2025-03-05", "test": "igg", "value": 4.2, "unit": "g/L"})
    assert isinstance(lab, Lab) and lab.internal_value == pytest.approx(420)
    with pytest.raises(PatientFormatError) as caught:
        parse_entry("labs", {"date": "2025-02-30", "test": "igg", "value": -1, "unit": "mg"})
    paths = {p.path for p in caught.value.problems}
    assert paths == {"date", "value", "unit"}
    with pytest.raises(PatientFormatError) as caught:
        parse_entry("observations", {"date": "2025-03-05", "type": "crs_grade", "value": 5})
    assert [str(p) for p in caught.value.problems] == ["value: crs_grade must be between 0 and 4, not 5"]


def test_an_entry_is_stored_and_audited_in_one_write(stored: Store) -> None:
    row_id = stored.add_entry(MRN, Observation(date(2025, 3, 6), "temperature", 38.6, "14:10", "C"), ACTOR)
    record = stored.load_record(MRN)
    assert record.observations[0].celsius == 38.6
    event = stored.events(MRN)[0]
    assert (event.action, event.entity, event.entity_id, event.actor) == (
        "observation.add",
        "observation",
        str(row_id),
        "AB",
    )


def test_voiding_needs_a_reason_keeps_the_row_and_grows_the_trail(stored: Store) -> None:
    row_id = stored.add_entry(MRN, Lab(date(2025, 3, 5), "anc", 0.4, "10^9/L"), ACTOR)
    with pytest.raises(BedsideError, match="needs a reason"):
        stored.void_entry(MRN, "lab", row_id, " ", ACTOR)
    stored.void_entry(MRN, "lab", row_id, "typed into the wrong patient", ACTOR)
    assert stored.load_record(MRN).labs == ()  # the engine no longer sees it
    rows = stored.entry_rows(MRN, "lab")
    assert [(r.id, r.void_reason, r.voided_by) for r in rows] == [(row_id, "typed into the wrong patient", "AB")]
    assert stored.entry_rows(MRN, "lab", include_voided=False) == []
    with pytest.raises(BedsideError, match="already voided"):
        stored.void_entry(MRN, "lab", row_id, "again", ACTOR)
    with pytest.raises(NotFoundError):
        stored.void_entry(MRN, "lab", row_id + 99, "no such row", ACTOR)
    with pytest.raises(BedsideError, match="only entries"):
        stored.void_entry(MRN, "patient", 1, "not an entry", ACTOR)
    assert [e.action for e in stored.events(MRN)] == ["lab.void", "lab.add", "patient.import"]  # newest first
    assert stored.verify_audit().ok


def test_edit_patient_changes_identity_keeps_data_and_records_old_values(stored: Store) -> None:
    stored.add_entry(MRN, Lab(date(2025, 3, 5), "anc", 0.4, "10^9/L"), ACTOR)
    before = stored.load_record(MRN)
    moved = replace(before, patient=Identity(MRN, "Doe, Jane", None, None, None, "H6", "12"))
    stored.edit_patient(moved, ACTOR)
    after = stored.load_record(MRN)
    assert (after.patient.ward, after.patient.bed) == ("H6", "12")
    assert after.labs == before.labs and after.protocol == before.protocol
    event = stored.events(MRN)[0]
    assert event.action == "patient.edit"
    assert event.old_value["patient"]["ward"] == "H5" and event.new_value["patient"]["bed"] == "12"
    stored.edit_patient(moved, ACTOR)  # no change: no event
    assert stored.events(MRN)[0].seq == event.seq


def test_change_token_moves_with_this_and_other_connections(stored: Store, database: Path | str) -> None:
    first = stored.change_token()
    other = open_database(database)
    try:
        other.add_entry(MRN, Lab(date(2025, 3, 5), "anc", 0.4, "10^9/L"), ACTOR)
    finally:
        other.close()
    second = stored.change_token()
    assert second != first
    stored.add_entry(MRN, Lab(date(2025, 3, 6), "anc", 0.5, "10^9/L"), ACTOR)
    assert stored.change_token() != second


def test_a_check_counts_on_the_local_day_it_was_recorded() -> None:
    # 23:30 UTC on 10 March is already 11 March in Berlin, still 10 March in London.
    assert recorded_day("2025-03-10T23:30:00Z", ZoneInfo("Europe/Berlin")) == date(2025, 3, 11)
    assert recorded_day("2025-03-10T23:30:00Z", ZoneInfo("Europe/London")) == date(2025, 3, 10)
    # 02:00 UTC on 11 March is the evening of 10 March in New York: the check counts that evening.
    record = record_of(minimal_document())
    check = Check("HSV-VZV", date(2025, 3, 10), "done", "AB", "2025-03-11T02:00:00Z")
    record = replace(record, checks=(check,))
    assert (
        PatientIndex(record, ZoneInfo("America/New_York")).check_status("HSV-VZV", date(2025, 3, 10), date(2025, 3, 10))
        == "done"
    )
    assert PatientIndex(record).check_status("HSV-VZV", date(2025, 3, 10), date(2025, 3, 10)) is None


def test_the_site_zone_is_a_named_zone_that_follows_summer_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from bedside.config.zone import site_zone

    assert site_zone("Europe/Berlin") == ZoneInfo("Europe/Berlin")
    monkeypatch.setenv("TZ", "America/New_York")
    assert site_zone(None) == ZoneInfo("America/New_York")
    assert site_zone("No/Such_Zone") == ZoneInfo("America/New_York")  # a bad setting falls back, never crashes


def test_schedule_and_checklist_count_a_check_on_the_same_local_day() -> None:
    from bedside.engine.core import checklist, schedule
    from bedside.protocol.loader import load_protocol

    zone = ZoneInfo("America/New_York")
    doc = minimal_document()
    record = replace(
        record_of(doc), checks=(Check("HSV-VZV", date(2025, 3, 10), "done", "AB", "2025-03-11T02:00:00Z"),)
    )
    protocol = load_protocol("ash-2024")
    day = schedule(protocol, record, date(2025, 3, 10), date(2025, 3, 10), zone=zone)[0]
    single = checklist(protocol, PatientIndex(record, zone), date(2025, 3, 10), explain=False)
    assert day == single
    item = day.item("HSV-VZV")
    assert item is not None and item.status == "done"  # ticked at 21:00 in New York, on the 10th
