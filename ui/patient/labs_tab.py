"""The Labs and events tab: entry forms, small trend charts, and this patient's entries with Void.

Every save is one audited store write followed by session.notify(); a mistake is voided with a reason,
never deleted, and the voided row stays in the list, struck through.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.errors import BedsideError
from bedside.domain.units import LAB_TESTS
from bedside.services import entries, patients
from bedside.services.records import EntryRow
from bedside.views.trends import trends
from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.lazy import ReloadWhenShown
from ui.patient.entry_forms import (
    EntryForm,
    InfectionForm,
    LabForm,
    ObservationForm,
    TreatmentForm,
    VaccinationForm,
    words,
)
from ui.patient.trend_chart import TrendChart
from ui.patient.typed_input import shown_number
from ui.reason_dialog import ask_reason

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ENTITIES = ("lab", "observation", "treatment", "infection", "vaccination")


def _number(value: Any) -> str:
    """As this workstation writes numbers (0.5 or 0,5): what was typed is what is shown back."""
    return shown_number(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


def describe(row: EntryRow) -> tuple[str, str]:
    """(kind, what) for one entry as the list shows it; values exactly as entered, with their unit."""
    d = row.data
    if row.entity == "lab":
        test = LAB_TESTS[d["test"]].label if d.get("test") in LAB_TESTS else str(d.get("test"))
        return _tr("Lab"), f"{test} {_number(d.get('value'))} {d.get('unit', '')}".strip()
    if row.entity == "observation":
        kinds = {
            "temperature": _tr("Temperature"),
            "crs_grade": _tr("CRS grade"),
            "icans_grade": _tr("ICANS grade"),
            "ice_score": _tr("ICE score"),
            "mucositis_grade": _tr("Mucositis grade"),
        }
        unit = f" °{d['unit']}" if d.get("unit") else ""
        return kinds.get(d.get("type", ""), str(d.get("type"))), f"{_number(d.get('value'))}{unit}"
    if row.entity == "treatment":
        when = d.get("date") or _tr("{start} to {end}").format(
            start=d.get("start"), end=_tr("ongoing") if d.get("ongoing") else d.get("end")
        )
        dose = f"{_number(d['dose'])} {d.get('dose_unit', '')}".strip() if "dose" in d else ""
        parts = [words(str(d.get("type"))), d.get("drug", ""), dose, f"({when})"]
        return _tr("Treatment"), " ".join(p for p in parts if p)
    if row.entity == "infection":
        serious = {1: _tr("serious"), 0: _tr("not serious")}  # stored as 1/0; True == 1 finds it too
        flag = d.get("serious")
        parts = [
            words(str(d.get("site"))),
            d.get("pathogen", ""),
            serious.get(flag, "") if isinstance(flag, int) else "",
        ]
        return _tr("Infection"), ", ".join(p for p in parts if p)
    return _tr("Vaccination"), words(str(d.get("vaccine")))


class EntriesModel(QAbstractTableModel):
    """This patient's entries, newest first; a voided row stays, struck through, with its reason."""

    COLUMNS = ("date", "time", "kind", "entry", "status")

    def __init__(self, rows: list[EntryRow] | None = None) -> None:
        super().__init__()
        self._rows: list[EntryRow] = rows or []

    def set_rows(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.date, r.data.get("time") or "", r.id), reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = (_tr("Date"), _tr("Time"), _tr("Kind"), _tr("Entry"), _tr("Status"))
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.text(row, self.COLUMNS[index.column()])
            return text if role == Qt.ItemDataRole.DisplayRole else GuiQt.convertFromPlainText(text)
        if role == Qt.ItemDataRole.FontRole and row.voided_at is not None and self.COLUMNS[index.column()] != "status":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.voided_at is not None:
            return QBrush(QColor("#757575"))
        return None

    def text(self, row: EntryRow, column: str) -> str:
        if column == "date":
            return row.date
        if column == "time":
            return str(row.data.get("time") or "")
        if column in ("kind", "entry"):
            return describe(row)[0 if column == "kind" else 1]
        if row.voided_at is None:
            return ""
        return _tr("voided: {reason} ({by}, {at} UTC)").format(
            reason=row.void_reason, by=row.voided_by, at=(row.voided_at or "")[:16].replace("T", " ")
        )


