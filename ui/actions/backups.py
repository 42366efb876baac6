"""Backups from the window: File > Back up now, File > Restore from backup…, and the automatic daily backup.

The copy and its check run in a worker thread on their own read-only connection, so the window keeps
working; the audit row is written afterwards on the window's own connection. A failed automatic backup
stays visible in the status bar until a backup succeeds, and never stops the app.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox

from bedside.config.paths import backup_dir
from bedside.domain.errors import BedsideError
from bedside.services import users
from bedside.services.backups import (
    Backup,
    BackupCheck,
    backup_if_due,
    check_backup,
    make_backup,
    record_backup,
    restore_backup,
)
from bedside.services.database import open_database
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Look every hour whether a backup is due (the newest is 24 h old): after a night asleep or a
# suspended laptop the backup comes within the hour, never days late as a 24 h timer could.
CHECK_EVERY_MS = 60 * 60 * 1000


class BackupActions(QObject):
    restore_finished = Signal(bool)  # a restore started by restore_file(): True when the backup is in place

    def __init__(self, window: MainWindow, folder: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.back_up_action = QAction(_tr("&Back up now"), window)
        self.back_up_action.setToolTip(_tr("Make a verified copy of the database in the backup folder"))
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(_tr("&Restore from backup…"), window)
        self.restore_action.setToolTip(_tr("Replace the database with a verified backup; the current file is kept"))
        self.restore_action.triggered.connect(self.choose_backup)
        self.actions = [self.back_up_action, self.restore_action]
        self.warning = QLabel()  # stays until a backup succeeds: a failed backup is never silent
        self.warning.setStyleSheet("background: #fff0c0; color: #5a3a00; padding: 2px 6px;")
        self.warning.setAccessibleName(_tr("Backup problem"))
        self.warning.hide()
        window.statusBar().addPermanentWidget(self.warning)
        self.last_message: QMessageBox | None = None
        self.last_made: Backup | None = None
        self._forced = False
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_due_backup)
        self.timer.start()

    @property
    def backup_folder(self) -> Path:
        return self.folder or backup_dir(self.window.store.path)

    def running(self) -> bool:
        return self._pending

    # --- making a backup ------------------------------------------------------------------------------
    def run_due_backup(self) -> bool:
        """At start and every hour: a backup when the newest is a day old. False when none was started."""
        return self._start(forced=False)

    def back_up_now(self) -> bool:
        return self._start(forced=True)

    def _start(self, *, forced: bool) -> bool:
        path = self.window.store.path
        if path == ":memory:" or self._pending:
            return False
        folder, now = self.backup_folder, datetime.now(UTC)
        work: Callable[[], Backup | None]
        if forced:
            work = partial(make_backup, Path(path), folder, now=now, record=False)
        else:
            work = partial(backup_if_due, Path(path), folder, now, record=False)
        self._pending, self._forced = True, forced
        self.back_up_action.setEnabled(False)
        self.window.tasks.run(work, self._made, self._not_made)  # the copy and its check: in a worker
        return True

    def _not_made(self, err: BaseException) -> None:
        self._pending = False
        self.back_up_action.setEnabled(True)
        if isinstance(err, BedsideError):
            self._failed(str(err))
        else:  # a bug or an OS surprise must not stop the app either
            self._failed(_tr("unexpected error: {err}").format(err=err))

    def _made(self, made: Backup | None) -> None:
        self._pending = False
        self.back_up_action.setEnabled(True)
        try:
            if made is not None:
                record_backup(self.window.store, made, self.window.session.actor)  # on the window's connection
        except Exception as err:
            self._not_made(err)
            return
        self.warning.hide()
        if made is not None:
            self.last_made = made
            self.window.statusBar().showMessage(
                _tr("Backed up to {file} (audit trail {head})").format(file=made.path, head=made.head), 10000
            )

    def _failed(self, text: str) -> None:
        self.warning.setText(_tr("Backup failed: see File > Back up now"))
        self.warning.setToolTip(text)
        first = self.warning.isHidden()
        self.warning.show()
        if first or self._forced:  # the hourly retry does not pile up message boxes
            self.last_message = self.window.show_message(
                _tr("Backup failed"),
                _tr("The database was not backed up:\n\n{err}\n\nBedside keeps working and tries again.").format(
                    err=text
                ),
            )

    # --- restoring ------------------------------------------------------------------------------------
    def choose_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            _tr("Restore from backup"),
            str(self.backup_folder),
            _tr("Bedside backups (bedside-*.sqlite3);;All files (*)"),
        )
        if path:
            self.restore_file(Path(path))

    def restore_file(self, backup: Path) -> bool:
        """Check the backup (in a worker), ask, then close this database, restore, and open the restored one.
        False when refused at once; restore_finished(bool) always says how it ended."""
        try:
            users.require_admin(self.window.store, self.window.session.user)  # admin work, checked in the core
        except BedsideError as err:
            self.last_message = self.window.show_message(_tr("Cannot restore"), str(err))
            self.restore_finished.emit(False)
            return False
        self.restore_action.setEnabled(False)
        self.window.tasks.run(
            partial(check_backup, backup),
            lambda checked: self._finish_restore(self._checked(backup, checked)),
            lambda err: self._finish_restore(self._check_failed(backup, err)),
        )
        return True

    def _finish_restore(self, restored: bool) -> None:
        self.restore_action.setEnabled(self.window.session.user.is_admin)
        self.restore_finished.emit(restored)

    def _check_failed(self, backup: Path, err: BaseException) -> bool:
        self.last_message = self.window.show_message(
            _tr("Cannot restore"),
            _tr("{file} cannot be restored: {problem}.\nNothing was changed.").format(file=backup.name, problem=err),
        )
        return False

    def _checked(self, backup: Path, checked: BackupCheck) -> bool:
        if not checked.ok:
            self.last_message = self.window.show_message(
                _tr("Cannot restore"),
                _tr("{file} cannot be restored: {problem}.\nNothing was changed.").format(
                    file=backup.name, problem=checked.problem
                ),
            )
            return False
        question = _tr(
            "Replace the database with the backup {file} (audit trail {head})?\n\n"
            "Everything recorded after that backup will no longer be shown. The current database file is "
            "kept aside, unchanged. Bedside must be closed on every other workstation using this database."
        ).format(file=backup.name, head=checked.head)
        if self._pending or not self.window.confirm(_tr("Restore from backup?"), question):
            return False
        window, session = self.window, self.window.session
        database = Path(session.store.path)
        window.show_board(discard=True)  # no patient stays open on rows of the old file (the admin confirmed)
        window.tasks.wait_idle()  # no worker still reads the file that is about to be swapped
        session.close()
        session.store.close()
        try:
            result = restore_backup(database, backup, session.actor)
        except BedsideError as err:
            error: BedsideError | None = err
        else:
            error = None
        try:
            # The restored file, or the same one again when refused; its place was allowed at start.
            session.store = open_database(database, allow_network=True)
        except BedsideError as err:
            window.show_message(_tr("Cannot open the database"), str(err), QMessageBox.Icon.Critical).finished.connect(
                window.close
            )
            return False
        emergency = {"emergency": True} if getattr(session, "emergency", False) else {}
        window.set_user(session.user, **emergency)  # a fresh session on it: every view reloads
        if error is not None:
            self.last_message = window.show_message(_tr("Not restored"), str(error))
            return False
        aside = result.set_aside.name if result.set_aside else _tr("(none)")
        self.last_message = window.show_message(
            _tr("Restored"),
            _tr("Restored {file} (audit trail {head}).\nThe previous database is kept as {aside}.").format(
                file=backup.name, head=result.backup_head, aside=aside
            ),
            QMessageBox.Icon.Information,
        )
        return True


def install_backup_actions(window: MainWindow, menu: QMenu | None = None) -> BackupActions:
    """Add Back up now and Restore from backup… to `menu` (default: the File menu, before its last group:
    sign-in and Quit) and start the hourly check. The start-of-day backup is run_due_backup(), called once
    the window is shown."""
    actions = BackupActions(window)
    if menu is None:
        found = window.menuBar().actions()[0].menu()
        menu = found if isinstance(found, QMenu) else None
    assert menu is not None
    separators = [a for a in menu.actions() if a.isSeparator()]
    before = separators[-1] if separators else None
    menu.insertActions(before, actions.actions)  # type: ignore[arg-type]
    if menu.actions()[0] is not actions.back_up_action:
        menu.insertSeparator(actions.back_up_action)
    return actions
