"""Esc, Alt+Left, Ctrl+F and closing the window never drop what was typed in a patient's form without asking."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bedside.services.demo import seed_demo_once
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle
from tests.modal import StrayModals, answer_modal
from ui.access.session import Session
from ui.main_window import MainWindow
from ui.patient.view import PatientView

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), pin="4711")
    win = MainWindow(Session(store, nurse, TODAY))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    stray = StrayModals()
    yield win
    stray.stop()
    win.session.close()
    win.idle_lock.stop()
    assert stray.closed == [], "a question nobody expected was asked"


def answering(text: str, asked: list[str]):  # type: ignore[no-untyped-def]
    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == text).click()

    return answer


def back_in(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The question has closed and the window has the keyboard again (activation is asynchronous)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def typed_in_labs(qtbot, window: MainWindow) -> PatientView:  # type: ignore[no-untyped-def]
    window.open_patient("DEMO-002")
    view = window.patient_view
    assert view is not None
    view.tabs.setCurrentWidget(view.labs)
    qtbot.keyClicks(view.labs.lab_form.value, "0.4")
    return view


def test_esc_with_nothing_typed_goes_straight_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_patient("DEMO-002")
    view = window.patient_view
    assert view is not None
    view.tabs.setCurrentWidget(view.labs)
    qtbot.keyClick(view.labs.lab_form.value, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.board


def test_esc_asks_and_keep_editing_keeps_the_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = typed_in_labs(qtbot, window)
    asked: list[str] = []
    answer_modal(QMessageBox, answering("Keep editing", asked))
    qtbot.keyClick(view.labs.lab_form.value, Qt.Key.Key_Escape)
    assert asked and "not saved" in asked[0]
    assert window.stack.currentWidget() is view and view.labs.lab_form.value.text() == "0.4"
    assert view.tabs.currentWidget() is view.labs
    back_in(qtbot, window)
    answer_modal(QMessageBox, answering("Discard", asked))
    qtbot.keyClick(view.labs.lab_form.value, Qt.Key.Key_Escape)
    assert len(asked) == 2 and window.stack.currentWidget() is window.board


def test_alt_left_and_find_patient_ask_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = typed_in_labs(qtbot, window)
    asked: list[str] = []
    answer_modal(QMessageBox, answering("Keep editing", asked))
    qtbot.keyClick(view.labs.lab_form.value, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    back_in(qtbot, window)
    answer_modal(QMessageBox, answering("Keep editing", asked))
    qtbot.keyClick(view.labs.lab_form.value, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2 and window.stack.currentWidget() is view
    assert view.labs.lab_form.value.text() == "0.4"
    view.labs.lab_form.value.clear()  # nothing left unsaved when the test closes the window


def test_a_saved_entry_leaves_nothing_to_ask_about(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = typed_in_labs(qtbot, window)
    qtbot.keyClicks(view.labs.lab_form.time, "09:00")
    qtbot.mouseClick(view.labs.lab_form.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in view.labs.lab_form.message.text()
    qtbot.keyClick(view.labs.lab_form.value, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.board


def test_closing_the_window_asks_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = typed_in_labs(qtbot, window)
    asked: list[str] = []
    answer_modal(QMessageBox, answering("Keep editing", asked))
    window.close()
    assert asked and window.isVisible() and view.labs.lab_form.value.text() == "0.4"
    view.labs.lab_form.value.clear()
