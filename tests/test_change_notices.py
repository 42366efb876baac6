"""Change notices: a second workstation learns of a commit within 1 s; on a ward server by LISTEN/NOTIFY
(docs/ward-server.md), on a SQLite file by its change token."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bedside.services.database import open_database
from bedside.storage import Store
from bedside.storage.audit import Actor

pytestmark = pytest.mark.both_engines

ACTOR = Actor("TN", "ws-test")


def commit_later(database: Path | str, after_s: float) -> threading.Thread:
    """A third workstation commits after `after_s` seconds, on a connection of its own (its own thread)."""

    def write() -> None:
        writer = open_database(database)
        try:
            time.sleep(after_s)
            writer.set_meta("ward", "7B", ACTOR)
        finally:
            writer.close()

    thread = threading.Thread(target=write)
    thread.start()
    return thread


def test_a_second_workstation_sees_a_commit_within_a_second(store: Store, database: Path | str) -> None:
    other = open_database(database)  # the second workstation, on its own connection
    try:
        assert other.wait_for_change(0.2) is False  # nothing yet (on a server: starts listening)
        writer = commit_later(database, 0.3)
        started = time.monotonic()
        seen = other.wait_for_change(5.0)
        waited = time.monotonic() - started
        writer.join()
        assert seen is True
        assert 0.25 <= waited < 1.0, waited  # after the commit, not before it, and within 1 s
        assert other.meta("ward") == "7B"
        assert other.wait_for_change(0.2) is False  # one notice answers one wait
    finally:
        other.close()


def test_a_notice_that_came_while_nobody_waited_is_not_lost(store: Store, database: Path | str, engine: str) -> None:
    if engine != "postgresql":
        pytest.skip("a SQLite file's change token is compared during the wait only")
    other = open_database(database)
    try:
        other.wait_for_change(0)
        store.set_meta("ward", "7B", ACTOR)
        started = time.monotonic()
        assert other.wait_for_change(5.0) is True
        assert time.monotonic() - started < 0.5
    finally:
        other.close()


def test_a_write_that_rolls_back_is_not_announced(store: Store, database: Path | str, engine: str) -> None:
    if engine != "postgresql":
        pytest.skip("LISTEN/NOTIFY is the ward server's")
    from bedside.storage import audit
    from bedside.storage.connection import write_transaction

    other = open_database(database)
    try:
        other.wait_for_change(0)
        with pytest.raises(RuntimeError), write_transaction(store._db):
            audit.append(store._db, ACTOR, "setting.change", "meta", "ward", new="7B")  # notifies, uncommitted
            raise RuntimeError("the write fails after its audit row")
        assert other.wait_for_change(0.5) is False
        store.set_meta("ward", "7B", ACTOR)
        assert other.wait_for_change(1.0) is True
    finally:
        other.close()
