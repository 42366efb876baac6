"""Another workstation's commit on the ward server, heard at once: LISTEN/NOTIFY on a thread of its own.

On a ward server the session does not poll: this thread waits in Store.wait_for_change (a connection of its
own that LISTENs, bedside/storage/postgres/notices.py) and `arrived` is queued to the GUI thread, which reads
the change token on the window's connection and reloads the views. The wait is short, so stop() returns
promptly; a lost connection is retried, and a change missed meanwhile is caught by one more check after.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from bedside.domain.errors import BedsideError

if TYPE_CHECKING:
    from bedside.storage import Store

WAIT_S = 0.5  # one wait; stop() returns within about this long
RETRY_S = 2.0  # after the server was unreachable, listen again this much later


class ChangeNotices(QObject):
    arrived = Signal()  # emitted from the thread; queued to the GUI thread

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="bedside-notices", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(WAIT_S + 1.0)

    def _listen(self) -> None:
        missed = True  # until the first wait listens, a commit may pass unheard: check once it does
        while not self._stop.is_set():
            try:
                changed = self.store.wait_for_change(WAIT_S)
            except BedsideError:  # the server is unreachable: the window says so where it saves
                missed = True
                self._stop.wait(RETRY_S)
                continue
            if (changed or missed) and not self._stop.is_set():
                missed = False
                self.arrived.emit()
        self.store.stop_waiting()  # this thread's listening connection, closed here where it was used
