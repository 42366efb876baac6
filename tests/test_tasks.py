"""ui/tasks.py: work runs in a worker, its result or error comes back on the GUI thread, and a read uses a
read-only connection of its own."""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest

from bedside.domain.errors import StorageError
from bedside.storage import Store
from bedside.storage.audit import Actor
from ui.tasks import Latest, Tasks

ACTOR = Actor("TT", "ws-test")


@pytest.fixture
def tasks() -> Tasks:
    return Tasks()


def test_the_work_runs_in_a_worker_and_its_result_comes_back_on_the_gui_thread(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    worked_in: list[threading.Thread] = []
    shown_in: list[tuple[threading.Thread, int]] = []

    def work() -> int:
        worked_in.append(threading.current_thread())
        return 42

    tasks.run(work, lambda result: shown_in.append((threading.current_thread(), result)))
    qtbot.waitUntil(tasks.idle)
    assert worked_in and worked_in[0] is not threading.main_thread()
    assert shown_in == [(threading.main_thread(), 42)]


def test_a_result_is_let_go_on_the_gui_thread_even_when_a_worker_holds_its_future_longer(qtbot, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    """A result may hold Qt objects a worker made and moved to the GUI thread (a preview's document): Python
    must never delete them in the worker, which keeps the future while it tidies up."""
    freed_on: list[threading.Thread] = []
    shown = threading.Event()

    class Result:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread())

    future = tasks.run(Result, lambda _result: shown.set())
    holder = threading.Thread(target=lambda held=[future]: (shown.wait(5), held.clear()))  # lets go last
    del future
    holder.start()
    qtbot.waitUntil(tasks.idle)
    holder.join(5)
    assert freed_on == [threading.main_thread()]


def test_a_failure_goes_to_its_callback_and_an_unexpected_one_to_the_excepthook(  # type: ignore[no-untyped-def]
    qtbot, tasks: Tasks, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> int:
        raise ValueError("no such ward")

    failed: list[BaseException] = []
    tasks.run(broken, lambda _r: pytest.fail("no result"), failed.append)
    hooked: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: hooked.append(info))
    tasks.run(broken)
    qtbot.waitUntil(tasks.idle)
    assert [str(e) for e in failed] == ["no such ward"]
    assert len(hooked) == 1 and hooked[0][0] is ValueError  # never silent


def test_a_read_runs_on_a_read_only_connection_of_its_own(qtbot, tasks: Tasks, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.set_meta("ward", "H5", ACTOR)
    readers: list[Store] = []

    def read(reader: Store) -> str | None:
        readers.append(reader)
        value = reader.meta("ward")
        reader.set_meta("ward", "changed in a read", ACTOR)  # refused: a read never writes
        return value

    failed: list[BaseException] = []
    tasks.run_read(store, read, lambda _r: pytest.fail("the write went through"), failed.append)
    qtbot.waitUntil(tasks.idle)
    assert readers and readers[0] is not store and readers[0].read_only
    assert len(failed) == 1 and isinstance(failed[0], StorageError)
    assert store.meta("ward") == "H5"


def test_requests_made_while_one_computes_fold_into_one_more_run(qtbot, tasks: Tasks, store: Store) -> None:  # type: ignore[no-untyped-def]
    latest = Latest(tasks)
    release = threading.Event()
    runs: list[int] = []
    shown: list[int] = []

    def read(_reader: Store) -> int:
        runs.append(len(runs))
        release.wait(5)
        return len(runs)

    latest.request(store, read, shown.append)
    for _ in range(5):  # five changes seen while the first board is computed
        latest.request(store, read, shown.append)
    assert latest.busy()
    release.set()
    qtbot.waitUntil(lambda: tasks.idle() and not latest.busy())
    assert len(runs) == 2  # the first, then one for all five requests
    assert shown == [1, 2]  # each result shown when it came; the newest last
