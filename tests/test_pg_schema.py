"""The PostgreSQL migrations build the same schema as the SQLite ones: tables, columns with their types
mapped (docs/ward-server.md), defaults, keys, indexes, foreign keys and the trail's triggers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bedside.domain.errors import StorageError
from bedside.services.database import open_database
from bedside.storage import migrations as sqlite_migrations
from bedside.storage.postgres import migrations as pg_migrations
from bedside.storage.postgres.connection import json_value
from bedside.storage.postgres.db import PgDatabase, to_pg

TYPES = {"INTEGER": "bigint", "TEXT": "text", "REAL": "double precision", "ANY": "jsonb"}
LEDGERS = {"_sqlite_migrations", "schema_migrations"}  # each engine's own record of migrations


def sqlite_schema(path: Path) -> dict[str, Any]:
    store = open_database(path)
    db = store._db
    try:
        tables = {
            str(r[0])
            for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        } - LEDGERS
        columns, keys, indexes, fks, collated = {}, {}, {}, set(), set()
        for table in tables:
            info = db.execute(f"PRAGMA table_info({table})").fetchall()
            pk = tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
            columns[table] = [
                (r[1], TYPES[r[2]], bool(r[3]) or r[1] in pk, None if r[4] is None or r[1] in pk else str(r[4]))
                for r in info
            ]
            keys[table] = {pk}
            indexes[table] = set()
            for _, name, unique, *_ in db.execute(f"PRAGMA index_list({table})").fetchall():
                xinfo = [r for r in db.execute(f"PRAGMA index_xinfo({name})").fetchall() if r[5]]  # not the rowid
                cols = tuple(str(r[2]) for r in xinfo)
                collated |= {(table, str(r[2]), str(r[4]).lower()) for r in xinfo if str(r[4]).upper() != "BINARY"}
                if unique:
                    keys[table].add(cols)
                else:
                    indexes[table].add((name, cols))
            for r in db.execute(f"PRAGMA foreign_key_list({table})").fetchall():
                fks.add((table, r[3], r[2], r[4]))
        triggers = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        return _schema(tables, columns, keys, indexes, fks, triggers, collated)
    finally:
        store.close()


def pg_schema(pg: PgDatabase) -> dict[str, Any]:
    c = pg.conn
    tables = {str(r[0]) for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")} - LEDGERS
    columns, keys, indexes, fks = {}, {}, {}, set()
    for table in tables:
        rows = c.execute(
            "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
            [table],
        ).fetchall()
        columns[table] = [
            (name, kind, nullable == "NO", None if default is None else re.sub(r"::[a-z ]+$", "", default))
            for name, kind, nullable, default in rows
        ]
        keys[table], indexes[table] = set(), set()
        for name, unique, count, oid in c.execute(
            "SELECT i.relname, x.indisunique, x.indnkeyatts, x.indexrelid FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = %s::regclass",
            [table],
        ).fetchall():
            cols = tuple(
                str(c.execute("SELECT pg_get_indexdef(%s, %s, true)", [oid, k]).fetchone()[0]).strip('"')  # type: ignore[index]
                for k in range(1, count + 1)
            )
            if unique:
                keys[table].add(cols)
            else:
                indexes[table].add((name, cols))
    for table, column, ref_table, ref_column in c.execute(
        "SELECT cl.relname, a.attname, rc.relname, ra.attname FROM pg_constraint k "
        "JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class rc ON rc.oid = k.confrelid "
        "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
        "JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1] WHERE k.contype = 'f'"
    ).fetchall():
        fks.add((table, column, ref_table, ref_column))
    triggers = {str(r[0]) for r in c.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    collated = {
        (str(t), str(col), str(coll))
        for t, col, coll in c.execute(
            "SELECT table_name, column_name, collation_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND collation_name IS NOT NULL"
        )
    }
    return _schema(tables, columns, keys, indexes, fks, triggers, collated)


def _schema(*parts: Any) -> dict[str, Any]:
    return dict(zip(("tables", "columns", "keys", "indexes", "fks", "triggers", "collated"), parts, strict=True))


@pytest.fixture
def pg(pg_url: str) -> Any:
    opened = PgDatabase.open(pg_url)
    pg_migrations.apply(opened)
    yield opened
    opened.close()


def test_both_engines_have_the_same_numbered_migrations() -> None:
    assert pg_migrations.MIGRATION_NAMES == sqlite_migrations.MIGRATION_NAMES
    assert pg_migrations.SCHEMA_VERSION == sqlite_migrations.SCHEMA_VERSION


def test_the_two_schemas_match(pg: PgDatabase, tmp_path: Path) -> None:
    lite, server = sqlite_schema(tmp_path / "bedside.sqlite3"), pg_schema(pg)
    assert server["tables"] == lite["tables"]
    for table in sorted(lite["tables"]):
        assert server["columns"][table] == lite["columns"][table], table
        assert server["keys"][table] == lite["keys"][table], table
        assert server["indexes"][table] == lite["indexes"][table], table
    assert server["fks"] == lite["fks"]
    assert server["collated"] == lite["collated"] == {("users", "initials", "nocase")}
    assert lite["triggers"] <= server["triggers"]  # PostgreSQL also refuses TRUNCATE
    assert server["triggers"] - lite["triggers"] == {"events_no_truncate"}


def test_a_new_database_reports_the_current_version_and_applying_again_changes_nothing(pg: PgDatabase) -> None:
    assert pg_migrations.version(pg) == pg_migrations.SCHEMA_VERSION
    assert pg_migrations.applied(pg) == list(pg_migrations.MIGRATION_NAMES)
    assert pg_migrations.apply(pg) == []


def test_a_database_from_a_newer_bedside_is_refused_unchanged(pg: PgDatabase) -> None:
    pg.conn.execute("INSERT INTO schema_migrations (version, name) VALUES (99, 'm099_from_the_future')")
    with pytest.raises(StorageError, match="newer Bedside"):
        pg_migrations.apply(pg)
    assert pg_migrations.version(pg) == 99


def test_an_empty_database_is_version_0_until_migrated(pg_url: str) -> None:
    fresh = PgDatabase.open(pg_url)
    try:
        assert pg_migrations.version(fresh) == 0
    finally:
        fresh.close()


def test_two_workstations_upgrading_at_once_take_turns(pg_url: str) -> None:
    """Both run every step under the migration lock: one applies each migration, neither fails."""
    import threading

    results: list[list[str] | BaseException] = []

    def upgrade() -> None:
        pg = PgDatabase.open(pg_url)
        try:
            results.append(pg_migrations.apply(pg))
        except BaseException as err:
            results.append(err)
        finally:
            pg.close()

    workers = [threading.Thread(target=upgrade) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert all(isinstance(r, list) for r in results), results
    applied = [name for r in results if isinstance(r, list) for name in r]
    assert sorted(applied) == sorted(pg_migrations.MIGRATION_NAMES)


@pytest.mark.parametrize(
    ("sqlite", "server"),
    [
        ("SELECT a FROM t WHERE b = ? AND c = ?", "SELECT a FROM t WHERE b = %s AND c = %s"),
        ("SELECT '?' , x FROM t WHERE y LIKE 'a%' AND z = ?", "SELECT '?' , x FROM t WHERE y LIKE 'a%%' AND z = %s"),
        ('SELECT "by", "odd?""name" FROM t WHERE w = ?', 'SELECT "by", "odd?""name" FROM t WHERE w = %s'),
        ("SELECT 5 % 2", "SELECT 5 %% 2"),
    ],
)
def test_sqlite_placeholders_become_psycopg_ones_outside_quotes(sqlite: str, server: str) -> None:
    assert to_pg(sqlite) == server


def test_the_seam_answers_a_query_written_for_sqlite(pg: PgDatabase) -> None:
    pg.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ["site?", "100% ward"])
    assert pg.execute("SELECT value FROM meta WHERE key = ? AND value LIKE '100%'", ["site?"]).fetchone() == (
        "100% ward",
    )
    with pytest.raises(StorageError, match="no PostgreSQL counterpart"):
        pg.execute("PRAGMA quick_check")
    with pytest.raises(psycopg.errors.UndefinedTable):
        pg.execute("SELECT * FROM no_such_table")


@given(
    st.one_of(
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(),
        st.booleans(),
        st.none(),
        st.lists(st.integers(), max_size=3),
    )
)
def test_jsonb_values_read_exactly_as_json_loads_reads_them(value: object) -> None:
    text = json.dumps(value)
    for form in (text, text.encode(), memoryview(text.encode())):
        found = json_value(form)
        assert found == json.loads(text) and type(found) is type(json.loads(text))


@pytest.mark.parametrize("text", ["0.40", "-0", "1e5", "1E+5", "-2.5E-3", "12345678901234567890", '"<0.5"'])
def test_jsonb_numbers_as_the_server_writes_them(text: str) -> None:
    assert json_value(text.encode()) == json.loads(text) and type(json_value(text)) is type(json.loads(text))


def test_a_value_keeps_its_kind_through_the_server(pg: PgDatabase) -> None:
    pg.execute(
        "INSERT INTO patients (mrn, name, product, infusion_dates, created_at) VALUES ('M1', 'N', 'p', '[]', 'x')"
    )
    for value in (0.4, 7, "<0.5", 1e-7):
        pg.table("labs").insert(
            {"patient_id": 1, "date": "2025-01-01", "test": "t", "value": value, "unit": "u", "internal_value": 1.0}
        )
    found = [r[0] for r in pg.execute("SELECT value FROM labs ORDER BY id").fetchall()]
    assert found == [0.4, 7, "<0.5", 1e-7] and [type(v) for v in found] == [float, int, str, float]
