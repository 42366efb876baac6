"""File > Export ward list (CSV)…: the ward chosen on the board, as a spreadsheet file.

The core writes it (bedside/printouts/ward_list_csv.py: formula starts neutralised, written whole, audited); this only
asks where. The suggested file name carries the ward and the date, never a patient's data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from bedside.domain.errors import BedsideError
from bedside.printouts.ward_list_csv import default_file_name
from bedside.services import ward_list
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def add_ward_list_action(menu: QMenu, window: MainWindow) -> QAction:
    """Add "Export ward list (CSV)…" at the end of `menu`; it exports the ward chosen on the window's board."""
    action = ward_list_action(window)
    menu.addAction(action)
    return action


def ward_list_action(window: MainWindow) -> QAction:
    """The action alone, for a window that places it in a group of its menu itself."""
    action = QAction(_tr("Export ward &list (CSV)…"), window)
    action.setObjectName("export-ward-list")
    action.setToolTip(_tr("Save the ward chosen on the board (or every ward) as a CSV file for a spreadsheet"))
    action.triggered.connect(lambda: export_ward_list(window))
    return action


def export_ward_list(window: MainWindow) -> bool:
    """Ask where, then write; False when cancelled or refused (the window says why)."""
    ward = window.board.current_ward()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / default_file_name(window.session.today, ward))
    path, _ = QFileDialog.getSaveFileName(
        window, _tr("Export ward list"), suggested, _tr("CSV spreadsheet (*.csv);;All files (*)")
    )
    return write_to(window, Path(path), ward) if path else False


def write_to(window: MainWindow, path: Path, ward: str | None) -> bool:
    session = window.session  # read now: Switch user replaces the window's session
    try:
        written = ward_list.write(session.store, session.actor, path, session.today, ward, session.zone)
    except BedsideError as err:
        window.show_message(_tr("Export failed"), _tr("Nothing was saved.\n\n{err}").format(err=err))
        return False
    message = _tr("Ward list saved to {file} ({n} patients)").format(file=written.path, n=written.patients)
    window.statusBar().showMessage(message, 5000)
    session.notify()  # the audit trail grew: the history shows the export
    return True
