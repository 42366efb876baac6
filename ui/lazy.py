"""Reload a view on "data changed" only while it is shown; a hidden tab catches up when it is shown again.

A tick then redraws the checklist at once, not every tab of the patient behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class ReloadWhenShown(QObject):
    def __init__(self, widget: QWidget, load: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.load, self.stale = widget, load, False
        widget.installEventFilter(self)

    def changed(self) -> None:
        if self.widget.isVisible():
            self.load()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.load()
        return False


class AfterFirstPaint(QObject):
    """Runs `work` once, just after the window's first paint: the window shows before the board is built."""

    def __init__(self, window: QWidget, work: Callable[[], object]) -> None:
        super().__init__(window)
        self.work = work
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.work)  # after this paint pass, not inside it
        return False
