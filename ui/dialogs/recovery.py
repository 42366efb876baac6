"""The recovery screen: the database failed SQLite's check at start. It says so, names the file, lists the
backups (newest first, each checked again now), and offers the newest verified one, or Quit.

Read-only: the damaged file is never written. A restore keeps it aside under a new name, untouched.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bedside.config.paths import backup_dir
from bedside.domain.errors import BedsideError, DamagedDatabaseError
from bedside.services.backups import Backup, BackupCheck, Restored, restore_backup, verified_backups
from bedside.services.database import open_database
from bedside.services.records import Actor, Store
from ui.i18n import tr as _tr
from ui.i18n import tr_noop

COLUMNS = (tr_noop("Taken"), tr_noop("File"), tr_noop("Audit trail"), tr_noop("Check"))


def recovery_actor() -> Actor:
    """Nobody can sign in to a damaged database: the restore is recorded as the workstation's login."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):
        login = "unknown"
    return Actor.here(f"recovery:{login}")


class RecoveryDialog(QDialog):
    def __init__(self, damaged: DamagedDatabaseError, folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = Path(damaged.path)
        self.folder = folder or backup_dir(self.database)
        self.restored: Restored | None = None
        self.setWindowTitle(_tr("Bedside: the database is damaged"))
        self.explanation = QLabel(
            _tr(
                "Bedside cannot open the database\n{file}\n\nSQLite's check found damage: {detail}\n\n"
                "Nothing has been written to this file. Restoring a backup keeps the damaged file aside under a "
                "new name, unchanged, so it can still be examined. Everything recorded after the backup was "
                "taken will be missing: check the ward's paper records since then."
            ).format(file=self.database, detail=damaged.detail)
        )
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups: list[tuple[Backup, BackupCheck]] = verified_backups(self.folder) if self.folder.is_dir() else []
        self.table = self._table()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Recovery status"))
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(_tr("&Restore the newest verified backup"))
        self.restore_button.clicked.connect(self.restore_newest)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(_tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(QLabel(_tr("Backups in {folder}, newest first:").format(folder=self.folder)))
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        newest = self.newest()
        self.restore_button.setEnabled(newest is not None)
        if newest is None:
            self.status.setText(
                _tr(
                    "No verified backup was found here. Quit, and ask your admin: a backup kept elsewhere can be "
                    "restored with: bedside restore FILE"
                )
            )
            self.quit_button.setFocus()
        else:
            self.status.setText(_tr("The newest verified backup was taken {when}.").format(when=_local(newest[0])))
            self.restore_button.setDefault(True)
            self.restore_button.setFocus()
        self.resize(760, 460)

    def _table(self) -> QTableWidget:
        table = QTableWidget(len(self.backups), len(COLUMNS))
        table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAccessibleName(_tr("Backups"))
        table.verticalHeader().hide()
        for row, (made, checked) in enumerate(self.backups):
            verdict = (
                _tr("verified") if checked.ok else _tr("does not verify: {problem}").format(problem=checked.problem)
            )
            for column, text in enumerate((_local(made), made.path.name, checked.head or "—", verdict)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def newest(self) -> tuple[Backup, BackupCheck] | None:
        return next(((b, c) for b, c in self.backups if c.ok), None)

    def restore_newest(self) -> bool:
        newest = self.newest()
        if newest is None:
            return False
        try:
            self.restored = restore_backup(self.database, newest[0].path, recovery_actor())
        except BedsideError as err:
            self.status.setText(str(err))  # e.g. another Bedside still has it open: close it and try again
            return False
        self.accept()
        return True


def _local(made: Backup) -> str:
    return made.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


def open_or_recover(
    path: Path, parent: QWidget | None = None, opener: Callable[[Path], Store] = open_database
) -> Store | None:
    """Open the database (with `opener`: the location check); a damaged one shows the recovery screen
    first. None when the user quits."""
    try:
        return opener(path)
    except DamagedDatabaseError as damaged:
        dialog = RecoveryDialog(damaged, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
            return None
        done = dialog.restored
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("Backup restored"),
        _tr("Restored {file} (audit trail {head}).\nThe damaged file is kept as {aside}.").format(
            file=done.backup.name, head=done.backup_head, aside=done.set_aside.name if done.set_aside else "—"
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return opener(path)
