"""A proxy model narrowed by one choice (a ward, a kind of event) and by typed search text."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel


class ChoiceAndSearchFilter(QSortFilterProxyModel):
    def __init__(self, choice: str | None = None) -> None:
        super().__init__()
        self._choice = choice
        self._text = ""

    def _refilter(self, choice: str | None, text: str) -> None:
        self.beginFilterChange()
        self._choice, self._text = choice, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self._refilter(self._choice, text)
