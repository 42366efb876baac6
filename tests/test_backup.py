"""Verified backups: copied, checked, renamed into place, audited, pruned to N generations, made when due."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bedside.config.paths import DB_FILENAME, backup_dir, data_dir
from bedside.domain.errors import BedsideError, StorageError
from bedside.patient_file.demo import demo_records
from bedside.services.database import open_database
from bedside.storage import Store, any_backup, backup
from bedside.storage.audit import Actor

ACTOR = Actor("TN", "ws-test")
T0 = datetime(2026, 11, 21, 10, 15, 0, tzinfo=UTC)


def fill(store: Store) -> None:
    for record in demo_records(date(2026, 11, 21)):
        store.import_record(record, ACTOR, demo=True)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt_middle(path: Path) -> None:
    """Overwrite the middle third of the file's pages (never page 1) with a pattern no b-tree page has."""
    size = path.stat().st_size
    page = 4096
    pages = size // page
    assert pages >= 6, "the database is too small to damage its middle"
    start, end = max(2, pages // 3), max(3, 2 * pages // 3)
    with open(path, "r+b") as f:
        f.seek(start * page)
        f.write(b"\xa5" * ((end - start) * page))


@pytest.fixture
def ward(store: Store) -> Store:
    fill(store)
    return store


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def events_of(store: Store, action: str) -> list[object]:
    return [e for e in store.events() if e.action == action]


def test_a_backup_is_a_checked_private_copy_named_by_utc_time(ward: Store, folder: Path) -> None:
    made = backup.make_backup(ward, folder, actor=ACTOR, now=T0)
    assert made.path == folder / "bedside-20261121T101500Z.sqlite3"
    assert made.taken_at == T0 and made.size == made.path.stat().st_size
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]  # no temporary file left
    copy = open_database(made.path)
    try:
        assert [s.mrn for s in copy.patient_summaries()] == [s.mrn for s in ward.patient_summaries()]
        assert copy.verify_audit().ok
    finally:
        copy.close()


