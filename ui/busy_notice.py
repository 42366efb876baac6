"""While a save waits for another workstation's, say so in the status bar.

The core waits in short slices (bedside/services/database.py on_wait); between slices this shows the
notice and paints the status bar at once (repaint), and takes the notice down after. No event loop runs
inside the hook: no timer, poll or queued callback can start other work in the middle of a save.
"""

from __future__ import annotations

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMainWindow
from shiboken6 import Shiboken

from bedside.services.database import on_wait, stop_wait_notice
from ui.i18n import tr as _tr


def install_busy_notice(window: QMainWindow) -> None:
    """Every save in this process that has to wait shows "Another workstation is saving; retrying…" in window."""
    shown = False

    def waiting(_seconds: float) -> None:
        nonlocal shown
        if not Shiboken.isValid(window):
            return  # the window is gone; the save still waits and still says so if it gives up
        if QThread.currentThread() is not window.thread():
            return  # a worker thread (a backup) waits quietly: only the GUI thread may touch widgets
        if not shown:
            window.statusBar().showMessage(_tr("Another workstation is saving; retrying…"))
            window.statusBar().repaint()  # painted now, without running the event loop
            shown = True

    def done() -> None:
        nonlocal shown
        if shown and Shiboken.isValid(window) and QThread.currentThread() is window.thread():
            window.statusBar().clearMessage()
        shown = False

    on_wait(waiting, done)
    window.destroyed.connect(lambda *_: stop_wait_notice(waiting))
