"""The full check of a large database file, after the window shows (docs/start-check.md).

A start checks a large file only in part (bedside/storage/health.py: header, schema, small tables, newest
rows), so the window opens at once; the whole quick_check then runs in a thread on its own read-only
connection. Its result shows in the status bar; damage is a critical message, and the next start runs the
full check again (and so offers the recovery screen).
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from bedside.errors import DamagedDatabaseError
from bedside.storage import health
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow

POLL_MS = 200


def _full_check(path: str) -> str | None:
    """None when the whole file is sound, else what SQLite found."""
    try:
        health.check_sound(path)
    except DamagedDatabaseError as err:
        return err.detail
    return None


class FileCheck:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.running = False
        self.problem: str | None = None  # what the full check found, once it has run
        self.seconds: float | None = None  # how long it took, once it has run
        self.pending: Future[str | None] | None = None

    def start(self) -> bool:
        """Run the full check in a thread when the start checked the file only in part; False when not owed."""
        store = self.window.store
        if not store.full_check_owed:
            return False
        self.running, self._started = True, time.monotonic()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="file-check")
        self.pending = pool.submit(_full_check, store.path)
        pool.shutdown(wait=False)
        self.window.statusBar().showMessage(_tr("Checking the whole database file in the background…"))
        self._poll = QTimer(self.window)
        self._poll.timeout.connect(self._check_done)
        self._poll.start(POLL_MS)
        return True

    def _check_done(self) -> None:
        if self.pending is None or not self.pending.done():
            return
        self._poll.stop()
        self.running, self.seconds = False, time.monotonic() - self._started
        try:
            self.problem = self.pending.result()
        except Exception as err:  # the file vanished or cannot be read: said, never taken as sound
            self.problem = str(err) or type(err).__name__
        if self.problem is None:
            self.window.statusBar().showMessage(
                _tr("The whole database file was checked: no damage ({seconds:.0f} s).").format(seconds=self.seconds),
                8000,
            )
            return
        health.flag_damage(self.window.store.path)
        self.window.show_message(
            _tr("Database file damaged"),
            _tr(
                "The full check of the database file found damage (SQLite's check says: {problem}).\n\n"
                "Stop entering data on this workstation and tell your admin. Close Bedside: the next start checks "
                "the whole file again and offers to restore the newest verified backup."
            ).format(problem=self.problem),
            QMessageBox.Icon.Critical,
        )
