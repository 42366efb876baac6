"""`bedside server init`: make a ward database on a PostgreSQL server, ready for workstations (docs/ward-server.md).

Run by whoever administers the server, with a role that may create databases and roles. Idempotent: run
again after installing a newer Bedside, it applies the pending migrations and grants again, and changes
nothing else. The ward role's password is made here and shown once, for the pgpass file of each
workstation; it is never stored by Bedside.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

from bedside.domain.errors import BedsideError
from bedside.storage.audit import Actor
from bedside.storage.postgres import audit as pg_audit
from bedside.storage.postgres import migrations, roles
from bedside.storage.postgres.connection import connect, write_transaction
from bedside.storage.postgres.db import PgDatabase

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True, slots=True)
class Initialised:
    ward_url: str  # what each workstation is given: no password in it
    database_created: bool
    role_created: bool
    password: str | None  # the new ward role's password, None when the role existed already
    applied: list[str]  # migrations applied by this run
    schema: int


def check_name(what: str, name: str) -> str:
    if not _NAME.fullmatch(name):
        raise BedsideError(
            f'{what} "{name}" is not a plain name: use lower-case letters, digits and _ (at most 63), '
            "starting with a letter"
        )
    return name


def with_database(url: str, database: str, user: str | None = None) -> str:
    """The same server address with another database (and user), without any password."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    netloc = (f"{user or parts.username}@" if (user or parts.username) else "") + host
    netloc += f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, netloc, f"/{database}", parts.query, ""))


def initialise(admin_url: str, database: str, ward_role: str, actor: Actor) -> Initialised:
    check_name("the database name", database)
    check_name("the ward role", ward_role)
    admin = connect(admin_url)
    try:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if exists is None:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
        role_exists = admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [ward_role]).fetchone()
    except psycopg.Error as err:
        raise BedsideError(f"the server refused to set up the ward database: {err}".strip()) from err
    finally:
        admin.close()
    password = None if role_exists else secrets.token_urlsafe(24)
    pg = PgDatabase.open(with_database(admin_url, database))
    try:
        applied = migrations.apply(pg)
        try:
            pg.conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)))
            pg.conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
            roles.create(pg, ward_role, password)
        except psycopg.Error as err:
            raise BedsideError(f"the server refused to set up the ward role {ward_role}: {err}".strip()) from err
        schema = migrations.version(pg)
        if exists is None or password is not None or applied:
            new = {"database": database, "ward_role": ward_role, "schema": schema, "migrations_applied": applied}
            with write_transaction(pg):
                pg_audit.append(pg, actor, "server.init", "database", database, new=new)
    finally:
        pg.close()
    ward_url = with_database(admin_url, database, ward_role)
    return Initialised(ward_url, exists is None, password is not None, password, applied, schema)
