"""The ward role: what a workstation connects as, with the least it needs (docs/ward-server.md).

It may read and write the ward's tables, but on the audit trail only read and add: no UPDATE, DELETE,
TRUNCATE, or any right to change the table or its triggers. The triggers of migration m002 refuse the
same for every role, the owner's included; this role is the second wall. Run again after each upgrade
(grant() is idempotent), so a table a later migration adds is granted too.
"""

from __future__ import annotations

from psycopg import sql

from bedside.storage.postgres.db import PgDatabase

APPEND_ONLY = ("events",)  # tables the ward role may read and add to, never change
SERVER_ONLY = ("schema_migrations",)  # migrations are the owner's work: the ward role only reads them


def create(pg: PgDatabase, role: str, password: str | None = None) -> None:
    """Create the login role (no superuser, no CREATEDB, no CREATEROLE) unless it exists; then grant()."""
    exists = pg.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
    if exists is None:
        statement = sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT").format(
            sql.Identifier(role)
        )
        if password is not None:
            statement += sql.SQL(" PASSWORD {}").format(sql.Literal(password))
        pg.conn.execute(statement)
    grant(pg, role)


def grant(pg: PgDatabase, role: str) -> None:
    """Give `role` what a workstation needs on every table of the ward database, and no more."""
    who = sql.Identifier(role)
    database = pg.conn.info.dbname
    pg.conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), who))
    pg.conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(who))
    tables = [str(r[0]) for r in pg.conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    for table in tables:
        name = sql.Identifier(table)
        pg.conn.execute(sql.SQL("REVOKE ALL ON TABLE {} FROM {}").format(name, who))
        if table in APPEND_ONLY:
            rights = "SELECT, INSERT"
        elif table in SERVER_ONLY:
            rights = "SELECT"
        else:
            rights = "SELECT, INSERT, UPDATE, DELETE"
        pg.conn.execute(sql.SQL("GRANT " + rights + " ON TABLE {} TO {}").format(name, who))
    pg.conn.execute(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(who))
