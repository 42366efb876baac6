"""Open the database with the settings docs/reliability.md asks for, and run short write transactions.

A write waits for another workstation's write in short slices, up to WAIT_DEADLINE_S, and between
slices calls the waiting hook so the window can say so and repaint; "database is locked" never
reaches the user, and every refusal (busy, disk full, read-only, damaged) is a StorageError.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlite_utils import Database

from bedside.domain.errors import StorageError
from bedside.storage.location import make_private

BUSY_TIMEOUT_MS = 8000  # reads and statements outside a write; WAL readers almost never wait
WAIT_SLICE_MS = 250  # one attempt to take the write lock; the hook runs between attempts
WAIT_DEADLINE_S = 30.0  # after this a save gives up and says so; nothing is half-written
FULL_BELOW_BYTES = 256 * 1024  # SQLite needs room for its -shm (32 KiB) and the first -wal pages to open a file

# Primary SQLite result codes (err.sqlite_errorcode & 0xFF).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26

_waiting: Callable[[float], None] | None = None
_done: Callable[[], None] | None = None


def set_wait_hook(waiting: Callable[[float], None] | None, done: Callable[[], None] | None = None) -> None:
    """While a save waits for another workstation, call waiting(seconds waited so far) between attempts,
    then done() once when the wait is over (saved or not). None removes the hooks."""
    global _waiting, _done
    _waiting, _done = waiting, done


def remove_wait_hook(waiting: Callable[[float], None]) -> None:
    """Remove the hooks if waiting is still the one installed (a newer window may have put in its own)."""
    if _waiting is waiting:
        set_wait_hook(None)


def writable(path: Path | str) -> bool:
    """Whether this process can write the database file and create its -wal and -shm files beside it."""
    target = str(path)
    if target == ":memory:" or not Path(target).exists():
        return True  # a new file: connect() creates it, or says which folder it cannot write
    return os.access(target, os.W_OK) and os.access(Path(target).resolve().parent, os.W_OK)


def connect(path: Path | str, *, read_only: bool = False) -> Database:
    """Open (creating if needed) a database file: WAL, synchronous=FULL, foreign keys, busy timeout.

    read_only opens an existing file without ever writing it (PRAGMA query_only); see writable().
    """
    target = str(path)
    if read_only:
        return Database(_connect_read_only(target), execute_plugins=False)
    if target != ":memory:":
        make_private(target)  # creates the folder (0700 if new) and the file (0600) before SQLite adds -wal/-shm
    try:
        # isolation_level=None: Python never opens transactions behind our back; we say BEGIN IMMEDIATE.
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlite3.DatabaseError as err:
        raise StorageError(full_disk_problem(target) or f"cannot open the database {target}: {err}") from err
    return Database(conn, execute_plugins=False)


def _connect_read_only(target: str) -> sqlite3.Connection:
    uri = f"{Path(target).resolve().as_uri()}?mode=ro"
    # A WAL file in a folder nobody can write (a read-only disk) opens only as immutable: no -shm can be made.
    tries = [uri] if os.access(Path(target).resolve().parent, os.W_OK) else [uri, uri + "&immutable=1"]
    problem: sqlite3.Error | None = None
    for candidate in tries:
        if candidate.endswith("immutable=1") and _unread_wal(target):
            raise _wal_unreadable(target)  # immutable ignores the -wal: its saves would silently be missing
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(candidate, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            return conn
        except sqlite3.DatabaseError as err:
            problem = err
            if conn is not None:
                conn.close()
    raise StorageError(f"cannot open the read-only database {target}: {problem}")


def _unread_wal(target: str) -> bool:
    wal = Path(f"{target}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _wal_unreadable(target: str) -> StorageError:
    return StorageError(
        f"the database {target} has saves in {Path(target).name}-wal that are not yet in the main file, and "
        "its folder cannot be written, so they cannot be read here; nothing was opened. Copy the folder "
        f"(both {Path(target).name} and {Path(target).name}-wal) to a writable place and open it there, "
        "or make the folder writable"
    )


def full_disk_problem(target: str) -> str | None:
    """At an open that failed: the message for a full disk, when that is the cause (issue 14 F14)."""
    if target == ":memory:":
        return None
    try:
        free = shutil.disk_usage(Path(target).resolve().parent).free
    except OSError:
        return None
    if free >= FULL_BELOW_BYTES:
        return None
    return (
        f"the disk holding {target} is full ({free:,} bytes free), so the database cannot be opened; "
        "nothing was changed. Free some space on it and start again"
    )


def is_read_only(db: Database) -> bool:
    """Opened read-only (connect(read_only=True)): every write is refused before it starts."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One short BEGIN IMMEDIATE ... COMMIT: the write lock is taken before anything is read.

    Waits for another workstation's write (see set_wait_hook); any refusal rolls back and is a StorageError.
    """
    server = getattr(db, "server_transaction", None)  # a ward server: bedside/storage/postgres/db.py
    if server is not None:
        with server():
            yield db
        return
    conn = db.conn
    if conn.in_transaction:
        raise StorageError("internal error: a write transaction is already open")
    if is_read_only(db):
        raise _read_only_error(db)
    try:
        _begin(db)
        try:
            yield db
        except sqlite3.Error as err:
            _rollback(conn)
            if isinstance(err, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
                raise  # a bug or a trigger's refusal, not the disk: keep it as it is
            raise _storage_error(err, db) from err
        except BaseException:
            _rollback(conn)
            raise
        _commit(db)
    finally:
        _restore_timeout(conn)


def _begin(db: Database) -> None:
    conn, started, waited = db.conn, time.monotonic(), False
    try:
        while True:
            conn.execute(f"PRAGMA busy_timeout = {WAIT_SLICE_MS}")  # again: a hook may have run another write
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as err:
                if not _is_busy(err):
                    raise _storage_error(err, db) from err
                so_far = time.monotonic() - started
                if so_far >= WAIT_DEADLINE_S:
                    raise _busy_error() from err
                if _waiting is not None:
                    waited = True
                    _waiting(so_far)
    finally:
        if waited and _done is not None:
            _done()


def _commit(db: Database) -> None:
    conn, started = db.conn, time.monotonic()
    while True:
        try:
            conn.execute("COMMIT")
            return
        except sqlite3.Error as err:
            # No hook here: the transaction is open, and a repaint would read the rows not yet saved.
            if _is_busy(err) and time.monotonic() - started < WAIT_DEADLINE_S:
                continue  # COMMIT that hits busy keeps the transaction; it may simply be tried again
            _rollback(conn)
            raise (_busy_error() if _is_busy(err) else _storage_error(err, db)) from err


def _restore_timeout(conn: sqlite3.Connection) -> None:
    with suppress(sqlite3.Error):  # a closed or broken connection: the error that got us here is the one to report
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        with suppress(sqlite3.Error):  # SQLite rolls back by itself when it cannot; report the original error
            conn.execute("ROLLBACK")


def _code(err: sqlite3.Error) -> int:
    return int(getattr(err, "sqlite_errorcode", -1)) & 0xFF


def _is_busy(err: sqlite3.Error) -> bool:
    return _code(err) in (_BUSY, _LOCKED) or "database is locked" in str(err)


def _busy_error() -> StorageError:
    return StorageError(
        f"another workstation kept the database busy for {WAIT_DEADLINE_S:.0f} s; nothing was saved. "
        "Try again; if it keeps happening, close Bedside on the other workstations."
    )


def _file_of(db: Database) -> str:
    try:
        row = db.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return "the database"
    return str(row[2]) if row and row[2] else "the database"


def _read_only_error(db: Database) -> StorageError:
    return StorageError(
        f"the database is read-only; nothing was saved ({_file_of(db)} cannot be written: "
        "check that the disk is not write-protected and that you may change the file)"
    )


def _storage_error(err: sqlite3.Error, db: Database) -> StorageError:
    code, text = _code(err), str(err)
    if _is_busy(err):  # inside a transaction, where waiting cannot help
        return StorageError("another workstation was saving at the same moment; nothing was saved. Try again.")
    if code == _FULL or "full" in text:
        return StorageError(f"the disk is full; nothing was saved ({_file_of(db)}): free some space and try again")
    if code == _READONLY or "readonly" in text or "read-only" in text:
        return _read_only_error(db)
    if code == _IOERR:
        return StorageError(f"the disk could not be written ({text}); nothing was saved ({_file_of(db)})")
    if code in (_CORRUPT, _NOTADB):
        return StorageError(f"the database file {_file_of(db)} is damaged ({text}); nothing was saved")
    if code == _CANTOPEN:
        return StorageError(f"the database file {_file_of(db)} cannot be opened ({text}); nothing was saved")
    return StorageError(f"the database refused the change: {text}")
