"""A damaged database at start: quick_check on a read-only connection refuses it before anything writes,
with an error naming the file and SQLite's words; restoring a backup then gives a database that opens."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bedside.domain.errors import DamagedDatabaseError, StorageError
from bedside.services.database import open_database
from bedside.storage import backup, health
from tests.test_backup import ACTOR, corrupt_middle, sha256


def test_a_file_damaged_in_its_pages_is_refused_and_left_byte_for_byte(ward_db: Path) -> None:
    corrupt_middle(ward_db)
    digest = sha256(ward_db)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(ward_db)
    err = raised.value
    assert isinstance(err, StorageError) and err.path == str(ward_db)
    assert err.detail and str(ward_db) in str(err) and err.detail in str(err)
    assert sha256(ward_db) == digest
    assert not Path(f"{ward_db}-wal").exists() or Path(f"{ward_db}-wal").stat().st_size == 0


def test_a_file_whose_header_is_gone_is_damaged_too(ward_db: Path) -> None:
    with open(ward_db, "r+b") as f:
        f.write(b"\x00" * 100)  # the 100-byte header: "SQLite format 3", page size...
    digest = sha256(ward_db)
    with pytest.raises(DamagedDatabaseError, match=r"not a database|malformed"):
        open_database(ward_db)
    assert sha256(ward_db) == digest


def test_a_sound_file_passes_and_a_new_one_is_not_checked(ward_db: Path, tmp_path: Path) -> None:
    health.check_sound(ward_db)
    health.check_sound(tmp_path / "not-yet.sqlite3")
    health.check_sound(":memory:")
    assert not (tmp_path / "not-yet.sqlite3").exists()


def test_quick_check_reports_the_first_problems_only(ward_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [(f"problem {n}",) for n in range(10)]

    class Fake:
        def execute(self, sql: str) -> Fake:
            return self

        def fetchall(self) -> list[tuple[str]]:
            return rows

        def close(self) -> None:
            pass

    monkeypatch.setattr(health, "_read_only", lambda target: Fake())
    with pytest.raises(DamagedDatabaseError, match=r"problem 0; problem 1; problem 2 \(and 7 more\)"):
        health.check_sound(ward_db)


def test_restoring_the_newest_verified_backup_gives_a_database_that_opens(ward_db: Path) -> None:
    folder = ward_db.parent / "backups"
    backup.make_backup(ward_db, folder)
    corrupt_middle(ward_db)
    found = backup.newest_verified_backup(folder)
    assert found is not None
    result = backup.restore_backup(ward_db, found[0].path, ACTOR)
    store = open_database(ward_db)
    try:
        assert store.verify_audit().ok and len(store.patient_summaries()) == 6
    finally:
        store.close()
    assert result.set_aside is not None
    with pytest.raises(DamagedDatabaseError):
        open_database(result.set_aside)  # kept as it was: still damaged, still refused
    assert sorted(p.name for p in ward_db.parent.iterdir() if not p.name.startswith("bedside")) == ["backups"]
    assert os.listdir(folder) == [found[0].path.name]
