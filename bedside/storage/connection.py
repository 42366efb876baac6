"""Open the database with the settings RELIABILITY.md asks for, and run short write transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from bedside.errors import StorageError

BUSY_TIMEOUT_MS = 8000


def connect(path: Path | str) -> Database:
    """Open (creating if needed) a database file: WAL, synchronous=FULL, foreign keys, busy timeout."""
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    try:
        # isolation_level=None: Python never opens transactions behind our back; we say BEGIN IMMEDIATE.
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlite3.DatabaseError as err:
        raise StorageError(f"cannot open the database {target}: {err}") from err
    return Database(conn, execute_plugins=False)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One short BEGIN IMMEDIATE ... COMMIT: the write lock is taken before anything is read."""
    conn = db.conn
    if conn.in_transaction:
        raise StorageError("internal error: a write transaction is already open")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as err:
        raise _storage_error(err) from err
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as err:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise _storage_error(err) from err


def _storage_error(err: sqlite3.OperationalError) -> StorageError:
    text = str(err)
    if "locked" in text or "busy" in text:
        return StorageError("another workstation is saving; nothing was saved here, please try again")
    if "full" in text:
        return StorageError("the disk is full; nothing was saved")
    if "readonly" in text or "read-only" in text:
        return StorageError("the database is read-only; nothing was saved")
    return StorageError(f"the database refused the change: {text}")
