"""The board counted behind the sign-in window while a PIN is typed (issue 15): the window then shows it at once,
and a window that comes before the count is done waits for it instead of counting everyone a second time."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bedside.services import board
from bedside.services.database import open_database
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.access import User
from bedside.storage.audit import Actor
from tests.gui import settle, watch_first_shown
from ui.access.session import Session
from ui.board.ahead import BoardAhead
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)
NOON: Callable[[], datetime] = lambda: datetime(2026, 11, 21, 12, tzinfo=UTC)  # noqa: E731


@pytest.fixture
def ward(tmp_path: Path) -> Iterator[tuple[Store, User]]:
    store = open_database(tmp_path / "ward.sqlite3")
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    yield store, nurse
    store.close()


def counting(monkeypatch: pytest.MonkeyPatch, pause: float = 0.0) -> list[int]:
    """Record how many patients each board counts (and let each count take `pause` seconds)."""
    counted: list[int] = []
    real = board.board_of

    def spy(records: Any, *args: Any) -> Any:
        records = list(records)
        counted.append(len(records))
        time.sleep(pause)
        return real(records, *args)

    monkeypatch.setattr(board, "board_of", spy)
    return counted


def test_a_window_during_the_count_waits_for_it_and_counts_nobody_again(  # type: ignore[no-untyped-def]
    qtbot, ward: tuple[Store, User], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, nurse = ward
    counted = counting(monkeypatch, pause=0.5)  # the PIN is typed before the count is over
    ahead = BoardAhead(store, NOON)
    over_when_shown: list[bool] = []
    shown = MainWindow._show_first

    def noted(self: MainWindow, rows: tuple[list[object], bool]) -> None:
        over_when_shown.append(ahead.done.is_set())
        shown(self, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(MainWindow, "_show_first", noted)
    win = MainWindow(Session(store, nurse, TODAY), fill_after_paint=True, counted_ahead=ahead)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.board.proxy.rowCount() == 6 and not win.board_busy(), timeout=10_000)
    settle(qtbot, win)
    assert ahead.done.is_set()
    assert sum(counted) == 6  # each patient counted once, by the count ahead; without it the window counts too
    assert over_when_shown == [True]  # the window's board waited for the count (six patients: one screenful)
    assert win.board.model.rows() == board.rows(store, TODAY, Session(store, nurse, TODAY).zone)
    win.session.close()


def test_a_count_over_before_the_pin_shows_the_whole_board_at_once(  # type: ignore[no-untyped-def]
    qtbot, ward: tuple[Store, User], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, nurse = ward
    monkeypatch.setattr(board, "SCREENFUL", 2)  # the count ahead does two first, then the rest
    monkeypatch.setattr("ui.board.feed.SCREENFUL", 2)
    ahead = BoardAhead(store, NOON)
    assert ahead.done.wait(10)
    counted = counting(monkeypatch)
    seen = watch_first_shown(monkeypatch)
    win = MainWindow(Session(store, nurse, TODAY), fill_after_paint=True, counted_ahead=ahead)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: len(seen) == 1)
    settle(qtbot, win)
    assert [s[:2] for s in seen] == [(6, "")]  # all six at once, nothing said about counting the rest
    assert sum(counted) == 0
    win.session.close()


def test_another_database_chosen_meanwhile_gets_a_board_of_its_own(ward: tuple[Store, User], tmp_path: Path) -> None:
    store, _ = ward
    ahead = BoardAhead(store, NOON)
    assert ahead.done.wait(10)
    other = open_database(tmp_path / "other.sqlite3")
    assert ahead.memo_for(store) is ahead.memo
    assert ahead.memo_for(other) is not ahead.memo and ahead.memo_for(other).kept_in != ahead.memo.kept_in
    other.close()


def test_a_board_waits_while_another_counts_into_the_same_memo(ward: tuple[Store, User]) -> None:
    """One memo, one board at a time (its lock): the count ahead and the window's board never interleave."""
    import threading

    store, _ = ward
    memo = board.kept_memo(store)
    finished = threading.Event()

    def window_board() -> None:
        reader = store.reader()
        board.rows(reader, TODAY, None, memo)
        reader.close()
        finished.set()

    with memo.lock:  # a count in progress
        thread = threading.Thread(target=window_board)
        thread.start()
        assert not finished.wait(0.3)
    assert finished.wait(10)
    thread.join()


def test_signing_in_with_a_pin_keeps_the_count(  # type: ignore[no-untyped-def]
    qtbot, ward: tuple[Store, User], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signing in records an event (without a patient): the board counted before it is still the board."""
    store, _ = ward
    admin = store.add_user("Ann Berg", "AB", Actor("system", "ws-test"), pin="4711", role="admin")
    ahead = BoardAhead(store, NOON)
    assert ahead.done.wait(10)
    counted = counting(monkeypatch)
    assert store.sign_in(admin, "4711", "ws-test").outcome.name == "SIGNED_IN"
    win = MainWindow(Session(store, admin, TODAY), fill_after_paint=True, counted_ahead=ahead)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.board.proxy.rowCount() == 6 and not win.board_busy(), timeout=10_000)
    settle(qtbot, win)
    assert sum(counted) == 0
    win.session.close()
