"""A ward server address (postgresql://...) given as the database is recognised, never taken as a file name.

Before: `--db postgresql://host/db` made a local folder "postgresql:" and kept the ward's data in it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bedside.cli import entry as cli
from bedside.config.db_address import is_mangled_url, is_server_url, shown
from bedside.config.paths import DB_ENV, database_path
from bedside.domain.errors import StorageError
from bedside.services.database import open_database
from bedside.storage.location import make_private

REPO = Path(__file__).parents[1]
URLS = ("postgresql://ward-server/bedside", "postgres://nurse@10.0.0.5:5432/bedside", "PostgreSQL://h/db")


def nothing_made(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == []


@pytest.mark.parametrize("url", URLS)
def test_a_server_address_is_recognised(url: str) -> None:
    assert is_server_url(url)
    assert is_mangled_url(Path(url))  # what Path() makes of it: "postgresql:/host/db"


@pytest.mark.parametrize("path", ["bedside.sqlite3", "/var/lib/bedside/ward.sqlite3", "postgresql.sqlite3", ":memory:"])
def test_a_file_name_is_not_a_server_address(path: str) -> None:
    assert not is_server_url(path)
    assert not is_mangled_url(path)
    assert not is_mangled_url(Path(path))


@pytest.mark.parametrize("url", URLS)
def test_the_cli_refuses_a_server_address_and_creates_nothing(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DB_ENV, raising=False)
    assert cli.run(["--db", url, "users", "list"]) == 2
    err = capsys.readouterr().err
    assert "PostgreSQL ward server address" in err and "nothing was opened or created" in err
    nothing_made(tmp_path)


def test_bedside_db_holding_a_server_address_is_refused_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(DB_ENV, "postgresql://ward-server/bedside")
    with pytest.raises(StorageError, match="ward server address"):
        database_path(None)
    assert cli.run(["ward-list", "--out", "list.csv"]) == 2
    assert "postgresql://ward-server/bedside" in capsys.readouterr().err
    nothing_made(tmp_path)


def test_a_password_in_the_address_is_never_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StorageError) as refused:
        database_path("postgresql://ward:s3cret-pw@server/bedside")
    assert "s3cret-pw" not in str(refused.value)
    assert "ward:***@server" in str(refused.value)
    assert shown("postgresql://server/bedside") == "postgresql://server/bedside"


@pytest.mark.parametrize("target", [Path("postgresql://h/db"), "postgres:/h/db"])
def test_storage_itself_never_makes_a_folder_from_an_address(
    target: str | Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Store.open and make_private refuse an address Path() has mangled, for a caller that skipped
    database_path()."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StorageError, match="ward server address"):
        open_database(target)
    with pytest.raises(StorageError, match="ward server address"):
        make_private(target)
    nothing_made(tmp_path)


def test_store_open_takes_an_address_as_a_server_never_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StorageError, match=r"cannot reach the ward server postgresql://ward:\*\*\*@127\.0\.0\.1:1/db"):
        open_database("postgresql://ward:pw@127.0.0.1:1/db")
    with pytest.raises(StorageError, match="ward server address"):
        make_private("postgresql://127.0.0.1:1/db")
    nothing_made(tmp_path)


def test_the_real_command_says_so_and_exits_2(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop(DB_ENV, None)
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--db", "postgresql://ward-server/bedside", "users", "list"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "PostgreSQL ward server address" in done.stderr
    nothing_made(tmp_path)
