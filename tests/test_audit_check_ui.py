"""The audit chain is checked at every start (in a thread) and on demand; a tamper names the first bad row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle
from ui.access.session import Session
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), pin="4711", role="admin")
    win = MainWindow(Session(store, nurse, TODAY))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    yield win
    win.session.close()


def tamper(path: Path, seq: int) -> None:
    """An edit made outside Bedside: drop the guard triggers, change one row."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.executescript(f"DROP TRIGGER events_no_update; UPDATE events SET actor = 'XX' WHERE seq = {seq};")
    conn.close()


def test_an_intact_trail_is_reported_quietly_at_start(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.audit.check_at_start()
    qtbot.waitUntil(lambda: window.audit.last is not None, timeout=5000)
    assert window.audit.last is not None and window.audit.last.ok
    assert "The audit trail is intact" in window.statusBar().currentMessage()
    assert window.last_message is None


def test_a_changed_row_is_named_at_start_and_on_demand(qtbot, window: MainWindow, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    tamper(db_path, 3)
    window.audit.check_at_start()
    qtbot.waitUntil(lambda: window.audit.last is not None, timeout=5000)
    assert window.last_message is not None
    text = window.last_message.text()
    assert "First bad row: #3" in text and "changed after it was written" in text and "#2" in text
    with qtbot.waitSignal(window.audit.checked, timeout=5000):
        window.audit.action.trigger()  # Admin > Check the audit trail
    box = window.audit.last_box
    assert box is not None
    assert "First bad row: #3" in box.text()
