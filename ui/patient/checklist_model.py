"""One day's checklist as a two-level Qt model: groups (overdue first, then categories) over items.

A thin adapter over bedside.views.day.DayView; Qt's own QStandardItemModel does the bookkeeping.
WrappedRows draws its rows in a QTreeView with every line of the why shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from bedside.views.day import OVERDUE_GROUP, DayRow, DayView
from ui.i18n import tr as _tr

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Text first, colour second: the mark survives greyscale print and colour blindness.
_MARKS = {
    "overdue": "▲",
    "due": "●",
    "blocked": "‖",  # U+2016, in the fonts Bedside ships with (U+23F8 printed as an empty box)
    "stop-review": "?",
    "not-done": "✗",
    "done": "✓",
    "not-applicable": "–",
    "needs-data": "∅",
}
_COLOURS = {
    "overdue": "#f4c7c3",
    "due": "#fce8b2",
    "blocked": "#dde3ea",
    "stop-review": "#e6d7f2",
    "not-done": "#f3d9c6",
    "done": "#d4ecd9",
    "not-applicable": "#f2f2f2",
    "needs-data": "#ffd8a8",
}
UNKNOWN_MARK, UNKNOWN_COLOUR = "•", "#ffffff"  # a status this version does not know yet: shown by its name
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ROW_GAP = 6  # pixels between one item's wrapped lines and the next item's
ROW_LINE = "#ffffff"  # between the pale status colours


def status_label(row: DayRow, reason: str | None = None) -> str:
    """The status in words with its mark; a not-done or not-applicable tick shows its reason."""
    item = row.item
    words = {
        "overdue": _tr("overdue"),
        "due": _tr("due"),
        "blocked": _tr("blocked"),
        "stop-review": _tr("review stopping"),
        "not-done": _tr("not done"),
        "done": _tr("done"),
        "not-applicable": _tr("not applicable"),
        "needs-data": _tr("needs data"),
    }
    mark = _MARKS.get(item.status, UNKNOWN_MARK)
    text = f"{mark} {words.get(item.status, item.status.replace('-', ' '))}"
    if reason and item.status in ("not-done", "not-applicable"):
        text += ": " + reason
    if item.status == "blocked" and item.blocked_until is not None:
        text += " " + _tr("until {day}").format(day=item.blocked_until.isoformat())
    if row.later_check is not None:
        text += " · " + _tr("{status} recorded {day}").format(
            status=row.later_check.status, day=row.later_check.at[:10]
        )
    return text


def group_label(group: str) -> str:
    labels = {
        OVERDUE_GROUP: _tr("Overdue from earlier days"),
        "febrile neutropenia": _tr("Febrile neutropenia"),
        "monitoring": _tr("Monitoring"),
        "prophylaxis": _tr("Prophylaxis"),
        "immunoglobulin": _tr("Immunoglobulin"),
        "screening": _tr("Screening"),
        "vaccination": _tr("Vaccination"),
        "label": _tr("Product label"),
    }
    return labels.get(group, group)


class ChecklistModel(QStandardItemModel):
    COLUMNS = ("status", "item", "due", "why")

    def __init__(self) -> None:
        super().__init__()
        self.reasons: dict[tuple[str, date], str] = {}
        self.setHorizontalHeaderLabels([_tr("Status"), _tr("Item"), _tr("Due"), _tr("Why")])

    def set_view(self, view: DayView, reasons: dict[tuple[str, date], str] | None = None) -> None:
        """reasons: (item, due) -> the reason recorded with its not-done / not-applicable tick.

        In place: groups matched by name and items by (id, due); a changed cell emits dataChanged, and only
        a group or item that came or went is inserted or removed. A group the nurse closed stays closed,
        and the selected item stays selected, because their rows are never rebuilt."""
        self.reasons = reasons or {}
        names = {group for group, _ in view.groups}
        for number in reversed(range(self.rowCount())):
            head = self.item(number, 0)
            if head is None or head.data(ROW_ROLE) not in names:
                self.removeRow(number)
        for number, (group, rows) in enumerate(view.groups):
            head = self._group_at(number, group)
            _copy_roles(head, self._head(group, rows))
            self._update_items(head, rows)

    def _group_at(self, number: int, group: str) -> QStandardItem:
        """The group's head at row `number`: moved up from further down, or made new."""
        for found in range(number, self.rowCount()):
            head = self.item(found, 0)
            if head is not None and head.data(ROW_ROLE) == group:
                if found != number:
                    self.insertRow(number, self.takeRow(found))
                return head
        head = self._head(group, ())
        filler = [QStandardItem("") for _ in self.COLUMNS[1:]]
        for cell in filler:
            cell.setEditable(False)
        self.insertRow(number, [head, *filler])
        return head

    def _head(self, group: str, rows: tuple[DayRow, ...]) -> QStandardItem:
        head = QStandardItem(f"{group_label(group)} ({len(rows)})")
        bold = QFont()
        bold.setBold(True)
        head.setFont(bold)
        head.setEditable(False)
        head.setData(group, ROW_ROLE)
        return head

    def _update_items(self, head: QStandardItem, rows: tuple[DayRow, ...]) -> None:
        for number, row in enumerate(rows):
            wanted = _item_key(row)
            for found in range(number, head.rowCount()):
                cell = head.child(found, 0)
                if cell is not None and _item_key(cell.data(ROW_ROLE)) == wanted:
                    if found != number:
                        head.insertRow(number, head.takeRow(found))
                    for column, fresh in enumerate(self._cells(row)):
                        old = head.child(number, column)
                        if old is not None:
                            _copy_roles(old, fresh)
                    break
            else:
                head.insertRow(number, self._cells(row))
        if head.rowCount() > len(rows):
            head.removeRows(len(rows), head.rowCount() - len(rows))

    def _cells(self, row: DayRow) -> list[QStandardItem]:
        item = row.item
        due = "" if item.due is None else item.due.isoformat()
        label = status_label(row, self.reasons.get((item.id, item.due)) if item.due else None)
        texts = (label, item.title, due, item.why)
        cells = []
        for text in texts:
            cell = QStandardItem(text)
            cell.setEditable(False)
            cell.setData(row, ROW_ROLE)
            cell.setToolTip(item.why)
            cell.setBackground(QBrush(QColor(_COLOURS.get(item.status, UNKNOWN_COLOUR))))
            cell.setTextAlignment(_TOP_LEFT)  # the title lines up with the first line of a wrapped why
            cells.append(cell)
        cells[0].setAccessibleText(f"{item.title}: {label}")
        return cells


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.FontRole,
    ROW_ROLE,
)


def _item_key(row: object) -> tuple[str, date | None] | None:
    return (row.item.id, row.item.due) if isinstance(row, DayRow) else None


def _copy_roles(old: QStandardItem, fresh: QStandardItem) -> None:
    """Only what differs is set: each set emits dataChanged for that one cell."""
    for role in _ROLES:
        value = fresh.data(role)
        if old.data(role) != value:
            old.setData(value, role)


class WrappedRows(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width (QTreeView measures unwrapped)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.tree.columnWidth(index.column())
        if index.column() == 0 and index.parent().isValid():
            width -= self.tree.indentation()  # the branch lines take the start of the first column
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        hint = super().sizeHint(sized, index)
        return QSize(hint.width(), hint.height() + ROW_GAP)  # wrapped rows must not run into each other

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        if index.parent().isValid():  # a hairline under each item: two wrapped whys never read as one
            painter.save()
            painter.setPen(QColor(ROW_LINE))
            painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
            painter.restore()
