"""The ward board as a Qt table model: a thin adapter over bedside.ward.BoardRow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from bedside.ward import BoardRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_SEVERITY_COLOURS = {"unstable": "#f4c7c3", "watcher": "#fce8b2", "stable": "#ffffff"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardModel", text)


class BoardModel(QAbstractTableModel):
    COLUMNS = (
        "bed",
        "severity",
        "name",
        "mrn",
        "product",
        "day",
        "crs_icans",
        "overdue",
        "due",
        "blocked",
    )

    def __init__(self, rows: list[BoardRow] | None = None) -> None:
        super().__init__()
        self._rows: list[BoardRow] = rows or []

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = {
            "bed": _tr("Bed"),
            "severity": _tr("Severity"),
            "name": _tr("Name"),
            "mrn": _tr("MRN"),
            "product": _tr("Product"),
            "day": _tr("Day"),
            "crs_icans": _tr("CRS / ICANS"),
            "overdue": _tr("Overdue"),
            "due": _tr("Due"),
            "blocked": _tr("Blocked"),
        }
        return labels[self.COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == "severity":
            return QBrush(QColor(_SEVERITY_COLOURS[row.severity]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            "day",
            "overdue",
            "due",
            "blocked",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: BoardRow, column: str) -> str:
        if column == "severity":
            # Text as well as colour: handover sheets are photocopied in greyscale.
            return {
                "unstable": _tr("!! unstable"),
                "watcher": _tr("! watcher"),
                "stable": _tr("stable"),
            }[row.severity]
        if column == "day":
            return f"{row.day:+d}"
        if column == "crs_icans":
            return f"{_grade(row.crs_grade)} / {_grade(row.icans_grade)}"
        return str(getattr(row, column))


def _grade(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"
