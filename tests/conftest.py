from __future__ import annotations

import os
import sys
import tempfile
from typing import Any

# Without a display pytest-qt aborts: default to offscreen before Qt is imported.
if sys.platform == "linux" and not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the user's real Bedside settings (QSettings) or data folder.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bedside-tests-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="bedside-tests-data-")
# Sheets follow the workstation's language (bedside/config/language.py): tests read English unless asked.
os.environ["LANGUAGE"] = "en"

from collections.abc import Iterator
from pathlib import Path

import pytest

from bedside.services.database import open_database
from bedside.storage import Store

DATA = Path(__file__).parent / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses qtbot as gui, so `-m "not gui"` runs the core alone."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bedside.sqlite3"


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked both_engines runs once on a SQLite file and once on a PostgreSQL ward database,
    unless it is also marked sqlite_only (it checks what only a file has: PRAGMAs, bytes, side files)."""
    marked = metafunc.definition.get_closest_marker
    if marked("both_engines") and not marked("sqlite_only") and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def database(db_path: Path, engine: str, request: pytest.FixtureRequest) -> Path | str:
    """Where the store fixture's database is: what a second workstation opens."""
    return str(request.getfixturevalue("pg_url")) if engine == "postgresql" else db_path


@pytest.fixture
def store(database: Path | str) -> Iterator[Store]:
    """An open Store: a new SQLite file, or (both_engines) a new database on the tests' PostgreSQL server."""
    opened = open_database(database)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(autouse=True)
def settings_in_tmp(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """A GUI test's window state and preferences go to its own throwaway folder."""
    if "qtbot" not in request.fixturenames:
        return  # core tests never load Qt
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def english_numbers(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests read numbers as an English workstation does (decimal point), whatever the machine's LANG;
    a test that wants another locale sets it (tests/test_typed_input.py)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def quick_pins(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """PINs hash with a small scrypt cost in tests (each hash keeps its own parameters);
    a test marked `real_pin_cost` keeps the shipped cost."""
    if request.node.get_closest_marker("real_pin_cost"):
        return
    from bedside.storage import access

    monkeypatch.setattr(access, "COST", access.ScryptCost(n=2**10))


@pytest.fixture
def ward_db(db_path: Path) -> Path:
    """A database with a small ward in it (tests/test_backup.py `fill`), closed again."""
    from tests.test_backup import fill

    store = open_database(db_path)
    try:
        fill(store)
    finally:
        store.close()
    return db_path


@pytest.fixture
def made(db_path: Path, tmp_path: Path) -> Any:
    """A database with the demo ward and one backup of it; then a meta value is set after the backup.

    Shared by the restore tests (test_restore.py, test_restore_race.py).
    """
    from bedside.storage import backup
    from tests.test_backup import ACTOR, T0, fill

    store = open_database(db_path)
    try:
        fill(store)
        taken = backup.make_backup(store, tmp_path / "backups", now=T0)
        store.set_meta("after-backup", "yes", ACTOR)
    finally:
        store.close()
    return taken


# --- the PostgreSQL ward server (docs/ward-server.md) ----------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """One throwaway PostgreSQL server for the whole session (tests/pg_server.py). In CI (CI=true) a
    missing server is a failure, never a skip; elsewhere the test is skipped and says why."""
    from tests import pg_server as pg

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
def pg_url(pg_server: Any) -> str:
    """A new empty database on the session's server, for one test."""
    return str(pg_server.create_database())
