"""At start the board shows its first screenful, says the rest of the ward is being counted, then shows
everyone (issue 15: the board filled sooner on a full ward)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle, watch_first_shown
from ui.access.session import Session
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    opened = Session(store, nurse, TODAY)
    yield opened
    opened.close()


def test_the_first_screenful_shows_first_and_says_the_rest_is_being_counted(  # type: ignore[no-untyped-def]
    qtbot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.board.feed.SCREENFUL", 2)  # the demo ward's six patients: two, then the rest
    seen = watch_first_shown(monkeypatch)
    win = MainWindow(session, fill_after_paint=True)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    qtbot.waitUntil(lambda: win.board.proxy.rowCount() == 6)

    assert seen == [(2, "Counting the rest of the ward…", "Bedside: loading the ward…")]  # no count of a part
    assert win.statusBar().currentMessage() == ""  # everyone is in: the note is gone
    assert "ward board" in win.windowTitle() and "(6 patients)" in win.windowTitle()
    win.session.close()


def test_a_ward_that_fits_one_screen_is_shown_whole_at_once(  # type: ignore[no-untyped-def]
    qtbot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = watch_first_shown(monkeypatch)
    win = MainWindow(session, fill_after_paint=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: len(seen) == 1)  # after the first paint
    settle(qtbot, win)
    assert len(seen) == 1 and seen[0][:2] == (6, "")  # all six at once, nothing said about counting the rest
    assert "(6 patients)" in seen[0][2]
    win.session.close()


def test_the_next_start_shows_the_whole_saved_board_at_once(  # type: ignore[no-untyped-def]
    qtbot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second start the same day: the board the first one counted is shown whole at once
    (bedside/services/saved_board.py), with a patient ticked meanwhile counted again."""
    from bedside.domain.patient import Check

    monkeypatch.setattr("ui.board.feed.SCREENFUL", 2)
    first = MainWindow(session, fill_after_paint=True)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.board.proxy.rowCount() == 6 and not first.board_busy())
    before = {r.mrn: r for r in first.board.model.rows()}
    first.close()
    ticked = session.store.patient_summaries()[0].mrn  # on the first screenful
    session.store.record_check(
        ticked, Check("HSV-VZV", TODAY, "done", "TN", "2026-11-21T10:00:00Z"), Actor("TN", "ws-test")
    )
    seen = watch_first_shown(monkeypatch)
    second = MainWindow(session, fill_after_paint=True)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: len(seen) == 1)
    settle(qtbot, second)
    assert [s[:2] for s in seen] == [(6, "")]  # all six at once, nothing said about counting the rest
    after = {r.mrn: r for r in second.board.model.rows()}
    assert after[ticked].due == before[ticked].due - 1  # the ticked patient counted again, not taken as saved
    assert {m: r for m, r in after.items() if m != ticked} == {m: r for m, r in before.items() if m != ticked}
    second.session.close()
