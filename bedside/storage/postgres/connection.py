"""Connecting to the ward server and running one short write transaction (docs/ward-server.md).

The connection is in autocommit mode, so nothing is ever left open by accident: a write says
`with write_transaction(pg):` and is one BEGIN ... COMMIT. Time limits keep a transaction short and
a stuck one from holding the audit lock: a statement waits at most LOCK_WAIT_S for a lock, and a
session idle inside a transaction is ended by the server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

import psycopg
from psycopg import pq
from sqlite_utils import Database

from bedside.errors import StorageError
from bedside.storage.backend import shown

CONNECT_TIMEOUT_S = 5  # a server that does not answer in this time is reported unreachable
LOCK_WAIT_S = 30  # as long as a SQLite write waits for another workstation (connection.WAIT_DEADLINE_S)
IDLE_IN_WRITE_S = 60  # the server ends a session that sits inside a transaction this long
UNREACHABLE = "not saved: the ward server is unreachable"


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
    return conn


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


# --- the seam: the few calls storage makes on a sqlite-utils Database, answered by PostgreSQL -------------

_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


def to_pg(sql: str) -> str:
    """SQLite's ? placeholders as psycopg's %s; a literal % doubled; text inside quotes left alone."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%")

    return _PLACEHOLDER.sub(swap, sql)


class PgDatabase:
    """A ward server connection that answers db.execute(sql, params) as storage calls it on SQLite:
    ? placeholders, rows as tuples, and the two PRAGMAs the audit code reads (user_version, database_list).
    Anything else SQLite-only is an error that names it, never a silent difference."""

    def __init__(self, conn: psycopg.Connection[Any], url: str) -> None:
        self.conn = conn
        self.url = url

    @classmethod
    def open(cls, url: str) -> PgDatabase:
        return cls(connect(url), url)

    def close(self) -> None:
        self.conn.close()

    def as_database(self) -> Database:
        """This connection where storage code takes a sqlite-utils Database and calls only execute()
        (audit.verify, audit.events, audit.head_problem): the seam, until storage takes a protocol."""
        return cast(Database, self)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        text = sql.strip()
        if text.upper().startswith("PRAGMA"):
            return self._pragma(text)
        return self.conn.execute(to_pg(text), list(params or ()))

    def _pragma(self, text: str) -> psycopg.Cursor[Any]:
        name = text.split()[1].lower().rstrip(";")
        if name == "user_version":
            from bedside.storage.postgres.migrations import version_sql

            return self.conn.execute(version_sql(self.conn))
        if name == "database_list":
            return self.conn.execute("SELECT 0, 'main', ''")  # no file: the audit key is never "beside" it
        raise StorageError(f"internal error: {text} has no PostgreSQL counterpart")
