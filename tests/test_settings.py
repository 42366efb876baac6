"""Site settings, declared once and edited on a screen generated from the declarations; admin work, audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bedside.config import settings
from bedside.domain.errors import AccessError, BedsideError
from bedside.services import settings as site_settings
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.gui import settle
from ui.access.session import Session
from ui.dialogs.users_dialog import UsersDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

SYSTEM = Actor("system", "ws-test")
TODAY = date(2026, 11, 21)


def test_each_setting_is_checked_in_the_wards_words_and_saving_is_admin_work(store: Store) -> None:
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    nurse = store.add_user("Tess Nurse", "TN", SYSTEM, pin="4711")
    with pytest.raises(BedsideError, match='Time zone: "Mars/Olympus" is not a time zone name'):
        site_settings.save(store, Actor("AD", "ws"), settings.SITE_TIMEZONE, "Mars/Olympus", admin)
    with pytest.raises(BedsideError, match="from 1 to 60"):
        site_settings.save(store, Actor("AD", "ws"), settings.LOCK_MINUTES, "0", admin)
    with pytest.raises(BedsideError, match="needs a phone number"):
        site_settings.save(store, Actor("AD", "ws"), settings.FEVER_CONTACT, "call Ann", admin)
    with pytest.raises(AccessError):
        site_settings.save(store, Actor("TN", "ws"), settings.SITE_NAME, "Ward 5", nurse)
    contact = "CAR-T on call +49 30 1234-5678"
    assert site_settings.save(store, Actor("AD", "ws"), settings.FEVER_CONTACT, f"  {contact} ", admin)
    assert not site_settings.save(store, Actor("AD", "ws"), settings.FEVER_CONTACT, contact, admin)
    assert site_settings.value(store, settings.FEVER_CONTACT) == contact
    assert site_settings.value(store, settings.LOCK_MINUTES) == "5"  # the default until set
    event = store.events()[0]
    assert (event.action, event.entity_id, event.new_value) == ("setting.change", "contact_fever", contact)
    from datetime import UTC, datetime

    from bedside.services.printout_data import follow_up_plan
    from tests.factories import minimal_document, record_of

    store.import_record(record_of(minimal_document()), SYSTEM)
    plan = follow_up_plan(store, "A12345", TODAY, printed_by="AD", printed_at=datetime(2026, 11, 21, tzinfo=UTC))
    assert plan.fever_contact == contact  # the follow-up plan prints it instead of a blank line


def test_every_setting_is_declared_once_with_a_scope_and_a_label() -> None:
    keys = [s.key for s in settings.SETTINGS]
    assert len(keys) == len(set(keys)) and all(
        s.label and s.scope in ("database", "workstation") for s in settings.SETTINGS
    )


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    admin = store.add_user("Ada Admin", "AD", SYSTEM, pin="2580", role="admin")
    win = MainWindow(Session(store, admin, TODAY, zone=ZoneInfo("UTC")))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    yield win
    win.session.close()
    win.idle_lock.stop()


def retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_the_admin_screen_saves_what_is_right_and_marks_what_is_not(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.users_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, UsersDialog)
    form = dialog.settings
    assert [form.fields[s.key].accessibleName() for s in settings.SETTINGS] == [s.label for s in settings.SETTINGS]
    retype(qtbot, form.field(settings.SITE_TIMEZONE), "Mars/Olympus")
    retype(qtbot, form.field(settings.SITE_NAME), "CAR-T unit, ward 5")
    retype(qtbot, form.field(settings.LOCK_MINUTES), "12")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "not a time zone name" in form.errors[settings.SITE_TIMEZONE.key].text()
    assert form.field(settings.SITE_TIMEZONE).text() == "Mars/Olympus"  # what was typed stays
    assert site_settings.value(store, settings.SITE_NAME) == "CAR-T unit, ward 5"
    assert window.idle_lock.idle_ms == 12 * 60_000  # applied at once
    assert store.meta(settings.SITE_TIMEZONE.key) is None


def test_every_setting_label_and_help_is_marked_for_translation() -> None:
    """The form shows _tr(setting.label) and _tr(setting.help): lupdate finds them only in SETTING_WORDS."""
    from ui.dialogs.settings_form import SETTING_WORDS

    for setting in settings.SETTINGS:
        assert setting.label in SETTING_WORDS, setting.key
        assert setting.help in SETTING_WORDS, setting.key
