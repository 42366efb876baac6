"""Issue 14 F8/F9: the wrong-PIN delays and lockout hold against parallel tries and on a read-only file.

Before: every parallel try read the same count, so all of them were checked; a right PIN did not re-read
`locked`; on a read-only database there was no delay or lockout at all.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bedside.services.database import open_database
from bedside.storage import access, connection, sealing
from bedside.storage.access import Outcome
from bedside.storage.audit import Actor

ADMIN = Actor("AD", "ws-test")
T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
TRIES = 12


def _nurse(db: Path, cost: access.ScryptCost | None = None) -> None:
    store = open_database(db)
    try:
        store.add_user("Ada Admin", "AD", ADMIN, pin="2580", role="admin")
        user = store.add_user("Tess Nurse", "TN", ADMIN, pin="4711")
        if cost is not None:  # a check slow enough that parallel tries overlap, as on a ward PC
            store._db.execute("UPDATE users SET pin_hash = ? WHERE id = ?", [access.hash_pin("4711", cost), user.id])
            sealing.reseal(store._db, user.id)  # as Bedside would: an unsealed edit could not sign in (F10)
    finally:
        store.close()


def _try_wrong(db: str, start: Any, results: Any) -> None:
    store = open_database(db)
    try:
        nurse = access.find(store._db, "TN")
        start.wait()
        results.put(access.sign_in(store._db, nurse, "0007", "ws").outcome.value)
    finally:
        store.close()


def test_parallel_wrong_pins_from_several_processes_cannot_beat_the_delay(tmp_path: Path) -> None:
    db = tmp_path / "bedside.sqlite3"
    _nurse(db, access.ScryptCost(n=2**14))
    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(TRIES), context.Queue()
    workers = [context.Process(target=_try_wrong, args=(str(db), start, results)) for _ in range(TRIES)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    outcomes = sorted(results.get(timeout=5) for _ in range(TRIES))
    checked = [o for o in outcomes if o in (Outcome.WRONG.value, Outcome.LOCKED.value)]
    assert len(checked) <= access.FREE_TRIES, outcomes  # the rest had to wait, their PIN not even checked
    store = open_database(db)
    try:
        failed = [e for e in store.events() if e.action == "signin.failed"]
        (count,) = store._db.execute("SELECT failed_pins FROM users WHERE initials = 'TN'").fetchone()
    finally:
        store.close()
    assert len(failed) == len(checked) == count


def _meanwhile(monkeypatch: pytest.MonkeyPatch, db: Path, sql: str, result: bool) -> None:
    """While the PIN is being checked, another workstation runs `sql` on the nurse's row."""

    def check(pin: str, stored: str) -> bool:
        other = connection.connect(db)
        try:
            other.execute(sql)
        finally:
            other.close()
        return result

    monkeypatch.setattr(access, "pin_matches", check)


