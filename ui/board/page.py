"""The ward board page: DEMO banner, ward filter, search, and the table of active patients."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from bedside.views.board import BoardRow
from ui.board.model import ROW_ROLE, SORT_ROLE, BoardFilter, BoardModel
from ui.i18n import tr as _tr
from ui.style import NOTICE_BANNER_STYLE

COLUMN_PADDING = 14  # pixels added to each column's content width


class BoardPage(QWidget):
    open_requested = Signal(str)  # MRN: Enter, double-click, or Enter in the search field
    current_changed = Signal()
    ward_chosen = Signal(str)  # "" for all wards: the window remembers it

    def __init__(self, ward: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted_ward = ward or None
        self._sized = False
        self.model = BoardModel()
        self.proxy = BoardFilter()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.banner = QLabel()
        self.banner.setAccessibleName(_tr("Demo data notice"))
        self.banner.setStyleSheet(NOTICE_BANNER_STYLE)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ward_filter = QComboBox()
        self.ward_filter.setAccessibleName(_tr("Ward filter"))
        self.ward_filter.setToolTip(_tr("Show one ward, or all wards"))
        self.ward_filter.currentIndexChanged.connect(self._ward_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Find a patient by name or MRN (Ctrl+F)"))
        self.search.setAccessibleName(_tr("Find a patient by name or MRN"))
        self.search.setToolTip(_tr("Type part of a name or MRN; Enter opens the highlighted patient"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_current)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(_tr("Ward board"))
        self.table.setToolTip(_tr("Enter or double-click opens the patient"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Column widths come from the first 100 rows, not all of them: 35 ms instead of 250-340 ms on 500 patients.
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # unsorted: FN first, then ward and bed
        header.setSectionsMovable(True)
        self.table.setSortingEnabled(True)  # a click on a column header sorts by it; the layout is remembered
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self.current_changed)
        # From the search field, Down moves into the list and Esc clears the search.
        down, esc = QKeySequence(Qt.Key.Key_Down), QKeySequence(Qt.Key.Key_Escape)
        for key, slot in ((down, self.table.setFocus), (esc, self.search.clear)):
            # setContext, not the constructor's context argument: PySide 6.12 ignores that one.
            QShortcut(key, self.search, slot).setContext(Qt.ShortcutContext.WidgetShortcut)
        ward_label, search_label = QLabel(_tr("&Ward")), QLabel(_tr("Fi&nd"))
        ward_label.setBuddy(self.ward_filter)
        search_label.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.addWidget(ward_label)
        bar.addWidget(self.ward_filter)
        bar.addSpacing(12)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[BoardRow]) -> None:
        """Show new rows, keeping the ward filter, the search and the selected patient."""
        selected = self.current_mrn()
        self.model.set_rows(rows)
        self._fill_wards(rows)
        if not self._sized and rows:
            # Sized once: ResizeToContents on every refresh is slow on a full ward (benchmarks/README.md).
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count()):  # room between a number and the next column's text
                header.resizeSection(column, header.sectionSize(column) + COLUMN_PADDING)
            alert = BoardModel.COLUMNS.index("alert")  # room for the flag; a longer one elides, its tip has it all
            widest = self.table.fontMetrics().horizontalAdvance(_tr("!! FN, fever 10 h 00 min ago")) + COLUMN_PADDING
            header.resizeSection(alert, max(min(header.sectionSize(alert), widest), header.minimumSectionSize()))
            name = BoardModel.COLUMNS.index("name")
            self.table.horizontalHeader().setSectionResizeMode(name, QHeaderView.ResizeMode.Stretch)
            self._sized = True
        if not self.select_mrn(selected):
            self._select_first()
        demo = sum(r.demo for r in rows)
        self.banner.setVisible(demo > 0)
        self.banner.setText(
            _tr("DEMO: {n} demo patients (ward DEMO) are shown. They are not real patients.").format(n=demo)
        )

    def layout_state(self) -> bytes:
        """Column order, widths and sorting, for QSettings."""
        return bytes(self.table.horizontalHeader().saveState().data())

    def restore_layout(self, state: object) -> bool:
        """A remembered layout; False (and the default layout) when it does not fit this version's columns."""
        header = self.table.horizontalHeader()
        if not isinstance(state, bytes | bytearray | QByteArray) or not header.restoreState(QByteArray(state)):
            return False
        if header.count() != len(BoardModel.COLUMNS):
            return False
        self._sized = True  # the remembered widths, not sized to the first rows
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True

    def _fill_wards(self, rows: list[BoardRow]) -> None:
        wanted = self._wanted_ward
        wards = sorted({r.ward for r in rows if r.ward} | ({wanted} if wanted else set()))
        self.ward_filter.blockSignals(True)
        self.ward_filter.clear()
        self.ward_filter.addItem(_tr("All wards"), None)
        for ward in wards:
            self.ward_filter.addItem(ward, ward)
        self.ward_filter.setCurrentIndex(max(self.ward_filter.findData(wanted), 0) if wanted else 0)
        self.ward_filter.blockSignals(False)
        self.proxy.set_ward(wanted)

    def _ward_changed(self, _index: int) -> None:
        self._wanted_ward = self.ward_filter.currentData()
        self.proxy.set_ward(self._wanted_ward)
        self.ward_chosen.emit(self._wanted_ward or "")
        self._select_first()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.selectRow(0)
        self.current_changed.emit()

    def select_mrn(self, mrn: str | None) -> bool:
        for row in range(self.proxy.rowCount() if mrn else 0):
            found = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(found, BoardRow) and found.mrn == mrn:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                self.table.selectRow(row)
                return True
        return False

    def current_mrn(self) -> str | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.mrn if isinstance(row, BoardRow) else None

    def current_ward(self) -> str | None:
        """The ward chosen in the filter; None for all wards."""
        return self._wanted_ward

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, BoardRow):
            self.open_requested.emit(row.mrn)

    def _open_current(self) -> None:
        if (mrn := self.current_mrn()) is not None:
            self.open_requested.emit(mrn)
