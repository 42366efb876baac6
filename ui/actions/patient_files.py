"""File > Import patient JSON… and Export patient JSON…: bedside-patient/1 files in and out of the window.

A bad file changes nothing and its message names the field; an export appears whole or not at all, 0600
(bedside/config/file_out.py), with its voided entries;
the suggested file name never carries patient data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from bedside.domain.errors import BedsideError, PatientFormatError
from bedside.services import patients
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow

EXPORT_NAME = "patient-export.json"  # neutral: a file name never carries patient data
MAX_PROBLEMS_SHOWN = 12


def import_patient(window: MainWindow) -> None:
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getOpenFileName(
        window, _tr("Import patient JSON"), start, _tr("Patient JSON (*.json);;All files (*)")
    )
    if path:
        import_file(window, Path(path))


def import_file(window: MainWindow, path: Path) -> bool:
    """Add (or, after asking, replace) the patient in a bedside-patient/1 file; a bad file changes nothing."""
    try:
        record = patients.read_file(path)
    except PatientFormatError as err:
        shown = "\n".join(str(p) for p in err.problems[:MAX_PROBLEMS_SHOWN])
        more = len(err.problems) - MAX_PROBLEMS_SHOWN
        extra = "\n" + _tr("…and {n} more").format(n=more) if more > 0 else ""
        window.show_message(
            _tr("Nothing was imported"),
            _tr("{file} is not a valid patient file. Nothing was changed.\n\n{problems}").format(
                file=path.name, problems=shown + extra
            ),
        )
        return False
    except BedsideError as err:  # not readable, or not UTF-8
        window.show_message(_tr("Nothing was imported"), str(err))
        return False
    replace = patients.is_stored(window.store, record.mrn)
    question = _tr("A patient with MRN {mrn} is already here. Replace the whole record with the file's?")
    if replace and not window.confirm(_tr("Replace patient?"), question.format(mrn=record.mrn)):
        return False
    try:
        patients.import_records(window.store, window.session.actor, [record], replace=replace)
    except BedsideError as err:
        window.show_message(_tr("Nothing was imported"), str(err))
        return False
    window.session.notify()
    window.select_mrn(record.mrn)
    window.statusBar().showMessage(_tr("Imported {mrn}").format(mrn=record.mrn), 5000)
    return True


def export_patient(window: MainWindow) -> None:
    mrn = window.current_mrn()
    if mrn is None:
        return
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        window, _tr("Export patient JSON"), str(Path(folder) / EXPORT_NAME), _tr("Patient JSON (*.json)")
    )
    if path:
        export_file(window, mrn, Path(path))


def export_file(window: MainWindow, mrn: str, path: Path) -> bool:
    """Write the patient as bedside-patient/1, as the command line does: 0600, whole or not at all, and
    recorded in the audit trail before the file takes its name (with voided entries: nothing is lost)."""
    session = window.session
    try:
        patients.export_file(session.store, session.actor, mrn, path)
    except BedsideError as err:
        window.show_message(_tr("Export failed"), _tr("Not exported: {error}").format(error=err))
        return False
    session.notify()  # the audit trail grew: the history shows the export
    window.statusBar().showMessage(_tr("Exported to {file}").format(file=path), 5000)
    return True
