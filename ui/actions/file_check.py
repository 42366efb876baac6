"""The full check of a large database file, after the window shows (docs/start-check.md).

A start checks a large file only in part (bedside/storage/health.py: header, schema, small tables, newest
rows), so the window opens at once; the whole quick_check then runs in a worker of the window's tasks
(ui/tasks.py) on its own read-only connection. Its result shows in the status bar; damage is a critical
message, and the next start runs the full check again (and so offers the recovery screen).
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from bedside.domain.errors import DamagedDatabaseError
from bedside.services import database
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.tasks import Handed


def _full_check(path: str) -> str | None:
    """None when the whole file is sound, else what SQLite found."""
    try:
        database.check_file_sound(path)
    except DamagedDatabaseError as err:
        return err.detail
    return None


class FileCheck:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.running = False
        self.problem: str | None = None  # what the full check found, once it has run
        self.seconds: float | None = None  # how long it took, once it has run
        self.pending: Future[Handed[str | None]] | None = None

    def start(self) -> bool:
        """Run the full check in a worker when the start checked the file only in part; False when not owed."""
        store = self.window.store
        if not store.full_check_owed:
            return False
        self.running, self._started = True, time.monotonic()
        path = store.path
        self.window.statusBar().showMessage(_tr("Checking the whole database file in the background…"))
        self.pending = self.window.tasks.run(lambda: _full_check(path), self._checked, self._failed)
        return True

    def _failed(self, err: BaseException) -> None:
        """The file vanished or cannot be read: said, never taken as sound."""
        self._checked(str(err) or type(err).__name__)

    def _checked(self, problem: str | None) -> None:
        self.running, self.seconds = False, time.monotonic() - self._started
        self.problem = problem
        if self.problem is None:
            self.window.statusBar().showMessage(
                _tr("The whole database file was checked: no damage ({seconds:.0f} s).").format(seconds=self.seconds),
                8000,
            )
            return
        database.flag_damage(self.window.store.path)
        self.window.show_message(
            _tr("Database file damaged"),
            _tr(
                "The full check of the database file found damage (SQLite's check says: {problem}).\n\n"
                "Stop entering data on this workstation and tell your admin. Close Bedside: the next start checks "
                "the whole file again and offers to restore the newest verified backup."
            ).format(problem=self.problem),
            QMessageBox.Icon.Critical,
        )
