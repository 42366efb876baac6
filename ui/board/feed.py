"""The ward board's rows in the main window: counted in a worker (an empty board's first screenful first, then
everyone), shown, and counted again on a change; only patients whose data changed are counted (the board's memo,
docs/architecture.md).

A mixin of ui/main_window.py's MainWindow, kept apart so each file reads on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bedside.domain.errors import BedsideError
from bedside.services import board
from bedside.services.board import SCREENFUL, BoardMemo
from bedside.services.records import Store
from bedside.views.board import BoardRow
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStatusBar

    from ui.access.session import Session
    from ui.board.page import BoardPage
    from ui.tasks import Latest


class BoardFeed:
    """Needs the window's `session`, `store`, `board` page, its `_board_reads` (ui/tasks.py Latest) and
    `_board_memo`, its status bar and title, and `_update_actions`."""

    if TYPE_CHECKING:  # what the main window gives it
        session: Session
        board: BoardPage
        board_refreshed: SignalInstance
        _board_memo: BoardMemo
        _board_reads: Latest
        _stale: bool
        _counting: str | None
        _wanted_mrn: str | None

        @property
        def store(self) -> Store: ...

        def statusBar(self) -> QStatusBar: ...

        def setWindowTitle(self, title: str) -> None: ...

        def _update_actions(self) -> None: ...

    def refresh(self) -> None:
        """Recompute the board in a worker on a read-only connection; the old rows stay until the new
        ones are in (board_refreshed then fires). Only patients whose data changed are counted again
        (BoardMemo). An empty board gets its first screenful first, then the rest."""
        today, zone, memo = self.session.today, self.session.zone, self._board_memo
        self._stale = False
        if self.board.model.rowCount() == 0 and not self.board_busy():
            ward = self.board.current_ward()
            self._board_reads.request(
                self.store,
                lambda reader: board.first_rows(reader, today, zone, memo, ward, SCREENFUL),
                self._show_first,
                self._board_failed,
            )
        self._board_reads.request(
            self.store, lambda reader: board.rows(reader, today, zone, memo), self._show_rows, self._board_failed
        )

    def board_busy(self) -> bool:
        """A board is being computed: the rows shown are the previous ones."""
        return self._board_reads.busy()

    def _show_first(self, first: tuple[list[BoardRow], bool]) -> None:
        """The first screenful, while the rest of the ward is counted: the status bar says so."""
        rows, whole = first
        if whole:  # a small ward: that is the board (the count that follows reuses every row)
            self._show_rows(rows)
            return
        self.board.model.now = self.session.now_local()
        self.board.set_rows(rows)
        self._counting = _tr("Counting the rest of the ward…")
        self.statusBar().showMessage(self._counting)

    def _show_rows(self, rows: list[BoardRow]) -> None:
        self.board.model.now = self.session.now_local()
        self.board.set_rows(rows)
        if self._counting is not None and self.statusBar().currentMessage() == self._counting:
            self.statusBar().clearMessage()
        self._counting = None
        if self._wanted_mrn is not None and not self.board_busy():
            self.board.select_mrn(self._wanted_mrn)
            self._wanted_mrn = None
        self.setWindowTitle(
            _tr("Bedside: ward board, {day} ({n} patients)").format(day=self.session.today.isoformat(), n=len(rows))
        )
        self._update_actions()
        self.board_refreshed.emit()

    def _board_failed(self, error: BaseException) -> None:
        """The rows shown stay; the status bar says they are not the newest."""
        self.statusBar().showMessage(_tr("The ward board could not be refreshed: {err}").format(err=error))
        if not isinstance(error, BedsideError):
            raise error  # a bug: the excepthook reports it

    def select_mrn(self, mrn: str | None) -> bool:
        """Select the patient's row; while a board is computed, also once its rows are in (a new patient)."""
        if self.board_busy():
            self._wanted_mrn = mrn
        return self.board.select_mrn(mrn) or self.board_busy()
