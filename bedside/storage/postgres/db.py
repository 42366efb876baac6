"""The seam: a ward server connection that storage code can use where it takes a sqlite-utils Database.

Storage's SQL is nearly all portable; this answers the few SQLite-only calls it makes, each on purpose:
`?` placeholders, `INSERT OR REPLACE`, `cursor.lastrowid`, `db.table(t).insert(row).last_pk` and
`.update(pk, fields)` (dates and lists stored as sqlite-utils stores them, SQLite's ANY columns as jsonb),
and the PRAGMAs storage reads. An unknown PRAGMA or an OR REPLACE on an unknown table is an error that
names it, never a silent difference. Writes go through write_transaction and audit appends through
bedside/storage/postgres/audit.py (the advisory lock): storage's own two functions hand them over.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any, cast

import psycopg
from psycopg.types.json import Jsonb
from sqlite_utils import Database

from bedside.domain.errors import StorageError
from bedside.storage.postgres.connection import connect, write_transaction

_QUOTED_OR_MARK = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\bIS\s+NOT\s+\?|\bIS\s+\?|\?|%", re.IGNORECASE)
_OR_REPLACE = re.compile(r"^INSERT OR REPLACE INTO (\w+) \(([^)]*)\)(.*)$", re.IGNORECASE | re.DOTALL)
_INSERT = re.compile(r"^INSERT INTO (\w+)\b", re.IGNORECASE)
_FROM = re.compile(r"\b(?:FROM|UPDATE)\s+(\w+)", re.IGNORECASE)
_MARK_COLUMN = re.compile(r"'(?:[^']|'')*'|\"(\w+)\"\s+IS\s+(?:NOT\s+)?\?|\?", re.IGNORECASE)
# The key each OR REPLACE table is replaced on (its primary key in the migrations).
REPLACE_KEYS = {"meta": ("key",), "severity_choices": ("patient_id", "day")}
# Where the audit key of an in-memory SQLite database lives; a server has none yet (docs/ward-server.md).
_NO_KEY = "SELECT NULL, NULL WHERE false"


def to_pg(sql: str) -> str:
    """SQLite's ? placeholders as psycopg's %s (IS ? as IS NOT DISTINCT FROM); a literal % doubled; text
    inside quotes left alone."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token[:2].upper() == "IS":  # SQLite's IS ? compares NULL with NULL as equal
            return "IS DISTINCT FROM %s" if "NOT" in token.upper() else "IS NOT DISTINCT FROM %s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%")

    return _QUOTED_OR_MARK.sub(swap, sql)


def _plain(value: Any) -> Any:
    """A parameter as SQLite would have stored it: a bool as 0/1."""
    return int(value) if isinstance(value, bool) else value


class PgCursor:
    """A psycopg cursor with sqlite3's lastrowid (from INSERT ... RETURNING id)."""

    def __init__(self, cursor: psycopg.Cursor[Any], lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


class PgTable:
    """db.table(name): sqlite-utils' insert and update, as storage calls them."""

    def __init__(self, pg: PgDatabase, name: str) -> None:
        self.pg, self.name = pg, name
        self.last_pk: int | None = None

    def _value(self, column: str, value: Any) -> Any:
        kind = self.pg.column_types(self.name).get(column)
        if kind is None:
            raise StorageError(f"internal error: the ward database has no column {self.name}.{column}")
        if kind == "jsonb":
            return None if value is None else Jsonb(value)  # SQLite's ANY: a number stays a number
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, dict | list | tuple):
            return json.dumps(value)  # as sqlite-utils stores them in a TEXT column
        return _plain(value)

    def insert(self, row: dict[str, Any]) -> PgTable:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("%s" for _ in row)
        returning = " RETURNING id" if self.pg.counted(self.name) else ""
        sql = f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks}){returning}'
        cursor = self.pg.conn.execute(sql, [self._value(c, v) for c, v in row.items()])
        self.last_pk = int(cursor.fetchone()[0]) if returning else None  # type: ignore[index]
        return self

    def update(self, pk: int, fields: dict[str, Any]) -> PgTable:
        if fields:
            sets = ", ".join(f'"{c}" = %s' for c in fields)
            values = [self._value(c, v) for c, v in fields.items()]
            self.pg.conn.execute(f'UPDATE "{self.name}" SET {sets} WHERE id = %s', [*values, pk])
        self.last_pk = pk
        return self


