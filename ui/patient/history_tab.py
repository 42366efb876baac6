"""The History tab: this patient's audit trail, newest first, and voiding a mistaken entry from it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.errors import BedsideError
from bedside.services import audit_trail, entries
from bedside.services.records import Event
from ui.access.session import Session
from ui.i18n import tr as _tr
from ui.lazy import ReloadWhenShown
from ui.patient.history_model import EVENT_ROLE, KINDS, HistoryFilter, HistoryModel, describe, kind_labels
from ui.reason_dialog import ask_reason

COLUMN_PADDING = 14  # pixels added to each column's content width


class HistoryTab(QWidget):
    def __init__(self, session: Session, mrn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.mrn = session, mrn
        # A named zone knows summer time; a fixed offset from today's clock would shift summer events by an hour.
        self.model = HistoryModel(zone=session.zone if isinstance(session.zone, ZoneInfo) else None)
        self.proxy = HistoryFilter()
        self.proxy.setSourceModel(self.model)
        self.kind = QComboBox()
        self.kind.setAccessibleName(_tr("Show which changes"))
        self.kind.setToolTip(_tr("Show all changes, or only checks, entries, patient changes or voids"))
        labels = kind_labels()
        for kind in KINDS:
            self.kind.addItem(labels[kind], kind)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Search the history"))
        self.search.setAccessibleName(_tr("Search the history"))
        self.search.setToolTip(_tr("Shows only changes whose words contain this text"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.void_button = QPushButton(_tr("V&oid…"))
        self.void_button.setAccessibleName(_tr("Void the selected entry"))
        self.void_button.setToolTip(
            _tr(
                "Void a mistaken lab, observation, treatment, infection, vaccination or tick (Delete). It stays in the "
                "record, marked void, with your reason."
            )
        )
        self.void_button.clicked.connect(self.void_selected)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(_tr("Patient history"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.void_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in the search field edits text
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(_tr("History message"))
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        show = QLabel(_tr("&Show"))
        show.setBuddy(self.kind)
        bar.addWidget(show)
        bar.addWidget(self.kind)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._sized = False
        session.changed.connect(ReloadWhenShown(self, self.reload).changed)
        self.reload()

    def _kind_chosen(self, _index: int) -> None:
        self.proxy.set_kind(str(self.kind.currentData()))

    def reload(self) -> None:
        selected = self.selected_event()
        self.model.set_events(audit_trail.events(self.session.store, self.mrn))
        if not self._sized and self.model.rowCount():
            self._size_columns()
        if selected is not None:
            self.select_seq(selected.seq)
        self._selection_changed()

    def _size_columns(self) -> None:
        # Sized once from the first rows: ResizeToContents on every reload is slow on a long trail.
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, header.sectionSize(column) + COLUMN_PADDING)
        # What happened and why share the spare width: a reason typed later is not cut to a few words.
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._sized = True

    def selected_event(self) -> Event | None:
        rows = self.table.selectionModel().selectedRows()
        event = rows[0].data(EVENT_ROLE) if rows else None
        return event if isinstance(event, Event) else None

    def select_seq(self, seq: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            event = index.data(EVENT_ROLE)
            if isinstance(event, Event) and event.seq == seq:
                self.table.selectRow(row)
                self.table.setCurrentIndex(index)
                return True
        return False

    def _selection_changed(self, *_args: QItemSelection) -> None:
        event = self.selected_event()
        self.void_button.setEnabled(event is not None and self.model.can_void(event))

    def ask_reason(self, event: Event) -> str | None:
        """The reason for voiding, or None when cancelled (tests replace this)."""
        return ask_reason(
            self,
            _tr("Void {entity} #{id}").format(entity=event.entity, id=event.entity_id),
            _tr("The entry stays in the record, marked void. Why is it being voided?"),
        )

    def void_selected(self) -> None:
        event = self.selected_event()
        if event is None or not self.model.can_void(event):
            self.message.setText(_tr("Select a lab, observation, treatment, infection, vaccination or tick to void."))
            return
        reason = self.ask_reason(event)
        if reason is not None:
            self.void(event, reason)

    def void(self, event: Event, reason: str) -> bool:
        """Void the entry behind `event`; refused without a reason. True when it was voided."""
        if not reason.strip():
            self.message.setText(_tr("Not voided: a reason is needed."))
            return False
        try:
            entity_id = int(event.entity_id or 0)
            entries.void(self.session.store, self.session.actor, self.mrn, event.entity, entity_id, reason)
        except BedsideError as err:
            self.message.setText(_tr("Not voided: {problem}").format(problem=str(err)))
            return False
        self.message.setText(_tr("Voided: {what}").format(what=describe(event)))
        self.session.notify()
        return True
