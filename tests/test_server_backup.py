"""A backup of a PostgreSQL ward database is the same verified SQLite file as a workstation's backup
(docs/ward-server.md): it opens on a standalone PC, its chain verifies, its records are the server's."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bedside.domain.patient import Check
from bedside.patient_file.demo import demo_records
from bedside.services.database import open_database
from bedside.storage import Store, any_backup, backup, row_copy
from bedside.storage.audit import Actor
from bedside.storage.postgres.db import PgDatabase

ACTOR = Actor("TN", "ws-test")
DAY = date(2026, 11, 21)


@pytest.fixture
def server_ward(pg_url: str) -> Iterator[Store]:
    store = open_database(pg_url)
    for record in demo_records(DAY):
        store.import_record(record, ACTOR, demo=True)
    store.add_user("Tess Nurse", "TN", ACTOR, pin="4711", role="admin")
    mrn = store.patient_summaries()[0].mrn
    store.record_check(mrn, Check("CMV-PCR", DAY, "done", "TN", "2026-11-21T09:14:00Z"), ACTOR)
    yield store
    store.close()


def quoted(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def server_table(store: Store, table: str) -> tuple[list[tuple[Any, ...]], list[str]]:
    pg = store._db
    assert isinstance(pg, PgDatabase)
    columns = list(pg.column_types(table))
    rows = pg.conn.execute(f'SELECT {quoted(columns)} FROM "{table}" ORDER BY 1').fetchall()
    return [tuple(r) for r in rows], columns


def file_table(path: Path, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f'SELECT {quoted(columns)} FROM "{table}" ORDER BY 1').fetchall()
    finally:
        conn.close()


def test_a_server_backup_is_a_verified_sqlite_file_with_the_servers_rows(server_ward: Store, tmp_path: Path) -> None:
    head_before = server_ward.verify_audit()
    made = any_backup.make_backup(
        server_ward, tmp_path / "backups", actor=ACTOR, now=datetime(2026, 11, 21, 10, tzinfo=UTC)
    )

    assert made.path.name == "bedside-20261121T100000Z.sqlite3"
    checked = backup.check_backup(made.path)
    assert checked.ok, checked.problem
    assert checked.head == head_before.head_label == made.head
    # Every table, row by row and value by value (a lab value stays a number, a text stays a text).
    sqlite_tables = row_copy.ward_tables(open_database(":memory:")._db)
    assert "events" in sqlite_tables and "labs" in sqlite_tables
    for table in sqlite_tables:
        rows, columns = server_table(server_ward, table)
        if table == "events":
            rows = rows[:-1]  # the server's own "backup.made" row came after the copy
        assert file_table(made.path, table, columns) == rows, table
    # The server's trail records the backup, with the copy's audit head.
    newest = server_ward.events(limit=1)[0]
    assert (newest.action, newest.entity_id) == ("backup.made", made.path.name)
    assert server_ward.verify_audit().ok

    standalone = open_database(made.path)  # a standalone PC opens it as its own database
    try:
        assert standalone.verify_audit().ok
        assert standalone.load_active_records() == server_ward.load_active_records()
        assert [u.initials for u in standalone.users()] == ["TN"]
    finally:
        standalone.close()


def test_bedside_backup_of_a_ward_server_from_the_command_line(server_ward: Store, pg_url: str, tmp_path: Path) -> None:
    """`bedside --db postgresql://… backup`: the PIN of --user, the file, the server's record; a password
    in the address is never printed."""
    from tests.test_backup_cli import bedside

    with_password = pg_url.replace("@", ":s3cret-pw@", 1)  # the test server trusts loopback: ignored
    result = bedside(
        tmp_path / "unused.sqlite3",
        "--db",
        with_password,
        "--user",
        "TN",
        "backup",
        "--to",
        tmp_path / "b",
        stdin="4711\n",
    )

    assert result.returncode == 0, result.stderr
    (made,) = backup.list_backups(tmp_path / "b")
    assert backup.check_backup(made.path).ok
    assert "s3cret-pw" not in result.stdout + result.stderr and "***" in result.stdout
    newest = server_ward.events(limit=1)[0]
    assert (newest.action, newest.actor, newest.entity_id) == ("backup.made", "TN", made.path.name)
