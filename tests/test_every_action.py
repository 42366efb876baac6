"""Every menu item, triggered as a person does: nothing raises, and each "…" item opens its window.

A slot that fails (as Add user did when `triggered(bool)` filled an optional parameter) makes pytest-qt fail
this test, because it re-raises exceptions from Qt callbacks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle
from ui.access.session import Session
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)
SKIP = {"Quit", "Lock screen"}  # Quit ends the test's window; the lock has its own tests (tests/test_lock.py)


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    admin = store.add_user("Ada Admin", "AD", Actor("system", "ws-test"), pin="2580", role="admin")
    win = MainWindow(Session(store, admin, TODAY))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not win.backups.running(), timeout=10_000)
    win.session.close()
    win.idle_lock.stop()


def menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert menu is not None
        found += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    return found


def test_every_menu_item_opens_what_it_says(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []

    def close_modal() -> None:  # a dialog run with exec() blocks trigger(): close it from the event loop
        found = QApplication.activeModalWidget()
        if found is not None and found is not window:
            opened.append(found.windowTitle() or type(found).__name__)
            found.close()

    closer = QTimer()
    closer.timeout.connect(close_modal)
    closer.start(50)
    tried = []
    try:
        for action in menu_actions(window):
            words = action.text().replace("&", "")
            if words in SKIP or not action.isEnabled():
                continue
            tried.append(words)
            opened.clear()
            before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
            action.trigger()
            qtbot.wait(150)
            for new in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]:
                assert isinstance(new, QWidget)
                opened.append(new.windowTitle())
                new.close()
            if words.endswith("…"):
                assert opened, f"{words}: nothing opened"
            window.show_board(discard=True)
    finally:
        closer.stop()
    assert {"Users and settings…", "New patient…", "Discharge patient…", "Remove the DEMO ward…"} <= set(tried)
    assert len(tried) >= 20
