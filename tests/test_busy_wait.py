"""A save that meets another workstation's write lock waits in slices, says so, and never shows
"database is locked": it succeeds when the lock goes, or gives up at the deadline with nothing saved.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bedside.domain.errors import StorageError
from bedside.storage import Store, connection
from bedside.storage.connection import set_wait_hook
from tests.db_worker import MRN, a_check, ensure_patient
from tests.factories import ACTOR


@pytest.fixture
def ward(store: Store) -> Store:
    ensure_patient(store, ACTOR)
    return store


@pytest.fixture
def hook_calls() -> Iterator[tuple[list[float], list[bool]]]:
    waited: list[float] = []
    finished: list[bool] = []
    set_wait_hook(waited.append, lambda: finished.append(True))
    yield waited, finished
    set_wait_hook(None)


@pytest.fixture
def other_workstation(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A second connection, as another Bedside would hold it (usable from a timer thread)."""
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def _counts(store: Store) -> tuple[int, int]:
    checks = store._db.execute("SELECT count(*) FROM checks").fetchone()[0]
    events = store._db.execute("SELECT count(*) FROM events").fetchone()[0]
    return int(checks), int(events)


def test_a_save_gives_up_at_the_deadline_with_a_clear_message_and_nothing_saved(
    ward: Store, other_workstation: sqlite3.Connection, hook_calls: tuple[list[float], list[bool]], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(connection, "WAIT_DEADLINE_S", 1.0)
    waited, finished = hook_calls
    before = _counts(ward)
    other_workstation.execute("BEGIN IMMEDIATE")

    with pytest.raises(StorageError, match="another workstation kept the database busy for 1 s; nothing was saved"):
        ward.record_check(MRN, a_check(1, "AB"), ACTOR)

    assert len(waited) >= 2 and waited == sorted(waited)  # it retried in slices, saying so each time
    assert finished == [True]
    assert not ward._db.conn.in_transaction
    other_workstation.execute("ROLLBACK")
    assert _counts(ward) == before  # nothing half-written
    check_id = ward.record_check(MRN, a_check(1, "AB"), ACTOR)  # the same save, once the lock is gone
    assert [r.id for r in ward.entry_rows(MRN, "check")] == [check_id]
    assert ward.verify_audit().ok


def test_a_save_goes_through_as_soon_as_the_other_workstation_commits(
    ward: Store, other_workstation: sqlite3.Connection, hook_calls: tuple[list[float], list[bool]]
) -> None:
    waited, finished = hook_calls
    other_workstation.execute("BEGIN IMMEDIATE")
    other_workstation.execute("INSERT INTO meta (key, value) VALUES ('other', 'workstation')")

    def waiting(seconds: float) -> None:
        waited.append(seconds)
        other_workstation.execute("COMMIT")  # the other workstation finishes while we wait

    set_wait_hook(waiting, lambda: finished.append(True))

    check_id = ward.record_check(MRN, a_check(1, "AB"), ACTOR)

    assert len(waited) == 1 and finished == [True]
    assert ward.meta("other") == "workstation"  # both writes are there
    assert [r.id for r in ward.entry_rows(MRN, "check")] == [check_id]
    assert ward._db.execute("PRAGMA busy_timeout").fetchone()[0] == connection.BUSY_TIMEOUT_MS  # slices undone


def test_reads_go_on_while_another_workstation_writes(
    ward: Store, other_workstation: sqlite3.Connection, hook_calls: tuple[list[float], list[bool]]
) -> None:
    other_workstation.execute("BEGIN EXCLUSIVE")  # without WAL this would shut every reader out
    other_workstation.execute("INSERT INTO meta (key, value) VALUES ('pending', 'yes')")
    assert ward.load_record(MRN).mrn == MRN
    assert ward.meta("pending") is None  # not committed, not seen
    assert ward.verify_audit().ok
    assert hook_calls == ([], [])  # no read waited


def test_a_commit_that_meets_a_reader_waits_then_gives_up_cleanly(
    ward: Store, other_workstation: sqlite3.Connection, hook_calls: tuple[list[float], list[bool]], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # Only a rollback-journal file makes COMMIT wait for readers (a WAL commit never does): switch this one.
    assert ward._db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    monkeypatch.setattr(connection, "WAIT_DEADLINE_S", 1.0)
    before = _counts(ward)
    other_workstation.execute("BEGIN")
    other_workstation.execute("SELECT count(*) FROM checks").fetchone()  # a reader's shared lock

    with pytest.raises(StorageError, match="kept the database busy for 1 s; nothing was saved") as caught:
        ward.record_check(MRN, a_check(1, "AB"), ACTOR)

    assert "locked" not in str(caught.value)
    assert not ward._db.conn.in_transaction  # rolled back, not left open
    other_workstation.execute("COMMIT")
    assert _counts(ward) == before
    assert hook_calls == ([], [])  # the transaction was open: no repaint may show rows not yet saved


def test_a_commit_that_meets_a_reader_is_retried_until_the_reader_goes(
    ward: Store, other_workstation: sqlite3.Connection
) -> None:
    ward._db.execute("PRAGMA journal_mode = DELETE")
    other_workstation.execute("BEGIN")
    other_workstation.execute("SELECT count(*) FROM checks").fetchone()
    reader_leaves = threading.Timer(1.0, lambda: other_workstation.execute("COMMIT"))
    reader_leaves.start()
    try:
        check_id = ward.record_check(MRN, a_check(1, "AB"), ACTOR)
    finally:
        reader_leaves.join()
    assert [r.id for r in ward.entry_rows(MRN, "check")] == [check_id]
    assert ward.verify_audit().ok


def test_an_error_inside_the_transaction_is_a_storage_error_and_rolls_back(ward: Store) -> None:
    before = _counts(ward)
    with pytest.raises(StorageError, match="the database refused the change"), connection.write_transaction(ward._db):
        ward._db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        ward._db.execute("INSERT INTO no_such_table VALUES (1)")
    assert not ward._db.conn.in_transaction
    assert ward.meta("x") is None and _counts(ward) == before


def test_the_window_says_another_workstation_is_saving_and_runs_nothing_else_meanwhile(
    qtbot, ward: Store, other_workstation: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    from ui.busy_notice import install_busy_notice

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    install_busy_notice(window)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    ran_meanwhile: list[bool] = []
    # A timer due during the wait must not run in it (no event loop inside a save): a poll or a board
    # callback could otherwise start other work on the same connection mid-save.
    QTimer.singleShot(0, lambda: ran_meanwhile.append(True))
    other_workstation.execute("BEGIN IMMEDIATE")
    other_leaves = threading.Timer(1.0, lambda: other_workstation.execute("ROLLBACK"))
    other_leaves.start()
    try:
        check_id = ward.record_check(MRN, a_check(1, "AB"), ACTOR)
    finally:
        other_leaves.join()
        set_wait_hook(None)

    assert ran_meanwhile == []
    assert "Another workstation is saving; retrying…" in messages
    assert window.statusBar().currentMessage() == ""  # taken down once saved
    assert [r.id for r in ward.entry_rows(MRN, "check")] == [check_id]


def test_a_closed_window_leaves_no_notice_behind(qtbot, ward: Store, other_workstation: sqlite3.Connection) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMainWindow

    from ui.busy_notice import install_busy_notice

    window = QMainWindow()
    install_busy_notice(window)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    other_workstation.execute("BEGIN IMMEDIATE")
    other_leaves = threading.Timer(0.6, lambda: other_workstation.execute("ROLLBACK"))
    other_leaves.start()
    try:
        assert ward.record_check(MRN, a_check(1, "AB"), ACTOR) > 0  # waits without touching the deleted window
    finally:
        other_leaves.join()
        set_wait_hook(None)
