"""The idle lock covers every window, hides patient data, lets nothing through, and loses nothing typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from bedside.services.demo import seed_demo_once
from bedside.storage import Store, access
from bedside.storage.audit import Actor
from tests.gui import settle
from ui.access.lock import LOCKED_TITLE, LockCover
from ui.access.session import Session
from ui.dialogs.users_dialog import UsersDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 21)
SYSTEM = Actor("system", "ws-test")


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", SYSTEM, pin="4711")
    win = MainWindow(Session(store, nurse, TODAY))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    yield win
    win.session.close()
    win.idle_lock.stop()


def covered(widget: QWidget) -> bool:
    """Every point of the window (menu bar, middle, status bar) belongs to a visible lock cover."""
    points = [QPoint(5, 5), widget.rect().center(), QPoint(widget.width() - 5, widget.height() - 5)]
    for point in points:
        child = widget.childAt(point)
        while child is not None and not isinstance(child, LockCover):
            child = child.parentWidget()
        if child is None or not child.isVisible():
            return False
    return True


def cover_of(window: MainWindow, widget: QWidget) -> LockCover:
    return next(c for c in window.idle_lock.covers if c.parentWidget() is widget)


def test_idle_time_locks_every_window_and_hides_the_open_patient(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.open_patient("DEMO-002")
    dialog = window.edit_patient()  # a form left open, half filled
    assert dialog is not None
    name = dialog.widget("patient.name")
    assert isinstance(name, QLineEdit)
    name.setText("typed before the lock")
    window.idle_lock.set_idle_ms(200)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=3000)
    assert covered(window) and covered(dialog)
    assert window.windowTitle() == dialog.windowTitle() == LOCKED_TITLE
    assert store.events()[0].action == "session.lock" and store.events()[0].actor == "TN"
    # Unlock: the form is still there with what was typed.
    cover = cover_of(window, dialog)
    cover.pin.setText("4711")
    cover.unlock()
    assert not window.idle_lock.locked and not covered(window)
    assert name.text() == "typed before the lock" and dialog.isVisible()
    assert window.windowTitle() != LOCKED_TITLE
    assert [e.action for e in store.events()[:2]] == ["session.unlock", "signin"]


def test_while_locked_no_key_reaches_the_checklist(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.open_patient("DEMO-002")
    checklist = window.patient_view.checklist  # type: ignore[union-attr]
    checks_before = store._db.execute("SELECT COUNT(*) FROM checks").fetchone()[0]
    window.lock_screen()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Escape):
        qtbot.keyClick(checklist.tree, key)
    qtbot.keyClick(checklist.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert store._db.execute("SELECT COUNT(*) FROM checks").fetchone()[0] == checks_before
    assert window.stack.currentWidget() is window.patient_view  # Esc did not go back either
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=window.rect().center())
    assert window.idle_lock.locked


def test_a_wrong_pin_keeps_it_locked_and_counts(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.lock_screen()
    cover = cover_of(window, window)
    cover.pin.setText("0000")
    cover.unlock()
    assert window.idle_lock.locked and covered(window)
    assert cover.error.text() == "That name and PIN do not match."
    assert store.events()[0].action == "signin.failed"


def test_someone_else_signs_in_from_the_lock_screen(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.add_user("Ann Berg", "AB", SYSTEM, pin="2580")
    dialog = window.new_patient()
    window.lock_screen()
    sign_in = window.idle_lock.switch_user()
    assert not covered(sign_in)  # the sign-in window is usable over the lock
    sign_in.search.setText("ann")
    sign_in.pin.setText("2580")
    assert sign_in.sign_in()
    assert not window.idle_lock.locked
    assert window.session.actor.user == "AB"
    assert not dialog.isVisible()  # Tess's unsaved form is closed, never saved as Ann


def test_an_emergency_session_locks_without_a_pin_field(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    guest = access.User(0, "Dr Night", "DN", has_pin=False)
    win = MainWindow(Session(store, guest, TODAY, emergency=True))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    try:
        assert win.emergency_label.isVisible() and win.session.actor.user == "DN (emergency)"
        assert not win.users_action.isEnabled()
        win.lock_screen()
        assert not cover_of(win, win).pin.isVisible()
    finally:
        win.session.close()
        win.idle_lock.stop()


def test_the_admin_sets_the_lock_time_for_the_site(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    from bedside.config import settings

    assert window.idle_lock.idle_ms == 5 * 60_000  # the default
    assert not window.users_action.isEnabled()  # Tess is staff
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    window.set_user(admin)
    assert window.users_action.isEnabled()
    window.users_action.trigger()
    users = window.findChild(UsersDialog)
    assert users is not None and users.isVisible()
    minutes = users.settings.field(settings.LOCK_MINUTES)
    minutes.setFocus()
    qtbot.keyClick(minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(minutes, "12")
    qtbot.mouseClick(users.settings.save_button, Qt.MouseButton.LeftButton)
    assert window.idle_lock.idle_ms == 12 * 60_000
    assert store.meta(access.LOCK_MINUTES_SETTING) == "12"


def test_enter_that_unlocks_never_presses_save_in_the_form_underneath(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    from tests.test_patient_dialog import GOOD, fill

    window.new_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, **GOOD)  # complete: Save would add the patient
    name = dialog.widget("patient.name")
    name.setFocus()
    window.lock_screen()
    cover = cover_of(window, dialog)
    assert dialog.focusWidget() is cover.pin  # the PIN field, never the form beneath
    qtbot.keyClicks(cover.pin, "4711")
    qtbot.keyClick(cover.pin, Qt.Key.Key_Return)
    assert not window.idle_lock.locked
    assert dialog.isVisible() and dialog.result() == 0  # neither saved nor closed
    assert "H5-0042" not in [p.mrn for p in store.patient_summaries()]
    assert isinstance(name, QLineEdit) and name.text() == GOOD["patient__name"]


def test_esc_on_the_lock_screen_never_closes_the_form_underneath(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None
    window.lock_screen()
    qtbot.keyClick(cover_of(window, dialog).pin, Qt.Key.Key_Escape)
    assert dialog.isVisible() and window.idle_lock.locked


def new_patient_form_typing_in_name(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    """Patient > New patient…, its name field taking the keys: (the dialog, the field)."""
    window.new_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None
    field = dialog.widget("patient.name")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return dialog, field


def test_ctrl_l_locks_while_a_dialog_is_open(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog, _field = new_patient_form_typing_in_name(qtbot, window)
    # Through the dialog's window, as the keyboard's keys come (the lock watches windows, not each widget).
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.idle_lock.locked and covered(window) and covered(dialog)
    assert window.windowTitle() == dialog.windowTitle() == LOCKED_TITLE


def test_ctrl_l_locks_from_the_board(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.board.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.idle_lock.locked and covered(window)


def test_the_locked_title_stays_neutral_when_the_board_refreshes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.lock_screen()
    window.session.notify()  # a change (here or on another workstation) reloads the board
    assert window.windowTitle() == LOCKED_TITLE
    cover = cover_of(window, window)
    qtbot.keyClicks(cover.pin, "4711")
    qtbot.keyClick(cover.pin, Qt.Key.Key_Return)
    assert "ward board" in window.windowTitle()


def test_enter_on_an_empty_pin_is_not_a_wrong_pin(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.lock_screen()
    cover = cover_of(window, window)
    for _ in range(4):  # a nurse pressing Enter to wake the screen
        qtbot.keyClick(cover.pin, Qt.Key.Key_Return)
    assert window.idle_lock.locked and "Type your PIN" in cover.error.text()
    assert store._db.execute("SELECT failed_pins FROM users WHERE initials = 'TN'").fetchone()[0] == 0
    assert not [e for e in store.events() if e.action == "signin.failed"]


def test_the_unlock_button_unlocks_with_the_pin(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.lock_action.trigger()
    assert window.idle_lock.locked
    cover = cover_of(window, window)
    cover.pin.setText("0000")
    qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)
    assert window.idle_lock.locked  # a wrong PIN: still locked
    cover.pin.setText("4711")
    qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.idle_lock.locked and not covered(window)
    assert store.events()[0].action in ("session.unlock", "signin")


def test_typing_in_a_dialog_keeps_the_screen_unlocked_and_stopping_locks_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog, field = new_patient_form_typing_in_name(qtbot, window)
    window.idle_lock.set_idle_ms(1000)
    for _ in range(8):  # 1.6 s of typing, a key every 200 ms: never a second without input
        qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_A)  # as the keyboard's keys come: through the window
        qtbot.wait(200)
        assert not window.idle_lock.locked
    assert field.text().endswith("a" * 8)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=5000)
    assert covered(dialog) and field.text().endswith("a" * 8)  # covered, nothing typed lost
