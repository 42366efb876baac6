"""Today rolls over at the site's midnight: board, open checklist, header and tick stamps agree on the day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle
from ui.access.session import Session
from ui.main_window import MainWindow

BERLIN = ZoneInfo("Europe/Berlin")
EVENING = date(2026, 11, 21)
MORNING = EVENING + timedelta(days=1)


class FakeClock:
    """The wall clock, moved by the test."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 21, 22, 59, 30, tzinfo=UTC))  # 23:59:30 in Berlin


@pytest.fixture
def window(qtbot, store: Store, clock: FakeClock) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, EVENING)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), pin="4711")
    win = MainWindow(Session(store, nurse, zone=BERLIN, clock=clock))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    yield win
    win.session.close()
    win.idle_lock.stop()


def board_days(window: MainWindow) -> dict[str, str]:
    model = window.board.model
    column = model.COLUMNS.index("day")  # type: ignore[attr-defined]
    mrns = model.COLUMNS.index("mrn")  # type: ignore[attr-defined]
    return {model.index(r, mrns).data(): model.index(r, column).data() for r in range(model.rowCount())}


def past_midnight(qtbot, window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.moment += timedelta(minutes=1)  # 00:00:30 in Berlin, still 23:00 UTC
    qtbot.waitUntil(lambda: window.session.today == MORNING, timeout=3000)
    settle(qtbot, window)  # the board is computed in a worker


def test_the_session_day_is_the_sites_day_not_utcs(window: MainWindow) -> None:
    assert window.session.today == EVENING
    assert EVENING.isoformat() in window.windowTitle()


def test_the_board_rolls_over_at_the_sites_midnight(qtbot, window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    before = board_days(window)
    past_midnight(qtbot, window, clock)
    after = board_days(window)
    assert MORNING.isoformat() in window.windowTitle()
    assert before and all(int(after[mrn]) == int(day) + 1 for mrn, day in before.items())


def test_the_checklist_moves_on_and_a_tick_counts_on_the_new_day(qtbot, window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    window.open_patient("DEMO-002")
    view = window.patient_view
    assert view is not None and view.checklist.day == EVENING
    header_before = view.details.text()
    past_midnight(qtbot, window, clock)
    assert view.checklist.day == MORNING and view.checklist.summary.text().startswith("Today")
    assert view.details.text() != header_before  # day +N in the header moved on
    tree = view.checklist.tree
    tree.setFocus()
    row = view.checklist.selected_row()
    assert row is not None and row.can_check
    checks_before = len(store.load_record("DEMO-002").checks)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    checks = store.load_record("DEMO-002").checks
    assert len(checks) == checks_before + 1
    ticked = checks[-1]
    assert ticked.at.startswith("2026-11-21T23:00")  # stamped by the same clock, in UTC
    local_day = datetime.fromisoformat(ticked.at.replace("Z", "+00:00")).astimezone(BERLIN).date()
    assert local_day == MORNING == window.session.today


def test_a_day_chosen_by_hand_stays_chosen(qtbot, window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window.open_patient("DEMO-002")
    view = window.patient_view
    assert view is not None
    qtbot.keyClick(view.checklist, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    chosen = view.checklist.day
    assert chosen == EVENING - timedelta(days=1)
    past_midnight(qtbot, window, clock)
    assert view.checklist.day == chosen


def test_new_entries_default_to_the_new_day_but_a_typed_date_stays(qtbot, window: MainWindow, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    window.open_patient("DEMO-002")
    view = window.patient_view
    assert view is not None
    labs, observation = view.labs.lab_form, view.labs.observation_form
    assert labs.date.text() == EVENING.isoformat()
    observation.date.setText("2026-11-20")  # typed by the nurse: never replaced
    past_midnight(qtbot, window, clock)
    assert labs.date.text() == MORNING.isoformat() and observation.date.text() == "2026-11-20"
    assert not labs.unsaved()  # a new default is not something typed
