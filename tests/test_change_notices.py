"""Change notices: a second workstation learns of a commit within 1 s; on a ward server by LISTEN/NOTIFY
(docs/ward-server.md), on a SQLite file by its change token."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bedside.services.database import open_database
from bedside.storage import Store
from bedside.storage.audit import Actor

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


@pytest.mark.both_engines
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


@pytest.fixture
def on_server(pg_url: str) -> Iterator[tuple[Store, Store]]:
    """Two workstations on one ward server."""
    one, other = open_database(pg_url), open_database(pg_url)
    yield one, other
    one.close()
    other.close()


def test_a_notice_that_came_while_nobody_waited_is_not_lost(on_server: tuple[Store, Store]) -> None:
    store, other = on_server
    other.wait_for_change(0)  # listening from here
    store.set_meta("ward", "7B", ACTOR)
    started = time.monotonic()
    assert other.wait_for_change(5.0) is True
    assert time.monotonic() - started < 0.5


def test_a_write_that_rolls_back_is_not_announced(on_server: tuple[Store, Store]) -> None:
    from bedside.storage import audit
    from bedside.storage.connection import write_transaction

    store, other = on_server
    other.wait_for_change(0)
    with pytest.raises(RuntimeError), write_transaction(store._db):
        audit.append(store._db, ACTOR, "setting.change", "meta", "ward", new="7B")  # notifies, uncommitted
        raise RuntimeError("the write fails after its audit row")
    assert other.wait_for_change(0.5) is False
    store.set_meta("ward", "7B", ACTOR)
    assert other.wait_for_change(1.0) is True
