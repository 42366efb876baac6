"""The connection to the ward server, kept alive across an outage (docs/ward-server.md, "Outage").

A statement on a lost connection fails as ServerUnreachableError ("not saved: the ward server is
unreachable"), and the link remembers since when. The next call after RETRY_S connects again to the same
address; with a multi-host address and target_session_attrs=read-write that finds the new primary. A
connection is never swapped inside a transaction (`held`), so a write is whole on one connection or not
done: a write cut off by the outage is rolled back by the server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import psycopg

from bedside.config.db_address import shown
from bedside.domain.errors import ServerUnreachableError, StorageError
from bedside.storage.postgres.connection import connect, lost

RETRY_S = 2.0  # while the server is away, a call tries to connect again at most this often
_READS = ("SELECT", "WITH", "SHOW")  # a statement that changes nothing: run again after reconnecting


class Link:
    """One connection to `url`, replaced by a new one when it is lost (between transactions only)."""

    def __init__(self, url: str, conn: psycopg.Connection[Any], *, read_only: bool = False) -> None:
        self.url = url
        self._conn = conn
        self.read_only = read_only  # a worker's reader: every new connection refuses writes too
        self.down_since: datetime | None = None  # UTC: when a call first found the server gone
        self.calls_reconnect = True  # False: only reconnect() connects (a window does it in a worker)
        self._held = 0  # inside a transaction: the connection may not change
        self._tried = 0.0
        self._lock = threading.Lock()
        self._closed = False  # closed on purpose: never connected again

    @property
    def conn(self) -> psycopg.Connection[Any]:
        """The live connection; a lost one is replaced first unless a transaction holds it."""
        return self._live(writing=False)

    def _live(self, *, writing: bool) -> psycopg.Connection[Any]:
        conn = self._conn
        if not lost(conn) or self._held:
            return conn
        if self._closed:
            raise StorageError("internal error: the ward database was closed")
        if not self.calls_reconnect or time.monotonic() - self._tried < RETRY_S:
            raise self.unreachable(writing=writing)
        try:
            return self.reconnect()
        except ServerUnreachableError as err:
            raise self.unreachable(err.detail, writing=writing) from err

    def reconnect(self) -> psycopg.Connection[Any]:
        """Connect again now (any thread); raises ServerUnreachableError while the server cannot be reached."""
        if not self._lock.acquire(blocking=False):
            raise self.unreachable()  # another thread is connecting right now
        try:
            if not lost(self._conn):
                return self._conn
            if self._closed:
                raise StorageError("internal error: the ward database was closed")
            if self._held:
                raise self.unreachable()
            self._tried = time.monotonic()
            try:
                fresh = connect(self.url)
                if self.read_only:
                    fresh.execute("SET default_transaction_read_only = on")
            except (StorageError, psycopg.Error) as err:
                self.mark_down()
                raise self.unreachable(str(err)) from err
            self._conn, self.down_since = fresh, None
            return fresh
        finally:
            self._lock.release()

    def mark_down(self) -> None:
        if self.down_since is None:
            self.down_since = datetime.now(UTC)

    def unreachable(self, detail: str = "", *, writing: bool = True) -> ServerUnreachableError:
        return ServerUnreachableError(shown(self.url), self.down_since or datetime.now(UTC), detail, writing=writing)

    @contextmanager
    def held(self) -> Iterator[psycopg.Connection[Any]]:
        """The connection for one transaction: never replaced meanwhile; losing it is ServerUnreachableError."""
        conn = self._live(writing=True)
        self._held += 1
        try:
            yield conn
        except psycopg.OperationalError as err:
            if not lost(conn):
                raise
            self.mark_down()
            raise self.unreachable(str(err).strip().splitlines()[0] if str(err).strip() else "") from err
        finally:
            self._held -= 1

    def execute(self, sql: Any, params: Any = None) -> psycopg.Cursor[Any]:
        """One statement; a read outside a transaction that finds the connection lost runs once more on a new one."""
        conn = self.conn
        try:
            return conn.execute(sql, params)
        except psycopg.OperationalError as err:
            if not lost(conn):
                raise
            self.mark_down()
            first = str(err).strip().splitlines()[0] if str(err).strip() else ""
            if self._held:
                raise self.unreachable(first) from err  # inside a write: the whole write fails
            if not str(sql).lstrip().upper().startswith(_READS) or not self.calls_reconnect:
                raise self.unreachable(first, writing=False) from err
        self._tried = 0.0  # the server may be back at once (a restart, a new primary): try now
        try:
            return self._live(writing=False).execute(sql, params)
        except psycopg.OperationalError as err:
            self.mark_down()
            raise self.unreachable(str(err), writing=False) from err

    def close(self) -> None:
        self._closed = True
        self._conn.close()