class LabsTab(QWidget):
    day_chosen = Signal(date)

    def __init__(self, session: Session, mrn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.mrn = session, mrn
        self.lab_form = LabForm(session, mrn)
        self.observation_form = ObservationForm(session, mrn)
        self.treatment_form = TreatmentForm(session, mrn)
        self.infection_form = InfectionForm(session, mrn)
        self.vaccination_form = VaccinationForm(session, mrn)
        # A list beside the form, not tabs: five names fit in any language without scroll arrows.
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(_tr("Kind of entry"))
        self.kinds.setToolTip(_tr("Choose what to enter"))
        self.forms = QStackedWidget()
        forms = (
            (self.lab_form, _tr("Lab result")),
            (self.observation_form, _tr("Temperature or grade")),
            (self.treatment_form, _tr("Treatment")),
            (self.infection_form, _tr("Infection")),
            (self.vaccination_form, _tr("Vaccination")),
        )
        for entity, (form, title) in zip(ENTITIES, forms, strict=True):
            form.setAccessibleName(_tr("New entry: {kind}").format(kind=title))
            self.kinds.addItem(title)
            self.forms.addWidget(form)
            form.saved.connect(lambda row_id, entity=entity: self.select(entity, row_id))  # the new row, shown
        self.kinds.currentRowChanged.connect(self.forms.setCurrentIndex)
        self.kinds.setCurrentRow(0)
        self.kinds.setFixedWidth(self.kinds.sizeHintForColumn(0) + 16)
        self.kinds.setFixedHeight(self.kinds.sizeHintForRow(0) * self.kinds.count() + 2 * self.kinds.frameWidth() + 4)
        new_entry = QGroupBox(_tr("New entry"))
        new_layout = QHBoxLayout(new_entry)
        new_layout.addWidget(self.kinds, 0, Qt.AlignmentFlag.AlignTop)
        new_layout.addWidget(self.forms, 1)

        self.charts = {test: TrendChart() for test in ("anc", "platelets", "igg", "cd4", "cmv_pcr")}
        chart_box = QWidget()
        chart_box.setAccessibleName(_tr("Trends"))
        grid = QGridLayout(chart_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, n // 3, n % 3)
        legend = QLabel(_tr("Dashed red lines: thresholds used by this patient's protocol, with the item ids."))
        legend.setWordWrap(True)
        legend.setAccessibleName(_tr("Chart legend"))
        grid.addWidget(legend, 1, 2, Qt.AlignmentFlag.AlignBottom)

        self.model = EntriesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Entries for this patient, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable_void())
        self.table.doubleClicked.connect(self._open_day)
        self.void_button = QPushButton(_tr("&Void…"))
        self.void_button.setAccessibleName(_tr("Void the selected entry"))
        self.void_button.setToolTip(_tr("Mark the selected entry as a mistake, with a reason; it stays in the list"))
        self.void_button.clicked.connect(self.void_selected)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(_tr("Entries message"))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(_tr("Entries (newest first)")))
        actions.addStretch(1)
        actions.addWidget(self.message)
        actions.addWidget(self.void_button)
        entries = QWidget()
        entries_layout = QVBoxLayout(entries)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addLayout(actions)
        entries_layout.addWidget(self.table, 1)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(new_entry)
        upper.addWidget(chart_box)
        upper.setStretchFactor(1, 1)
        upper.setSizes([520, 760])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(entries)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        session.changed.connect(ReloadWhenShown(self, self.reload).changed)
        self.reload()

    def reload(self) -> None:
        store = self.session.store
        record = patients.load(store, self.mrn)
        protocol = patients.protocol_for(store, record)
        for series in trends(protocol, record):
            self.charts[series.test].set_series(series, record.therapy.day0, self.session.today)
        chosen = self.selected()
        self.model.set_rows([row for entity in ENTITIES for row in entries.rows(store, self.mrn, entity)])
        widths = (90, 55, 110, 330)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        if chosen is not None:
            self.select(chosen.entity, chosen.id)
        self._enable_void()

    def selected(self) -> EntryRow | None:
        row = self.table.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, EntryRow) else None

    def select(self, entity: str, row_id: int) -> None:
        for n in range(self.model.rowCount()):
            row = self.model.index(n, 0).data(ROW_ROLE)
            if row.entity == entity and row.id == row_id:
                self.table.setCurrentIndex(self.model.index(n, 0))
                return

    def _enable_void(self) -> None:
        row = self.selected()
        self.void_button.setEnabled(row is not None and row.voided_at is None)

    def void_selected(self) -> bool:
        """Ask why and void the selected entry; an empty reason is refused and nothing changes."""
        row = self.selected()
        if row is None or row.voided_at is not None:
            return False
        kind, what = describe(row)
        reason = self.ask_reason(f"{kind} {what} ({row.date})")
        if reason is None:
            return False
        if not reason.strip():
            self.message.setText(_tr("Not voided: a reason is required."))
            return False
        try:
            entries.void(self.session.store, self.session.actor, self.mrn, row.entity, row.id, reason.strip())
        except BedsideError as err:
            self.message.setText(_tr("Not voided: {error}").format(error=str(err)))
            return False
        self.message.setText(_tr("Voided."))
        self.session.notify()
        return True

    def ask_reason(self, entry: str) -> str | None:
        """The reason typed in the void dialog, or None when it was cancelled."""
        question = _tr("Void {entry}?\nWhy is it a mistake? (required)").format(entry=entry)
        return ask_reason(self, _tr("Void entry"), question, ok_text=_tr("Void"), accessible=_tr("Reason for voiding"))

    def forms_in_order(self) -> list[EntryForm]:
        return [self.lab_form, self.observation_form, self.treatment_form, self.infection_form, self.vaccination_form]

    def show_form(self, form: QWidget) -> None:
        if isinstance(form, EntryForm):
            self.kinds.setCurrentRow(self.forms.indexOf(form))
            form.focus_unsaved()

    def show_day(self, day: date) -> None:
        """From elsewhere: new entries default to that day."""
        for form in (self.lab_form, self.observation_form, self.treatment_form, self.infection_form):
            form.date.set_default(day)
        self.vaccination_form.date.set_default(day)

    def _open_day(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, EntryRow) and row.date:
            self.day_chosen.emit(date.fromisoformat(row.date))
