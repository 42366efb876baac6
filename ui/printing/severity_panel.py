"""The preview's severity panel: one row per patient on the sheet, the level Bedside suggests and the one the
ward chooses to print (I-PASS illness severity; Bedside suggests, the ward decides).

One table, a Qt model and its view: a ward of 500 patients is 1,000 items made at once in a few milliseconds,
where 500 rows of combo boxes kept the window still for 100-200 ms when they were laid out
(benchmarks/bench_gui_stall.py). A level is chosen in the row's "Prints" cell: a click, F2, or a letter opens
the list of the three levels; the arrow keys and Enter, or a click, take one, and it takes effect at once;
Esc leaves the level as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bedside.printouts import SEVERITIES, PatientHandover
from ui.i18n import tr as _tr

Listing = tuple[tuple[str, str, str, str], ...]
MRN_ROLE = Qt.ItemDataRole.UserRole + 1  # on both cells of a row
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2  # the level printed: "stable", "watcher" or "unstable"
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 3  # the level Bedside suggests
PATIENT, PRINTS = 0, 1  # the columns
CELL_PADDING = 24  # pixels beside the widest level's text (room for the list's arrow when it is open)
Choose = Callable[[str, str], object]  # (MRN, level); False: the choice was not kept, the row goes back


def severity_labels() -> dict[str, str]:
    return {"stable": _tr("stable"), "watcher": _tr("watcher"), "unstable": _tr("unstable")}


def level_text(level: str, suggested: str) -> str:
    """How a level reads in the panel: "watcher (suggested)" for Bedside's suggestion."""
    label = severity_labels()[level]
    return _tr("{level} (suggested)").format(level=label) if level == suggested else label


class LevelChoice(QStyledItemDelegate):
    """The "Prints" cell's editor: a list of the three levels, the suggested one marked."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # type: ignore[override]
        box = QComboBox(parent)
        suggested = str(index.data(SUGGESTED_ROLE))
        for level in SEVERITIES:
            box.addItem(level_text(level, suggested), level)
        box.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleTextRole)))
        box.setToolTip(str(index.data(Qt.ItemDataRole.ToolTipRole)))
        box.activated.connect(lambda _i, box=box: self._chosen(box))  # picked from the open list
        QTimer.singleShot(0, box, box.showPopup)  # open at once: arrows move in the list, Enter or a click takes
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(LEVEL_ROLE)), 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), LEVEL_ROLE)

    def _chosen(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box, QAbstractItemDelegate.EndEditHint.NoHint)


class SeverityPanel:
    """`panel` is the group box; `view` the table of patients; `choose(mrn, level)` runs on a change."""

    def __init__(self, choose: Choose) -> None:
        self.choose = choose
        self.listed: Listing = ()  # who the rows are for, and what was suggested for them
        self._stopped = False
        self.model = QStandardItemModel(0, 2)
        self.panel = QGroupBox(_tr("Illness severity (I-PASS)"))
        self.panel.setAccessibleName(_tr("Illness severity"))
        hint = QLabel(
            _tr(
                "Bedside suggests a level from the latest CRS and ICANS grades and an open febrile-neutropenia "
                "bundle. Choose another level to print it instead."
            )
        )
        hint.setWordWrap(True)
        self.view = QTableView()
        self.view.setAccessibleName(_tr("Patients on this sheet"))
        self.view.setToolTip(_tr("Click a level, or press F2, to choose the level the sheet prints"))
        self.delegate = LevelChoice(self.view)
        self.view.setItemDelegateForColumn(PRINTS, self.delegate)
        self.model.setParent(self.view)  # every model the view shows is the view's: deleted by Qt, never by Python
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.SelectedClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.view.clicked.connect(self._clicked)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setAccessibleName(_tr("Columns of the severity table"))
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(3 * self.view.fontMetrics().lineSpacing() + 8)  # bed and name (2 lines), MRN
        column = QVBoxLayout(self.panel)
        column.addWidget(hint)
        column.addWidget(self.view, 1)
        self.panel.setMinimumWidth(300)
        self.panel.setMaximumWidth(380)
        self.model.itemChanged.connect(self._changed)

    def stop(self) -> None:
        """The preview closed: nothing more is chosen."""
        self._stopped = True

    def fill(self, patients: tuple[PatientHandover, ...], chosen: Mapping[str, str]) -> None:
        """One row per patient: bed, name and MRN (plain text), and the level to print (`chosen`, else the
        suggestion)."""
        self.show_rows(listing(patients), levels_model(patients, chosen))

    def show_rows(self, listed: Listing, model: QStandardItemModel) -> None:
        """Show a model made by `levels_model` (in a worker, then moved to the GUI thread) in place of the old."""
        self.listed = listed
        old, self.model = self.model, model
        model.setParent(self.view)
        old.itemChanged.disconnect(self._changed)
        self.view.setModel(model)
        old.deleteLater()
        model.itemChanged.connect(self._changed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PATIENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRINTS, QHeaderView.ResizeMode.Fixed)
        widest = max(self.view.fontMetrics().horizontalAdvance(level_text(level, level)) for level in SEVERITIES)
        header.resizeSection(PRINTS, widest + CELL_PADDING)
        if model.rowCount():
            self.view.setCurrentIndex(model.index(0, PRINTS))

    def levels(self) -> dict[str, str]:
        """The level each row prints, by MRN, in the panel's order."""
        model = self.model
        return {
            str(model.item(row, PRINTS).data(MRN_ROLE)): str(model.item(row, PRINTS).data(LEVEL_ROLE))
            for row in range(model.rowCount())
        }

    def row_of(self, mrn: str) -> int | None:
        return next((row for row in range(self.model.rowCount()) if self.model.item(row).data(MRN_ROLE) == mrn), None)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == PRINTS:
            self.view.edit(index)  # one click opens the choice, not two

    def _changed(self, item: QStandardItem) -> None:
        """A level was chosen in a row: its text follows, and the preview is told (or the row goes back)."""
        if self._stopped or item.column() != PRINTS:
            return
        level, suggested, mrn = item.data(LEVEL_ROLE), item.data(SUGGESTED_ROLE), item.data(MRN_ROLE)
        if item.text() == level_text(level, suggested):
            return
        shown = next(level for level in SEVERITIES if item.text() == level_text(level, suggested))
        _show_level(item, level)
        if self.choose(mrn, level) is False:
            _show_level(item, shown)


