"""Restoring a backup: checked first, refused while another process has the database open (a real second
process), the old file kept aside untouched with its -wal, and the restore recorded in the audit trail."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from bedside.domain.errors import BedsideError, DatabaseInUseError, StorageError
from bedside.services.database import open_database
from bedside.storage import backup, health
from bedside.storage.audit import Actor
from bedside.storage.migrations import SCHEMA_VERSION
from tests.test_backup import ACTOR, T0, corrupt_middle, sha256

REPO = Path(__file__).parents[1]
HOLDER = """
import sys
from bedside.storage import Store
from bedside.services.database import open_database
from bedside.storage.audit import Actor
if sys.argv[2] == "peek":  # a Bedside that had the file open (WAL, from its header) when it was damaged
    import sqlite3
    store = sqlite3.connect(sys.argv[1])
    store.execute("PRAGMA user_version").fetchone()
else:
    store = open_database(sys.argv[1])
if sys.argv[2] == "write":
    for n in range(20):  # committed, left in the -wal: the process is killed before any checkpoint
        store.set_meta(f"after-kill-{n}", "kept", Actor("XX", "other-ws"))
print("open", flush=True)
sys.stdin.read()  # holds the database open until the test closes our stdin
store.close()
"""


class Holder:
    """Another Bedside process with the database open."""

    def __init__(self, db: Path, mode: str = "open") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db), mode],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "open":
            self.close()
            raise AssertionError("the second process could not open the database")

    def close(self) -> None:
        """Let it close the database and exit normally."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.close()


@pytest.fixture
def holder_of(db_path: Path) -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for h in started:
        h.close()


def meta_of(db: Path, key: str) -> str | None:
    store = open_database(db)
    try:
        return store.meta(key)
    finally:
        store.close()


def test_restore_puts_the_backup_in_place_and_keeps_the_old_file_aside(db_path: Path, made: backup.Backup) -> None:
    before = sha256(db_path)
    result = backup.restore_backup(db_path, made.path, ACTOR, now=T0 + timedelta(hours=1))
    assert result.set_aside == db_path.with_name("bedside.before-restore-20261121T111500Z.sqlite3")
    assert sha256(result.set_aside) == before  # the old file, byte for byte
    assert meta_of(result.set_aside, "after-backup") == "yes"
    assert meta_of(db_path, "after-backup") is None  # the restored database is the backup's
    assert made.path.exists()  # the backup itself stays
    assert oct(db_path.stat().st_mode & 0o777) == "0o600"


def test_the_restore_is_in_the_restored_audit_trail(db_path: Path, made: backup.Backup) -> None:
    head = backup.check_backup(made.path).head
    result = backup.restore_backup(db_path, made.path, Actor("AB", "ws-9"))
    store = open_database(db_path)
    try:
        latest = store.events(limit=1)[0]
        assert latest.action == "backup.restored" and latest.actor == "AB" and latest.workstation == "ws-9"
        assert result.set_aside is not None
        assert latest.new_value == {
            "backup": made.path.name,
            "backup_audit_head": head,
            "set_aside": result.set_aside.name,
        }
        assert store.verify_audit().ok
    finally:
        store.close()


def test_restore_is_refused_while_another_process_has_the_database_open(
    db_path: Path, made: backup.Backup, holder_of: list[Holder]
) -> None:
    holder = Holder(db_path)
    holder_of.append(holder)
    before = sorted(os.listdir(db_path.parent))
    digest = sha256(db_path)
    with pytest.raises(DatabaseInUseError, match="open in another Bedside"):
        backup.restore_backup(db_path, made.path, ACTOR)
    assert sha256(db_path) == digest
    assert sorted(os.listdir(db_path.parent)) == before  # no set-aside file, no temporary copy, no probe left
    holder.close()
    assert backup.restore_backup(db_path, made.path, ACTOR).set_aside is not None  # once it has closed


def test_in_use_probe_sees_another_process_and_this_one(db_path: Path, made: backup.Backup) -> None:
    assert not health.held_open(db_path)
    store = open_database(db_path)
    assert health.held_open(db_path)  # this process's own open Store counts too
    store.close()
    assert not health.held_open(db_path)
    holder = Holder(db_path)
    try:
        assert health.held_open(db_path)
    finally:
        holder.close()
    assert not health.held_open(db_path)


