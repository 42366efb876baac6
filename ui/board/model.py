"""The ward board as a Qt table model: a thin adapter over bedside.views.board.BoardRow, and its ward/search filter."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from bedside.engine.urgency import FnEpisode
from bedside.views.board import BoardRow
from ui.board.filtering import ChoiceAndSearchFilter
from ui.i18n import Number
from ui.i18n import tr as _tr
from ui.keyed_rows import update_in_place

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a click on a column header sorts by: numbers as numbers
_SEVERITY_RANK = {"unstable": 0, "watcher": 1, "stable": 2}
# Pale backgrounds keep black text readable; the text label carries the meaning on a greyscale copy.
_SEVERITY_COLOURS = {"unstable": "#f4c7c3", "watcher": "#fce8b2", "stable": "#ffffff"}
_NUMBERS = ("day", "overdue", "due", "blocked", "needs_data")
ALERT_BACKGROUND, ALERT_TEXT = "#a00000", "#ffffff"  # 8.3:1; the words carry the meaning, not the red


def _mrn(row: BoardRow) -> str:
    return row.mrn


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class BoardModel(QAbstractTableModel):
    COLUMNS = (
        "bed",
        "severity",
        "name",
        "alert",
        "mrn",
        "ward",
        "product",
        "day",
        "crs_icans",
        "overdue",
        "due",
        "blocked",
        "needs_data",
    )

    def __init__(self, rows: list[BoardRow] | None = None) -> None:
        super().__init__()
        self._rows: list[BoardRow] = rows or []
        self.now: datetime | None = None  # the ward's clock, for "fever 25 min ago"

    def set_now(self, now: datetime) -> None:
        """The minutes since a fever move on: only the alert cells are redrawn."""
        self.now = now
        column = self.COLUMNS.index("alert")
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def set_rows(self, rows: list[BoardRow]) -> None:
        """Update in place by MRN (after Vorta's set_mount_points): changed rows emit dataChanged, gone ones
        are removed and new ones inserted, then the order follows `rows`. No reset: the view keeps its
        selection, scroll position and sorting through a tick."""
        update_in_place(self, self._rows, rows, key=_mrn)

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _header_labels()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tips().get(column)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == "severity":
            return QBrush(QColor(_SEVERITY_COLOURS[row.severity]))
        if role == Qt.ItemDataRole.ForegroundRole and column == "severity":
            return QBrush(QColor("#000000"))  # the pale background needs dark text in a dark theme too
        if column in ("overdue", "needs_data") and getattr(row, column) > 0:  # stands out from a column of zeros
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(_SEVERITY_COLOURS["unstable"]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#000000"))
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        if column == "alert" and row.fn is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(ALERT_BACKGROUND))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(ALERT_TEXT))
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return fn_details(row.fn, self.now)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "day" and row.missing_dates:
            return _tr("Not recorded: {dates}. Items anchored on them count from an assumed date and say so.").format(
                dates=", ".join(row.missing_dates)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "severity":
            return _tr("A suggestion from today's CRS/ICANS grades and open FN bundle; the nurse confirms it.")
        return None

    def _display(self, row: BoardRow, column: str) -> str:
        if column == "severity":
            # Text as well as colour: handover sheets are photocopied in greyscale.
            return {
                "unstable": _tr("!! unstable"),
                "watcher": _tr("! watcher"),
                "stable": _tr("stable"),
            }[row.severity]
        if column == "day":  # a missing LD date is said where the day is read: LD is assumed on day -5
            return f"{row.day:+d}" + (" " + _tr("(no LD date)") if "lymphodepletion start" in row.missing_dates else "")
        if column == "crs_icans":
            return f"{_grade(row.crs_grade)} / {_grade(row.icans_grade)}"
        if column == "alert":
            return fn_flag(row.fn, self.now) if row.fn is not None else ""
        return str(getattr(row, column))


def _header_labels() -> dict[str, str]:
    return {
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
        "alert": _tr("Alert"),
        "ward": _tr("Ward"),
        "needs_data": _tr("Needs data"),
    }


def _header_tips() -> dict[str, str]:
    return {
        "day": _tr("Days since the first infusion (day 0)"),
        "crs_icans": _tr("Latest recorded CRS and ICANS grades; - when none is recorded"),
        "overdue": _tr("Checklist items past their window today"),
        "due": _tr("Checklist items due today"),
        "blocked": _tr("Items waiting for a missing fact or a gate"),
        "alert": _tr("FN: febrile neutropenia, with the time since the fever; these patients are listed first"),
        "needs_data": _tr("Safety items that cannot be decided because a fact (a lab, a date) is missing"),
    }


def minutes_text(minutes: int) -> str:
    return _tr("{n} min").format(n=minutes) if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


def fn_since(fn: FnEpisode, now: datetime | None) -> str:
    """ "fever 25 min ago", or why there is no time to count from."""
    since = fn.minutes_since_fever(now) if now is not None else None
    if since is None:
        return _tr("fever time not recorded") if fn.reading else _tr("bundle open")
    if since < 0 and fn.fever_at is not None:
        return _tr("fever at {time}, later than now").format(time=fn.fever_at.strftime("%H:%M"))
    return _tr("fever {t} ago").format(t=minutes_text(since))


def fn_flag(fn: FnEpisode, now: datetime | None) -> str:
    """The board's flag, in words: "!! FN, fever 25 min ago"."""
    return _tr("!! FN, {since}").format(since=fn_since(fn, now))


def fn_reading(fn: FnEpisode) -> str:
    anc = _tr("ANC not recorded") if fn.anc is None else _tr("ANC {anc:g} x10^9/L").format(anc=Number(fn.anc))
    return f"{fn.reading or _tr('fever')}, {anc}"


def fn_antibiotics(fn: FnEpisode, now: datetime | None) -> str:
    """The bundle's 60 minutes, counted from the fever."""
    left = fn.antibiotics_minutes_left(now) if now is not None else None
    if left is None:
        return _tr("antibiotics within 60 minutes of the fever")
    if left >= 0:
        return _tr("antibiotics within 60 minutes: {t} left").format(t=minutes_text(left))
    return _tr("antibiotics within 60 minutes: {t} past").format(t=minutes_text(-left))


def fn_details(fn: FnEpisode, now: datetime | None) -> str:
    """The board's tool tip: the reading, the ANC, the time since the fever and the antibiotics' minutes."""
    return _tr("Febrile neutropenia: {reading}; {since}; {antibiotics}.").format(
        reading=fn_reading(fn), since=fn_since(fn, now), antibiotics=fn_antibiotics(fn, now)
    )


def _sort_key(row: BoardRow, column: str) -> Any:
    if column == "bed":  # 2 before 10, then letters
        digits = "".join(ch for ch in row.bed if ch.isdigit())
        return f"{int(digits) if digits else 999_999:09d} {row.bed.casefold()}"
    if column == "severity":
        return _SEVERITY_RANK.get(row.severity, 3)
    if column == "alert":
        return 0 if row.fn is not None else 1
    if column == "crs_icans":
        return max(row.crs_grade or -1.0, row.icans_grade or -1.0)
    if column in _NUMBERS:
        return getattr(row, column)
    return str(getattr(row, column)).casefold()


def _grade(value: float | None) -> str:
    return "-" if value is None else f"{Number(value):g}"


class BoardFilter(ChoiceAndSearchFilter):
    """Narrows the board to one ward and to rows whose name or MRN contains the search text."""

    @property
    def ward(self) -> str | None:
        return self._choice

    def set_ward(self, ward: str | None) -> None:
        """None shows every ward."""
        self._refilter(ward, self._text)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        """Whatever column the board is sorted by, an open febrile-neutropenia episode stays on top."""
        a, b = left.data(ROW_ROLE), right.data(ROW_ROLE)
        if isinstance(a, BoardRow) and isinstance(b, BoardRow) and (a.fn is None) != (b.fn is None):
            first = a.fn is not None
            return first != (self.sortOrder() == Qt.SortOrder.DescendingOrder)  # Qt reverses descending
        return bool(super().lessThan(left, right))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if not isinstance(row, BoardRow):
            return False
        if self._choice is not None and row.ward != self._choice:
            return False
        return not self._text or self._text in row.name.casefold() or self._text in row.mrn.casefold()
