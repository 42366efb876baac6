"""The database file itself: is it sound, and has anyone it open? Both are found out without writing to it.

check_sound() runs at every start (Store.open) before anything else touches the file; held_open() guards a
restore, which replaces the file and so must not happen under a running Bedside.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from bedside.errors import DamagedDatabaseError

# Primary SQLite result codes (err.sqlite_errorcode & 0xFF) that mean the file's content is damaged.
_CORRUPT, _NOTADB = 11, 26
_BUSY, _LOCKED = 5, 6
MAX_PROBLEMS_NAMED = 3  # quick_check lists up to 100 problems; the first few say enough


def check_sound(path: Path | str) -> None:
    """Run PRAGMA quick_check on a read-only connection; raise DamagedDatabaseError naming the file and
    SQLite's words. Errors that are not damage (a missing folder, no permission) are left to the opener."""
    target = str(path)
    if target == ":memory:" or not Path(target).is_file():
        return  # a new database: nothing to check yet
    try:
        conn = _read_only(target)
    except sqlite3.Error as err:
        if _damaged(err):
            raise DamagedDatabaseError(target, str(err)) from err
        return
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as err:
        if _damaged(err):
            raise DamagedDatabaseError(target, str(err)) from err
        return
    finally:
        conn.close()
    if rows != ["ok"]:
        named = "; ".join(rows[:MAX_PROBLEMS_NAMED])
        more = len(rows) - MAX_PROBLEMS_NAMED
        raise DamagedDatabaseError(target, named + (f" (and {more} more)" if more > 0 else ""))


def _read_only(target: str) -> sqlite3.Connection:
    uri = f"{Path(target).resolve().as_uri()}?mode=ro"
    # A WAL file in a folder nobody may write opens only as immutable (no -shm can be made there).
    if not os.access(Path(target).resolve().parent, os.W_OK):
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=8.0)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header and the schema
    except BaseException:
        conn.close()
        raise
    return conn


def _damaged(err: sqlite3.Error) -> bool:
    code = int(getattr(err, "sqlite_errorcode", -1)) & 0xFF
    return code in (_CORRUPT, _NOTADB) or "malformed" in str(err)


def held_open(path: Path | str) -> bool:
    """Whether any connection (another process, or this one) has the database open right now.

    Every Bedside connection keeps the file in WAL mode, and SQLite keeps a shared lock on a WAL database
    for as long as a connection has it open (it is how SQLite knows the last one may delete the -wal), on
    Windows as on POSIX. A probe in exclusive locking mode needs an exclusive lock on the file, so it fails
    at once while anyone else has it open. The probe goes through a second name (a hard link) for the same
    file, so it never replays or checkpoints the file's own -wal: the file's bytes are not changed.
    """
    target = Path(path)
    if not target.exists():
        return False
    link = target.with_name(f".{target.name}.probe-{os.getpid()}")
    link.unlink(missing_ok=True)
    try:
        os.link(target, link)
    except OSError:
        return _exclusive_refused(target)  # no hard links here (FAT): probe the file itself
    try:
        return _exclusive_refused(link)
    finally:
        link.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{link}{suffix}").unlink(missing_ok=True)


def _exclusive_refused(path: Path) -> bool:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=0)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as err:
        code = int(getattr(err, "sqlite_errorcode", -1)) & 0xFF
        if code in (_BUSY, _LOCKED):
            return True
        if _damaged(err):
            return False  # a file without a readable header cannot be in use by any Bedside
        raise
    finally:
        conn.close()
    return False
