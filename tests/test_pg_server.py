"""The tests' own throwaway PostgreSQL server starts, takes connections and gives each test a database."""

from __future__ import annotations

import os

import psycopg

from tests import pg_server as pg


def test_the_throwaway_server_answers_on_loopback(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()
        assert version is not None and int(version[0]) >= 130000
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)


def test_each_test_gets_a_database_of_its_own(pg_server: pg.PgServer) -> None:
    assert pg_server.create_database() != pg_server.create_database()


def test_the_server_never_runs_as_root(pg_server: pg.PgServer) -> None:
    with psycopg.connect(pg_server.url()) as conn:  # the backend process lives only while its connection does
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()
        assert pid is not None
        owner = os.stat(f"/proc/{pid[0]}").st_uid
    assert owner != 0
