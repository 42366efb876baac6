"""End to end through the real widgets, as a new user would: sign in, open a patient, tick, restart, find it.

Issue 4's flow test. Each step goes through the dialog, the board, the tabs and the forms a nurse uses;
the keyboard does the work where the issue says so (Enter opens a patient, Space ticks an item).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

from bedside.services.database import open_database
from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.store import User
from bedside.views.day import DayRow
from tests.gui import settle
from ui.access.session import Session
from ui.access.sign_in import SignInDialog
from ui.dialogs.patient_dialog import PatientDialog
from ui.main_window import MainWindow
from ui.patient.checklist_tab import ChecklistTab
from ui.patient.history_tab import HistoryTab
from ui.patient.view import PatientView

TODAY = date(2026, 11, 21)
CLOCK = "2026-11-21T10:00:00Z"
UTC = ZoneInfo("UTC")  # the clock's 10:00 is on 2026-11-21 wherever the test runs


class Workstation:
    """One start of Bedside on a database file: its Store, the signed-in Session and the MainWindow."""

    def __init__(self, qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.db_path = qtbot, db_path
        self.store: Store | None = None
        self.session: Session | None = None
        self.window: MainWindow | None = None

    def open_store(self) -> Store:
        self.store = open_database(self.db_path)
        seed_demo_once(self.store, TODAY)  # as run_gui does on a new database
        return self.store

    def start(self, user: User) -> MainWindow:
        assert self.store is not None
        self.session = Session(self.store, user, TODAY, now=lambda: CLOCK, zone=UTC)
        self.window = MainWindow(self.session)
        self.qtbot.addWidget(self.window)
        settle(self.qtbot, self.window)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.window.activateWindow()  # shortcuts (Space, Ctrl+Enter) act only in the active window
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        return self.window

    def quit(self) -> None:
        """Close the window, stop the session's timers, then close the database (as run_gui does)."""
        session = self.window.session if self.window is not None else self.session  # after Switch user too
        if self.window is not None:
            self.window.close()
        if session is not None:
            session.close()
        if self.store is not None:
            self.store.close()
        self.store, self.session, self.window = None, None, None


@pytest.fixture
def workstations(qtbot, db_path: Path) -> Iterator[Callable[[], Workstation]]:  # type: ignore[no-untyped-def]
    started: list[Workstation] = []

    def new() -> Workstation:
        started.append(Workstation(qtbot, db_path))
        return started[-1]

    yield new
    for station in started:  # a failed test still stops the timers before the file closes
        station.quit()


def sign_in_as_new_user(qtbot, store: Store, name: str, initials: str) -> User:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.initials, initials)
    qtbot.keyClicks(dialog.new_pin, "2580")
    qtbot.keyClicks(dialog.new_repeat, "2580")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.new_repeat, Qt.Key.Key_Return)
    assert dialog.user is not None
    return dialog.user


def open_with_keyboard(qtbot, window: MainWindow, mrn: str) -> PatientView:  # type: ignore[no-untyped-def]
    """Arrow keys down the board to the patient, then Enter."""
    table = window.board.table
    table.setFocus()
    for _ in range(window.board.proxy.rowCount()):
        if window.board.current_mrn() == mrn:
            break
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.board.current_mrn() == mrn
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert isinstance(window.stack.currentWidget(), PatientView)
    assert window.patient_view is not None and window.patient_view.mrn == mrn
    return window.patient_view


def status_of(checklist: ChecklistTab, item_id: str) -> str | None:
    assert checklist.view is not None
    item = checklist.view.checklist.item(item_id)
    return None if item is None else item.status


def history_rows(history: HistoryTab) -> list[tuple[str, str]]:
    """(by, what) for every row the History tab shows, newest first."""
    proxy = history.proxy
    return [(proxy.index(r, 1).data(), proxy.index(r, 2).data()) for r in range(proxy.rowCount())]


