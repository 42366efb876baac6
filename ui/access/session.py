"""The signed-in session: the open database, who is working, today's date, and a "data changed" signal.

Every widget writes through `session.store` with `session.actor`, then calls `session.notify()`;
widgets reload on `changed`. A timer also notices commits made by another Bedside on the same file.
With a clock (the app passes the wall clock, tests a fake one), "today" rolls over at the site's
midnight: `day_changed` fires, then `changed`, so the board, the open patient and the stamps agree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from bedside.services import settings as site_settings
from bedside.services.records import Actor, Store, User, utc_now

POLL_MS = 1500  # another instance's change shows within 2 s (issue 6)
DAY_CHECK_MS = 1000  # midnight shows within a second; a clock set back or a wake from sleep too


def wall_clock() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """A check's UTC time stamp, as the audit trail writes it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Session(QObject):
    changed = Signal()
    day_changed = Signal(object, object)  # the old day, the new day (datetime.date)

    def __init__(
        self,
        store: Store,
        user: User,
        today: date | None = None,
        parent: QObject | None = None,
        *,
        now: Callable[[], str] | None = None,
        zone: tzinfo | None = None,
        emergency: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        # The ward's time zone: a check stamped 23:30 UTC counts on the local day it was made.
        self.zone = zone if zone is not None else site_settings.site_zone(store)
        self.clock = clock  # None: the day stays as given (a test's fixed day)
        if today is None:
            today = self._local_day()
        self.store, self.user, self.today = store, user, today
        if now is None:
            now = utc_now if clock is None else lambda: stamp(clock())
        self.now = now  # UTC time stamp for a check; with a clock, the same clock that sets "today"
        self.emergency = emergency  # break-glass: every action is recorded as "XY (emergency)"
        self.actor = Actor.here(f"{user.initials} (emergency)" if emergency else user.initials)
        self._token = store.change_token()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_for_changes)
        self._poll.start()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        if clock is not None:
            self._day_timer.start()

    def now_local(self) -> datetime:
        """Now on the ward's clock (the same clock that stamps checks), in the site's zone."""
        return datetime.fromisoformat(self.now().replace("Z", "+00:00")).astimezone(self.zone)

    def _local_day(self) -> date:
        return (self.clock or wall_clock)().astimezone(self.zone).date()

    def close(self) -> None:
        """Stop watching the database (before it is closed)."""
        self._poll.stop()
        self._day_timer.stop()

    @property
    def watching(self) -> bool:
        """False once closed: the database may be closed too, so nothing may read it."""
        return self._poll.isActive()

    def notify(self) -> None:
        """Call after a write: every open view reloads once."""
        self._token = self.store.change_token()
        self.changed.emit()

    def _check_for_changes(self) -> None:
        token = self.store.change_token()
        if token != self._token:
            self._token = token
            self.changed.emit()

    def _check_day(self) -> None:
        day = self._local_day()
        if day != self.today:
            old, self.today = self.today, day
            self.day_changed.emit(old, day)
            self.changed.emit()  # every view that shows dates reloads with the new day
