"""A workstation opens the ward database as the ward role, which may not create tables (docs/ward-server.md)."""

from __future__ import annotations

import uuid

import pytest

from bedside.domain.errors import StorageError
from bedside.services.database import open_database
from bedside.storage.audit import Actor
from bedside.storage.postgres import migrations, roles
from bedside.storage.postgres.db import PgDatabase
from tests.pg_server import PgServer


def test_the_ward_role_opens_an_up_to_date_database_and_saves(pg_url: str, pg_server: PgServer) -> None:
    """Opening checks the schema without writing: the role has no CREATE on the schema, so a start that
    wrote the migration ledger again would be refused ("permission denied for schema public")."""
    role = f"ward_{uuid.uuid4().hex[:8]}"
    admin = PgDatabase.open(pg_url)
    try:
        migrations.apply(admin)
        admin.conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")  # as bedside server init does
        roles.create(admin, role)
        dbname = admin.conn.info.dbname
    finally:
        admin.close()
    store = open_database(pg_server.url(dbname, role=role))
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION
        store.set_meta("site", "Ward 7", Actor("AB", "ws-1"))
        assert store.verify_audit().ok
    finally:
        store.close()


def test_the_ward_role_cannot_upgrade_the_database(pg_url: str, pg_server: PgServer) -> None:
    """An older schema is the administrator's to upgrade (bedside server init): the ward role is refused,
    told so, and nothing changes."""
    role = f"ward_{uuid.uuid4().hex[:8]}"
    admin = PgDatabase.open(pg_url)
    try:
        migrations.apply(admin)
        admin.conn.execute("DELETE FROM schema_migrations WHERE name = %s", [migrations.MIGRATION_NAMES[-1]])
        admin.conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        roles.create(admin, role)
        dbname = admin.conn.info.dbname
    finally:
        admin.close()
    with pytest.raises(
        StorageError, match=r"needs an upgrade .*only the server's administrator may make: run `bedside server init"
    ):
        open_database(pg_server.url(dbname, role=role))
    admin = PgDatabase.open(pg_url)
    try:
        assert migrations.version(admin) == migrations.SCHEMA_VERSION - 1
    finally:
        admin.close()
