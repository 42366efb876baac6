"""Update a flat list model's rows in place, matched by a key (an MRN, an event's number), never by a reset.

After Vorta's `set_mount_points`: a row whose key is gone is removed, a row whose data changed emits
dataChanged, a new key is inserted, and a new order moves the rows (layoutChanged with the persistent
indexes moved along). A view keeps its selection, current row and scroll position through all of it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

T = TypeVar("T")


def update_in_place(model: QAbstractItemModel, current: list[T], new: list[T], key: Callable[[T], Hashable]) -> None:
    """Make `current` (the model's own list, changed in place) equal to `new`, telling the views each step."""
    wanted = {key(row): row for row in new}
    if len(wanted) != len(new):  # two rows with one key cannot be matched: a reset is the honest answer
        model.beginResetModel()
        current[:] = new
        model.endResetModel()
        return
    _remove_gone(model, current, wanted, key)
    _change_kept(model, current, wanted, key)
    have = {key(row) for row in current}
    added = [row for row in new if key(row) not in have]
    if added:
        model.beginInsertRows(QModelIndex(), len(current), len(current) + len(added) - 1)
        current.extend(added)
        model.endInsertRows()
    if [key(row) for row in current] != list(wanted):
        _reorder(model, current, new, key)


def _remove_gone(
    model: QAbstractItemModel, current: list[T], wanted: dict[Hashable, T], key: Callable[[T], Hashable]
) -> None:
    row = len(current) - 1
    while row >= 0:  # from the end, one run of neighbours at a time: the rows above keep their numbers
        if key(current[row]) in wanted:
            row -= 1
            continue
        last = row
        while row >= 0 and key(current[row]) not in wanted:
            row -= 1
        model.beginRemoveRows(QModelIndex(), row + 1, last)
        del current[row + 1 : last + 1]
        model.endRemoveRows()


def _change_kept(
    model: QAbstractItemModel, current: list[T], wanted: dict[Hashable, T], key: Callable[[T], Hashable]
) -> None:
    last_column = max(model.columnCount() - 1, 0)
    run: list[int] = []  # neighbouring changed rows: one dataChanged each run

    def flush() -> None:
        if run:
            model.dataChanged.emit(model.index(run[0], 0), model.index(run[-1], last_column))
            run.clear()

    for row, old in enumerate(current):
        fresh = wanted[key(old)]
        if fresh == old:
            flush()
            continue
        current[row] = fresh
        run.append(row)
    flush()


def _reorder(model: QAbstractItemModel, current: list[T], new: list[T], key: Callable[[T], Hashable]) -> None:
    model.layoutAboutToBeChanged.emit()
    moved_to = {key(row): number for number, row in enumerate(new)}
    old_to_new = [moved_to[key(row)] for row in current]
    persistent = model.persistentIndexList()
    model.changePersistentIndexList(
        persistent, [model.index(old_to_new[index.row()], index.column()) for index in persistent]
    )
    current[:] = new
    model.layoutChanged.emit()
