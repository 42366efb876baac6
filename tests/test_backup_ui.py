"""Backups from the window: Back up now (in a worker, audited on the window's connection), the hourly due
check, failures kept visible, and Restore from backup… reopening the window on the restored database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from bedside.services.demo import seed_demo_once
from bedside.storage import Store, backup
from bedside.storage.audit import Actor
from tests.gui import settle
from tests.test_restore import Holder
from ui.access.session import Session
from ui.actions import backups as backup_actions
from ui.actions.backups import CHECK_EVERY_MS, BackupActions, install_backup_actions
from ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_demo_once(store, TODAY)
    nurse = store.add_user("Tess Nurse", "TN", Actor("system", "ws-test"), role="admin")
    win = MainWindow(Session(store, nurse, TODAY))
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.close()
    win.session.store.close()  # after a restore the window has its own Store


@pytest.fixture
def actions(window: MainWindow) -> BackupActions:
    return install_backup_actions(window)


def finish(qtbot, actions: BackupActions) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not actions.running(), timeout=20000)


def restore(qtbot, actions: BackupActions, path: Path) -> bool:  # type: ignore[no-untyped-def]
    """File > Restore from backup… with `path` chosen: the backup is checked in a worker, then asked about."""
    with qtbot.waitSignal(actions.restore_finished, timeout=20000) as finished:
        actions.restore_file(path)
    return bool(finished.args[0])


def backups_of(window: MainWindow) -> list[backup.Backup]:
    return backup.list_backups(Path(window.store.path).parent / "backups")


def file_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return menu


def test_the_file_menu_gets_both_actions_before_its_last_group_and_an_hourly_check(
    window: MainWindow, actions: BackupActions
) -> None:
    entries = file_menu(window).actions()
    where = entries.index(actions.back_up_action)
    assert entries[where + 1] is actions.restore_action
    assert entries[where - 1].isSeparator() and entries[where + 2].isSeparator()
    assert window.switch_action in entries[where + 2 :]  # the sign-in group stays last
    assert actions.timer.isActive() and actions.timer.interval() == CHECK_EVERY_MS == 3_600_000


def test_back_up_now_makes_a_verified_backup_recorded_under_the_user(qtbot, window: MainWindow, actions) -> None:  # type: ignore[no-untyped-def]
    assert actions.back_up_now()
    finish(qtbot, actions)
    (made,) = backups_of(window)
    assert backup.check_backup(made.path).ok
    event = window.store.events(limit=1)[0]
    assert (event.action, event.actor, event.entity_id) == ("backup.made", "TN", made.path.name)
    assert made.path.name in window.statusBar().currentMessage()
    assert actions.warning.isHidden()


def test_the_due_check_backs_up_once_a_day(qtbot, window: MainWindow, actions) -> None:  # type: ignore[no-untyped-def]
    actions.run_due_backup()
    finish(qtbot, actions)
    actions.run_due_backup()  # the newest is seconds old: nothing to do
    finish(qtbot, actions)
    assert len(backups_of(window)) == 1
    assert [e.action for e in window.store.events()].count("backup.made") == 1


def test_a_failed_backup_stays_visible_and_the_app_goes_on(qtbot, window: MainWindow, actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("in the way")
    actions.folder = blocker / "backups"
    actions.run_due_backup()
    finish(qtbot, actions)
    assert actions.warning.isVisible() and "Backup failed" in actions.warning.text()
    assert "cannot write a backup in" in actions.warning.toolTip()
    assert actions.last_message is not None and "not-a-folder" in actions.last_message.text()
    first_box = actions.last_message
    actions.run_due_backup()  # the hourly retry fails again: still shown, no second message box
    finish(qtbot, actions)
    assert actions.last_message is first_box and actions.warning.isVisible()
    actions.folder = tmp_path / "good"
    actions.back_up_now()
    finish(qtbot, actions)
    assert actions.warning.isHidden()
    assert window.isVisible()


def test_an_unexpected_error_in_the_worker_is_shown_too(
    qtbot, window: MainWindow, actions, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def broken(*args: object, **kw: object) -> None:
        raise RuntimeError("disk driver bug")

    monkeypatch.setattr(backup_actions, "make_backup", broken)
    actions.back_up_now()
    finish(qtbot, actions)
    assert actions.warning.isVisible() and "disk driver bug" in actions.warning.toolTip()
    assert actions.back_up_action.isEnabled()


def test_restore_from_backup_reopens_the_window_on_the_restored_database(
    qtbot, window: MainWindow, actions, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    actions.back_up_now()
    finish(qtbot, actions)
    (made,) = backups_of(window)
    window.store.set_meta("after-backup", "yes", window.session.actor)
    old_store = window.store
    monkeypatch.setattr(window, "confirm", lambda title, text: "kept aside" in text)
    assert restore(qtbot, actions, made.path)
    settle(qtbot, window)
    assert window.store is not old_store and window.store.meta("after-backup") is None
    assert window.store.events(limit=1)[0].action == "backup.restored"
    assert window.store.verify_audit().ok
    assert actions.last_message is not None and "The previous database is kept as" in actions.last_message.text()
    assert window.board.model.rowCount() == 6  # the board shows the restored ward
    window.store.set_meta("after-restore", "yes", window.session.actor)  # and the window can save again


def test_restore_refused_while_another_bedside_has_it_open_keeps_working(
    qtbot, window: MainWindow, actions, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    actions.back_up_now()
    finish(qtbot, actions)
    (made,) = backups_of(window)
    window.store.set_meta("after-backup", "yes", window.session.actor)
    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    holder = Holder(Path(window.store.path))
    try:
        assert not restore(qtbot, actions, made.path)
    finally:
        holder.close()
    assert actions.last_message is not None and "open in another Bedside" in actions.last_message.text()
    assert window.store.meta("after-backup") == "yes"  # the same database, open again


def test_a_damaged_backup_is_not_offered_for_restore(
    qtbot, window: MainWindow, actions, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "bedside-20260101T000000Z.sqlite3"
    junk.write_bytes(b"\x00" * 8192)
    monkeypatch.setattr(window, "confirm", lambda title, text: pytest.fail("must not ask"))
    store = window.store
    assert not restore(qtbot, actions, junk)
    assert window.store is store
    assert actions.last_message is not None and "Nothing was changed" in actions.last_message.text()


def test_only_an_admin_may_restore(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    nurse = store.add_user("Ann Berg", "AB", Actor("system", "ws-test"), pin="2580")
    window.set_user(nurse)
    actions = window.backups
    assert not actions.restore_action.isEnabled()
    made = backup.make_backup(store, actions.backup_folder)
    assert not restore(qtbot, actions, made.path)
    assert "not an admin" in actions.last_message.text()