def test_a_right_pin_rereads_the_lock_set_by_a_parallel_try(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _nurse(db_path)
    store = open_database(db_path)
    try:
        nurse = access.find(store._db, "TN")
        _meanwhile(monkeypatch, db_path, "UPDATE users SET locked = 1, failed_pins = 10 WHERE initials = 'TN'", True)
        assert access.sign_in(store._db, nurse, "4711", "ws", T0).outcome is Outcome.LOCKED
        assert store._db.execute("SELECT locked FROM users WHERE id = ?", [nurse.id]).fetchone()[0] == 1
    finally:
        store.close()


def test_a_wrong_pin_still_counts_after_a_parallel_success_cleared_the_count(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _nurse(db_path)
    store = open_database(db_path)
    try:
        nurse = access.find(store._db, "TN")
        store._db.execute("UPDATE users SET failed_pins = 9 WHERE id = ?", [nurse.id])
        _meanwhile(monkeypatch, db_path, "UPDATE users SET failed_pins = 0 WHERE initials = 'TN'", False)
        attempt = access.sign_in(store._db, nurse, "0007", "ws", T0)
        assert (attempt.outcome, attempt.failures) == (Outcome.WRONG, 1)
    finally:
        store.close()


@pytest.fixture
def write_protected(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make a file look write-protected to this process (tests/test_read_only.py does the same)."""
    protected: set[str] = set()
    real_access = os.access

    def fake(path: Any, mode: int, **kwargs: Any) -> bool:
        if mode & os.W_OK and str(Path(path).resolve()) in protected:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(connection.os, "access", fake)
    return lambda path: protected.add(str(path.resolve()))


def test_on_a_read_only_database_wrong_pins_still_delay_then_lock(
    db_path: Path, write_protected: Callable[[Path], None]
) -> None:
    _nurse(db_path)
    write_protected(db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    now, outcomes = T0, []
    for _ in range(10):
        store = open_database(db_path)  # each try a fresh start of the program: the count is kept outside it
        try:
            assert store.read_only
            attempt = access.sign_in(store._db, access.find(store._db, "TN"), "0007", "ws", now)
        finally:
            store.close()
        outcomes.append((attempt.outcome, attempt.wait_s))
        if attempt.wait_s:
            store = open_database(db_path)
            try:
                early = access.sign_in(store._db, access.find(store._db, "TN"), "4711", "ws", now)
            finally:
                store.close()
            assert early.outcome is Outcome.WAIT  # the right PIN is not even checked during the wait
        now += timedelta(seconds=attempt.wait_s)
    assert outcomes[:2] == [(Outcome.WRONG, 0), (Outcome.WRONG, 0)]
    assert [w for _, w in outcomes[2:9]] == list(access.DELAYS_S)
    assert outcomes[9] == (Outcome.LOCKED, 0)
    store = open_database(db_path)
    try:
        later = access.sign_in(store._db, access.find(store._db, "TN"), "4711", "ws", now + timedelta(days=1))
    finally:
        store.close()
    assert later.outcome is Outcome.LOCKED
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before  # nothing written to the file


def test_on_a_read_only_database_a_right_pin_clears_the_count(
    db_path: Path, write_protected: Callable[[Path], None]
) -> None:
    _nurse(db_path)
    write_protected(db_path)
    store = open_database(db_path)
    try:
        nurse = access.find(store._db, "TN")
        for _ in range(2):
            access.sign_in(store._db, nurse, "0007", "ws", T0)
        assert access.sign_in(store._db, nurse, "4711", "ws", T0).outcome is Outcome.SIGNED_IN
        assert access.sign_in(store._db, nurse, "0007", "ws", T0).wait_s == 0  # counting starts again
    finally:
        store.close()


def test_on_a_read_only_database_with_nowhere_to_count_sign_in_is_refused(
    db_path: Path, write_protected: Callable[[Path], None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/sign-in-counting.md: if no side file can be written, there is no delay to enforce, so no PIN is
    checked at all (not even the right one), and the message says why."""
    from bedside.domain.errors import StorageError
    from bedside.storage import pin_tries

    _nurse(db_path)
    write_protected(db_path)
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(pin_tries, "data_dir", lambda: blocker / "app-data")
    monkeypatch.setattr(pin_tries.tempfile, "gettempdir", lambda: str(blocker))
    store = open_database(db_path)
    try:
        assert store.read_only
        nurse = access.find(store._db, "TN")
        for pin in ("0007", "4711"):
            with pytest.raises(StorageError, match="no folder of this user can count wrong PINs; sign-in refused"):
                access.sign_in(store._db, nurse, pin, "ws", T0)
    finally:
        store.close()


def test_a_try_killed_during_the_pin_check_stays_counted_as_wrong(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/sign-in-counting.md: the try is counted before the (slow) check, so killing the program during
    the check never wins a free try."""
    _nurse(db_path)

    def killed(pin: str, stored: str) -> bool:
        raise KeyboardInterrupt  # as a kill would: the settling step never runs

    monkeypatch.setattr(access, "pin_matches", killed)
    store = open_database(db_path)
    try:
        nurse = access.find(store._db, "TN")
        with pytest.raises(KeyboardInterrupt):
            access.sign_in(store._db, nurse, "4711", "ws", T0)
        assert store._db.execute("SELECT failed_pins FROM users WHERE id = ?", [nurse.id]).fetchone()[0] == 1
    finally:
        store.close()