def test_a_backup_is_one_self_contained_file(ward: Store, folder: Path) -> None:
    made = backup.make_backup(ward, folder, now=T0)
    conn = sqlite3.connect(made.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # no -wal needed beside it
    finally:
        conn.close()


def test_the_backup_is_in_the_live_audit_trail_with_its_file_and_size(ward: Store, folder: Path) -> None:
    head_before = ward.audit_head()
    made = backup.make_backup(ward, folder, actor=ACTOR, now=T0)
    (event,) = events_of(ward, "backup.made")
    assert event.actor == "TN"  # type: ignore[attr-defined]
    assert event.new_value == {  # type: ignore[attr-defined]
        "file": made.path.name,
        "bytes": made.size,
        "audit_head": head_before,
    }
    assert ward.verify_audit().ok
    assert backup.check_backup(made.path).head == head_before  # the copy ends where the trail was


def test_the_copy_holds_no_write_lock_so_the_ward_can_save_meanwhile(
    ward: Store, folder: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = backup._copy
    saved = []

    def copy_while_another_workstation_saves(source: sqlite3.Connection, part: Path, **kw: bool) -> None:
        other = sqlite3.connect(db_path, isolation_level=None, timeout=0)  # no waiting: a held lock fails now
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO meta (key, value) VALUES ('during-backup', 'x')")
            other.execute("COMMIT")
            saved.append(True)
        finally:
            other.close()
        real_copy(source, part, **kw)

    monkeypatch.setattr(backup, "_copy", copy_while_another_workstation_saves)
    backup.make_backup(ward, folder, now=T0)
    assert saved == [True]


def test_generations_beyond_keep_are_deleted_oldest_first(ward: Store, folder: Path) -> None:
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    (folder / "bedside-by-hand.sqlite3").write_text("not ours either")
    made = [backup.make_backup(ward, folder, keep=3, now=T0 + timedelta(hours=i)) for i in range(5)]
    kept = backup.list_backups(folder)
    assert [b.path for b in kept] == [m.path for m in reversed(made[2:])]
    assert not made[0].path.exists() and not made[1].path.exists()
    assert (folder / "notes.txt").exists() and (folder / "bedside-by-hand.sqlite3").exists()


def test_the_default_keeps_two_weeks_of_daily_backups(ward: Store, folder: Path) -> None:
    for day in range(backup.KEEP + 2):
        backup.make_backup(ward, folder, now=T0 + timedelta(days=day))
    kept = backup.list_backups(folder)
    assert backup.KEEP == 14 and len(kept) == 14
    assert kept[-1].taken_at == T0 + timedelta(days=2)


def test_two_backups_in_one_second_both_kept_newest_first(ward: Store, folder: Path) -> None:
    first = backup.make_backup(ward, folder, now=T0)
    second = backup.make_backup(ward, folder, now=T0)
    assert second.path.name == "bedside-20261121T101500Z-2.sqlite3"
    assert [b.path for b in backup.list_backups(folder)] == [second.path, first.path]


def test_keep_must_be_at_least_one(ward: Store, folder: Path) -> None:
    with pytest.raises(BedsideError, match="keep at least 1"):
        backup.make_backup(ward, folder, keep=0)
    assert not folder.exists()


def test_a_copy_failing_integrity_check_never_gets_a_backup_name(
    ward: Store, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = backup.make_backup(ward, folder, now=T0)
    real_copy = backup._copy

    def copy_then_rot(source: sqlite3.Connection, part: Path, **kw: bool) -> None:
        real_copy(source, part, **kw)
        corrupt_middle(part)  # the disk returns other bytes than were written

    monkeypatch.setattr(backup, "_copy", copy_then_rot)
    with pytest.raises(StorageError, match="failed its check") as raised:
        backup.make_backup(ward, folder, now=T0 + timedelta(days=1))
    assert "integrity_check" in str(raised.value)
    assert [p.name for p in folder.iterdir()] == [earlier.path.name]  # nothing renamed, no temporary left
    assert len(events_of(ward, "backup.made")) == 1  # only the good one is recorded


def test_a_database_whose_audit_chain_is_broken_is_not_backed_up_as_good(db_path: Path, folder: Path) -> None:
    store = open_database(db_path)
    fill(store)
    store.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET actor = 'XX' WHERE seq = 2")  # an edit made outside the app
    conn.close()
    with pytest.raises(StorageError, match="audit trail does not verify: row 2"):
        backup.make_backup(db_path, folder, now=T0)
    assert backup.list_backups(folder) == []


def test_backup_of_a_path_never_creates_a_database(tmp_path: Path, folder: Path) -> None:
    missing = tmp_path / "nothing.sqlite3"
    with pytest.raises(BedsideError, match="no database here"):
        backup.make_backup(missing, folder)
    assert not missing.exists()


def test_an_unwritable_backup_folder_is_a_clear_error(ward: Store, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")
    with pytest.raises(StorageError, match=r"cannot write a backup in .*a-file/backups"):
        backup.make_backup(ward, blocked / "backups")


def test_newest_verified_backup_skips_one_that_rotted_on_disk(ward: Store, folder: Path) -> None:
    older = backup.make_backup(ward, folder, now=T0)
    newer = backup.make_backup(ward, folder, now=T0 + timedelta(hours=1))
    corrupt_middle(newer.path)
    found = backup.newest_verified_backup(folder)
    assert found is not None and found[0].path == older.path and found[1].ok
    checks = backup.verified_backups(folder)
    assert [(b.path, c.ok) for b, c in checks] == [(newer.path, False), (older.path, True)]
    assert "integrity_check" in (checks[0][1].problem or "")


def test_no_backup_folder_means_no_verified_backup(tmp_path: Path) -> None:
    assert backup.list_backups(tmp_path / "none") == []
    assert backup.newest_verified_backup(tmp_path / "none") is None


def test_backup_if_due_once_a_day(ward: Store, folder: Path) -> None:
    first = any_backup.backup_if_due(ward, folder, T0)
    assert first is not None
    assert any_backup.backup_if_due(ward, folder, T0 + timedelta(hours=23, minutes=59)) is None
    second = any_backup.backup_if_due(ward, folder, T0 + timedelta(hours=24))
    assert second is not None and second.taken_at == T0 + timedelta(hours=24)
    assert len(backup.list_backups(folder)) == 2


def test_backup_if_due_when_the_newest_is_dated_ahead_of_the_clock(ward: Store, folder: Path) -> None:
    backup.make_backup(ward, folder, now=T0 + timedelta(days=3))  # made while the clock was wrong
    assert any_backup.backup_if_due(ward, folder, T0) is not None


def test_backup_if_due_from_a_path_defaults_to_the_folder_beside_it(ward: Store, db_path: Path) -> None:
    made = any_backup.backup_if_due(db_path, None, T0, actor=ACTOR)
    assert made is not None and made.path.parent == db_path.parent / "backups"
    assert len(events_of(ward, "backup.made")) == 1  # recorded through its own connection, seen by the Store


def test_a_backup_made_without_recording_is_recorded_later_on_another_connection(
    ward: Store, db_path: Path, folder: Path
) -> None:
    digest = sha256(db_path)
    made = backup.make_backup(db_path, folder, now=T0, record=False)  # as the window's worker thread does
    assert sha256(db_path) == digest and events_of(ward, "backup.made") == []
    assert made.head == backup.check_backup(made.path).head == ward.audit_head()
    backup.record_backup(ward, made, ACTOR)
    (event,) = events_of(ward, "backup.made")
    assert event.new_value["audit_head"] == made.head  # type: ignore[attr-defined]


def test_a_database_opened_read_only_is_backed_up_without_a_record(ward: Store, db_path: Path, folder: Path) -> None:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    read_only = Store(Database(conn), str(db_path))
    try:
        made = backup.make_backup(read_only, folder, now=T0)
    finally:
        read_only.close()
    assert backup.check_backup(made.path).ok and events_of(ward, "backup.made") == []


def test_backup_folder_is_beside_the_database(tmp_path: Path) -> None:
    assert backup_dir(data_dir() / DB_FILENAME) == data_dir() / "backups"
    assert backup_dir(tmp_path / "ward-h5.sqlite3") == tmp_path / "ward-h5-backups"


@pytest.fixture
def stale_part(folder: Path) -> Iterator[Path]:
    folder.mkdir(mode=0o700)
    part = folder / ".bedside-20200101T000000Z.sqlite3.part"
    part.write_bytes(b"half a copy")
    old = (T0 - timedelta(days=2)).timestamp()
    os.utime(part, (old, old))
    yield part


def test_a_temporary_copy_left_by_a_crash_is_cleared_later(ward: Store, folder: Path, stale_part: Path) -> None:
    backup.make_backup(ward, folder, now=T0)
    assert not stale_part.exists()
