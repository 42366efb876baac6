"""A tick updates the board, the checklist and the history in place: dataChanged or inserted rows, never a
reset, so a closed group stays closed and the selected patient, item and event stay selected."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt

from bedside.domain.patient import Check
from bedside.services.database import open_database
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle
from ui.access.session import Session
from ui.main_window import MainWindow
from ui.patient.checklist_model import ROW_ROLE
from ui.patient.checklist_tab import ChecklistTab
from ui.patient.history_tab import HistoryTab

TODAY = date(2026, 11, 21)
MRN = "DEMO-004"
OTHER = Actor("OW", "ws-other")
UTC = ZoneInfo("UTC")


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    opened = Session(store, nurse, TODAY, now=lambda: "2026-11-21T10:00:00Z", zone=UTC)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, session: Session) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(session)
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.close()


def _tick_elsewhere(db_path: Path, item: str, mrn: str = MRN) -> None:
    """Another workstation's tick: its own connection to the same file."""
    other = open_database(db_path)
    try:
        other.record_check(mrn, Check(item, TODAY, "done", "OW", "2026-11-21T13:02:00Z"), OTHER)
    finally:
        other.close()


def _open_items(tab: ChecklistTab) -> dict[str, QModelIndex]:
    found = {}
    for g in range(tab.model.rowCount()):
        group = tab.model.index(g, 0)
        for r in range(tab.model.rowCount(group)):
            index = tab.model.index(r, 0, group)
            row = index.data(ROW_ROLE)
            if row.can_check and row.item.status == "due" and row.item.due == TODAY:
                found[index.data(ROW_ROLE).item.id] = index
    return found


def test_a_tick_on_another_workstation_updates_the_board_in_place(qtbot, window: MainWindow, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = window.board.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the second patient, by the real key
    chosen = window.board.current_mrn()
    assert chosen is not None and chosen != window.board.proxy.index(0, 0).data(ROW_ROLE).mrn
    row_count = window.board.model.rowCount()
    while_computing: list[tuple[bool, int]] = []
    window.session.changed.connect(lambda: while_computing.append((window.board_busy(), window.board.proxy.rowCount())))
    model = window.board.model
    _tick_elsewhere(db_path, "HSV-VZV", "DEMO-004")
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.dataChanged, timeout=5000),
        qtbot.waitSignal(window.board_refreshed, timeout=5000),  # the poll saw the other workstation's commit
    ):
        pass
    assert while_computing == [(True, row_count)]  # the old rows stayed while the new ones were computed
    assert window.board.current_mrn() == chosen  # the selection survived the tick
    assert len(table.selectionModel().selectedRows()) == 1


def test_a_tick_keeps_a_closed_group_closed_and_the_selected_item(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    tab = ChecklistTab(session, MRN)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.rowCount() >= 2, "the demo patient has items in two groups at least"
    tab.tree.setFocus()
    first_group = tab.model.index(0, 0)
    tab.tree.setCurrentIndex(first_group)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Left)  # the nurse closes the first group
    assert not tab.tree.isExpanded(first_group)
    closed = first_group.data(ROW_ROLE)
    items = {k: v for k, v in _open_items(tab).items() if v.parent().row() != 0}
    assert len(items) >= 2, "two open items outside the closed group"
    keep, tick = list(items)[:2]
    tab.tree.setCurrentIndex(items[tick])
    model = tab.model
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(model.rowsRemoved),
        qtbot.waitSignal(model.dataChanged),
    ):
        qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)  # the tick, by the real button
    assert tab.view is not None and tab.view.checklist.item(tick).status == "done"  # type: ignore[union-attr]
    assert tab.model.index(0, 0).data(ROW_ROLE) == closed and not tab.tree.isExpanded(tab.model.index(0, 0))
    assert tab.selected_row() is not None and tab.selected_row().item.id == tick  # type: ignore[union-attr]
    tab.tree.setCurrentIndex(_open_items(tab)[keep])
    session.store.record_check(
        MRN, Check(tick, TODAY, "not-done", "TN", "2026-11-21T14:00:00Z", "refused"), session.actor
    )
    with qtbot.assertNotEmitted(tab.model.modelReset), qtbot.waitSignal(tab.model.dataChanged):
        session.notify()  # as the poll does after another workstation's write
    assert not tab.tree.isExpanded(tab.model.index(0, 0))
    assert tab.selected_row() is not None and tab.selected_row().item.id == keep  # type: ignore[union-attr]


def test_a_new_event_is_inserted_and_the_selected_one_stays(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    tab = HistoryTab(session, MRN)
    qtbot.addWidget(tab)
    tab.show()
    tab.table.setFocus()
    tab.table.selectRow(0)
    chosen = tab.selected_event()
    assert chosen is not None
    session.store.record_check(MRN, Check("PJP-PPX", TODAY, "done", "TN", "2026-11-21T14:00:00Z"), session.actor)
    with qtbot.assertNotEmitted(tab.model.modelReset), qtbot.waitSignal(tab.model.rowsInserted):
        session.notify()
    assert tab.model.event_at(0).action == "check.add"  # type: ignore[union-attr]
    assert tab.selected_event() == chosen
