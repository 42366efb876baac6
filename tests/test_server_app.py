"""The whole app and every command on a PostgreSQL ward database (issue 16, docs/ward-server.md): the command
line, the workstation's choice of server, the audit key held by the workstations, sign-in counted on the
server, readers on their own connections, and the password never kept or shown."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bedside.cli import entry as cli
from bedside.config.paths import DB_ENV, WARD_SERVER_FILE, data_dir, database_target
from bedside.domain.errors import StorageError
from bedside.services.database import open_database
from bedside.storage import access, audit
from bedside.storage.audit import Actor
from bedside.storage.audit_key import new_key
from bedside.storage.postgres import audit as pg_audit
from bedside.storage.postgres import connection, keys, roles
from bedside.storage.postgres.db import PgDatabase
from bedside.storage.postgres.migrations import MIGRATION_NAMES
from tests.conftest import DATA

ADMIN = Actor("system", "ws-test")
PIN = "4711"


@pytest.fixture
def ward(pg_url: str) -> str:
    """A ward database with an admin, AB (PIN 4711)."""
    store = open_database(pg_url)
    try:
        store.add_user("Ann Berg", "AB", ADMIN, pin=PIN, role="admin")
    finally:
        store.close()
    return pg_url


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.run(list(args))


def events(url: str) -> list[audit.Event]:
    store = open_database(url)
    try:
        return store.events()
    finally:
        store.close()


def test_every_command_runs_on_the_ward_server(
    ward: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    db = ["--db", ward]
    assert run(monkeypatch, *db, "--user", "AB", "import", str(DATA / "example-1.json"), stdin=PIN + "\n") == 0
    assert run(monkeypatch, *db, "export", "--mrn", "BX-100231", "--out", str(tmp_path / "p.json")) == 0
    assert json.loads((tmp_path / "p.json").read_text())["patient"]["mrn"] == "BX-100231"
    assert run(monkeypatch, *db, "checklist", "--mrn", "BX-100231", "--date", "2025-03-06") == 0
    assert run(monkeypatch, *db, "ward-list", "--ward", "H5", "--out", str(tmp_path / "list.csv")) == 0
    assert run(monkeypatch, *db, "handover", "--ward", "H5", "--out", str(tmp_path / "h.pdf")) == 0
    assert run(monkeypatch, *db, "plan", "--mrn", "BX-100231", "--out", str(tmp_path / "plan.pdf")) == 0
    assert run(monkeypatch, *db, "users", "list") == 0
    assert run(monkeypatch, *db, "--user", "AB", "backup", "--to", str(tmp_path / "b"), stdin=PIN + "\n") == 0
    capsys.readouterr()
    assert run(monkeypatch, *db, "audit", "verify", "--backups", str(tmp_path / "b")) == 0
    said = capsys.readouterr().out
    assert "the audit trail verifies" in said and "rows carry a key mark" in said and "note:" not in said
    actions = [e.action for e in events(ward)]
    for action in ("patient.import", "patient.export", "export.ward_list", "handover.print", "plan.print"):
        assert action in actions, action
    assert "backup.made" in actions
    assert not (tmp_path / "postgresql:").exists()


def test_bedside_db_in_the_environment_opens_the_server(
    ward: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DB_ENV, ward)
    assert database_target(None) == ward
    assert run(monkeypatch, "users", "list") == 0
    assert "AB" in capsys.readouterr().out


def test_restore_over_the_server_is_refused_with_what_to_do_instead(
    ward: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = events(ward)
    backup = tmp_path / "bedside-20261121T101500Z.sqlite3"
    backup.write_bytes(b"")
    assert run(monkeypatch, "--db", ward, "--user", "AB", "restore", str(backup), "--yes", stdin=PIN + "\n") == 2
    err = capsys.readouterr().err
    assert "not on the ward server" in err and "move-to" in err and "bedside server use" in err
    assert "Nothing was changed" in err
    assert run(monkeypatch, "--db", ward, "--user", "AB", "move-to", ward, stdin=PIN + "\n") == 2
    assert "already opens the ward server" in capsys.readouterr().err
    assert events(ward) == before  # not even a sign-in: refused before anything was opened


def test_a_workstation_set_to_use_the_server_opens_it_and_keeps_no_password(
    ward: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    setting = data_dir() / WARD_SERVER_FILE
    with_password = ward.replace("@", ":s3cret-pw@", 1)
    assert run(monkeypatch, "server", "use", with_password) == 2
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err and "pgpass" in err and not setting.exists()
    try:
        assert run(monkeypatch, "server", "use", ward) == 0
        assert setting.read_text().strip() == ward
        assert database_target(None) == ward
        assert run(monkeypatch, "users", "list") == 0  # no --db: the workstation's choice
        assert "Ann Berg" in capsys.readouterr().out
    finally:
        assert run(monkeypatch, "server", "use", "--this-computer") == 0
    assert not setting.exists()
    assert database_target(None) == data_dir() / "bedside.sqlite3"


# --- the audit key ----------------------------------------------------------------------------------


def test_the_key_is_a_workstation_file_and_only_its_id_is_on_the_server(ward: str) -> None:
    store = open_database(ward)
    try:
        key_id = store.meta(keys.META_KEY)
        assert key_id is not None
        path = keys.key_file(key_id)
        assert path.exists() and path.stat().st_mode & 0o777 == 0o600
        assert json.loads(path.read_text())["key"] not in json.dumps(store._db.execute("SELECT * FROM meta").fetchall())
        newest = store._db.execute("SELECT sig FROM events ORDER BY seq DESC LIMIT 1").fetchone()[0]
        assert newest is not None  # a packed row (schema 11): its hash and key mark are in sig
        assert store.tampered_users() == []  # and sealed
        report = store.verify_audit()
        assert report.ok and report.marked == report.rows and report.key_note is None
    finally:
        store.close()


def test_a_workstation_without_a_copy_of_the_key_is_refused_and_writes_nothing(
    ward: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = events(ward)
    key_id = registered_key(ward)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-workstation"))  # its own data folder
    with pytest.raises(Exception, match="has no copy of the audit key") as refused:
        open_database(ward)
    assert f"{key_id}.audit-key" in str(refused.value) and keys.FOLDER in str(refused.value)
    monkeypatch.undo()
    assert events(ward) == before


def registered_key(url: str) -> str:
    store = open_database(url)
    try:
        found = store.meta(keys.META_KEY)
        assert found is not None
        return found
    finally:
        store.close()


@pytest.fixture
def ward_role(pg_server: Any, ward: str) -> str:
    """The ward's address as the ward role sees it: read every table, add to the trail, nothing more."""
    name = f"ward_{ward.rsplit('_', 1)[1]}"
    pg = PgDatabase.open(ward)
    try:
        roles.create(pg, name)
    finally:
        pg.close()
    return ward.replace(pg_server.url().split("@")[0].split("//")[1], name, 1)


