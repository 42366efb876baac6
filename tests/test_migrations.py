"""Migrations: a first-version file is upgraded safely; a failed upgrade changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from bedside.domain.errors import StorageError
from bedside.domain.patient import Check
from bedside.services.database import open_database
from bedside.storage.migrations import (
    MIGRATION_NAMES,
    SCHEMA_VERSION,
    m002_audit_events,
    migrations,
)
from tests.conftest import DATA
from tests.factories import ACTOR

V1_FILE = DATA / "bedside-v1.sqlite3"
BACKUP_GLOB = "bedside.sqlite3.before-m002_audit_events-*.bak"


def _tables(path: Path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        raw.close()


def _scalar(path: Path, sql: str) -> object:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(sql).fetchone()[0]
    finally:
        raw.close()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "bedside.sqlite3"
    shutil.copyfile(V1_FILE, target)
    # The stored file must stay a first-version database, or these tests prove nothing.
    assert _scalar(target, "PRAGMA user_version") == 1
    assert "events" not in _tables(target)
    assert "patients" in _tables(target)
    return target


def test_migration_names_are_numbered_in_order() -> None:
    assert MIGRATION_NAMES[:2] == ("m001_patients", "m002_audit_events")
    assert len(MIGRATION_NAMES) == SCHEMA_VERSION
    assert [int(n[1:4]) for n in MIGRATION_NAMES] == list(range(1, SCHEMA_VERSION + 1))


def test_first_version_database_is_upgraded_with_its_data(v1_copy: Path) -> None:
    store = open_database(v1_copy)
    try:
        assert store.schema_version == SCHEMA_VERSION
        record = store.load_record("V1-0001")
        assert record.patient.name == "Ærøskøbing, Åse"
        assert record.patient.bed == "3"
        assert record.therapy.product == "tisa-cel"
        assert record.therapy.day0 == date(2024, 11, 4)
        assert record.serology == {"cmv_igg": "positive"}
        assert len(record.labs) == 1
        lab = record.labs[0]
        assert (lab.test, lab.value, lab.unit, lab.time) == ("igg", 4.2, "g/L", "06:00")
        assert lab.internal_value == 420
        assert [s.mrn for s in store.patient_summaries()] == ["V1-0001"]
    finally:
        store.close()


def test_upgraded_database_has_an_append_only_audit_trail(v1_copy: Path) -> None:
    store = open_database(v1_copy)
    try:
        assert store.events() == []
        check = Check("IGG-MON", date(2024, 12, 1), "done", "AB", "2024-12-01T09:00:00Z")
        store.record_check("V1-0001", check, ACTOR)
        assert [e.action for e in store.events("V1-0001")] == ["check.add"]
        assert store.verify_audit().ok
        for sql in ("UPDATE events SET actor = 'ZZ'", "DELETE FROM events"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                store._db.execute(sql)
    finally:
        store.close()


def test_upgrade_copies_the_old_file_aside_first(v1_copy: Path, tmp_path: Path) -> None:
    open_database(v1_copy).close()

    backups = list(tmp_path.glob(BACKUP_GLOB))

    assert len(backups) == 1
    assert _scalar(backups[0], "PRAGMA user_version") == 1
    assert "events" not in _tables(backups[0])
    assert _scalar(backups[0], "SELECT name FROM patients WHERE mrn = 'V1-0001'") == "Ærøskøbing, Åse"
    assert _scalar(backups[0], "SELECT internal_value FROM labs") == 420.0

    open_database(v1_copy).close()  # nothing pending now: no second copy
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_new_database_needs_no_backup(tmp_path: Path) -> None:
    open_database(tmp_path / "fresh.sqlite3").close()
    assert not list(tmp_path.glob("*.bak"))


def test_database_with_an_unknown_applied_migration_is_refused(v1_copy: Path) -> None:
    raw = sqlite3.connect(v1_copy)
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('bedside', 'm099_from_the_future', '2030-01-01')"
    )
    raw.commit()
    raw.close()

    with pytest.raises(StorageError, match="newer"):
        open_database(v1_copy)

    assert _scalar(v1_copy, "PRAGMA user_version") == 1
    assert "events" not in _tables(v1_copy)


# --- a migration that fails half way --------------------------------------------------------------


def _creates_then_fails_in_sql(db: Database) -> None:
    m002_audit_events(db)  # the events table and user_version = 2, inside the transaction
    db.execute("CREATE TABLE half_done (x INTEGER)")
    db.execute("CREATE TABLE events (oops)")  # sqlite3.OperationalError: already exists


def _creates_then_fails_in_python(db: Database) -> None:
    m002_audit_events(db)
    db.execute("CREATE TABLE half_done (x INTEGER)")
    raise KeyError("prior_hct")  # e.g. a data migration meeting an old row it did not expect


FAILURES = [_creates_then_fails_in_sql, _creates_then_fails_in_python]


def _break_m002(monkeypatch: pytest.MonkeyPatch, failure: Callable[[Database], None]) -> None:
    (m002,) = [m for m in migrations.pending(Database(memory=True)) if m.name == "m002_audit_events"]
    monkeypatch.setattr(m002, "fn", failure)


@pytest.mark.parametrize("failure", FAILURES, ids=["sql-error", "python-error"])
def test_failed_migration_is_rolled_back_and_reported(
    v1_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: Callable[[Database], None],
) -> None:
    _break_m002(monkeypatch, failure)

    with pytest.raises(StorageError, match="rolled back"):
        open_database(v1_copy)

    tables = _tables(v1_copy)
    assert "half_done" not in tables
    assert "events" not in tables
    assert _scalar(v1_copy, "PRAGMA user_version") == 1
    assert _scalar(v1_copy, "SELECT count(*) FROM _sqlite_migrations WHERE name = 'm002_audit_events'") == 0
    assert _scalar(v1_copy, "SELECT name FROM patients WHERE mrn = 'V1-0001'") == "Ærøskøbing, Åse"
    assert len(list(tmp_path.glob(BACKUP_GLOB))) == 1  # taken before the attempt


def test_after_a_failed_migration_the_fixed_version_upgrades(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_m002(monkeypatch, _creates_then_fails_in_sql)
    with pytest.raises(StorageError):
        open_database(v1_copy)
    monkeypatch.undo()

    store = open_database(v1_copy)
    try:
        assert store.schema_version == SCHEMA_VERSION
        assert store.load_record("V1-0001").labs[0].internal_value == 420
    finally:
        store.close()


def test_failed_first_migration_leaves_an_empty_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (m001,) = [m for m in migrations.pending(Database(memory=True)) if m.name == "m001_patients"]
    original = m001.fn

    def broken(db: Database) -> None:
        original(db)
        db.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(m001, "fn", broken)
    path = tmp_path / "fresh.sqlite3"

    with pytest.raises(StorageError):
        open_database(path)

    assert _scalar(path, "PRAGMA user_version") == 0
    assert not {"patients", "labs", "meta"} & _tables(path)
