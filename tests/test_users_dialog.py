"""Admin > Users and settings: what an admin does, and that the core refuses it to anyone else."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from bedside.storage import Store, access
from bedside.storage.access import Outcome
from bedside.storage.audit import Actor
from ui.session import Session
from ui.users_dialog import PinDialog, UsersDialog

SYSTEM = Actor("system", "ws-test")
TODAY = date(2026, 11, 21)


@pytest.fixture
def admin_dialog(qtbot, store: Store) -> Iterator[UsersDialog]:  # type: ignore[no-untyped-def]
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    store.add_user("Tess Nurse", "TN", SYSTEM, pin="4711")
    session = Session(store, admin, TODAY)
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    session.close()


def choose(dialog: UsersDialog, initials: str) -> None:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 1).text() == initials:
            dialog.table.setCurrentCell(row, 0)
            return
    raise AssertionError(f"{initials} not listed")


def filled(parent: UsersDialog, *, new_user: bool, **fields: str) -> PinDialog:
    form = PinDialog(parent, "test", new_user=new_user)
    for name, text in fields.items():
        getattr(form, name).setText(text)
    return form


def test_an_admin_adds_a_user_who_can_then_sign_in(admin_dialog: UsersDialog, store: Store) -> None:
    form = filled(admin_dialog, new_user=True, name="Carl Dahl", initials="cd", pin="3690", repeat="3690")
    assert admin_dialog.add_user(form)
    assert admin_dialog.table.rowCount() == 3 and "Added Carl Dahl" in admin_dialog.message.text()
    carl = access.find(store.db, "CD")
    assert access.sign_in(store.db, carl, "3690", "ws").outcome is Outcome.SIGNED_IN
    assert next(e for e in store.events() if e.action == "user.add").actor == "AD"


def test_mismatched_pins_are_refused_with_the_reason(admin_dialog: UsersDialog, store: Store) -> None:
    form = filled(admin_dialog, new_user=True, name="Carl Dahl", initials="cd", pin="3690", repeat="3691")
    assert not admin_dialog.add_user(form)
    assert "not the same" in admin_dialog.message.text()
    assert len(store.users()) == 2


def test_unlock_reset_and_remove(admin_dialog: UsersDialog, store: Store) -> None:
    store.db.execute("UPDATE users SET locked = 1 WHERE initials = 'TN'")
    admin_dialog.reload()
    choose(admin_dialog, "TN")
    assert admin_dialog.table.item(admin_dialog.table.currentRow(), 4).text() == "locked"
    assert admin_dialog.unlock()
    choose(admin_dialog, "TN")
    assert admin_dialog.set_pin(filled(admin_dialog, new_user=False, pin="8642", repeat="8642"))
    tess = access.find(store.db, "TN")
    assert not tess.locked and access.sign_in(store.db, tess, "8642", "ws").outcome is Outcome.SIGNED_IN
    choose(admin_dialog, "TN")
    assert not admin_dialog.remove("")  # a reason is needed
    assert admin_dialog.remove("left the ward")
    assert [u.initials for u in store.users()] == ["AD"]


def test_a_demoted_admin_is_refused_by_the_core(admin_dialog: UsersDialog, store: Store) -> None:
    choose(admin_dialog, "TN")
    assert admin_dialog.set_role("admin")
    tess = access.find(store.db, "TN")
    ada = access.find(store.db, "AD")
    access.set_role(store.db, ada, "staff", Actor("TN", "ws"))  # on another workstation, meanwhile
    choose(admin_dialog, "TN")
    assert not admin_dialog.unlock()
    assert "not an admin" in admin_dialog.message.text()
    assert tess.is_admin