def test_the_ward_role_cannot_forge_a_row_that_verifies(ward: str, ward_role: str) -> None:
    """Someone with the ward role's password (on any workstation) appends a row through Bedside's own code,
    with a correct chain hash: without the ward's key file its mark is made with another key, and the trail
    does not verify."""
    forger = psycopg.connect(ward_role, autocommit=True)
    try:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            forger.execute("UPDATE events SET reason = 'x' WHERE seq = 1")
    finally:
        forger.close()
    pg = PgDatabase.open(ward_role)
    try:
        with connection.write_transaction(pg):
            seq = pg_audit.append(
                pg, Actor("AB", "ws-x"), "user.role", "user", 1, old="staff", new="admin", key=new_key(1)
            )
    finally:
        pg.close()
    store = open_database(ward)
    try:
        report = store.verify_audit()
        assert not report.ok and report.first_bad_seq == seq and "mark" in (report.problem or "")
    finally:
        store.close()


# --- who connects -----------------------------------------------------------------------------------


def test_sign_in_counts_on_the_server_for_every_workstation_never_in_a_side_file(
    ward: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_side_file(*_args: object) -> None:
        raise AssertionError("the wrong-PIN side file was used for a ward server")

    monkeypatch.setattr(access, "SideCounter", no_side_file)
    one, two = open_database(ward), open_database(ward)
    try:
        user = one.find_user("AB")
        for _ in range(2):
            one.sign_in(user, "0000", "ws-one")
        attempt = two.sign_in(two.find_user("AB"), "0000", "ws-two")  # the third wrong PIN, elsewhere
        assert attempt.failures == 3
        tries = [e for e in one.events() if e.action.startswith("signin")]
        assert {e.workstation for e in tries} == {"ws-one", "ws-two"}  # where each try was made
        assert not one.read_only
    finally:
        one.close()
        two.close()


def test_a_reader_has_its_own_server_connection_that_refuses_writes(ward: str) -> None:
    store = open_database(ward)
    reader = store.reader()
    try:
        pid = store._db.conn.info.backend_pid  # type: ignore[attr-defined]
        assert reader._db.conn.info.backend_pid != pid  # type: ignore[attr-defined]
        assert reader.read_only and [u.initials for u in reader.users()] == ["AB"]
        assert reader.verify_audit().marked > 0  # the workstation's key goes with it: its checks see marks
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            reader.set_meta("ward", "7B", ADMIN)
    finally:
        reader.close()
        store.close()


def test_a_password_from_the_keyring_is_given_to_libpq_never_kept_in_the_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, str]] = []

    class Keyring:
        @staticmethod
        def get_password(service: str, name: str) -> str | None:
            asked.append((service, name))
            return "from-the-keyring"

    seen: dict[str, Any] = {}

    def fake_connect(url: str, **kwargs: Any) -> Any:
        seen.update(kwargs, url=url)
        raise psycopg.OperationalError("stop here")

    monkeypatch.setitem(__import__("sys").modules, "keyring", Keyring)
    monkeypatch.setattr(connection, "_keyring_cache", {})
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(psycopg, "connect", fake_connect)
    with pytest.raises(Exception, match="cannot reach the ward server") as failed:
        connection.connect("postgresql://bedside_ward@wardserver/bedside")
    assert seen["password"] == "from-the-keyring" and "from-the-keyring" not in seen["url"]
    assert "from-the-keyring" not in str(failed.value)
    assert asked == [(connection.KEYRING_SERVICE, "bedside_ward@wardserver:5432/bedside")]
    seen.clear()
    with pytest.raises(Exception, match="cannot reach"):
        connection.connect("postgresql://bedside_ward:given@wardserver/bedside")  # the address's own wins
    assert "password" not in seen


def test_a_workstation_works_as_the_ward_role_and_an_upgrade_is_left_to_the_admin(ward: str, ward_role: str) -> None:
    """What a workstation connects as: it opens an up-to-date ward without touching the schema, signs in and
    saves; an older schema is the server administrator's upgrade (`bedside server init`), said plainly."""
    store = open_database(ward_role)
    try:
        assert store.sign_in(store.find_user("AB"), PIN, "ws-ward").outcome.name == "SIGNED_IN"
        store.set_meta("ward", "7B", Actor("AB", "ws-ward"))
        assert store.verify_audit().ok
    finally:
        store.close()
    admin = psycopg.connect(ward, autocommit=True)
    try:
        admin.execute("DELETE FROM schema_migrations WHERE name = 'm010_compact_audit_rows'")  # an older schema
        with pytest.raises(
            StorageError, match=r"needs an upgrade .*m010_compact_audit_rows.*bedside server init"
        ) as refused:
            open_database(ward_role)
        assert "Nothing was changed" in str(refused.value)
        assert admin.execute("SELECT count(*) FROM schema_migrations").fetchone() == (len(MIGRATION_NAMES) - 1,)
    finally:
        admin.close()
