"""Change notices on the ward server: LISTEN/NOTIFY instead of polling (docs/ward-server.md).

Every write appends an audit event (bedside/storage/postgres/audit.py), and that append also NOTIFYs
CHANNEL with the new row's number. The server delivers a notice only when its transaction commits, so a
rolled-back write is never announced. A workstation listens on a connection of its own: notices that
arrive while nobody waits stay queued on that connection until the next wait, so none is missed.
"""

from __future__ import annotations

from typing import Any

import psycopg

from bedside.config.db_address import shown
from bedside.domain.errors import StorageError
from bedside.storage.postgres.connection import UNREACHABLE, connect

CHANNEL = "bedside_change"


def notify(conn: psycopg.Connection[Any], seq: int) -> None:
    """Inside the write transaction: announced to every listener when (and only if) it commits."""
    conn.execute("SELECT pg_notify(%s, %s)", [CHANNEL, str(seq)])


class Listener:
    """A connection that LISTENs on CHANNEL; wait() says whether a change was committed meanwhile."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn = connect(url)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """True as soon as a notice is here (one queued since the last wait counts); False after timeout s."""
        try:
            got = [n.payload for n in self.conn.notifies(timeout=max(timeout, 0.0), stop_after=1)]
            # Drain what else is already queued: one answer covers every notice up to now.
            got += [n.payload for n in self.conn.notifies(timeout=0.0)]
        except psycopg.OperationalError as err:
            raise StorageError(f"{UNREACHABLE} ({shown(self.url)}: {err})".strip()) from err
        return bool(got)

    def close(self) -> None:
        self.conn.close()