def test_the_old_files_wal_goes_aside_with_it_and_never_reaches_the_restored_one(
    db_path: Path, made: backup.Backup
) -> None:
    holder = Holder(db_path, "write")
    holder.kill()  # a crash: its commits are only in bedside.sqlite3-wal
    wal = Path(f"{db_path}-wal")
    assert wal.stat().st_size > 0
    wal_digest, db_digest = sha256(wal), sha256(db_path)
    result = backup.restore_backup(db_path, made.path, ACTOR)
    assert result.set_aside is not None
    aside_wal = Path(f"{result.set_aside}-wal")
    assert sha256(aside_wal) == wal_digest and sha256(result.set_aside) == db_digest  # moved, not replayed
    assert meta_of(db_path, "after-kill-19") is None
    assert meta_of(result.set_aside, "after-kill-19") == "kept"  # nothing the crashed process committed is lost


def test_a_damaged_backup_is_refused_and_nothing_changes(db_path: Path, made: backup.Backup) -> None:
    corrupt_middle(made.path)
    digest, listing = sha256(db_path), sorted(os.listdir(db_path.parent))
    with pytest.raises(StorageError, match=r"cannot be restored: integrity_check.*Nothing was changed"):
        backup.restore_backup(db_path, made.path, ACTOR)
    assert sha256(db_path) == digest and sorted(os.listdir(db_path.parent)) == listing


def test_a_backup_from_a_newer_bedside_is_refused(db_path: Path, made: backup.Backup) -> None:
    conn = sqlite3.connect(made.path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer Bedside"):
        backup.restore_backup(db_path, made.path, ACTOR)
    assert meta_of(db_path, "after-backup") == "yes"


def test_a_file_that_is_not_a_database_is_refused(db_path: Path, tmp_path: Path, made: backup.Backup) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello " * 2000)
    with pytest.raises(StorageError, match="cannot be restored"):
        backup.restore_backup(db_path, text, ACTOR)
    with pytest.raises(BedsideError, match="no backup file here"):
        backup.restore_backup(db_path, tmp_path / "missing.sqlite3", ACTOR)
    with pytest.raises(BedsideError, match="the database itself"):
        backup.restore_backup(db_path, db_path, ACTOR)


def test_restore_where_there_is_no_database_yet(tmp_path: Path, made: backup.Backup) -> None:
    fresh = tmp_path / "new" / "bedside.sqlite3"
    fresh.parent.mkdir()
    result = backup.restore_backup(fresh, made.path, ACTOR)
    assert result.set_aside is None
    assert meta_of(fresh, "demo_seeded") is None and open_database(fresh).close() is None


def test_restoring_a_damaged_database_never_writes_to_it(db_path: Path, made: backup.Backup) -> None:
    corrupt_middle(db_path)
    digest = sha256(db_path)
    result = backup.restore_backup(db_path, made.path, ACTOR)
    assert result.set_aside is not None and sha256(result.set_aside) == digest
    store = open_database(db_path)
    try:
        assert store.verify_audit().ok and len(store.patient_summaries()) == 6
    finally:
        store.close()


def test_a_copy_that_rots_on_its_way_into_place_is_refused(
    db_path: Path, made: backup.Backup, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = backup._copy

    def copy_then_rot(source: sqlite3.Connection, part: Path, **kw: bool) -> None:
        real_copy(source, part, **kw)
        corrupt_middle(part)

    monkeypatch.setattr(backup, "_copy", copy_then_rot)
    digest, listing = sha256(db_path), sorted(os.listdir(db_path.parent))
    with pytest.raises(StorageError, match="cannot be restored: integrity_check"):
        backup.restore_backup(db_path, made.path, ACTOR)
    assert sha256(db_path) == digest and sorted(os.listdir(db_path.parent)) == listing


def test_a_failed_swap_puts_the_old_file_and_its_wal_back(
    db_path: Path, made: backup.Backup, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = Holder(db_path, "write")
    holder.kill()
    wal = Path(f"{db_path}-wal")

    def listing_now() -> list[str]:
        return sorted(n for n in os.listdir(db_path.parent) if not n.endswith("-shm"))  # -shm: only an index

    listing, wal_digest = listing_now(), sha256(wal)
    real_replace = os.replace

    def refuse_the_swap(src: str | Path, dst: str | Path) -> None:
        if str(src).endswith(".part"):
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", refuse_the_swap)
    with pytest.raises(StorageError, match=r"cannot restore .*Input/output error"):
        backup.restore_backup(db_path, made.path, ACTOR)
    monkeypatch.undo()
    assert listing_now() == listing and sha256(wal) == wal_digest
    assert meta_of(db_path, "after-kill-19") == "kept"
