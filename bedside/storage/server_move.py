"""`bedside move-to`: a workstation's SQLite ward database moves to a new PostgreSQL ward database
(docs/ward-server.md).

The file's write lock is held from the first row read to its own record, so no save on this file is
left behind on the way. The server receives every table row by row in one transaction, and verifies
the copied chain there: its head must be the file's, or the transaction rolls back and the server is
left as it was. Both trails then record the move: the server's first new row names the file it came
from, and the file's last row names the server (without a password). Only an empty database is taken:
a ward never merges into another ward's trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

from bedside.config.db_address import is_server_url, shown
from bedside.domain.errors import BedsideError, StorageError
from bedside.storage import audit, row_copy
from bedside.storage.audit import Actor
from bedside.storage.connection import write_transaction
from bedside.storage.postgres import audit as pg_audit
from bedside.storage.postgres import migrations as pg_migrations
from bedside.storage.postgres.connection import write_transaction as server_transaction
from bedside.storage.postgres.db import PgDatabase
from bedside.storage.store import Store


@dataclass(frozen=True, slots=True)
class Moved:
    target: str  # the server's address as shown: never its password
    rows: int  # every row copied, the audit trail's included
    head: str  # the audit head both ends verified, e.g. "#120 3fa4c9e01b2d"


def move_to_server(store: Store, url: str, actor: Actor) -> Moved:
    """Copy the open SQLite ward database `store` into the empty server database at `url`."""
    if not is_server_url(url):
        raise BedsideError(f"move-to: {url!r} is not a postgresql:// address")
    if hasattr(store._db, "server_transaction"):
        raise BedsideError("move-to copies a SQLite ward database file; this database is already on a server")
    source = store._db
    pg = PgDatabase.open(url)
    try:
        _prepare(pg, url)
        with write_transaction(source):  # no save on this file from here until it records the move
            here = audit.verify(source)
            if not here.ok:
                raise StorageError(
                    f"the audit trail of {store.path} does not verify ({here.problem}); nothing was moved"
                )
            held = {t: n for t, n in row_copy.server_rows_held(pg, source).items() if n}
            if held:
                said = ", ".join(f"{t}: {n}" for t, n in sorted(held.items()))
                raise BedsideError(
                    f"{shown(url)} is not empty ({said} rows), so nothing was moved: a ward moves only into a new, "
                    "empty database. Create one, move the ward, then run `bedside server init` (docs/ward-server.md)."
                )
            rows = _copy(source, pg, here, url, store.path, actor)
            new = {"to": shown(url), "audit_head": here.head_label, "rows": rows}
            audit.append(source, actor, "ward.moved_out", "database", shown(url), new=new)
    except psycopg.Error as err:
        raise StorageError(f"the ward server {shown(url)} refused the move: {err}; nothing was moved".strip()) from err
    finally:
        pg.close()
    return Moved(shown(url), rows, here.head_label)


def _prepare(pg: PgDatabase, url: str) -> None:
    """The Bedside schema on the target: made in a new database, refused in one holding other tables."""
    tables = {
        str(r[0])
        for r in pg.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
    }
    if tables and "schema_migrations" not in tables:
        raise BedsideError(
            f"{shown(url)} holds tables that are not a Bedside ward's ({', '.join(sorted(tables)[:5])}), so "
            "nothing was moved. Give a new, empty database."
        )
    pg_migrations.apply(pg)  # refuses a database written by a newer Bedside


def _copy(source: Any, pg: PgDatabase, here: audit.ChainReport, url: str, path: str, actor: Actor) -> int:
    """Every row into the server and its chain verified there, in one server transaction; the move is
    recorded as the server's next row. Anything wrong rolls the whole copy back."""
    with server_transaction(pg):
        copied = row_copy.sqlite_to_server(source, pg)
        there = pg_audit.verify(pg)
        if not there.ok or (there.head_seq, there.head_hash) != (here.head_seq, here.head_hash):
            problem = there.problem or f"its audit head is {there.head_label}, the file's is {here.head_label}"
            raise StorageError(f"the copy on {shown(url)} did not verify ({problem}); nothing was moved")
        new = {"from": path, "audit_head": here.head_label, "rows": sum(copied.values())}
        pg_audit.append(pg, actor, "ward.moved_in", "database", path, new=new)
    return sum(copied.values())
