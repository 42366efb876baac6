"""Issue 14 F17: `import --replace` is admin work and voids what the file leaves out, never deletes it.

Before: any user could `import --replace`, and every tick and lab not in the file was deleted from the
database (only the audit event's old document still held them).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bedside.domain.errors import AccessError
from bedside.domain.patient import Check, Lab
from bedside.services.database import open_database
from bedside.storage import Store, access
from bedside.storage.entries import REPLACED
from tests.factories import ACTOR, minimal_document, record_of
from tests.test_backup_cli import bedside

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

ADMIN_PIN, STAFF_PIN = "2580", "4711"


def _document(labs: list[tuple[str, float]], ticks: list[str]) -> dict[str, object]:
    doc = minimal_document(mrn="R-1")
    doc["labs"] = [{"date": d, "test": "anc", "value": v, "unit": "10^9/L"} for d, v in labs]
    doc["checks"] = [
        {"item": item, "due": "2025-03-10", "status": "done", "by": "AB", "at": "2025-03-10T09:00:00Z"}
        for item in ticks
    ]
    return doc


def _rows(store: Store, table: str) -> list[tuple[object, ...]]:
    sql = f"SELECT id, voided_at IS NOT NULL, void_reason, voided_by FROM {table} ORDER BY id"
    return [tuple(r) for r in store._db.execute(sql).fetchall()]


def test_replace_keeps_what_is_unchanged_voids_what_is_left_out_and_adds_the_rest(store: Store) -> None:
    store.import_record(record_of(_document([("2025-03-04", 0.4), ("2025-03-05", 0.6)], ["CMV-PCR"])), ACTOR)
    store.add_entry("R-1", Lab(date(2025, 3, 6), "anc", 0.9, "10^9/L"), ACTOR)  # typed on the ward
    before = _rows(store, "labs")

    store.import_record(record_of(_document([("2025-03-05", 0.6), ("2025-03-07", 1.2)], [])), ACTOR, replace=True)

    labs = _rows(store, "labs")
    assert len(labs) == 4  # nothing deleted: three kept rows (one voided) and the new one
    assert labs[0] == (before[0][0], 1, REPLACED, ACTOR.user)  # 03-04 was left out by the file
    assert labs[1] == (before[1][0], 0, None, None)  # 03-05 unchanged: same row, same id
    assert labs[2] == (before[2][0], 1, REPLACED, ACTOR.user)  # the ward's own entry, not in the file
    assert labs[3][1:] == (0, None, None)  # 03-07 is new
    assert _rows(store, "checks") == [(1, 1, REPLACED, ACTOR.user)]
    assert [lab.value for lab in store.load_record("R-1").labs] == [0.6, 1.2]
    event = store.events(limit=1)[0]
    assert event.action == "patient.replace" and "labs #1, #3" in (event.reason or "")
    assert store.verify_audit().ok


def test_replacing_with_the_same_file_changes_no_row(store: Store) -> None:
    doc = _document([("2025-03-04", 0.4)], ["CMV-PCR"])
    store.import_record(record_of(doc), ACTOR)
    before = {t: _rows(store, t) for t in ("labs", "checks")}

    store.import_record(record_of(doc), ACTOR, replace=True)

    assert {t: _rows(store, t) for t in ("labs", "checks")} == before


def test_a_signed_in_nurse_cannot_replace_in_the_core(store: Store) -> None:
    store.add_user("Ada Admin", "AA", ACTOR, pin=ADMIN_PIN, role="admin")
    nurse = store.add_user("Cleo Staff", "CS", ACTOR, pin=STAFF_PIN)
    store.import_record(record_of(_document([("2025-03-04", 0.4)], [])), ACTOR)

    with pytest.raises(AccessError, match="only an admin"):
        store.import_record(record_of(_document([], [])), ACTOR, replace=True, by=nurse)

    assert _rows(store, "labs")[0][1] == 0
    store.import_record(record_of(_document([], [])), ACTOR, replace=True, by=access.find(store._db, "AA"))
    assert _rows(store, "labs")[0][1] == 1


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    db = tmp_path / "bedside.sqlite3"
    store = open_database(db)
    try:
        store.add_user("Ada Admin", "AA", ACTOR, pin=ADMIN_PIN, role="admin")
        store.add_user("Cleo Staff", "CS", ACTOR, pin=STAFF_PIN)
        store.import_record(record_of(_document([("2025-03-04", 0.4)], ["CMV-PCR"])), ACTOR)
    finally:
        store.close()
    return db


def test_the_command_line_replaces_only_with_an_admins_pin(ward: Path, tmp_path: Path) -> None:
    file = tmp_path / "r.json"
    file.write_text(json.dumps(_document([], [])), encoding="utf-8")

    refused = bedside(ward, "--user", "CS", "import", "--replace", file, stdin=STAFF_PIN + "\n")
    assert refused.returncode == 2 and "only an admin" in refused.stderr
    store = open_database(ward)
    try:
        assert _rows(store, "labs")[0][1] == 0
    finally:
        store.close()

    done = bedside(ward, "--user", "AA", "import", "--replace", file, stdin=ADMIN_PIN + "\n")
    assert done.returncode == 0, done.stderr
    store = open_database(ward)
    try:
        assert _rows(store, "labs")[0][1:] == (1, REPLACED, "AA")
    finally:
        store.close()


def test_a_plain_import_by_a_nurse_still_works(ward: Path, tmp_path: Path) -> None:
    file = tmp_path / "n.json"
    file.write_text(json.dumps(minimal_document(mrn="N-2")), encoding="utf-8")
    assert bedside(ward, "--user", "CS", "import", file, stdin=STAFF_PIN + "\n").returncode == 0


def test_a_check_recorded_in_bedside_is_voided_not_deleted_by_a_replace(store: Store) -> None:
    store.import_record(record_of(_document([], [])), ACTOR)
    store.record_check("R-1", Check("CMV-PCR", date(2025, 3, 10), "done", "CD", "2025-03-10T10:00:00Z"), ACTOR)

    store.import_record(record_of(_document([], [])), ACTOR, replace=True)

    assert _rows(store, "checks") == [(1, 1, REPLACED, ACTOR.user)]
    assert store.load_record("R-1").checks == ()


# --- imported checks: the file's by/at are provenance, never a signed-in act ------------------------------------
def test_an_imported_check_says_who_imported_it_and_is_never_an_act_of_its_by(store: Store) -> None:
    """Before: a file could say any "by" and "at", and the stored tick could not be told from one
    recorded by that person signed in."""
    importer = ACTOR
    store.import_record(record_of(_document([], ["CMV-PCR"])), importer)
    store.record_check("R-1", Check("IGG-MON", date(2025, 3, 11), "done", "CD", "2025-03-11T10:00:00Z"), importer)

    rows = store._db.execute('SELECT item, "by", at, imported_by, imported_at FROM checks ORDER BY id').fetchall()

    (item, by, at, imported_by, imported_at), signed_in = rows
    assert (item, by, at) == ("CMV-PCR", "AB", "2025-03-10T09:00:00Z")  # as the file says, for a lossless export
    assert imported_by == importer.user and imported_at is not None and imported_at > at
    assert signed_in[3:] == (None, None)  # recorded in Bedside by whoever signed in
    assert [e.action for e in store.events("R-1")] == ["check.add", "patient.import"]  # no act in AB's name
    assert all(e.actor == importer.user for e in store.events("R-1"))
    entry = store.entry_rows("R-1", "check")[0]
    assert entry.data["imported_by"] == importer.user  # the History and Labs views see where it came from


def test_a_replace_marks_the_checks_it_adds_as_imported(store: Store) -> None:
    store.import_record(record_of(_document([], [])), ACTOR)
    store.import_record(record_of(_document([], ["CMV-PCR"])), ACTOR, replace=True)

    assert store._db.execute("SELECT imported_by FROM checks").fetchall() == [(ACTOR.user,)]
