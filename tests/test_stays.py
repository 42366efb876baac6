"""Discharge, readmit and archive with a reason, audited; the board shows active patients only; the DEMO ward
goes in one admin action. Driven through the Patient and Admin menus and the list's Readmit button."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bedside.domain.errors import AccessError, BedsideError
from bedside.services.board import rows as board
from bedside.services.demo import seed_demo_once
from bedside.storage import Store, stays
from bedside.storage.audit import Actor
from tests.factories import full_document, record_of
from tests.gui import settle
from tests.modal import StrayModals, answer_modal
from ui.access.session import Session
from ui.actions.stays import StayList
from ui.main_window import MainWindow
from ui.reason_dialog import ReasonDialog

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 21)
SYSTEM = Actor("system", "ws-test")


def on_board(store: Store) -> list[str]:
    return [r.mrn for r in board(store, TODAY)]


def test_discharge_readmit_archive_each_need_a_reason_and_are_audited(store: Store) -> None:
    seed_demo_once(store, TODAY)
    with pytest.raises(BedsideError, match="reason"):
        stays.move(store._db, "DEMO-002", "discharged", "  ", SYSTEM)
    stays.move(store._db, "DEMO-002", "discharged", "home, day +20", SYSTEM)
    assert "DEMO-002" not in on_board(store) and stays.stay_of(store._db, "DEMO-002") == "discharged"
    event = store.events("DEMO-002")[0]
    assert (event.action, event.old_value, event.new_value, event.reason) == (
        "patient.discharge",
        "active",
        "discharged",
        "home, day +20",
    )
    with pytest.raises(BedsideError, match="is discharged"):
        stays.move(store._db, "DEMO-002", "discharged", "again", SYSTEM)
    stays.move(store._db, "DEMO-002", "active", "readmitted with fever", SYSTEM)
    assert "DEMO-002" in on_board(store)
    stays.move(store._db, "DEMO-002", "archived", "entered twice", SYSTEM)
    assert "DEMO-002" not in on_board(store)
    assert [e.action for e in store.events("DEMO-002")[:3]] == [
        "patient.archive",
        "patient.readmit",
        "patient.discharge",
    ]
    assert store.verify_audit().ok


def test_removing_the_demo_ward_is_admin_work_and_never_touches_a_real_patient(store: Store) -> None:
    seed_demo_once(store, TODAY)
    store.import_record(record_of(full_document("H5-1", "Real, Patient")), SYSTEM)
    nurse = store.add_user("Tess Nurse", "TN", SYSTEM, pin="4711")
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    with pytest.raises(AccessError):
        stays.remove_demo_ward(store._db, Actor("TN", "ws"), nurse)
    assert stays.remove_demo_ward(store._db, Actor("AD", "ws"), admin) == 6
    assert on_board(store) == ["H5-1"]
    assert store.events()[0].action == "demo.remove" and store.verify_audit().ok
    assert stays.remove_demo_ward(store._db, Actor("AD", "ws"), admin) == 0


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    store.import_record(record_of(full_document("H5-1", "Real, Patient")), SYSTEM)
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    win = MainWindow(Session(store, admin, TODAY))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    stray = StrayModals()
    yield win
    stray.stop()
    win.session.close()
    win.idle_lock.stop()
    assert stray.closed == [], "a question nobody expected was asked"


def reason(text: str | None):  # type: ignore[no-untyped-def]
    def answer(box: ReasonDialog) -> None:
        if text is None:
            box.reject()
            return
        box.reason.setText(text)
        if not box.ok.isEnabled():  # no reason: OK cannot be pressed, so it is cancelled
            answered.append("OK disabled")
            box.reject()
            return
        box.ok.click()

    answered: list[str] = []
    answer.answered = answered  # type: ignore[attr-defined]
    return answer


def shown(window: MainWindow) -> list[str]:
    assert window.tasks.wait_idle(), "the board was not computed in time"  # computed in a worker
    column = window.board.model.COLUMNS.index("mrn")
    return [window.board.proxy.index(r, column).data() for r in range(window.board.proxy.rowCount())]


def patient_menu_action(window: MainWindow, words: str):  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Patient")
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(words))


def test_discharge_from_the_patient_menu(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.select_mrn("DEMO-002")
    discharge = patient_menu_action(window, "Discharge patient")
    answer_modal(ReasonDialog, reason(None))  # cancelled: nothing happens
    discharge.trigger()
    assert "DEMO-002" in shown(window)
    blank = reason("   ")
    answer_modal(ReasonDialog, blank)  # no reason: OK stays disabled, nothing happens
    discharge.trigger()
    assert blank.answered == ["OK disabled"] and "DEMO-002" in shown(window)
    answer_modal(ReasonDialog, reason("home"))
    discharge.trigger()
    assert "DEMO-002" not in shown(window) and store.events("DEMO-002")[0].reason == "home"


def test_readmit_from_the_list_of_discharged_patients(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    stays.move(store._db, "DEMO-003", "discharged", "home", SYSTEM)
    window.session.notify()
    assert "DEMO-003" not in shown(window)
    patient_menu_action(window, "Discharged and archived").trigger()
    dialog = window.stays.dialog
    assert isinstance(dialog, StayList) and dialog.table.rowCount() == 1
    dialog.table.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)  # the plan goes on after discharge
    preview = window.printing.preview
    assert preview is not None and preview.isVisible() and "plan" in preview.windowTitle().lower()
    preview.reject()
    answer_modal(ReasonDialog, reason("back with fever"))
    qtbot.mouseClick(dialog.readmit_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and "back on the board" in dialog.message.text()
    assert "DEMO-003" in shown(window) and store.events("DEMO-003")[0].action == "patient.readmit"


def test_the_admin_removes_the_demo_ward_in_one_action(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.stays.demo_action in window.admin_menu.actions() and window.stays.demo_action.isEnabled()

    def yes(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_modal(QMessageBox, yes)
    window.stays.demo_action.trigger()
    assert shown(window) == ["H5-1"] and not window.board.banner.isVisible()
