"""`bedside move-to postgresql://…`: a workstation's ward moves to a new PostgreSQL database, verified on
both ends and recorded in both trails; a database that holds anything is refused (docs/ward-server.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bedside.domain.patient import Check
from bedside.patient_file.demo import demo_records
from bedside.services.database import open_database
from bedside.storage.audit import Actor
from tests.test_backup_cli import bedside

ACTOR = Actor("TN", "ws-test")
DAY = date(2026, 11, 21)


@pytest.fixture
def ward_file(tmp_path: Path) -> Path:
    path = tmp_path / "ward" / "bedside.sqlite3"
    store = open_database(path)
    try:
        for record in demo_records(DAY):
            store.import_record(record, ACTOR, demo=True)
        store.add_user("Tess Nurse", "TN", ACTOR, pin="4711", role="admin")
        mrn = store.patient_summaries()[0].mrn
        store.record_check(mrn, Check("CMV-PCR", DAY, "done", "TN", "2026-11-21T09:14:00Z"), ACTOR)
    finally:
        store.close()
    return path


def test_move_to_copies_verifies_and_records_on_both_ends(ward_file: Path, pg_url: str) -> None:
    before = open_database(ward_file)
    records = before.load_active_records()
    before.close()
    with_password = pg_url.replace("@", ":s3cret-pw@", 1)  # the test server trusts loopback: ignored

    result = bedside(ward_file, "--user", "TN", "move-to", with_password, stdin="4711\n")

    assert result.returncode == 0, result.stderr
    assert "s3cret-pw" not in result.stdout + result.stderr and "***" in result.stdout
    server, file = open_database(pg_url), open_database(ward_file)
    try:
        moved_in, *copied_there = server.events()
        moved_out, *copied_here = file.events()
        assert copied_there == copied_here  # the whole trail, row by row (the sign-in before the move included)
        assert (moved_in.action, moved_in.actor, moved_out.action) == ("ward.moved_in", "TN", "ward.moved_out")
        assert moved_in.seq == moved_out.seq == copied_here[0].seq + 1
        head = moved_in.new_value["audit_head"]
        assert head == moved_out.new_value["audit_head"] and head in result.stdout
        last = copied_here[0].seq
        last_hash = file._db.execute("SELECT hash FROM events WHERE seq = ?", [last]).fetchone()[0]
        assert head == f"#{last} {last_hash[:12]}"
        assert "s3cret-pw" not in str(moved_out.new_value)
        assert server.verify_audit().ok and file.verify_audit().ok
        assert server.load_active_records() == records
        assert [u.initials for u in server.users()] == ["TN"]
        # The server counts on after the copied rows: a new tick is saved, not a clash with a copied id.
        mrn = records[0].mrn
        server.record_check(mrn, Check("CMV-PCR", date(2026, 11, 22), "done", "TN", "2026-11-22T09:00:00Z"), ACTOR)
        assert len(server.load_record(mrn).checks) == len(records[0].checks) + 1
    finally:
        server.close()
        file.close()


def test_move_to_a_database_that_holds_a_ward_is_refused_and_changes_nothing(ward_file: Path, pg_url: str) -> None:
    first = bedside(ward_file, "--user", "TN", "move-to", pg_url, stdin="4711\n")
    assert first.returncode == 0, first.stderr
    server = open_database(pg_url)
    file = open_database(ward_file)
    server_rows = len(server.events())
    server.close()
    file.close()

    again = bedside(ward_file, "--user", "TN", "move-to", pg_url, stdin="4711\n")

    assert again.returncode == 2
    assert "is not empty" in again.stderr and "nothing was moved" in again.stderr
    server, file = open_database(pg_url), open_database(ward_file)
    try:
        assert len(server.events()) == server_rows
        assert [e.action for e in file.events()].count("ward.moved_out") == 1  # only the sign-in was added
    finally:
        server.close()
        file.close()


def test_move_to_needs_an_admin(ward_file: Path, pg_url: str) -> None:
    store = open_database(ward_file)
    store.add_user("Sam Staff", "SS", ACTOR, pin="2468", role="staff")
    store.close()

    result = bedside(ward_file, "--user", "SS", "move-to", pg_url, stdin="2468\n")

    assert result.returncode != 0
    assert "admin" in result.stderr
    server = open_database(pg_url)
    try:
        assert server.events() == []
    finally:
        server.close()


def test_a_copy_that_does_not_verify_on_the_server_is_rolled_back(
    ward_file: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row changed on the way (a driver or type bug) is caught by the chain on the server: nothing stays."""
    from bedside.domain.errors import StorageError
    from bedside.services.ward_server import move_to_server
    from bedside.storage import row_copy

    real = row_copy.sqlite_to_server

    def altering(sqlite: Any, pg: Any) -> dict[str, int]:
        copied = real(sqlite, pg)
        pg.conn.execute("ALTER TABLE events DISABLE TRIGGER USER")
        pg.conn.execute("UPDATE events SET reason = 'changed' WHERE seq = 2")
        pg.conn.execute("ALTER TABLE events ENABLE TRIGGER USER")
        return copied

    monkeypatch.setattr(row_copy, "sqlite_to_server", altering)
    store = open_database(ward_file)
    try:
        with pytest.raises(StorageError, match=r"did not verify.*row 2.*nothing was moved"):
            move_to_server(store, pg_url, ACTOR)
        assert "ward.moved_out" not in [e.action for e in store.events()]
    finally:
        store.close()
    server = open_database(pg_url)
    try:
        assert server.events() == [] and server.patient_summaries() == []
    finally:
        server.close()


def test_a_mistyped_command_never_prints_the_servers_password(ward_file: Path, pg_url: str) -> None:
    with_password = pg_url.replace("@", ":s3cret-pw@", 1)

    # The address given where none is taken: argparse quotes it back (the command line's and the window's parser).
    for args in (("backup", with_password), ("--db", pg_url, with_password)):
        result = bedside(ward_file, *args)

        assert result.returncode == 2
        assert "s3cret-pw" not in result.stdout + result.stderr
        assert ":***@" in result.stderr, result.stderr  # the argument is still named, its password hidden
