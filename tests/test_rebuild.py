"""Issue 14 part 5: the state tables rebuilt from the audit trail alone, and compared with the tables.

Before: the chain covered the events only; a lab value, a tick or a void changed in the tables outside
Bedside left a trail that verified. Now `bedside audit verify` replays every event and names each row that
differs from what the events say.
"""

from __future__ import annotations

import io
import sqlite3
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path

import pytest

from bedside.cli import entry as cli
from bedside.domain.patient import Check, Lab, Observation
from bedside.services.database import open_database
from bedside.services.demo import seed_demo_once
from bedside.storage import stays
from bedside.storage.rebuild import rebuild_and_compare
from tests.factories import ACTOR, full_document, minimal_document, record_of

TODAY = date(2026, 11, 21)


@pytest.fixture
def used(db_path: Path) -> Path:
    """A database through every kind of change the trail rebuilds: imports (with voids), entries, ticks,
    voids of imported and added rows, edits, stays, a protocol move, a lab file, a replace, the demo ward."""
    store = open_database(db_path)
    try:
        seed_demo_once(store, TODAY)
        doc = full_document("P-1", "Øster, Zoë")
        store.import_record(record_of(doc), ACTOR)
        store.import_record(record_of(minimal_document(mrn="P-2", name="Doe, Jane")), ACTOR)
        lab = store.add_entry("P-1", Lab(date(2025, 3, 7), "anc", 0.9, "10^9/L", "06:00"), ACTOR)
        store.add_entry("P-2", Observation(date(2025, 3, 7), "temperature", 38.2, "08:00", "C"), ACTOR)
        tick = store.record_check(
            "P-2", Check("CMV-PCR", date(2025, 3, 10), "done", "AB", "2025-03-10T09:00:00Z"), ACTOR
        )
        store.void_entry("P-2", "check", tick, "ticked for the wrong patient", ACTOR)
        store.void_entry("P-1", "lab", lab, "typed into the wrong patient", ACTOR)
        imported = next(r for r in store.entry_rows("P-1", "observation") if r.voided_at is None)
        store.void_entry("P-1", "observation", imported.id, "wrong day", ACTOR)
        edited = record_of({**doc, "patient": {**doc["patient"], "bed": "14", "ward": "H6"}})
        store.edit_patient(edited, ACTOR)
        stays.move(store._db, "P-2", "discharged", "home", ACTOR)
        store.import_lab_file([("P-2", Lab(date(2025, 3, 8), "crp", 12.0, "mg/L"))], ACTOR, "lab.csv", "ab" * 32, {})
        replaced = {
            **doc,
            "labs": [*doc["labs"][:2], {"date": "2025-03-09", "test": "anc", "value": 1.5, "unit": "10^9/L"}],
        }
        store.import_record(record_of(replaced), ACTOR, replace=True)
        admin = store.add_user("Ann Admin", "AA", ACTOR, role="admin", pin="4711")
        stays.remove_demo_ward(store._db, ACTOR, admin)
    finally:
        store.close()
    return db_path


def _raw(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _rebuilt(path: Path) -> tuple[bool, list[str]]:
    store = open_database(path)
    try:
        found = rebuild_and_compare(store._db)
    finally:
        store.close()
    return found.ok, list(found.problems)


def test_the_tables_are_what_the_events_say(used: Path) -> None:
    ok, problems = _rebuilt(used)
    assert ok, problems


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE labs SET value = 9.9, internal_value = 9.9 WHERE test = 'crp'", "patient P-2: labs live"),
        ("DELETE FROM checks WHERE status = 'not-done'", "patient P-1: checks live"),
        ("UPDATE checks SET voided_at = NULL, void_reason = NULL WHERE voided_at IS NOT NULL", "patient P-2: checks"),
        ("UPDATE observations SET void_reason = 'other' WHERE void_reason = 'wrong day'", "patient P-1: observations"),
        ("UPDATE patients SET ward = 'X' WHERE mrn = 'P-1'", "patient P-1: ward is 'X'"),
        ("UPDATE patients SET stay = 'active', active = 1 WHERE mrn = 'P-2'", "patient P-2: stay is 'active'"),
        (
            "INSERT INTO vaccinations (patient_id, date, vaccine) SELECT id, '2025-01-01', 'x' FROM patients LIMIT 1",
            "vaccinations live",
        ),
        ("DELETE FROM labs WHERE patient_id = (SELECT id FROM patients WHERE mrn = 'P-2')", "patient P-2: labs"),
        ("DELETE FROM patients WHERE mrn = 'P-2'", "patient P-2: in the audit trail, missing from the patients"),
    ],
    ids=["value", "deleted-tick", "unvoided", "void-reason", "ward", "stay", "added-row", "deleted-labs", "patient"],
)
def test_a_table_changed_outside_bedside_is_named(used: Path, sql: str, named: str) -> None:
    _raw(used, sql)

    ok, problems = _rebuilt(used)

    assert not ok
    assert any(named in p for p in problems), problems


def test_audit_verify_on_the_command_line_reports_the_rebuild(used: Path) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.run(["--db", str(used), "audit", "verify"]) == 0
    assert "state: the tables match the audit trail" in out.getvalue()

    _raw(used, "UPDATE labs SET value = 9.9, internal_value = 9.9 WHERE test = 'crp'")
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.run(["--db", str(used), "audit", "verify"]) == 1
    assert "DOES NOT VERIFY: state: patient P-2: labs live" in out.getvalue()
