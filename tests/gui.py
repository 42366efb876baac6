"""Waiting for work the window does off the GUI thread (ui/tasks.py): the board, printouts, checks."""

from __future__ import annotations

from typing import Any

from ui.main_window import MainWindow


def settle(qtbot: Any, window: MainWindow, timeout: int = 10_000) -> None:
    """Until every task the window started has called back (the board shows its new rows)."""
    qtbot.waitUntil(window.tasks.idle, timeout=timeout)
