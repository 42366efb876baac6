"""Waiting for work the window does off the GUI thread (ui/tasks.py): the board, printouts, checks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.printing.preview import HandoverPreview


def settle(qtbot: Any, window: MainWindow, timeout: int = 10_000) -> None:
    """Until every task the window started has called back (the board shows its new rows)."""
    qtbot.waitUntil(window.tasks.idle, timeout=timeout)


def sheet_ready(qtbot: Any, preview: HandoverPreview | None, timeout: int = 20_000) -> HandoverPreview:
    """Until a print preview shows its sheet, read and drawn in workers, and may print or save."""
    assert preview is not None
    qtbot.waitUntil(preview.is_ready, timeout=timeout)
    return preview
