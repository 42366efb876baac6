"""The signed-in session: the open database, who is working, today's date, and a "data changed" signal.

Every widget writes through `session.store` with `session.actor`, then calls `session.notify()`;
widgets reload on `changed`. A timer also notices commits made by another Bedside on the same file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from bedside.site_zone import site_zone
from bedside.storage import Store
from bedside.storage.access import User
from bedside.storage.audit import Actor, utc_now

POLL_MS = 1500  # another instance's change shows within 2 s (issue 6)


class Session(QObject):
    changed = Signal()

    def __init__(
        self,
        store: Store,
        user: User,
        today: date,
        parent: QObject | None = None,
        *,
        now: Callable[[], str] = utc_now,
        zone: tzinfo | None = None,
        emergency: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.today = store, user, today
        self.now = now  # UTC time stamp for a check; tests pass a fixed clock
        # The ward's time zone: a check stamped 23:30 UTC counts on the local day it was made.
        self.zone = zone if zone is not None else site_zone(store.meta("site_timezone"))
        self.emergency = emergency  # break-glass: every action is recorded as "XY (emergency)"
        self.actor = Actor.here(f"{user.initials} (emergency)" if emergency else user.initials)
        self._token = store.change_token()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_for_changes)
        self._poll.start()

    def close(self) -> None:
        """Stop watching the database (before it is closed)."""
        self._poll.stop()

    def notify(self) -> None:
        """Call after a write: every open view reloads once."""
        self._token = self.store.change_token()
        self.changed.emit()

    def _check_for_changes(self) -> None:
        token = self.store.change_token()
        if token != self._token:
            self._token = token
            self.changed.emit()