def levels_model(patients: tuple[PatientHandover, ...], chosen: Mapping[str, str]) -> QStandardItemModel:
    """The panel's rows: made in any thread (no widget is touched), 1,000 items for 500 patients in 10-15 ms
    that the GUI thread need not spend."""
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels([_tr("Patient"), _tr("Prints")])
    for patient in patients:
        model.appendRow(_row(patient, chosen.get(patient.identifiers.mrn, patient.severity.suggested)))
    return model


def _row(patient: PatientHandover, level: str) -> list[QStandardItem]:
    who, severity = patient.identifiers, patient.severity
    bed = _tr("Bed {bed}").format(bed=who.bed) if who.bed else _tr("No bed")
    tip = _tr("Bedside suggests {level}: {reasons}. The sheet prints the level chosen here.").format(
        level=severity_labels()[severity.suggested], reasons="; ".join(severity.reasons)
    )
    name = QStandardItem(f"{bed} · {who.name}\n{who.mrn}")
    name.setEditable(False)
    prints = QStandardItem()
    prints.setAccessibleText(_tr("Illness severity for {name}").format(name=who.name))
    for item in (name, prints):
        item.setData(who.mrn, MRN_ROLE)
        item.setData(severity.suggested, SUGGESTED_ROLE)
        item.setToolTip(tip)
    _show_level(prints, level)
    return [name, prints]


def _show_level(item: QStandardItem, level: str) -> None:
    """The level and its text together (itemChanged sees them agree, and calls nobody)."""
    model = item.model()
    blocked = model.blockSignals(True) if model is not None else False
    item.setData(level, LEVEL_ROLE)
    if model is not None:
        model.blockSignals(blocked)
    item.setText(level_text(level, str(item.data(SUGGESTED_ROLE))))


def listing(patients: tuple[PatientHandover, ...]) -> Listing:
    return tuple((p.identifiers.mrn, p.identifiers.name, p.identifiers.bed, p.severity.suggested) for p in patients)
