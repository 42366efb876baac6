"""The recovery screen for a damaged database: names the file, lists the backups newest first with their
audit heads, restores the newest verified one (the damaged file kept aside, never written), or quits."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from bedside.domain.errors import DamagedDatabaseError
from bedside.services.database import open_database
from bedside.storage import backup
from tests.test_backup import T0, corrupt_middle, sha256
from tests.test_restore import Holder
from ui.dialogs import recovery
from ui.dialogs.recovery import RecoveryDialog, open_or_recover


@pytest.fixture
def folder(ward_db: Path) -> Path:
    return ward_db.parent / "backups"


@pytest.fixture
def damaged(ward_db: Path, folder: Path) -> DamagedDatabaseError:
    """Two backups (the newer one rotted on disk), then the database itself is damaged."""
    backup.make_backup(ward_db, folder, now=T0)
    rotten = backup.make_backup(ward_db, folder, now=T0 + timedelta(hours=1))
    corrupt_middle(rotten.path)
    corrupt_middle(ward_db)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(ward_db)
    return raised.value


def cells(dialog: RecoveryDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_screen_names_the_file_and_lists_backups_newest_first(
    qtbot, ward_db: Path, damaged: DamagedDatabaseError
) -> None:  # type: ignore[no-untyped-def]
    digest = sha256(ward_db)
    dialog = RecoveryDialog(damaged)
    qtbot.addWidget(dialog)
    assert str(ward_db) in dialog.explanation.text() and damaged.detail in dialog.explanation.text()
    assert "Nothing has been written to this file" in dialog.explanation.text()
    rows = cells(dialog)
    assert [r[1] for r in rows] == ["bedside-20261121T111500Z.sqlite3", "bedside-20261121T101500Z.sqlite3"]
    assert rows[0][3].startswith("does not verify: integrity_check")
    assert rows[1][2] == "#6 " + backup.check_backup(dialog.backups[1][0].path).head[3:] and rows[1][3] == "verified"
    assert rows[1][0] == T0.astimezone().strftime("%Y-%m-%d %H:%M")  # local time, as the ward reads it
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    assert sha256(ward_db) == digest  # showing the screen wrote nothing


def test_restoring_the_newest_verified_backup_then_the_database_opens(
    qtbot, ward_db: Path, damaged: DamagedDatabaseError
) -> None:  # type: ignore[no-untyped-def]
    digest = sha256(ward_db)
    dialog = RecoveryDialog(damaged)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored is not None
    assert dialog.restored.backup.name == "bedside-20261121T101500Z.sqlite3"  # the rotten newer one is skipped
    assert dialog.restored.set_aside is not None and sha256(dialog.restored.set_aside) == digest
    store = open_database(ward_db)
    try:
        assert store.verify_audit().ok and len(store.patient_summaries()) == 6
        event = store.events(limit=1)[0]
        assert event.action == "backup.restored" and event.actor.startswith("recovery:")
    finally:
        store.close()


def test_without_a_verified_backup_only_quit_is_offered(qtbot, ward_db: Path) -> None:  # type: ignore[no-untyped-def]
    corrupt_middle(ward_db)
    digest = sha256(ward_db)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(ward_db)
    dialog = RecoveryDialog(raised.value)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert "No verified backup was found" in dialog.status.text()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert sha256(ward_db) == digest


def test_a_restore_refused_because_another_bedside_has_it_open_says_so_and_stays(
    qtbot, ward_db: Path, damaged: DamagedDatabaseError
) -> None:  # type: ignore[no-untyped-def]
    digest = sha256(ward_db)
    dialog = RecoveryDialog(damaged)
    qtbot.addWidget(dialog)
    holder = Holder(ward_db, "peek")  # opened before the damage was found, still running
    try:
        assert not dialog.restore_newest()
    finally:
        holder.close()
    assert "open in another Bedside" in dialog.status.text() and dialog.result() == 0
    assert sha256(ward_db) == digest
    assert dialog.restore_newest()  # once it is closed


def test_open_or_recover_restores_then_opens(
    qtbot, ward_db: Path, damaged: DamagedDatabaseError, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    def choose_restore(dialog: RecoveryDialog) -> int:
        dialog.restore_newest()
        return int(dialog.result())

    monkeypatch.setattr(RecoveryDialog, "exec", choose_restore)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    store = open_or_recover(ward_db)
    assert store is not None
    try:
        assert store.verify_audit().ok
    finally:
        store.close()
    assert "The damaged file is kept as bedside.before-restore-" in shown[0]


def test_open_or_recover_quit_opens_nothing(
    qtbot, ward_db: Path, damaged: DamagedDatabaseError, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    digest = sha256(ward_db)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    assert open_or_recover(ward_db) is None
    assert sha256(ward_db) == digest


def test_a_sound_database_opens_without_the_screen(qtbot, ward_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(recovery, "RecoveryDialog", None)  # would fail if it were used
    store = open_or_recover(ward_db)
    assert store is not None
    store.close()
