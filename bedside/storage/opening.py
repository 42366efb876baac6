"""Opening a database file: checked, refused when newer, upgraded when older (copied aside first).

Store.open calls this under the file's open lock (bedside/storage/open_lock.py).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from bedside.domain.errors import StorageError
from bedside.storage.connection import connect, full_disk_problem, writable
from bedside.storage.health import check_at_start
from bedside.storage.migrations import MIGRATION_NAMES, SCHEMA_VERSION, migrations


def open_database(target: str) -> Database:
    """The connection Store wraps; a file this workstation cannot write is opened read-only."""
    read_only = not writable(target)  # opened read-only: shown, never written, every save refused
    check_at_start(target)  # read-only, before anything writes: a damaged file stays as it is
    if target != ":memory:" and Path(target).exists() and not read_only:
        refuse_newer_read_only(target)  # before connect(), which switches the file to WAL
    db = connect(target, read_only=read_only)
    try:
        refuse_newer(db, target)
        pending = migrations.pending(db)
        if pending and read_only:
            raise StorageError(f"{target} is read-only and needs an upgrade, so it cannot be opened here")
        if pending and version(db) > 0 and target != ":memory:":
            copy_aside(db, target, pending[0].name)
        try:
            migrations.apply(db)
        except Exception as err:
            raise StorageError(f"upgrading {target} failed and was rolled back: {err}") from err
    except BaseException:
        db.close()
        raise
    return db


def version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def refuse_newer(db: Database, target: str) -> None:
    try:
        found = version(db)
        applied = {m.name for m in migrations.applied(db)}
    except sqlite3.DatabaseError as err:
        # A full disk fails the first read the same way (it cannot make the -shm): say which it is.
        full = full_disk_problem(target)
        raise StorageError(full or f"{target} is not a Bedside database or is damaged: {err}") from err
    unknown = applied - set(MIGRATION_NAMES)
    if found > SCHEMA_VERSION or unknown:
        raise StorageError(
            f"{target} was written by a newer Bedside (schema {found}; this version knows up to "
            f"{SCHEMA_VERSION}). Install the newer Bedside. The file was not changed."
        )


def refuse_newer_read_only(target: str) -> None:
    uri = f"{Path(target).resolve().as_uri()}?mode=ro"
    try:
        probe = Database(sqlite3.connect(uri, uri=True), execute_plugins=False)
    except sqlite3.Error as err:
        raise StorageError(f"cannot open the database {target}: {err}") from err
    try:
        refuse_newer(probe, target)
    finally:
        probe.close()


def copy_aside(db: Database, target: str, first_pending: str) -> Path:
    """Copy the database (with the online backup API) before a migration touches it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    copy = Path(f"{target}.before-{first_pending}-{stamp}.bak")
    dest = sqlite3.connect(copy)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return copy
