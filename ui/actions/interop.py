"""File > Export patient as FHIR… and File > Import lab results…, and the bar that offers a new lab file
from the watched folder (a site setting) above the board (docs/interoperability.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QStandardPaths, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QToolBar

from bedside.config import settings
from bedside.domain.errors import BedsideError
from bedside.services import patients
from bedside.services import settings as site_settings
from bedside.services.lab_files import new_lab_files
from ui.dialogs.lab_import import LabImportDialog
from ui.i18n import tr as _tr
from ui.wiring import run_on

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FHIR_NAME = "patient-export.fhir.json"  # neutral: no patient data in a file name
FOLDER_CHECK_MS = 30_000  # besides the folder watcher, which misses changes on some network shares


class InteropActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: LabImportDialog | None = None
        self.fhir_action = QAction(_tr("Expor&t patient as FHIR…"), window)
        self.fhir_action.setObjectName("export-fhir")
        self.fhir_action.setToolTip(_tr("Save the selected or open patient's course as a FHIR R4 Bundle"))
        run_on(self.fhir_action.triggered, self.export_fhir)
        self.labs_action = QAction(_tr("I&mport lab results…"), window)
        self.labs_action.setObjectName("import-lab-results")
        self.labs_action.setToolTip(_tr("Read a laboratory's result file (CSV or HL7 v2); save after a preview"))
        run_on(self.labs_action.triggered, self.choose_lab_file)
        self.actions = [self.fhir_action, self.labs_action]
        # The bar above the board: "New lab file in <folder>: results.csv [Import…]", hidden when there is none.
        self.bar = QToolBar(_tr("New lab files"), window)
        self.bar.setObjectName("lab-files-bar")
        self.bar.setAccessibleName(_tr("New lab files"))
        self.bar_label = QLabel()
        self.bar_label.setAccessibleName(_tr("New lab files"))
        self.bar.addWidget(self.bar_label)
        self.bar_import = QAction(_tr("Import…"), self.bar)
        self.bar_import.setObjectName("import-new-lab-file")
        self.bar_import.setToolTip(_tr("Preview the oldest new file; nothing is saved until you press Save"))
        run_on(self.bar_import.triggered, self.import_next)
        self.bar.addAction(self.bar_import)
        window.addToolBarBreak()
        window.addToolBar(self.bar)
        self.bar.setVisible(False)
        self.waiting: list[Path] = []
        self.digests: dict[tuple[str, int, int], str] = {}  # an unchanged file is hashed once
        self.watcher = QFileSystemWatcher(window)
        self.watcher.directoryChanged.connect(lambda _folder: self.check_folder())
        self.timer = QTimer(window)
        self.timer.setInterval(FOLDER_CHECK_MS)
        self.timer.timeout.connect(self.check_folder)
        self.timer.start()
        self.check_folder()

    def update(self) -> None:
        self.fhir_action.setEnabled(self.window.current_mrn() is not None)
        self.labs_action.setEnabled(not self.window.store.read_only)

    # --- FHIR -------------------------------------------------------------------------------------------
    def export_fhir(self) -> bool:
        mrn = self.window.current_mrn()
        if mrn is None:
            return False
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self.window, _tr("Export patient as FHIR"), str(Path(folder) / FHIR_NAME), _tr("FHIR JSON (*.json)")
        )
        return self.export_fhir_to(mrn, Path(path)) if path else False

    def export_fhir_to(self, mrn: str, path: Path) -> bool:
        session = self.window.session
        try:
            text = patients.fhir_text(session.store, session.actor, mrn)
            patients.export_file(session.store, session.actor, mrn, path, fmt=patients.FHIR_FORMAT, text=text)
        except BedsideError as err:
            self.window.show_message(_tr("Export failed"), _tr("Nothing was saved.\n\n{err}").format(err=err))
            return False
        self.window.statusBar().showMessage(_tr("FHIR bundle saved to {file}").format(file=path), 5000)
        session.notify()  # the audit trail grew: the history shows the export
        return True

    # --- lab files ----------------------------------------------------------------------------------------
    def watched_folder(self) -> Path | None:
        text = site_settings.value(self.window.store, settings.LAB_FOLDER)
        return Path(text) if text else None

    def choose_lab_file(self) -> LabImportDialog | None:
        folder = self.watched_folder() or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            _tr("Import lab results"),
            str(folder),
            _tr("Lab result files (*.csv *.txt *.hl7 *.oru);;All files (*)"),
        )
        return self.open_lab_file(Path(path)) if path else None

    def open_lab_file(self, path: Path) -> LabImportDialog:
        dialog = LabImportDialog(self.window.session, path, self.window)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, dialog: LabImportDialog) -> None:
        if dialog.saved is not None:
            count, seq = dialog.saved
            message = _tr("Saved {n} result(s) from {file} (audit event #{seq})")
            self.window.statusBar().showMessage(message.format(n=count, file=dialog.path.name, seq=seq), 8000)
        self.check_folder()

    def import_next(self) -> LabImportDialog | None:
        return self.open_lab_file(self.waiting[0]) if self.waiting else None

    def check_folder(self) -> None:
        """Offer the watched folder's files not imported yet (known by content, from the audit trail)."""
        if not self.window.session.watching:
            return  # signed out or closing: the database may already be closed
        folder = self.watched_folder()
        watched = self.watcher.directories()
        if watched and (folder is None or watched != [str(folder)]):
            self.watcher.removePaths(watched)
        if folder is not None and not self.watcher.directories():
            self.watcher.addPath(str(folder))
        self.waiting = new_lab_files(self.window.store, folder, self.digests) if folder is not None else []
        if self.waiting:
            first = self.waiting[0].name
            more = len(self.waiting) - 1
            text = _tr("New lab file in {folder}: {file}").format(folder=folder, file=first)
            if more:
                text += " " + _tr("(and {n} more)").format(n=more)
            self.bar_label.setText(text)
        self.bar.setVisible(bool(self.waiting))
