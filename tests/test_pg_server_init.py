"""`bedside server init` makes a ward database a workstation can use: schema, ward role, recorded once."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from bedside.cli import entry as cli
from bedside.storage.postgres import audit as pg_audit
from bedside.storage.postgres import migrations
from bedside.storage.postgres.db import PgDatabase
from tests.pg_server import PgServer


def names() -> tuple[str, str]:
    tag = uuid.uuid4().hex[:8]
    return f"ward_{tag}", f"ward_role_{tag}"


def test_init_makes_the_database_schema_and_ward_role(pg_server: PgServer, capsys: pytest.CaptureFixture[str]) -> None:
    database, role = names()
    assert cli.run(["server", "init", pg_server.url(), "--database", database, "--ward-role", role]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == pg_server.url(database, role=role)  # what the workstations are given
    assert "created" in err and f":{database}:{role}:" in err  # the pgpass line, on standard error only
    password = err.split(f":{database}:{role}:", 1)[1].split()[0]
    assert password not in out and len(password) >= 24
    ward = PgDatabase.open(out.strip())
    try:
        assert migrations.version(ward) == migrations.SCHEMA_VERSION
        assert ward.execute("SELECT action, entity_id FROM events").fetchall() == [("server.init", database)]
        assert pg_audit.verify(ward).ok
        rights = ward.execute(
            "SELECT has_table_privilege('events', 'UPDATE'), has_table_privilege('events', 'DELETE'), "
            "has_table_privilege('events', 'INSERT'), has_table_privilege('checks', 'UPDATE')"
        ).fetchone()
        assert rights == (False, False, True, True)
    finally:
        ward.close()
    with psycopg.connect(pg_server.url()) as admin:
        row = admin.execute(
            "SELECT rolsuper, rolcreatedb, rolcreaterole, rolpassword IS NOT NULL FROM pg_authid WHERE rolname = %s",
            [role],
        ).fetchone()
    assert row == (False, False, False, True)


def test_init_again_changes_nothing_and_shows_no_password(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    database, role = names()
    args = ["server", "init", pg_server.url(), "--database", database, "--ward-role", role]
    assert cli.run(args) == 0
    capsys.readouterr()
    assert cli.run(args) == 0
    err = capsys.readouterr().err
    assert "already there" in err and "password" not in err.lower()
    with psycopg.connect(pg_server.url(database)) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (1,)  # recorded once


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--database", "Ward; DROP"], "not a plain name"),
        (["--ward-role", "x-y"], "not a plain name"),
    ],
)
def test_unsafe_names_are_refused(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    assert cli.run(["server", "init", pg_server.url(), *argv]) == 2
    assert said in capsys.readouterr().err


def test_an_unreachable_server_is_said_plainly_without_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["server", "init", "postgresql://admin:topsecret@127.0.0.1:1/postgres"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the ward server postgresql://admin:***@127.0.0.1:1/postgres" in err
    assert "topsecret" not in err
