"""The database file itself: is it sound, and has anyone it open? Both are found out without writing to it.

check_at_start() runs at every start (Store.open) before anything else touches the file: the full
quick_check on a small file, a bounded check on a large one, whose full check then runs in the background
(check_sound in a thread; docs/start-check.md). held_open() guards a restore, which replaces the file and
so must not happen under a running Bedside.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path

from bedside.domain.errors import DamagedDatabaseError

# Up to this size the whole quick_check runs at start (about 0.1 s on the ward PC); beyond it the bounded one.
FULL_CHECK_UP_TO = 96 * 2**20
RECENT_ROWS = 64  # rows read from the end of each large table: the pages the newest saves went to
# The tables that grow with ward use; every other table (users, patients, meta, ...) is checked whole.
GROWING = ("events", "labs", "observations", "checks", "treatments", "infections", "vaccinations")
FLAG_SUFFIX = ".needs-full-check"  # left by a background check that found damage: the next start checks all
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
        _refuse(target, rows)


def _refuse(target: str, rows: list[str]) -> None:
    named = "; ".join(rows[:MAX_PROBLEMS_NAMED])
    more = len(rows) - MAX_PROBLEMS_NAMED
    raise DamagedDatabaseError(target, named + (f" (and {more} more)" if more > 0 else ""))


def full_check_deferred(path: Path | str) -> bool:
    """Whether a start checks this file only in part (it is large), leaving the full check to run after."""
    target = Path(str(path))
    try:
        return str(path) != ":memory:" and target.stat().st_size > FULL_CHECK_UP_TO and not flag_path(path).exists()
    except OSError:
        return False


def flag_path(path: Path | str) -> Path:
    return Path(f"{path}{FLAG_SUFFIX}")


def check_at_start(path: Path | str) -> None:
    """check_sound() on a small file (or after a background check found damage); on a large one, the
    bounded check: the header and schema, every small table whole with its indexes, and the newest rows of
    each growing table. Raises DamagedDatabaseError as check_sound() does."""
    if not full_check_deferred(path):
        check_sound(path)
        with suppress(OSError):  # a read-only disk: the flag (if any) stays, and every start checks whole
            flag_path(path).unlink(missing_ok=True)  # the full check passed: a damage flag was a stale one
        return
    target = str(path)
    try:
        conn = _read_only(target)  # opening reads the header and the whole schema
    except sqlite3.Error as err:
        if _damaged(err):
            raise DamagedDatabaseError(target, str(err)) from err
        return
    try:
        tables = [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows: list[str] = []
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            if table in GROWING:
                conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid DESC LIMIT {RECENT_ROWS}").fetchall()
            elif not table.startswith("sqlite_"):
                rows += [str(r[0]) for r in conn.execute(f"PRAGMA quick_check({quoted})").fetchall() if r[0] != "ok"]
    except sqlite3.Error as err:
        if _damaged(err):
            raise DamagedDatabaseError(target, str(err)) from err
        return
    finally:
        conn.close()
    if rows:
        _refuse(target, rows)


def flag_damage(path: Path | str) -> None:
    """The background check found damage: the next start runs the full check (and so the recovery screen)."""
    with suppress(OSError):  # a read-only folder: the message shown now is all that can be done
        flag_path(path).touch(mode=0o600)


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
