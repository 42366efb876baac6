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


def level_cell(preview: HandoverPreview, mrn: str) -> Any:
    """The "Prints" cell of a patient's row in the preview's severity panel (a QModelIndex)."""
    from ui.printing.severity_panel import PRINTS

    panel = preview.severity_panel
    row = panel.row_of(mrn)
    assert row is not None, f"{mrn} has no row in the severity panel"
    return panel.model.index(row, PRINTS)


def choose_level(qtbot: Any, preview: HandoverPreview, mrn: str, level: str) -> None:
    """As a nurse does it: a click on the patient's "Prints" cell opens the list of levels, the arrow keys
    move to `level`, Enter takes it."""
    from PySide6.QtCore import Qt

    view = preview.severity_view
    qtbot.waitUntil(view.isEnabled, timeout=20_000)  # off while a sheet is being made: nothing can be chosen
    cell = level_cell(preview, mrn)
    view.scrollTo(cell)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    pick_from_open_list(qtbot, preview, level)


def open_level_list(qtbot: Any, preview: HandoverPreview) -> Any:
    """The list of levels a click or F2 opened (the QComboBox editor, its popup shown)."""
    from PySide6.QtWidgets import QComboBox

    view = preview.severity_view

    def shown() -> QComboBox | None:
        boxes = [b for b in view.viewport().findChildren(QComboBox) if b.isVisible() and b.view().isVisible()]
        return boxes[0] if len(boxes) == 1 else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=2_000)
    return shown()


def pick_from_open_list(qtbot: Any, preview: HandoverPreview, level: str) -> None:
    """The arrow keys move to `level` in the open list of levels; Enter takes it."""
    from PySide6.QtCore import Qt

    box = open_level_list(qtbot, preview)
    target = box.findData(level)
    assert target >= 0, f"no level {level}"
    for _ in range(box.count()):
        row = box.view().currentIndex().row()
        if row == target:
            break
        qtbot.keyClick(box.view(), Qt.Key.Key_Down if target > row else Qt.Key.Key_Up)
    assert box.view().currentIndex().row() == target, f"the list of levels did not move to {level}"
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)


def watch_first_shown(monkeypatch: Any) -> list[tuple[int, str, str]]:
    """What the board shows when its first rows arrive: (rows shown, status bar, window title)."""
    seen: list[tuple[int, str, str]] = []
    shown = MainWindow._show_first

    def noted(self: MainWindow, first: tuple[list[object], bool]) -> None:
        shown(self, first)  # type: ignore[arg-type]
        seen.append((self.board.proxy.rowCount(), self.statusBar().currentMessage(), self.windowTitle()))

    monkeypatch.setattr(MainWindow, "_show_first", noted)
    return seen
