"""Issue 14, "tests that could catch a regression": every SQLite connection Bedside opens runs with
synchronous=FULL, so "saved" means on the disk, also after a power cut.

The kill-loop test cannot see this (a killed process loses nothing the OS already has); this one reads
the setting on every connection, from every code path below, each time it runs a statement and when it
closes. Setting `PRAGMA synchronous = OFF` in bedside/storage/connection.py makes it fail.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bedside import storage
from bedside.services.database import default_protocol, open_database
from bedside.storage import access, backup, connection, pin_tries
from tests.db_worker import MRN, a_check, ensure_patient
from tests.factories import ACTOR

FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA


class Seen:
    def __init__(self) -> None:
        self.settings: list[tuple[str, int]] = []


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[Seen]:
    """Every sqlite3.connect() in the process returns a connection that reports its synchronous setting."""
    found = Seen()
    real_connect = sqlite3.connect

    class Reporting(sqlite3.Connection):
        label = ""
        busy = False

        def _report(self) -> None:
            if self.busy:
                return
            self.busy = True
            try:
                found.settings.append((self.label, int(super().execute("PRAGMA synchronous").fetchone()[0])))
            except sqlite3.Error:
                pass  # closed or mid-failure: the statement itself reports
            finally:
                self.busy = False

        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
            self._report()
            return super().execute(sql, *args)

        def close(self) -> None:
            self._report()
            super().close()

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs.setdefault("factory", Reporting)
        conn = real_connect(database, *args, **kwargs)
        if isinstance(conn, Reporting):
            conn.label = str(database)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    yield found


def write_protect(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    real_access = os.access

    def fake(target: Any, mode: int, **kwargs: Any) -> bool:
        if mode & os.W_OK and Path(target).resolve() == path.resolve():
            return False
        return real_access(target, mode, **kwargs)

    monkeypatch.setattr(connection.os, "access", fake)


def test_every_connection_runs_with_synchronous_full(
    seen: Seen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "ward" / "bedside.sqlite3"
    store = storage.open(db, default_protocol=default_protocol, allow_network=False, actor=ACTOR)  # created, migrated
    try:
        ensure_patient(store, ACTOR)
        store.record_check(MRN, a_check(0, ACTOR.user), ACTOR)
        nurse = store.add_user("Tess Nurse", "TN", ACTOR, pin="4711")
        access.sign_in(store._db, nurse, "4711", "ws")
        made = backup.make_backup(store, tmp_path / "backups", actor=ACTOR, now=datetime(2026, 11, 21, tzinfo=UTC))
    finally:
        store.close()
    again = open_database(db)  # an existing file: checked, opened
    again.close()
    backup.restore_backup(db, made.path, ACTOR)
    reopened = open_database(db)
    try:
        assert reopened.verify_audit().ok
    finally:
        reopened.close()
    write_protect(monkeypatch, db)  # a read-only file: wrong PINs are counted in the user's side file
    read_only = open_database(db)
    try:
        assert read_only.read_only
        access.sign_in(read_only._db, access.find(read_only._db, "TN"), "0007", "ws")
    finally:
        read_only.close()
    labels = {label for label, _ in seen.settings}
    assert any(label.endswith("bedside.sqlite3") for label in labels)
    assert any(".part" in label for label in labels)  # the backup and restore copies
    assert any(label.endswith(pin_tries.SIDE_FILE) for label in labels)
    weaker = sorted({(label, value) for label, value in seen.settings if value < FULL})
    assert weaker == []
