"""Admin > Users and settings, driven as an admin does: the menu item, the buttons, the PIN form.

The core also refuses admin work to anyone who is no longer an admin.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from bedside.storage import Store, access
from bedside.storage.access import Outcome
from bedside.storage.audit import Actor
from tests.gui import settle
from tests.modal import answer_modal
from ui.access.session import Session
from ui.dialogs.users_dialog import PinDialog, UsersDialog
from ui.main_window import MainWindow
from ui.reason_dialog import ReasonDialog

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

SYSTEM = Actor("system", "ws-test")
TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    store.add_user("Tess Nurse", "TN", SYSTEM, pin="4711")
    win = MainWindow(Session(store, admin, TODAY))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    yield win
    win.session.close()
    win.idle_lock.stop()


@pytest.fixture
def admin_dialog(qtbot, window: MainWindow) -> UsersDialog:  # type: ignore[no-untyped-def]
    """Opened from the menu: Admin > Users and settings…"""
    assert window.users_action in window.admin_menu.actions()
    window.users_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, UsersDialog)
    qtbot.waitExposed(dialog)
    return dialog


def button(dialog: UsersDialog, name: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.accessibleName() == name)


def click(qtbot, dialog: UsersDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button(dialog, name), Qt.MouseButton.LeftButton)


def fill_and_ok(**fields: str):  # type: ignore[no-untyped-def]
    def answer(form: PinDialog) -> None:
        for name, text in fields.items():
            getattr(form, name).setText(text)
        ok = form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()

    return answer


def choose(dialog: UsersDialog, initials: str) -> None:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 1).text() == initials:
            dialog.table.setCurrentCell(row, 0)
            return
    raise AssertionError(f"{initials} not listed")


def test_an_admin_adds_a_user_who_can_then_sign_in(qtbot, admin_dialog: UsersDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    asked = answer_modal(PinDialog, fill_and_ok(name="Carl Dahl", initials="cd", pin="3690", repeat="3690"))
    click(qtbot, admin_dialog, "Add user")
    assert asked, "the Add user button opened no form"
    assert admin_dialog.table.rowCount() == 3 and "Added Carl Dahl" in admin_dialog.message.text()
    carl = access.find(store._db, "CD")
    assert access.sign_in(store._db, carl, "3690", "ws").outcome is Outcome.SIGNED_IN
    assert next(e for e in store.events() if e.action == "user.add").actor == "AD"


def test_mismatched_pins_are_refused_with_the_reason(qtbot, admin_dialog: UsersDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    asked = answer_modal(PinDialog, fill_and_ok(name="Carl Dahl", initials="cd", pin="3690", repeat="3691"))
    click(qtbot, admin_dialog, "Add user")
    assert asked
    assert "not the same" in admin_dialog.message.text()
    assert len(store.users()) == 2


def test_set_pin_unlocks_and_the_new_pin_works(qtbot, admin_dialog: UsersDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    store._db.execute("UPDATE users SET locked = 1 WHERE initials = 'TN'")
    admin_dialog.reload()
    choose(admin_dialog, "TN")
    assert admin_dialog.table.item(admin_dialog.table.currentRow(), 4).text() == "locked"
    click(qtbot, admin_dialog, "Unlock")
    assert "unlocked" in admin_dialog.message.text()
    choose(admin_dialog, "TN")
    asked = answer_modal(PinDialog, fill_and_ok(pin="8642", repeat="8642"))
    click(qtbot, admin_dialog, "Set PIN")
    assert asked and "New PIN set for Tess Nurse" in admin_dialog.message.text()
    tess = access.find(store._db, "TN")
    assert not tess.locked and access.sign_in(store._db, tess, "8642", "ws").outcome is Outcome.SIGNED_IN


def test_remove_asks_for_a_reason_and_refuses_without_one(qtbot, admin_dialog: UsersDialog, store: Store) -> None:  # type: ignore[no-untyped-def]
    def reason(text: str):  # type: ignore[no-untyped-def]
        def answer(box: ReasonDialog) -> None:
            box.reason.setText(text)
            if box.ok.isEnabled():
                box.ok.click()
            else:  # blanks are not a reason: OK cannot be pressed
                box.reject()

        return answer

    choose(admin_dialog, "TN")
    asked = answer_modal(ReasonDialog, reason("  "))
    click(qtbot, admin_dialog, "Remove")
    assert asked and not asked[0].ok.isEnabled()
    assert len(store.users()) == 2
    assert "TN" in [u.initials for u in store.users()]
    choose(admin_dialog, "TN")
    asked = answer_modal(ReasonDialog, reason("left the ward"))
    click(qtbot, admin_dialog, "Remove")
    assert asked and [u.initials for u in store.users()] == ["AD"]


def test_role_buttons_and_a_demoted_admin_is_refused_by_the_core(
    qtbot, admin_dialog: UsersDialog, store: Store
) -> None:  # type: ignore[no-untyped-def]
    choose(admin_dialog, "TN")
    click(qtbot, admin_dialog, "Make admin")
    tess = access.find(store._db, "TN")
    assert tess.is_admin
    ada = access.find(store._db, "AD")
    access.set_role(store._db, ada, "staff", Actor("TN", "ws"))  # on another workstation, meanwhile
    choose(admin_dialog, "TN")
    click(qtbot, admin_dialog, "Make staff")
    assert "not an admin" in admin_dialog.message.text()
    assert access.find(store._db, "TN").is_admin
