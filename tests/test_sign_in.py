"""Sign-in: choose yourself with the keyboard, or add yourself; problems show beside the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bedside.storage import Store
from bedside.storage.audit import Actor
from ui.sign_in import SignInDialog

SYSTEM = Actor("system", "ws-test")


@pytest.fixture
def dialog(qtbot, store: Store) -> SignInDialog:  # type: ignore[no-untyped-def]
    store.add_user("Tess Nurse", "TN", SYSTEM)
    store.add_user("Ann Berg", "AB", SYSTEM)
    shown = SignInDialog(store)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_typing_filters_and_enter_signs_in_the_highlighted_user(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.filtered.rowCount() == 2
    qtbot.keyClicks(dialog.search, "tess")
    assert dialog.filtered.rowCount() == 1
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.initials == "TN"


def test_arrow_keys_choose_another_user(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    first = dialog.highlighted_user()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    second = dialog.highlighted_user()
    assert first is not None and second is not None and first != second
    dialog.sign_in()
    assert dialog.user == second


def test_no_match_explains_instead_of_signing_in(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.search, "zzz")
    dialog.sign_in()
    assert dialog.user is None and dialog.result() == 0
    assert "add yourself" in dialog.choose_error.text()


def test_bad_initials_show_the_stores_message_beside_the_field(dialog: SignInDialog, store: Store) -> None:
    dialog.name.setText("Carl Dahl")
    dialog.initials.setText("C.D")
    dialog.add_and_sign_in()
    assert "1-5 letters or digits" in dialog.initials_error.text()
    assert dialog.name_error.text() == ""
    assert dialog.user is None
    assert [u.initials for u in store.users()] == ["AB", "TN"]
    assert dialog.initials.text() == "C.D"  # what was typed stays


def test_taken_initials_and_missing_name_are_refused(dialog: SignInDialog, store: Store) -> None:
    dialog.name.setText("Tom Nash")
    dialog.initials.setText("tn")
    dialog.add_and_sign_in()
    assert "already taken" in dialog.initials_error.text()
    dialog.name.setText("  ")
    dialog.initials.setText("XY")
    dialog.add_and_sign_in()
    assert "needs a name" in dialog.name_error.text()
    assert len(store.users()) == 2


def test_adding_yourself_signs_you_in_and_the_trail_names_you(dialog: SignInDialog, store: Store) -> None:
    dialog.name.setText("Carl Dahl")
    dialog.initials.setText("cd")
    dialog.add_and_sign_in()
    assert dialog.user is not None and dialog.user.initials == "CD"
    added = next(e for e in store.events() if e.action == "user.add")
    assert added.actor == "CD" and added.new_value == {"name": "Carl Dahl", "initials": "CD"}


def test_a_failed_verification_keeps_the_dialog_open(monkeypatch: pytest.MonkeyPatch, dialog: SignInDialog) -> None:
    monkeypatch.setattr(dialog, "verify", lambda user: False)  # where issue 6 checks the PIN
    dialog.sign_in()
    assert dialog.user is None and dialog.isVisible()


def test_enter_in_the_add_fields_adds_you_not_the_highlighted_user(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.highlighted_user() is not None
    qtbot.keyClicks(dialog.name, "Carl Dahl")
    qtbot.keyClicks(dialog.initials, "cd")
    qtbot.keyClick(dialog.initials, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.initials == "CD"
