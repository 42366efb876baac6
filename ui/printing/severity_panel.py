"""The preview's severity panel: one row per patient on the sheet, the level Bedside suggests and the one the
ward chooses to print (I-PASS illness severity; Bedside suggests, the ward decides).

A plain object owning stock Qt widgets (no Python subclass of a Qt widget: every virtual call of one would need
Python's lock, which a drawing worker holds; docs/architecture.md, "Work off the GUI thread")."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from bedside.printouts import SEVERITIES, PatientHandover
from ui.i18n import tr as _tr

ROWS_PER_TURN = 10  # severity rows made per turn of the event loop: a turn of 25 took 200-370 ms on a busy machine
Listing = tuple[tuple[str, str, str, str], ...]


def severity_labels() -> dict[str, str]:
    return {"stable": _tr("stable"), "watcher": _tr("watcher"), "unstable": _tr("unstable")}


class SeverityPanel:
    """`panel` is the group box; `boxes` the level chosen per MRN; `choose(mrn, level)` runs on a change."""

    def __init__(self, choose: Callable[[str, str], None]) -> None:
        self.choose = choose
        self.boxes: dict[str, QComboBox] = {}
        self.listed: Listing = ()  # who the rows are for, and what was suggested for them
        self._fills = 0  # the fill being made, a few rows at a time; a newer one (or stop()) ends an older one
        self.panel = QGroupBox(_tr("Illness severity (I-PASS)"))
        self.panel.setAccessibleName(_tr("Illness severity"))
        hint = QLabel(
            _tr(
                "Bedside suggests a level from the latest CRS and ICANS grades and an open febrile-neutropenia "
                "bundle. Choose another level to print it instead."
            )
        )
        hint.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(_tr("Patients on this sheet"))
        column = QVBoxLayout(self.panel)
        column.addWidget(hint)
        column.addWidget(self.scroll, 1)
        self.panel.setMinimumWidth(300)
        self.panel.setMaximumWidth(380)

    def stop(self) -> None:
        """The preview closed: a fill under way makes no more rows."""
        self._fills += 1

    def fill(
        self,
        patients: tuple[PatientHandover, ...],
        chosen: Callable[[], Mapping[str, str]],
        then: Callable[[], None] | None = None,
    ) -> None:
        """One row per patient: bed, name and MRN (plain text), and the level to print. Made ROWS_PER_TURN rows
        at a time, off screen, while no worker runs: a new widget's first calls need Python's lock, which a
        drawing worker holds for up to 5 ms each time (500 patients stalled the window for seconds).
        `chosen()`: the levels chosen so far, read as each row is made."""
        self._fills += 1
        fill = self._fills
        self.listed = listing(patients)
        boxes: dict[str, QComboBox] = {}
        grid = QGridLayout()
        inner = QWidget()
        inner.setLayout(grid)

        def add(start: int) -> None:
            if fill != self._fills:
                return  # closed, or a newer sheet fills the panel
            for row in range(start, min(start + ROWS_PER_TURN, len(patients))):
                name = QLabel(_patient_label(patients[row]))
                name.setTextFormat(Qt.TextFormat.PlainText)
                name.setWordWrap(True)
                box = self._box(patients[row], chosen)
                boxes[patients[row].identifiers.mrn] = box
                name.setBuddy(box)
                grid.addWidget(name, row, 0)
                grid.addWidget(box, row, 1)
            if start + ROWS_PER_TURN < len(patients):
                QTimer.singleShot(0, lambda: add(start + ROWS_PER_TURN))
                return
            grid.setColumnStretch(0, 1)
            grid.setRowStretch(len(patients), 1)
            self.boxes = boxes
            self.scroll.setWidget(inner)  # the previous rows are deleted with their widget
            if then is not None:
                then()

        add(0)

    def _box(self, patient: PatientHandover, chosen: Callable[[], Mapping[str, str]]) -> QComboBox:
        mrn, suggested = patient.identifiers.mrn, patient.severity.suggested
        box = QComboBox()
        labels = severity_labels()
        for level in SEVERITIES:
            text = _tr("{level} (suggested)").format(level=labels[level]) if level == suggested else labels[level]
            box.addItem(text, level)
        box.setCurrentIndex(SEVERITIES.index(chosen().get(mrn, suggested)))
        box.setAccessibleName(_tr("Illness severity for {name}").format(name=patient.identifiers.name))
        box.setToolTip(
            _tr("Bedside suggests {level}: {reasons}. The sheet prints the level chosen here.").format(
                level=labels[suggested], reasons="; ".join(patient.severity.reasons)
            )
        )
        box.currentIndexChanged.connect(lambda _index, mrn=mrn, box=box: self.choose(mrn, box.currentData()))
        return box


def listing(patients: tuple[PatientHandover, ...]) -> Listing:
    return tuple((p.identifiers.mrn, p.identifiers.name, p.identifiers.bed, p.severity.suggested) for p in patients)


def _patient_label(patient: PatientHandover) -> str:
    who = patient.identifiers
    bed = _tr("Bed {bed}").format(bed=who.bed) if who.bed else _tr("No bed")
    return f"{bed} · {who.name}\n{who.mrn}"
