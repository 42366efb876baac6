"""The Store: database settings, imports, checks, refusing files it must not touch."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bedside.domain.errors import BedsideError, NotFoundError, StorageError
from bedside.domain.patient import Check, ProtocolPin
from bedside.patient_file.export import to_document, to_json_text
from bedside.patient_file.format import parse_json_text
from bedside.protocol.loader import load_protocol
from bedside.services.database import open_database
from bedside.storage import Store
from bedside.storage.migrations import SCHEMA_VERSION
from tests.factories import ACTOR, full_document, minimal_document, record_of

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(store: Store, name: str) -> object:
    return store._db.execute(f"PRAGMA {name}").fetchone()[0]


def done_check(item: str = "CMV-PCR", due: str = "2025-03-10") -> Check:
    return Check(item, date.fromisoformat(due), "done", "AB", "2025-03-10T09:14:00Z")


# --- opening ------------------------------------------------------------------------------------


def test_the_store_runs_on_the_engine_the_test_names(store: Store, engine: str) -> None:
    """Guards the parametrization itself: a postgresql run really is on the server."""
    assert type(store._db).__name__ == ("PgDatabase" if engine == "postgresql" else "Database")


@pytest.mark.sqlite_only
def test_new_database_has_current_schema_and_safe_settings(store: Store, db_path: Path) -> None:
    assert store.schema_version == SCHEMA_VERSION
    assert pragma(store, "user_version") == SCHEMA_VERSION
    assert pragma(store, "journal_mode") == "wal"
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "synchronous") == 2  # FULL
    assert pragma(store, "busy_timeout") >= 5000
    store.close()

    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


@pytest.mark.sqlite_only  # raw SQLite SQL (an int into an ANY column)
def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store._db.execute(
            "INSERT INTO labs (patient_id, date, test, value, unit, internal_value) "
            "VALUES (999, '2025-03-05', 'anc', 1, '10^9/L', 1)"
        )


def test_reopening_keeps_data_and_schema(database: Path | str) -> None:
    store = open_database(database)
    store.import_record(record_of(full_document()), ACTOR)
    store.close()

    store = open_database(database)
    try:
        assert store.schema_version == SCHEMA_VERSION
        assert store.load_record("A12345") == record_of(full_document())
        assert store.verify_audit().ok
    finally:
        store.close()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_newer_database_is_refused_and_left_byte_for_byte(tmp_path: Path, journal_mode: str) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.execute(f"PRAGMA journal_mode = {journal_mode}")  # e.g. a copied or restored file
    raw.close()
    before = sha256(path)

    with pytest.raises(StorageError, match="newer"):
        open_database(path)

    assert sha256(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_random_bytes_file_is_a_storage_error_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = sha256(path)

    with pytest.raises(StorageError) as caught:
        open_database(path)

    assert not isinstance(caught.value, sqlite3.Error)
    assert str(path) in str(caught.value)
    assert sha256(path) == before


# --- importing ------------------------------------------------------------------------------------


def test_importing_an_existing_mrn_is_refused(store: Store) -> None:
    first = record_of(full_document(name="First, Version"))
    store.import_record(first, ACTOR)

    with pytest.raises(BedsideError, match="A12345"):
        store.import_record(record_of(full_document(name="Second, Version")), ACTOR)

    assert store.load_record("A12345") == first
    assert [e.action for e in store.events("A12345")] == ["patient.import"]


def test_replace_keeps_one_patient_and_audits_the_old_document(store: Store) -> None:
    old = record_of(full_document(name="First, Version"))
    new_doc = minimal_document(name="Second, Version")
    new_doc["labs"] = [{"date": "2025-03-05", "test": "igg", "value": 4, "unit": "g/L"}]
    new = record_of(new_doc)
    store.import_record(old, ACTOR)
    stored_old = store.load_record("A12345")

    store.import_record(new, ACTOR, replace=True)

    assert store._db.execute("SELECT count(*) FROM patients").fetchone()[0] == 1
    default = load_protocol(None)
    assert store.load_record("A12345") == dataclasses.replace(new, protocol=ProtocolPin(default.id, default.version))
    assert store._db.execute("SELECT count(*) FROM labs WHERE voided_at IS NULL").fetchone()[0] == 1
    assert store._db.execute("SELECT count(*) FROM labs WHERE voided_at IS NOT NULL").fetchone()[0] == 4  # F17: voided
    latest = store.events("A12345")[0]
    assert latest.action == "patient.replace"
    assert latest.actor == ACTOR.user
    assert latest.workstation == ACTOR.workstation
    assert latest.old_value == to_document(stored_old)
    assert latest.new_value == to_document(store.load_record("A12345"))
    assert latest.new_value["labs"] == new_doc["labs"]
    assert store.verify_audit().ok


def test_import_stores_the_internal_lab_value(store: Store) -> None:
    doc = minimal_document()
    doc["labs"] = [
        {"date": "2025-03-05", "test": "igg", "value": 4, "unit": "g/L"},
        {"date": "2025-03-05", "test": "anc", "value": 500, "unit": "/uL"},
    ]
    store.import_record(record_of(doc), ACTOR)

    rows = store._db.execute("SELECT test, value, unit, internal_value FROM labs ORDER BY id").fetchall()

    assert rows == [("igg", 4, "g/L", 400.0), ("anc", 500, "/uL", 0.5)]


# --- checks --------------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", [None, "", "   "])
@pytest.mark.parametrize("status", ["not-done", "not-applicable"])
def test_check_without_reason_is_refused_and_nothing_stored(store: Store, status: str, reason: str | None) -> None:
    store.import_record(record_of(minimal_document()), ACTOR)
    check = Check("CMV-PCR", date(2025, 3, 10), status, "AB", "2025-03-10T09:14:00Z", reason)

    with pytest.raises(BedsideError, match="reason"):
        store.record_check("A12345", check, ACTOR)

    assert store.load_record("A12345").checks == ()
    assert [e.action for e in store.events("A12345")] == ["patient.import"]


def test_done_check_is_stored_and_audited(store: Store) -> None:
    store.import_record(record_of(minimal_document()), ACTOR)
    check = done_check()

    check_id = store.record_check("A12345", check, ACTOR)

    assert store.load_record("A12345").checks == (check,)
    event = store.events("A12345")[0]
    assert event.action == "check.add"
    assert event.entity == "check"
    assert event.entity_id == str(check_id)
    assert event.mrn == "A12345"
    assert event.new_value["item"] == "CMV-PCR"
    assert event.new_value["due"] == "2025-03-10"
    assert event.new_value["status"] == "done"
    assert store.verify_audit().ok


def test_not_done_check_with_reason_round_trips_through_export(store: Store) -> None:
    store.import_record(record_of(minimal_document()), ACTOR)
    check = Check("IGG-MON", date(2025, 4, 2), "not-done", "CD", "2025-04-02T10:00:00Z", "lab closed")
    store.record_check("A12345", check, ACTOR)

    text = to_json_text(store.load_record("A12345"))

    assert parse_json_text(text).checks == (check,)
    assert store.events("A12345")[0].reason == "lab closed"


def test_check_with_a_status_outside_the_vocabulary_is_refused(store: Store) -> None:
    """Only done / not-done / not-applicable exist; anything else makes the export unreadable."""
    store.import_record(record_of(minimal_document()), ACTOR)
    check = Check("CMV-PCR", date(2025, 3, 10), "maybe", "AB", "2025-03-10T09:14:00Z", "unsure")

    with pytest.raises(BedsideError):
        store.record_check("A12345", check, ACTOR)

    assert store.load_record("A12345").checks == ()


def test_check_for_an_unknown_patient_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.record_check("NOPE", done_check(), ACTOR)
    assert store.events() == []


# --- the ward board ----------------------------------------------------------------------------


def _admit(store: Store, mrn: str, ward: str | None, bed: str | None, name: str = "Doe, J") -> None:
    fields = {"mrn": mrn, "name": name}
    if ward is not None:
        fields["ward"] = ward
    if bed is not None:
        fields["bed"] = bed
    store.import_record(record_of(minimal_document(**fields)), ACTOR)


def test_patient_summaries_sort_beds_like_a_nurse(store: Store) -> None:
    for mrn, bed in [("P10", "10"), ("P2", "2"), ("P1", "1"), ("P12", "12"), ("P3", "3")]:
        _admit(store, mrn, "H5", bed)

    beds = [s.bed for s in store.patient_summaries()]

    assert beds == ["1", "2", "3", "10", "12"]


def test_patient_summaries_group_by_ward_and_filter(store: Store) -> None:
    _admit(store, "B10", "H7", "10")
    _admit(store, "A2", "H5", "2")
    _admit(store, "B2", "H7", "2")
    _admit(store, "A10", "H5", "10")

    assert [s.mrn for s in store.patient_summaries()] == ["A2", "A10", "B2", "B10"]
    assert [s.mrn for s in store.patient_summaries(ward="H7")] == ["B2", "B10"]


def test_patient_summary_day0_is_the_first_infusion(store: Store) -> None:
    doc = minimal_document(mrn="SPLIT-1")
    doc["therapy"] = {"product": "obe-cel", "infusion_dates": ["2025-03-03", "2025-03-12"]}
    store.import_record(record_of(doc), ACTOR)

    (summary,) = store.patient_summaries()

    assert summary.day0 == date(2025, 3, 3)
    assert summary.product == "obe-cel"
    assert summary.demo is False
