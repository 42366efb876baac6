"""A PostgreSQL server of one test module's own, which its tests may stop and start again (an outage).

The session's server (tests/conftest.py) is shared by every test, so an outage test never stops that one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests import pg_server as pg


@pytest.fixture(scope="module")
def own_server() -> Iterator[pg.PgServer]:
    """Started once per module; each test finds it running (a test that stopped it starts it again)."""
    reason = pg.missing_reason()
    if reason is not None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the PostgreSQL tests, but {reason}", pytrace=False)
        pytest.skip(reason)
    server = pg.start_server()
    try:
        yield server
    finally:
        pg.discard(server)


@pytest.fixture
def own_url(own_server: pg.PgServer) -> Iterator[str]:
    """A new database on the module's server, which is running again after the test."""
    yield own_server.create_database()
    if not running(own_server):
        own_server.start()


def running(server: pg.PgServer) -> bool:
    return (server.data / "postmaster.pid").exists()
