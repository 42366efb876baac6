"""Connecting to the ward server and running one short write transaction (docs/ward-server.md).

The connection is in autocommit mode, so nothing is ever left open by accident: a write says
`with write_transaction(pg):` and is one BEGIN ... COMMIT. Time limits keep a transaction short and
a stuck one from holding the audit lock: a statement waits at most LOCK_WAIT_S for a lock, and a
session idle inside a transaction is ended by the server.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import pq
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.json import set_json_loads

from bedside.config.db_address import libpq_form, shown
from bedside.domain.errors import StorageError

CONNECT_TIMEOUT_S = 5  # a server that does not answer in this time is reported unreachable
LOCK_WAIT_S = 30  # as long as a SQLite write waits for another workstation (connection.WAIT_DEADLINE_S)
IDLE_IN_WRITE_S = 60  # the server ends a session that sits inside a transaction this long
LOST_AFTER_MS = 25_000  # unacknowledged data for this long: the server is gone (tcp_user_timeout)
COMMIT_UNKNOWN = (
    "the line went while saving: the change is either saved whole or not at all; check it once the server is back"
)

if TYPE_CHECKING:
    from bedside.storage.postgres.db import PgDatabase


def connect(url: str) -> psycopg.Connection[Any]:
    """An autocommit connection with the time limits above; a failure names the server, never its password.

    The password comes from libpq (the address, PGPASSWORD, the pgpass or service file), or, when the
    optional keyring module is installed and holds one for this address, from the OS keyring."""
    options = f"-c lock_timeout={LOCK_WAIT_S}s -c idle_in_transaction_session_timeout={IDLE_IN_WRITE_S}s"
    url = libpq_form(url)
    extra: dict[str, Any] = {}
    kept = keyring_password(url)
    if kept is not None:
        extra["password"] = kept  # a connection parameter: never part of the address shown or kept
    try:
        conn = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="bedside",
            options=options,
            tcp_user_timeout=LOST_AFTER_MS,  # a server host that vanished (no reset) is noticed in half a minute
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
            **extra,
        )
    except psycopg.Error as err:
        raise StorageError(f"cannot reach the ward server {shown(url)}: {_first_line(err)}") from err
    set_json_loads(json_value, conn)
    return conn


KEYRING_SERVICE = "Bedside ward server"  # the keyring entry's service; its user name is keyring_name(url)
_keyring_cache: dict[str, str | None] = {}  # asked once per process: a keyring call can take tens of ms


def keyring_name(url: str) -> str:
    """The keyring entry's user name for an address: role@host:port/database (docs/ward-server.md)."""
    info = conninfo_to_dict(url)
    host, port = info.get("host") or "localhost", info.get("port") or "5432"
    return f"{info.get('user') or ''}@{host}:{port}/{info.get('dbname') or ''}"


def keyring_password(url: str) -> str | None:
    """The OS keyring's password for this address, when the address has none and keyring is installed."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return None  # psycopg.connect says what is wrong with the address
    if info.get("password") or os.environ.get("PGPASSWORD"):
        return None
    name = keyring_name(url)
    if name not in _keyring_cache:
        _keyring_cache[name] = _ask_keyring(name)
    return _keyring_cache[name]


def _ask_keyring(name: str) -> str | None:
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None  # optional: libpq's pgpass file is the usual way
    try:
        found = keyring.get_password(KEYRING_SERVICE, name)
    except Exception:
        return None
    return found if isinstance(found, str) and found else None


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
    """One BEGIN ... COMMIT on one connection; a lost connection rolls back on the server and is a
    ServerUnreachableError, a refusal a StorageError. A lost connection found before BEGIN is replaced first."""
    with pg.link.held() as conn:
        if conn.info.transaction_status != pq.TransactionStatus.IDLE:
            raise StorageError("internal error: a write transaction is already open")
        sent = False  # the body ran: what failed was COMMIT itself
        try:
            with conn.transaction():
                yield pg
                sent = True
        except psycopg.errors.IntegrityError:
            raise  # a bug or a trigger's refusal, kept as it is (as on SQLite)
        except psycopg.errors.RaiseException:
            raise  # the append-only trigger
        except psycopg.OperationalError as err:
            if lost(conn):
                pg.link.mark_down()
                if sent:  # COMMIT may have reached the server before the line went: one of both, never half
                    raise pg.link.unreachable(COMMIT_UNKNOWN) from err
                raise pg.link.unreachable(_first_line(err)) from err
            raise StorageError(f"the ward server refused the change: {_first_line(err)}") from err
        except psycopg.errors.InsufficientPrivilege as err:
            raise StorageError(f"the ward server refused the change: {_first_line(err)}") from err


def lost(conn: psycopg.Connection[Any]) -> bool:
    """The connection is gone: closed, or broken by the server or the network."""
    return bool(conn.closed or conn.broken)


def in_transaction(pg: PgDatabase) -> bool:
    return pg.conn.info.transaction_status == pq.TransactionStatus.INTRANS


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
