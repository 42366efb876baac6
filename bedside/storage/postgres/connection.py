"""Connecting to the ward server and running one short write transaction (docs/ward-server.md).

The connection is in autocommit mode, so nothing is ever left open by accident: a write says
`with write_transaction(pg):` and is one BEGIN ... COMMIT. Time limits keep a transaction short and
a stuck one from holding the audit lock: a statement waits at most LOCK_WAIT_S for a lock, and a
session idle inside a transaction is ended by the server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import pq
from psycopg.types.json import set_json_loads

from bedside.config.db_address import shown
from bedside.domain.errors import StorageError

CONNECT_TIMEOUT_S = 5  # a server that does not answer in this time is reported unreachable
LOCK_WAIT_S = 30  # as long as a SQLite write waits for another workstation (connection.WAIT_DEADLINE_S)
IDLE_IN_WRITE_S = 60  # the server ends a session that sits inside a transaction this long
UNREACHABLE = "not saved: the ward server is unreachable"

if TYPE_CHECKING:
    from bedside.storage.postgres.db import PgDatabase


def connect(url: str) -> psycopg.Connection[Any]:
    """An autocommit connection with the time limits above; a failure names the server, never its password."""
    options = f"-c lock_timeout={LOCK_WAIT_S}s -c idle_in_transaction_session_timeout={IDLE_IN_WRITE_S}s"
    try:
        conn = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="bedside",
            options=options,
        )
    except psycopg.Error as err:
        raise StorageError(f"cannot reach the ward server {shown(url)}: {_first_line(err)}") from err
    set_json_loads(json_value, conn)
    return conn


def json_value(data: bytes | bytearray | memoryview | str) -> Any:
    """A jsonb value as json.loads reads it, numbers without the parser: most jsonb values are SQLite's ANY
    (a lab value, a dose), and json.loads was most of the time it takes to read a ward's labs."""
    raw = bytes(data) if isinstance(data, bytearray | memoryview) else data
    if raw[:1] in _NUMBER_START:
        try:
            return int(raw)
        except ValueError:
            return float(raw)
    return json.loads(raw)


_NUMBER_START = {*(c.encode() for c in "-0123456789"), *"-0123456789"}


@contextmanager
def write_transaction(pg: PgDatabase) -> Iterator[PgDatabase]:
    """One BEGIN ... COMMIT; a lost connection or a refusal rolls back and is a StorageError."""
    conn = pg.conn
    if conn.info.transaction_status != pq.TransactionStatus.IDLE:
        raise StorageError("internal error: a write transaction is already open")
    try:
        with conn.transaction():
            yield pg
    except psycopg.errors.IntegrityError:
        raise  # a bug or a trigger's refusal, kept as it is (as on SQLite)
    except psycopg.errors.RaiseException:
        raise  # the append-only trigger
    except psycopg.OperationalError as err:
        if conn.closed or conn.broken:
            raise StorageError(f"{UNREACHABLE} ({_first_line(err)})") from err
        raise StorageError(f"the ward server refused the change: {_first_line(err)}") from err
    except psycopg.errors.InsufficientPrivilege as err:
        raise StorageError(f"the ward server refused the change: {_first_line(err)}") from err


def in_transaction(pg: PgDatabase) -> bool:
    return pg.conn.info.transaction_status == pq.TransactionStatus.INTRANS


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
