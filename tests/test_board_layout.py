"""The board sorts by any column (numbers as numbers) with an open FN episode always on top, remembers its
layout between starts, and the first window fills the screen it opens on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.factories import full_document, record_of
from tests.gui import settle
from ui.access.session import Session
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


def open_window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    nurse = store.users()[0]
    win = MainWindow(Session(store, nurse, TODAY))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def ward(store: Store) -> Store:
    seed_demo_once(store, TODAY)
    for n, day0 in enumerate(("2026-11-01", "2026-10-01"), start=1):  # day +20 and +51 on ward H5
        doc = full_document(f"H5-{n}", f"Ward, Patient {n}")
        doc["therapy"]["infusion_dates"] = [day0]
        store.import_record(record_of(doc), Actor("system", "ws-test"))
    store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), pin="4711")
    return store


@pytest.fixture
def window(qtbot, ward: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, ward)
    yield win
    win.session.close()
    win.idle_lock.stop()


def column(window: MainWindow, name: str) -> list[str]:
    c = window.board.model.COLUMNS.index(name)
    return [window.board.proxy.index(r, c).data() for r in range(window.board.proxy.rowCount())]


def click_header(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    header = window.board.table.horizontalHeader()
    section = window.board.model.COLUMNS.index(name)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_a_header_click_sorts_numbers_as_numbers_and_fn_stays_on_top(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert column(window, "mrn")[0] == "DEMO-001"  # unsorted: the open FN episode first
    click_header(qtbot, window, "day")
    days = [int(d) for d in column(window, "day")]
    assert column(window, "mrn")[0] == "DEMO-001" and days[1:] == sorted(days[1:])
    click_header(qtbot, window, "day")  # descending
    days = [int(d) for d in column(window, "day")]
    assert column(window, "mrn")[0] == "DEMO-001" and days[1:] == sorted(days[1:], reverse=True)
    assert days[1] == 200  # as text "9" would come first: numbers sort as numbers


def test_the_ward_column_and_sorting_by_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert set(column(window, "ward")) == {"DEMO", "H5"}
    click_header(qtbot, window, "ward")
    click_header(qtbot, window, "ward")
    wards = column(window, "ward")
    assert wards[0] == "DEMO" and wards[1:] == sorted(wards[1:], reverse=True)  # FN first, then H5 before DEMO


def test_the_board_layout_is_remembered(qtbot, ward: Store) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, ward)
    click_header(qtbot, first, "day")
    header = first.board.table.horizontalHeader()
    header.moveSection(first.board.model.COLUMNS.index("ward"), 0)
    first.close()
    first.session.close()
    second = open_window(qtbot, ward)
    try:
        again = second.board.table.horizontalHeader()
        assert again.sortIndicatorSection() == second.board.model.COLUMNS.index("day")
        assert again.logicalIndex(0) == second.board.model.COLUMNS.index("ward")
        days = [int(d) for d in column(second, "day")]
        assert days[1:] == sorted(days[1:])
    finally:
        second.session.close()
        second.idle_lock.stop()


def test_the_first_window_fills_the_available_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert window.width() >= available.width() * 0.95 and window.height() >= available.height() * 0.9
