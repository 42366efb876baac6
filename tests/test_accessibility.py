"""Every control a user can reach has an accessible name, and the keyboard alone gets through a day's checklist.

The issue's conventions: "An accessible name on every control. Full keyboard use." The walk covers the
main window with a patient open (each tab, and each kind of entry form, shown once), the patient dialog
and the sign-in dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle
from ui.access.session import Session
from ui.access.sign_in import SignInDialog
from ui.dialogs.patient_dialog import PatientDialog
from ui.main_window import MainWindow
from ui.patient.checklist_tab import ChecklistTab
from ui.patient.view import PatientView

TODAY = date(2026, 11, 21)
MRN = "DEMO-001"  # day +3 with fever and neutropenia: the most crowded checklist of the demo ward
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QDateEdit,
    QAbstractItemView,
    QCheckBox,
    QTabWidget,
)
# A control inside one of these is a part Qt builds for it, named through its owner: the line edit in a
# spin box, date edit or editable combo box, a combo box's popup list, a line edit's clear button, a
# view's headers and corner button, a tab bar's scroll buttons. (A QTabWidget holds pages, not parts.)
OWNERS_OF_PARTS = (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView, QTabBar)


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"))
    opened = Session(store, nurse, TODAY, now=lambda: "2026-11-21T10:00:00Z", zone=ZoneInfo("UTC"))
    yield opened
    opened.close()  # its poll timer must not outlive the store


@pytest.fixture
def window(qtbot, session: Session) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(session)
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.session.close()


def is_part_of_another_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, OWNERS_OF_PARTS):
            return True
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    where = widget.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} text={text!r} in {type(where).__name__}"


def unnamed_controls(top: QWidget) -> list[str]:
    """The visible controls under `top` (and `top` itself) without an accessible name."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or is_part_of_another_control(widget):
            continue
        if not widget.accessibleName().strip():
            found.append(describe(widget))
    return found


def test_every_control_on_the_board_and_in_each_tab_has_an_accessible_name(window: MainWindow) -> None:
    unnamed = set(unnamed_controls(window))
    window.open_patient(MRN)
    view = window.patient_view
    assert isinstance(view, PatientView)
    for page in (view.checklist, view.timeline, view.labs, view.history):
        view.tabs.setCurrentWidget(page)
        assert page.isVisible()
        unnamed |= set(unnamed_controls(window))
    view.tabs.setCurrentWidget(view.labs)
    for row in range(view.labs.kinds.count()):  # each kind of entry has its own form
        view.labs.kinds.setCurrentRow(row)
        unnamed |= set(unnamed_controls(window))
    assert sorted(unnamed) == []


def test_every_control_in_the_patient_dialog_has_an_accessible_name(window: MainWindow) -> None:
    dialog = window.new_patient()
    assert isinstance(dialog, PatientDialog) and dialog.isVisible()
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_every_control_in_the_sign_in_dialog_has_an_accessible_name(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.add_user("Ann Berg", "AB", Actor("system", "ws-test"))
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []


def test_the_walk_sees_the_controls_it_should(window: MainWindow) -> None:
    """Guards the rule above: the walk must not skip the controls a nurse uses."""
    window.open_patient(MRN)
    view = window.patient_view
    assert view is not None
    walked = [w for w in window.findChildren(QWidget) if isinstance(w, CONTROLS) and not is_part_of_another_control(w)]
    checklist = view.checklist
    for control in (view.tabs, checklist.tree, checklist.date_edit, checklist.day_spin, checklist.done_button):
        assert control in walked
    assert checklist.date_edit.lineEdit() not in walked  # its part, named through the date edit


def test_tab_from_the_date_field_reaches_the_checklist_and_the_done_button(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_patient(MRN)
    view = window.patient_view
    assert view is not None
    checklist = view.checklist
    assert checklist.done_button.isEnabled()  # the first item (the febrile-neutropenia bundle) is due
    checklist.date_edit.setFocus()
    qtbot.waitUntil(checklist.date_edit.hasFocus)
    reached: list[QWidget] = []
    presses_here = 0
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        # Tab first walks a date's year, month and day sections, then leaves the field.
        presses_here = presses_here + 1 if now is focused else 0
        assert presses_here < 3, f"Tab is stuck on {describe(focused)}"
        if now is not focused:
            reached.append(now)
        if now is checklist.done_button:
            break
    assert checklist.tree in reached
    assert reached[-1] is checklist.done_button
    assert reached.index(checklist.tree) < reached.index(checklist.done_button)
    qtbot.keyClick(checklist.done_button, Qt.Key.Key_Space)  # a focused button presses with Space
    assert item_status(checklist, "FN-BUNDLE") == "done"


def test_space_on_a_focused_control_presses_it_and_ticks_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Space ticks the selected item only from the list; anywhere else it belongs to the focused control."""
    window.open_patient(MRN)
    view = window.patient_view
    assert view is not None
    checklist = view.checklist
    checklist.show_all.setFocus()
    qtbot.waitUntil(checklist.show_all.hasFocus)
    qtbot.keyClick(checklist.show_all, Qt.Key.Key_Space)
    assert checklist.show_all.isChecked()
    assert item_status(checklist, "FN-BUNDLE") == "due"
    checklist.tree.setFocus()
    qtbot.keyClick(checklist.tree, Qt.Key.Key_Space)
    assert item_status(checklist, "FN-BUNDLE") == "done"


def item_status(checklist: ChecklistTab, item_id: str) -> str | None:
    assert checklist.view is not None
    item = checklist.view.checklist.item(item_id)
    return None if item is None else item.status
