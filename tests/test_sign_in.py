"""Sign-in: choose yourself, type your PIN; first user adds themselves; emergency access is flagged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bedside.storage import Store
from bedside.storage.audit import Actor
from ui.access.emergency import EmergencyDialog
from ui.access.sign_in import SignInDialog

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

SYSTEM = Actor("system", "ws-test")


@pytest.fixture
def dialog(qtbot, store: Store) -> SignInDialog:  # type: ignore[no-untyped-def]
    store.add_user("Tess Nurse", "TN", SYSTEM, pin="4711", role="admin")
    store.add_user("Ann Berg", "AB", SYSTEM, pin="2580")
    shown = SignInDialog(store)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_type_your_name_enter_your_pin_and_you_are_signed_in(qtbot, dialog: SignInDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    assert dialog.filtered.rowCount() == 2 and not dialog.add_box.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.search, "tess")
    assert dialog.filtered.rowCount() == 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.pin
    qtbot.keyClicks(dialog.pin, "4711")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.initials == "TN" and not dialog.emergency
    assert store.events()[0].action == "signin"


def test_the_pin_is_never_shown_and_takes_digits_only(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.pin, "12ab34")
    assert dialog.pin.text() == "1234"
    assert dialog.pin.displayText() != "1234"


def test_arrow_keys_choose_another_user(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.highlighted_user() is None
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    first = dialog.highlighted_user()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    second = dialog.highlighted_user()
    assert first is not None and second is not None and first != second


def test_a_wrong_pin_says_only_that_name_and_pin_do_not_match(qtbot, dialog: SignInDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.search, "ann")
    dialog.pin.setText("9999")
    assert dialog.sign_in() is False
    assert dialog.choose_error.text() == "That name and PIN do not match."
    assert dialog.pin.text() == "" and dialog.user is None and dialog.result() == 0
    for _ in range(2):
        dialog.pin.setText("9999")
        dialog.sign_in()
    assert "Wait 5 seconds" in dialog.choose_error.text()
    dialog.pin.setText("2580")  # right, but during the wait: not even checked
    assert dialog.sign_in() is False and "Try again in" in dialog.choose_error.text()
    assert [e.action for e in store.events()[:4]] == ["signin.refused", *["signin.failed"] * 3]


def test_a_locked_user_is_marked_and_pointed_to_an_admin(qtbot, dialog: SignInDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    store._db.execute("UPDATE users SET locked = 1 WHERE initials = 'AB'")
    dialog.reload()
    qtbot.keyClicks(dialog.search, "ann")
    assert "locked" in dialog.list.currentIndex().data()
    dialog.pin.setText("2580")
    assert dialog.sign_in() is False
    assert "An admin can unlock it" in dialog.choose_error.text()


def test_a_user_without_a_pin_chooses_one_at_first_sign_in(qtbot, dialog: SignInDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.add_user("Carl Dahl", "CD", SYSTEM)  # added at the command line without a PIN
    dialog.reload()
    qtbot.keyClicks(dialog.search, "carl")
    assert dialog.repeat.isVisibleTo(dialog) and "Choose" in dialog.pin_label.text()
    dialog.pin.setText("3690")
    dialog.repeat.setText("3691")
    assert dialog.sign_in() is False and "not the same" in dialog.choose_error.text()
    dialog.pin.setText("3690")
    dialog.repeat.setText("3690")
    assert dialog.sign_in() is True
    assert dialog.user is not None and dialog.user.has_pin
    assert store.events()[0].action == "user.pin_set" and store.events()[0].actor == "CD"


def test_no_match_explains_instead_of_signing_in(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.search, "zzz")
    assert dialog.sign_in() is False
    assert "Choose your name" in dialog.choose_error.text()


@pytest.fixture
def first_start(qtbot, store: Store) -> SignInDialog:  # type: ignore[no-untyped-def]
    shown = SignInDialog(store)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_first_user_adds_themselves_and_becomes_admin(first_start: SignInDialog, store: Store) -> None:
    assert first_start.add_box.isVisibleTo(first_start) and not first_start.choose_box.isVisibleTo(first_start)
    first_start.name.setText("Carl Dahl")
    first_start.initials.setText("cd")
    first_start.new_pin.setText("3690")
    first_start.new_repeat.setText("3690")
    first_start.add_and_sign_in()
    user = first_start.user
    assert user is not None and user.initials == "CD" and user.is_admin
    added = next(e for e in store.events() if e.action == "user.add")
    assert added.actor == "CD" and added.new_value == {
        "name": "Carl Dahl",
        "initials": "CD",
        "role": "admin",
        "pin": True,
    }


def test_problems_show_beside_their_field_and_nothing_is_saved(first_start: SignInDialog, store: Store) -> None:
    first_start.name.setText("Carl Dahl")
    first_start.initials.setText("C.D")
    first_start.new_pin.setText("1111")
    first_start.new_repeat.setText("1111")
    first_start.add_and_sign_in()
    assert "too easy" in first_start.pin_error.text()
    first_start.new_pin.setText("3690")
    first_start.new_repeat.setText("3690")
    first_start.add_and_sign_in()
    assert "1-5 letters or digits" in first_start.initials_error.text() and first_start.pin_error.text() == ""
    first_start.name.setText("  ")
    first_start.initials.setText("XY")
    first_start.add_and_sign_in()
    assert "needs a name" in first_start.name_error.text()
    assert store.users() == [] and first_start.user is None
    assert first_start.initials.text() == "XY"  # what was typed stays


def test_emergency_access_needs_name_initials_and_reason_and_is_flagged(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    emergency = EmergencyDialog(store)
    qtbot.addWidget(emergency)
    emergency.show()
    assert not emergency.start.isEnabled()
    emergency.name.setText("Dr Night")
    emergency.initials.setText("dn")
    assert not emergency.start.isEnabled()
    emergency.reason.setText("locked out, patient febrile")
    assert emergency.start.isEnabled()
    with qtbot.waitSignal(emergency.accepted, timeout=2000):
        emergency.start.click()
    assert emergency.user is not None and emergency.user.initials == "DN" and not emergency.user.is_admin
    event = store.events()[0]
    assert (event.action, event.actor, event.reason) == (
        "session.emergency",
        "DN (emergency)",
        "locked out, patient febrile",
    )
    assert emergency.result() == QDialog.DialogCode.Accepted


def failed_pins(store: Store, initials: str) -> int:
    return int(store._db.execute("SELECT failed_pins FROM users WHERE initials = ?", [initials]).fetchone()[0])


def signin_events(store: Store) -> list[str]:
    return [e.action for e in store.events() if e.action.startswith("signin")]


def test_no_button_looks_like_enters(dialog: SignInDialog) -> None:
    from PySide6.QtWidgets import QPushButton

    assert not [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]


def test_nobody_is_preselected_so_a_pin_typed_first_counts_against_no_one(
    qtbot, dialog: SignInDialog, store: Store
) -> None:  # type: ignore[no-untyped-def]
    assert dialog.highlighted_user() is None  # the admin (first in the list) is not chosen for you
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "Choose your name" in dialog.choose_error.text()
    assert failed_pins(store, "TN") == failed_pins(store, "AB") == 0
    assert not signin_events(store)


def test_enter_in_the_name_box_moves_to_the_pin_and_checks_nothing(qtbot, dialog: SignInDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.search, "ann")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.pin and dialog.result() == 0
    assert failed_pins(store, "AB") == 0 and not signin_events(store)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on the highlighted name does the same
    assert failed_pins(store, "AB") == 0 and not signin_events(store)


def test_one_wrong_pin_and_enter_counts_once_against_that_user_only(qtbot, dialog: SignInDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.search, "ann")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.choose_error.text() == "That name and PIN do not match."
    assert (failed_pins(store, "AB"), failed_pins(store, "TN")) == (1, 0)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # Enter on an empty PIN is not a try
    assert failed_pins(store, "AB") == 1 and "Type your PIN" in dialog.choose_error.text()


def test_the_emergency_button_opens_emergency_access_and_signs_in_flagged(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Clicked as a person does: the button's wiring is what is tested, the dialog is answered in its event loop."""
    store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), pin="4711")
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()

    def answer() -> None:
        found = QApplication.activeModalWidget()
        if isinstance(found, EmergencyDialog):
            found.name.setText("Dr Night")
            found.initials.setText("DN")
            found.reason.setText("locked out, patient febrile")
            found.start.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    qtbot.mouseClick(dialog.emergency_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.emergency and dialog.user is not None and dialog.user.initials == "DN"
    assert store.events()[0].action == "session.emergency"
