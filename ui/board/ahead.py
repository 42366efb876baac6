"""Today's board counted behind the sign-in window while a PIN is typed, so that the day's first start shows
the whole board when the main window paints (docs/architecture.md, "The board's memo").

The count runs in a worker on a read-only connection, into the memo the window's board then uses (and keeps in
its file, bedside/services/saved_board.py): its first screenful, then everyone. A window that asks before the
count is done waits for the memo in its own worker, so nothing is counted twice. A count that fails leaves the
rest to the window, which reports any error.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from bedside.services import board
from bedside.services import settings as site_settings
from bedside.services.records import Store
from ui.access.session import wall_clock
from ui.tasks import Tasks

log = logging.getLogger(__name__)


class BoardAhead:
    """Started once the database is open behind the sign-in window; `done` is set when the count is kept."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = wall_clock) -> None:
        self.path = store.path
        self.memo = board.kept_memo(store)
        self.done = threading.Event()  # the count is over (or was never started)
        if store.path == ":memory:":  # no second connection to count on
            self.done.set()
            return
        zone = site_settings.site_zone(store)
        day = clock().astimezone(zone).date()  # the site's day, as the session will set it
        self._tasks = Tasks(workers=1)

        def count(reader: Store) -> None:
            try:
                board.count_ahead(reader, day, zone, self.memo, board.SCREENFUL)
            finally:
                self.done.set()

        self._tasks.run_read(store, count, self._counted, self._failed)

    def memo_for(self, store: Store) -> board.BoardMemo:
        """The memo for a window's board on `store`: the one counted into, or a new one (another database)."""
        return self.memo if store.path == self.path else board.kept_memo(store)

    def _counted(self, _: None) -> None:
        self._tasks.shutdown()

    def _failed(self, error: BaseException) -> None:
        self.done.set()  # the reader could not be opened: the window counts, and reports what went wrong
        log.warning("the board was not counted ahead: %s", type(error).__name__)
        self._tasks.shutdown()
