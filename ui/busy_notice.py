"""While a save waits for another workstation's, say so in the status bar and keep the window painted.

The core waits in short slices (bedside.storage.connection.set_wait_hook); between slices this shows
the notice and lets Qt repaint, without taking the user's clicks or keys, and takes the notice down after.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread
from PySide6.QtWidgets import QMainWindow
from shiboken6 import Shiboken

from bedside.storage.connection import remove_wait_hook, set_wait_hook
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
            shown = True
        # Paint and run timers, but no clicks or keys: nothing may be ticked while a save is pending.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def done() -> None:
        nonlocal shown
        if shown and Shiboken.isValid(window) and QThread.currentThread() is window.thread():
            window.statusBar().clearMessage()
        shown = False

    set_wait_hook(waiting, done)
    window.destroyed.connect(lambda *_: remove_wait_hook(waiting))
