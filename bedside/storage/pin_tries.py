"""Wrong-PIN counting: the delays and lockout, and where they are kept when the database is read-only.

Issue 14 F8/F9 (docs/sign-in-counting.md). A try is counted as wrong before the PIN is checked and
settled afterwards, each step one short transaction, so parallel tries cannot all read the same count.
On a read-only database the count is kept in a small SQLite file of this user's own (SideCounter).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bedside.config.paths import data_dir
from bedside.domain.errors import StorageError

FREE_TRIES = 3  # a slip of the finger costs nothing
DELAYS_S = (5, 10, 20, 40, 60, 120, 300)  # waits after wrong PIN 3, 4, ... 9
LOCK_AFTER = 10  # the tenth wrong PIN in a row locks the user until an admin unlocks
SIDE_FILE = "sign-in-tries.sqlite3"


def delay_after(failures: int) -> int:
    """Seconds before the next try is checked, after `failures` wrong PINs in a row."""
    if failures < FREE_TRIES or failures >= LOCK_AFTER:
        return 0
    return DELAYS_S[min(failures - FREE_TRIES, len(DELAYS_S) - 1)]


def stamp(now: datetime, seconds: int) -> str | None:
    return (now + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ") if seconds else None


def seconds_until(value: str | None, now: datetime) -> int:
    if not value:
        return 0
    until = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return max(0, int((until - now).total_seconds() + 0.999))


@dataclass(frozen=True, slots=True)
class Count:
    failures: int
    wait_until: str | None
    locked: bool


class SideCounter:
    """The wrong-PIN count for one user of one read-only database, in a file this user can write."""

    def __init__(self, database: str, user_id: int, pin_hash: str, folder: Path | None = None) -> None:
        # The key names the file, the user and their current PIN: a new PIN (set where it can be) starts afresh.
        self.key = hashlib.sha256(f"{Path(database).resolve()}\n{user_id}\n{pin_hash}".encode()).hexdigest()
        self.path = _side_file(folder)

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=10)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS tries (key TEXT PRIMARY KEY, failures INTEGER, wait_until TEXT, "
                "locked INTEGER)"
            )
        except sqlite3.Error as err:
            raise StorageError(
                f"the database is read-only and wrong PINs cannot be counted in {self.path} ({err}); "
                "signing in is refused until one of them can be written"
            ) from err
        return conn

    def reserve(self, now: datetime) -> tuple[bool, Count]:
        """Count this try as wrong before its PIN is checked, unless a wait or lock holds now (then False and
        the count as it is): the count is read and written in one transaction, so parallel tries queue."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute("SELECT failures, wait_until, locked FROM tries WHERE key = ?", [self.key]).fetchone()
            count = Count(int(row[0]), row[1], bool(row[2])) if row else Count(0, None, False)
            if count.locked or seconds_until(count.wait_until, now) > 0:
                conn.execute("ROLLBACK")
                return False, count
            failures = count.failures + 1
            count = Count(failures, stamp(now, delay_after(failures)), False)
            conn.execute(
                "INSERT OR REPLACE INTO tries (key, failures, wait_until, locked) VALUES (?, ?, ?, 0)",
                [self.key, count.failures, count.wait_until],
            )
            conn.execute("COMMIT")
            return True, count
        finally:
            conn.close()

    def settle(self, matches: bool) -> Count:
        """After the check: a right PIN clears the count unless a parallel try locked it; a wrong one stays."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute("SELECT failures, wait_until, locked FROM tries WHERE key = ?", [self.key]).fetchone()
            count = Count(max(int(row[0]), 1), row[1], bool(row[2])) if row else Count(1, None, False)
            if matches and not count.locked:
                conn.execute("DELETE FROM tries WHERE key = ?", [self.key])
                count = Count(0, None, False)
            elif not matches:  # this wrong try stays counted, even if a right one cleared the count meanwhile
                count = Count(count.failures, count.wait_until, count.locked or count.failures >= LOCK_AFTER)
                conn.execute(
                    "INSERT OR REPLACE INTO tries (key, failures, wait_until, locked) VALUES (?, ?, ?, ?)",
                    [self.key, count.failures, count.wait_until, int(count.locked)],
                )
            conn.execute("COMMIT")
            return count
        finally:
            conn.close()


def _side_file(folder: Path | None) -> str:
    """This user's own folder (the app-data folder, else a per-user folder in the system temp)."""
    for candidate in ([folder] if folder else []) + [data_dir(), Path(tempfile.gettempdir()) / f"bedside-{_uid()}"]:
        try:
            candidate.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return str(candidate / SIDE_FILE)
    raise StorageError("the database is read-only and no folder of this user can count wrong PINs; sign-in refused")


def _uid() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