def test_sign_in_open_a_patient_tick_an_item_and_find_it_after_a_restart(  # type: ignore[no-untyped-def]
    qtbot, workstations: Callable[[], Workstation]
) -> None:
    first = workstations()
    store = first.open_store()
    nurse = sign_in_as_new_user(qtbot, store, "Nora Quist", "nq")
    assert nurse.initials == "NQ"
    window = first.start(nurse)
    assert window.board.proxy.rowCount() == 6  # the DEMO ward a new database starts with
    mrn = "DEMO-002"
    view = open_with_keyboard(qtbot, window, mrn)
    assert view.tabs.currentWidget() is view.checklist

    checklist = view.checklist
    qtbot.waitUntil(checklist.tree.hasFocus)  # opening a patient puts the keyboard on its list: Space ticks
    for _ in range(80):  # down the list, over the group headings, to the first item due today
        row = checklist.selected_row()
        if isinstance(row, DayRow) and row.item.status == "due" and row.can_check:
            break
        qtbot.keyClick(checklist.tree, Qt.Key.Key_Down)
    row = checklist.selected_row()
    assert row is not None and row.item.status == "due"
    item_id = row.item.id
    qtbot.keyClick(checklist.tree, Qt.Key.Key_Space)
    assert status_of(checklist, item_id) == "done"
    assert "Saved" in checklist.message.text()
    first.quit()

    second = workstations()
    store = second.open_store()
    same_nurse = next(u for u in store.users() if u.initials == "NQ")
    window = second.start(same_nurse)
    assert window.board.proxy.rowCount() == 6
    view = open_with_keyboard(qtbot, window, mrn)
    assert view.checklist.day == TODAY
    assert status_of(view.checklist, item_id) == "done"
    view.tabs.setCurrentWidget(view.history)
    assert ("NQ", f"ticked {item_id} done for {TODAY.isoformat()}") in history_rows(view.history)


def test_add_a_patient_enter_a_fever_and_low_anc_and_the_bundle_is_due(  # type: ignore[no-untyped-def]
    qtbot, workstations: Callable[[], Workstation]
) -> None:
    station = workstations()
    store = station.open_store()
    window = station.start(sign_in_as_new_user(qtbot, store, "Olle Pers", "op"))

    dialog = window.new_patient()
    assert isinstance(dialog, PatientDialog)
    typed = {
        "patient.mrn": "H5-0077",
        "patient.name": "Lind, Vera",
        "therapy.infusion_dates": "2026-11-18",  # day +3 today
    }
    for path, text in typed.items():
        field = dialog.widget(path)
        assert isinstance(field, QLineEdit)
        qtbot.keyClicks(field, text)
    product = dialog.widget("therapy.product")
    assert isinstance(product, QComboBox)
    product.setCurrentIndex(product.findData("axi-cel"))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    window.activateWindow()  # the dialog has gone (offscreen Qt does not hand activation back by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts act only in the active window
    assert window.board.proxy.rowCount() == 7
    view = open_with_keyboard(qtbot, window, "H5-0077")
    assert status_of(view.checklist, "FN-BUNDLE") is None  # no fever yet

    view.tabs.setCurrentWidget(view.labs)
    labs = view.labs
    lab = labs.lab_form
    lab.test.setCurrentIndex(lab.test.findData("anc"))
    lab.unit.setCurrentIndex(lab.unit.findData("10^9/L"))
    qtbot.keyClicks(lab.time, "06:00")
    qtbot.keyClicks(lab.value, "0.3")
    qtbot.mouseClick(lab.save_button, Qt.MouseButton.LeftButton)
    assert lab.message.text() == "Saved."

    labs.kinds.setCurrentRow(1)  # "Temperature or grade"
    observation = labs.observation_form
    assert observation.kind.currentData() == "temperature" and observation.unit.currentData() == "C"
    qtbot.keyClicks(observation.time, "09:30")
    qtbot.keyClicks(observation.value, "38.6")
    qtbot.keyClick(observation.value, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert observation.message.text() == "Saved."

    view.tabs.setCurrentWidget(view.checklist)
    assert status_of(view.checklist, "FN-BUNDLE") == "due"
    view.tabs.setCurrentWidget(view.history)
    whats = [what for _by, what in history_rows(view.history)]
    assert any(w.startswith("added the patient") for w in whats)
    assert any(w.startswith("added lab #") and "anc 0.3 10^9/L" in w for w in whats)
    assert any(w.startswith("added observation #") and "temperature 38.6 C" in w for w in whats)
    assert {by for by, _what in history_rows(view.history)} == {"OP"}
