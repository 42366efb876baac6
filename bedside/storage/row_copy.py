"""Copying a ward database between engines, table by table and row by row (docs/ward-server.md).

Both directions use it: a backup of a ward server is a SQLite file made by the SQLite migrations and
filled from the server's rows; `bedside move-to` fills a new server database from a SQLite file. Every
value is copied as it is stored, so the audit trail's hashes verify the same on both ends. The tables and
their order come from the SQLite schema (a table is created after the tables it refers to).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from psycopg.types.json import Jsonb
from sqlite_utils import Database

from bedside.domain.errors import StorageError
from bedside.storage.postgres.db import PgDatabase

BATCH = 500  # rows per round trip to the server


def ward_tables(sqlite: Database) -> list[str]:
    """The ward's tables in the order the SQLite migrations made them (each engine keeps its own ledger of
    migrations applied: _sqlite_migrations here, schema_migrations on the server)."""
    rows = sqlite.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != '_sqlite_migrations' ORDER BY rowid"
    ).fetchall()
    return [str(r[0]) for r in rows]


def sqlite_columns(sqlite: Database, table: str) -> list[str]:
    return [str(r[1]) for r in sqlite.execute(f'PRAGMA table_info("{table}")').fetchall()]


def check_same_columns(table: str, sqlite: list[str], server: dict[str, str]) -> None:
    """Both ends must have the same columns: a difference is named, never a row copied half."""
    if set(sqlite) != set(server):
        only_here, only_there = sorted(set(sqlite) - set(server)), sorted(set(server) - set(sqlite))
        raise StorageError(
            f"table {table} differs between the SQLite file and the ward server (only in the file: "
            f"{', '.join(only_here) or 'none'}; only on the server: {', '.join(only_there) or 'none'}); "
            "nothing was copied. Use the same Bedside version on both."
        )


def _ordered(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def server_rows(pg: PgDatabase, table: str, columns: list[str]) -> Iterator[tuple[Any, ...]]:
    """A table's rows on the server in key order, read in batches (a ward's trail can be long)."""
    with pg.conn.cursor(name=f"copy_{table}") as cursor:  # a server-side cursor, inside the caller's transaction
        cursor.itersize = BATCH
        cursor.execute(f'SELECT {_ordered(columns)} FROM "{table}" ORDER BY 1')
        for row in cursor:
            yield tuple(row)


def server_to_sqlite(pg: PgDatabase, sqlite: Database) -> dict[str, int]:
    """Copy every ward table from the server into a SQLite file just made by the migrations; returns the
    rows copied per table. Call inside one read transaction on the server, so all tables are one moment."""
    copied = {}
    for table in ward_tables(sqlite):
        columns = sqlite_columns(sqlite, table)
        check_same_columns(table, columns, pg.column_types(table))
        marks = ", ".join("?" for _ in columns)
        insert = f'INSERT INTO "{table}" ({_ordered(columns)}) VALUES ({marks})'
        n = 0
        batch: list[tuple[Any, ...]] = []
        for row in server_rows(pg, table, columns):
            batch.append(row)
            if len(batch) >= BATCH:
                sqlite.conn.executemany(insert, batch)
                n, batch = n + len(batch), []
        if batch:
            sqlite.conn.executemany(insert, batch)
        copied[table] = n + len(batch)
    return copied


def sqlite_to_server(sqlite: Database, pg: PgDatabase) -> dict[str, int]:
    """Copy every ward table from a SQLite file into an empty server database, inside the caller's write
    transaction on the server; the server's own row counters then continue after the copied ids."""
    copied = {}
    for table in ward_tables(sqlite):
        columns = sqlite_columns(sqlite, table)
        kinds = pg.column_types(table)
        check_same_columns(table, columns, kinds)
        as_json = [kinds[c] == "jsonb" for c in columns]  # SQLite's ANY: a number stays a number
        marks = ", ".join("%s" for _ in columns)
        insert = f'INSERT INTO "{table}" ({_ordered(columns)}) VALUES ({marks})'
        n = 0
        rows = sqlite.conn.execute(f'SELECT {_ordered(columns)} FROM "{table}" ORDER BY rowid')
        with pg.conn.cursor() as cursor:
            while batch := rows.fetchmany(BATCH):
                values = [
                    [Jsonb(v) if j and v is not None else v for v, j in zip(row, as_json, strict=True)] for row in batch
                ]
                cursor.executemany(insert, values)
                n += len(batch)
        if pg.counted(table):
            pg.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                f'FROM "{table}"'
            )
        copied[table] = n
    return copied


def server_rows_held(pg: PgDatabase, sqlite: Database) -> dict[str, int]:
    """How many rows each ward table holds on the server (a target must hold none)."""
    return {
        t: int(pg.conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0])  # type: ignore[index]
        for t in ward_tables(sqlite)
    }