class PgDatabase:
    """A ward server connection that answers db.execute(sql, params) as storage calls it on SQLite."""

    def __init__(self, conn: psycopg.Connection[Any], url: str) -> None:
        self.conn = conn
        self.url = url
        self._columns: dict[str, dict[str, str]] = {}
        self._counted: set[str] = set()  # tables whose id the server counts (an identity column)

    @classmethod
    def open(cls, url: str) -> PgDatabase:
        return cls(connect(url), url)

    def close(self) -> None:
        self.conn.close()

    def as_database(self) -> Database:
        """This connection where storage code takes a sqlite-utils Database (the seam)."""
        return cast(Database, self)

    # --- what storage's own write_transaction and audit.append hand over to ----------------------------
    def server_transaction(self) -> AbstractContextManager[PgDatabase]:
        return write_transaction(self)

    def server_append(self, *args: Any, **kwargs: Any) -> int:
        from bedside.storage.postgres import audit as pg_audit

        return pg_audit.append(self, *args, **kwargs)

    # --- sqlite-utils' calls ---------------------------------------------------------------------------
    def table(self, name: str) -> PgTable:
        return PgTable(self, name)

    def column_types(self, table: str) -> dict[str, str]:
        if table not in self._columns:
            rows = self.conn.execute(
                "SELECT column_name, data_type, is_identity FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s",
                [table],
            ).fetchall()
            if not rows:
                raise StorageError(f"internal error: the ward database has no table {table}")
            self._columns[table] = {str(r[0]): str(r[1]) for r in rows}
            if any(r[0] == "id" and r[2] == "YES" for r in rows):
                self._counted.add(table)
        return self._columns[table]

    def forget_columns(self) -> None:
        """After a migration: a table's columns are read again (an ALTER TABLE adds some)."""
        self._columns.clear()
        self._counted.clear()

    def counted(self, table: str) -> bool:
        """Whether the server gives the table's rows their id (SQLite's INTEGER PRIMARY KEY)."""
        self.column_types(table)
        return table in self._counted

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor:
        text = sql.strip().rstrip(";")
        values = [_plain(v) for v in params or ()]
        if text.upper().startswith("PRAGMA"):
            return PgCursor(self.conn.execute(self._pragma(text)))
        if "temp.audit_key" in text:
            return PgCursor(self.conn.execute(_NO_KEY))
        replace = _OR_REPLACE.match(text)
        if replace:
            text = self._upsert(replace)
        values = self._typed(text, values)
        insert = _INSERT.match(text)
        if insert and "RETURNING" not in text.upper() and self.counted(insert.group(1)):
            found = self.conn.execute(to_pg(text) + " RETURNING id", values).fetchone()
            return PgCursor(self.conn.execute("SELECT 1 WHERE false"), None if found is None else int(found[0]))
        return PgCursor(self.conn.execute(to_pg(text), values))

    def _typed(self, text: str, values: list[Any]) -> list[Any]:
        """A value compared with `"column" IS ?` where the column is jsonb (SQLite's ANY) is sent as jsonb."""
        table = _FROM.search(text)
        try:
            kinds = self.column_types(table.group(1)) if table else {}
        except StorageError:
            return values  # not a ward table (a catalog): the server says what it cannot do
        if "jsonb" not in kinds.values():
            return values
        typed, n = list(values), 0
        for match in _MARK_COLUMN.finditer(text):
            if match.group(0).startswith("'"):
                continue
            if n < len(typed) and kinds.get(match.group(1) or "") == "jsonb" and typed[n] is not None:
                typed[n] = Jsonb(typed[n])
            n += 1
        return typed

    def _upsert(self, match: re.Match[str]) -> str:
        table, columns, rest = match.group(1), match.group(2), match.group(3)
        keys = REPLACE_KEYS.get(table)
        if keys is None:
            raise StorageError(f"internal error: INSERT OR REPLACE INTO {table} has no key on the ward server")
        names = [c.strip() for c in columns.split(",")]
        sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in names if c not in keys)
        action = f"DO UPDATE SET {sets}" if sets else "DO NOTHING"
        return f"INSERT INTO {table} ({columns}){rest} ON CONFLICT ({', '.join(keys)}) {action}"

    def _pragma(self, text: str) -> str:
        name = text.split()[1].lower()
        if name == "user_version":
            from bedside.storage.postgres.migrations import version_sql

            return version_sql(self.conn)
        if name == "database_list":
            return "SELECT 0, 'main', ''"  # no file: nothing (audit key, side files) is kept "beside" it
        if name == "query_only":
            return "SELECT 0"
        if name == "data_version":
            return "SELECT COALESCE(MAX(seq), 0) FROM events"  # every change appends an audit event
        raise StorageError(f"internal error: {text} has no PostgreSQL counterpart")
