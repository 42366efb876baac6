"""File > Import lab results…: a laboratory's result file, previewed line by line, saved only on "Save".

The core reads, matches and checks (bedside/services/lab_files.py); this shows each result as ready,
duplicate (skipped) or refused with its reason, and saves the ready ones as one step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bedside.config import settings
from bedside.domain.errors import BedsideError
from bedside.domain.units import LAB_TESTS
from bedside.interop.labs.mapping import shipped_mappings
from bedside.interop.labs.preview import DUPLICATE, READY, REFUSED, Line
from bedside.services import settings as site_settings
from bedside.services.lab_files import LabFile, read_lab_file, save_lab_file
from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.tables import result_label, row_table
from ui.wiring import run_on

OUTCOME_COLOURS = {READY: "#d8f0d8", DUPLICATE: "#e8e8e8", REFUSED: "#f8d0d0"}
HL7_SUFFIXES = (".hl7", ".oru")


def default_mapping(session: Session, path: Path) -> str:
    """The site's mapping; without one, the shipped HL7 v2 mapping for .hl7 files and the generic CSV one else.
    The nurse sees the choice and its preview before anything is saved."""
    chosen = site_settings.value(session.store, settings.LAB_MAPPING)
    if chosen:
        return chosen
    return "hl7v2-loinc" if path.suffix.lower() in HL7_SUFFIXES else "generic-csv"


class LabImportDialog(QDialog):
    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.path = session, path
        self.lab_file: LabFile | None = None
        self.saved: tuple[int, int] | None = None  # (results saved, audit event) once saved
        self.setWindowTitle(_tr("Import lab results: {file}").format(file=path.name))
        self.setAccessibleName(_tr("Import lab results"))
        self.mapping = QComboBox()
        self.mapping.setObjectName("lab-mapping")
        self.mapping.setAccessibleName(_tr("Mapping"))
        self.mapping.setToolTip(_tr("How this laboratory's files read: columns, test codes, units, dates"))
        names = shipped_mappings()
        first = default_mapping(session, path)
        for name in [first, *[n for n in names if n != first]]:
            self.mapping.addItem(name, name)
        self.table = row_table(
            [_tr("Outcome"), _tr("Where in the file"), _tr("MRN"), _tr("Result"), _tr("Why")],
            _tr("Results in the file"),
        )
        self.summary = result_label(_tr("Summary"))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(_tr("Save"))
        self.save_button.setObjectName("save-lab-results")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(_tr("Close without saving anything"))
        run_on(self.save_button.clicked, self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("&Mapping:"), self.mapping)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(_tr("Nothing is saved until you press Save; refused lines are never saved.")))
        layout.addWidget(self.buttons)
        self.mapping.currentIndexChanged.connect(lambda _i: self.preview())
        self.resize(900, 520)
        self.preview()

    def preview(self) -> None:
        """Read and check the file again with the chosen mapping; nothing is saved."""
        self.table.setRowCount(0)
        now = self.session.now_local().replace(tzinfo=None)  # the laboratory stamps the ward's wall clock
        try:
            self.lab_file = read_lab_file(self.session.store, self.path, str(self.mapping.currentData()), now)
        except BedsideError as err:
            self.lab_file = None
            self.summary.setText(_tr("This file cannot be imported: {err}").format(err=err))
            self._set_save(0)
            return
        lines = self.lab_file.preview.lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (_outcome(line.outcome), line.where, line.mrn or "-", _result(line), line.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(OUTCOME_COLOURS[line.outcome])))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        c = self.lab_file.preview.counts
        self.summary.setText(
            _tr("{ready} ready to save, {duplicate} already stored or repeated (skipped), {refused} refused.").format(
                ready=c[READY], duplicate=c[DUPLICATE], refused=c[REFUSED]
            )
        )
        self._set_save(c[READY])

    def _set_save(self, ready: int) -> None:
        self.save_button.setText(_tr("Save {n} result(s)").format(n=ready))
        self.save_button.setEnabled(ready > 0 and not self.session.store.read_only)

    def save(self) -> bool:
        if self.lab_file is None:
            return False
        try:
            self.saved = save_lab_file(self.session.store, self.lab_file, self.session.actor)
        except BedsideError as err:
            self.summary.setText(_tr("Nothing was saved: {err}").format(err=err))
            return False
        self.session.notify()
        self.accept()
        return True


def _outcome(outcome: str) -> str:
    return {READY: _tr("ready"), DUPLICATE: _tr("skipped: duplicate"), REFUSED: _tr("refused")}[outcome]


def _result(line: Line) -> str:
    if line.lab is None:
        return ""
    lab = line.lab
    when = lab.date.isoformat() + (f" {lab.time}" if lab.time else "")
    return f"{LAB_TESTS[lab.test].label} {lab.value:g} {lab.unit}, {when}"
