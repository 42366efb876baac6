"""Issue 14 F10: the trail proves more. A key kept outside the file marks every new row and seals every
user row; heads known from paper and from the newest backup reveal deleted newest rows; `bedside audit
verify` says all of it; a printed sheet says so when the chain does not verify (docs/audit-trail.md)."""

from __future__ import annotations

import io
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlite_utils import Database

from bedside.cli import entry as cli
from bedside.domain.errors import AccessError
from bedside.domain.patient import Check
from bedside.services.database import open_database
from bedside.services.printout_data import follow_up_plan_pdf
from bedside.storage import Store, access, audit, audit_key
from bedside.storage.backup import make_backup
from bedside.storage.migrations import migrations
from tests.factories import ACTOR, full_document, minimal_document, record_of
from tests.test_audit import _forge, _tamper, _verify

PRINTED_AT = datetime(2025, 3, 20, 14, 5, tzinfo=UTC)


def _several(store: Store) -> None:
    store.import_record(record_of(full_document(mrn="P-1", name="Zoë Øster")), ACTOR)
    store.import_record(record_of(minimal_document(mrn="P-2", name="Ann Berg")), ACTOR)
    store.record_check("P-1", Check("CMV-PCR", date(2025, 3, 10), "done", "AB", "2025-03-10T09:14:00Z"), ACTOR)
    store.set_meta("site", "Ward H5", ACTOR)
    store.record_check("P-2", Check("IGG-MON", date(2025, 4, 2), "done", "AB", "2025-04-02T10:00:00Z"), ACTOR)
    store.set_meta("site", "Ward H6", ACTOR)


@pytest.fixture
def written(db_path: Path) -> Iterator[Path]:
    store = open_database(db_path)
    try:
        _several(store)
    finally:
        store.close()
    yield db_path


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _run(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.run([str(a) for a in argv])
    return code, out.getvalue()


def _head(path: Path) -> str:
    report = _verify(path)
    return f"{report.head_seq}:{report.head_hash[:12]}"


# --- the key ------------------------------------------------------------------------------------------------
def test_the_key_is_a_private_file_beside_the_database_and_marks_every_row(written: Path) -> None:
    key_file = audit_key.key_path(written)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    marks = [r[0] for r in _raw(written).execute("SELECT mac FROM events ORDER BY seq").fetchall()]
    key = audit_key.read(key_file)
    assert key is not None and key.keyed_from == 1
    assert marks and all(m is not None and m.startswith(key.mark_prefix) and len(m) == 39 for m in marks)
    assert key.secret.hex() not in written.read_bytes().hex()  # the key never goes into the database


def test_a_recomputed_chain_is_caught_by_the_key_mark(written: Path) -> None:
    """Before F10 a forger who re-chained every row from the edit on left a trail that verified."""
    _forge(written, [2, 3, 4, 5, 6], "ZZ")

    report = _verify(written)

    assert not report.ok
    assert report.first_bad_seq == 2
    assert "recomputed outside Bedside" in (report.problem or "")
    raw = Database(_raw(written))
    assert audit.verify(raw, use_key=False).ok  # the chain alone cannot tell: the key is what tells


def test_stripping_the_marks_is_caught(written: Path) -> None:
    _tamper(written, "UPDATE events SET mac = NULL WHERE seq >= 4")

    report = _verify(written)

    assert (report.ok, report.first_bad_seq) == (False, 4)
    assert "no key mark" in (report.problem or "")


def test_a_mark_from_a_forged_key_is_caught(written: Path) -> None:
    fake = audit_key.new_key(1)
    raw = _raw(written)
    rows = raw.execute("SELECT seq, hash FROM events").fetchall()
    raw.close()
    _tamper(written, *(f"UPDATE events SET mac = '{fake.mark(h)}' WHERE seq = {s}" for s, h in rows))

    assert _verify(written).first_bad_seq == 1


def test_without_the_key_file_the_chain_is_still_checked_and_the_note_says_what_was_not(written: Path) -> None:
    raw = Database(_raw(written))
    audit_key.key_path(written).rename(written.with_name("elsewhere.key"))

    report = audit.verify(raw)

    assert report.ok and report.marked == 0
    assert "no audit key here" in (report.key_note or "")


def test_a_lost_key_is_replaced_and_recorded_older_marks_checked_as_a_chain(written: Path) -> None:
    audit_key.key_path(written).unlink()
    store = open_database(written)
    try:
        newest = store.events(limit=1)[0]
        report = store.verify_audit()
        store.set_meta("site", "Ward H7", ACTOR)
        after = store.verify_audit()
    finally:
        store.close()

    assert newest.action == "audit.key_new" and "missing" in (newest.reason or "")
    assert report.ok and "earlier key" in (report.key_note or "")
    assert after.ok and after.marked == 2  # the new key's record and the change after it


# --- an upgrade keeps the old rows as they are ---------------------------------------------------------------
def test_an_upgrade_from_schema_5_verifies_old_rows_unkeyed_and_marks_new_ones(db_path: Path) -> None:
    db = Database(_raw(db_path))
    migrations.apply(db, stop_before="m006_audit_key")
    db.execute("INSERT INTO users (name, initials, created_at, role) VALUES ('Ann Berg', 'AB', 'x', 'admin')")
    for n in range(3):
        audit.append(db, ACTOR, "setting.change", "meta", f"k{n}", new=n)
    old_rows = db.execute("SELECT * FROM events ORDER BY seq").fetchall()
    db.close()
    assert not audit_key.key_path(db_path).exists()

    store = open_database(db_path)
    try:
        store.set_meta("site", "Ward H5", ACTOR)
        report = store.verify_audit()
        marks = store._db.execute("SELECT seq, mac IS NOT NULL FROM events ORDER BY seq").fetchall()
        upgraded = store._db.execute("SELECT seq, at, actor, hash FROM events WHERE seq <= 3").fetchall()
        events = store.events(limit=2)
        seal = store._db.execute("SELECT seal FROM users").fetchone()[0]
    finally:
        store.close()

    assert report.ok and report.rows == 5 and report.marked == 2
    assert marks == [(1, 0), (2, 0), (3, 0), (4, 1), (5, 1)]
    assert upgraded == [(r[0], r[1], r[2], r[12]) for r in old_rows]  # never rewritten
    assert events[1].action == "audit.key_new" and events[1].new_value["users_sealed"] == 1
    assert seal is not None


# --- users ---------------------------------------------------------------------------------------------------
@pytest.fixture
def two_users(store: Store) -> Store:
    store.add_user("Ann Berg", "AB", ACTOR, pin="4711", role="admin")
    store.add_user("Carla Diaz", "CD", ACTOR, pin="2580")
    return store


def test_a_user_row_edited_to_admin_with_a_cheap_pin_cannot_sign_in(two_users: Store) -> None:
    """Before F10 the edited row signed in at once, as an admin."""
    carla = access.find(two_users._db, "CD")
    cheap = access.hash_pin("1111", access.ScryptCost(n=2, r=1, p=1))
    two_users._db.execute("UPDATE users SET role = 'admin', pin_hash = ? WHERE id = ?", [cheap, carla.id])

    attempt = access.sign_in(two_users._db, access.find(two_users._db, "CD"), "1111", "ws")

    assert attempt.outcome is access.Outcome.LOCKED
    assert "changed outside Bedside" in (attempt.problem or "")
    with pytest.raises(AccessError, match="changed outside Bedside"):
        access.require_admin(two_users._db, access.find(two_users._db, "CD"))
    assert access.sign_in(two_users._db, access.find(two_users._db, "AB"), "4711", "ws").outcome.name == "SIGNED_IN"


def test_an_admins_new_pin_for_an_edited_user_takes_the_role_back_to_staff(two_users: Store) -> None:
    carla = access.find(two_users._db, "CD")
    two_users._db.execute("UPDATE users SET role = 'admin' WHERE id = ?", [carla.id])

    access.set_pin(two_users._db, carla, "3690", ACTOR)

    assert access.find(two_users._db, "CD").role == "staff"
    assert access.sign_in(two_users._db, carla, "3690", "ws").outcome is access.Outcome.SIGNED_IN
    assert two_users.events(limit=2)[1].new_value == {
        "role": "staff",
        "why": "the user row was changed outside Bedside",
    }


def test_changes_made_in_bedside_keep_the_seal(two_users: Store) -> None:
    carla = access.find(two_users._db, "CD")
    access.set_role(two_users._db, carla, "admin", ACTOR)
    access.set_pin(two_users._db, carla, "3690", ACTOR)
    access.set_role(two_users._db, carla, "staff", ACTOR)

    assert access.sign_in(two_users._db, carla, "3690", "ws").outcome is access.Outcome.SIGNED_IN


# --- `bedside audit verify` ----------------------------------------------------------------------------------
def test_verify_passes_on_an_intact_trail_with_its_printed_head(written: Path) -> None:
    code, out = _run("--db", written, "audit", "verify", "--head", _head(written))

    assert code == 0, out
    assert "the audit trail verifies" in out and "held by the trail" in out


def test_deleting_the_newest_rows_is_reported_against_a_printed_head(written: Path) -> None:
    """Before F10 there was no command, and the shortened trail verified."""
    printed = _head(written)
    _tamper(written, "DELETE FROM events WHERE seq >= 5")
    assert _verify(written).ok  # the shortened chain itself is intact: only a known head tells

    code, out = _run("--db", written, "audit", "verify", "--head", printed)

    assert code == 1
    assert "the trail ends at #4, but #6 was known" in out


def test_deleting_the_newest_rows_is_reported_against_the_newest_backup(written: Path) -> None:
    made = make_backup(written, now=datetime.now(UTC) + timedelta(seconds=1))
    store = open_database(written)
    try:
        store.set_meta("site", "Ward H9", ACTOR)
    finally:
        store.close()
    backup_head = int(made.head[1:].split()[0])
    _tamper(written, f"DELETE FROM events WHERE seq >= {backup_head - 1}")

    code, out = _run("--db", written, "audit", "verify")

    assert code == 1
    assert f"newest backup {made.path.name}" in out and f"but #{backup_head} was known" in out


def test_verify_names_an_edited_user_and_a_rewritten_head(two_users: Store, db_path: Path) -> None:
    printed = _head(db_path)
    two_users._db.execute("UPDATE users SET role = 'admin' WHERE initials = 'CD'")
    _forge(db_path, [1, 2], "ZZ")

    code, out = _run("--db", db_path, "audit", "verify", "--head", printed)

    assert code == 1
    assert "users: the record of user CD" in out
    assert "is not the row known as" in out
    assert "chain: first bad row #1" in out


def test_a_malformed_head_is_refused_naming_it(written: Path) -> None:
    assert _run("--db", written, "audit", "verify", "--head", "yesterday")[0] == 2


# --- the printed sheet ---------------------------------------------------------------------------------------
def _plan_text(path: Path) -> str:
    store = open_database(path)
    try:
        result = follow_up_plan_pdf(store, "P-1", date(2025, 3, 20), printed_by="AB", printed_at=PRINTED_AT)
    finally:
        store.close()
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)


def test_a_sheet_from_a_trail_that_verifies_says_nothing_more(written: Path) -> None:
    assert "DOES NOT VERIFY" not in _plan_text(written)


def test_a_sheet_printed_from_a_changed_trail_says_so_on_every_page(written: Path) -> None:
    _tamper(written, "UPDATE events SET actor = 'ZZ' WHERE seq = 3")

    text = _plan_text(written)

    assert "THE AUDIT TRAIL DOES NOT VERIFY" in text
    assert "row #3" in text


def test_a_restored_backup_from_before_the_key_can_still_sign_in(tmp_path: Path, db_path: Path) -> None:
    """A schema-5 trail restored under an existing key: its users are sealed once, and that is recorded."""
    old_file = tmp_path / "old.sqlite3"
    db = Database(_raw(old_file))
    migrations.apply(db, stop_before="m006_audit_key")
    db.close()
    store = open_database(db_path)
    try:
        _several(store)  # the live database has its key, marks from row 1 on
    finally:
        store.close()
    db = Database(_raw(old_file))
    pin = access.hash_pin("4711")
    db.execute(
        "INSERT INTO users (name, initials, created_at, role, pin_hash) VALUES ('A B', 'AB', 'x', 'admin', ?)", [pin]
    )
    audit.append(db, ACTOR, "user.add", "user", 1)
    db.close()
    key = audit_key.read(audit_key.key_path(db_path))
    assert key is not None and key.keyed_from == 1
    db_path.unlink()
    old_file.rename(db_path)
    key_file = audit_key.key_path(db_path)
    key_file.write_text(key_file.read_text().replace('"keyed_from": 1', '"keyed_from": 9'))  # keyed later

    store = open_database(db_path)
    try:
        attempt = access.sign_in(store._db, access.find(store._db, "AB"), "4711", "ws")
        adopted = [e for e in store.events() if e.action == "audit.key_new"]
        report = store.verify_audit()
    finally:
        store.close()

    assert attempt.outcome is access.Outcome.SIGNED_IN
    assert len(adopted) == 1 and "restored backup" in (adopted[0].reason or "")
    assert report.ok


def test_a_damaged_key_file_is_refused_at_start_never_replaced(written: Path) -> None:
    from bedside.domain.errors import StorageError

    audit_key.key_path(written).write_text("{not json", encoding="utf-8")

    with pytest.raises(StorageError, match=r"audit key .* is damaged"):
        open_database(written)
    assert audit_key.key_path(written).read_text(encoding="utf-8") == "{not json"


def test_backups_taken_before_a_restore_are_not_compared(written: Path) -> None:
    """A restore puts an older trail back on purpose: the newer backup taken before it is not its past."""
    from bedside.storage.backup import restore_backup

    now = datetime.now(UTC)
    older = make_backup(written, now=now - timedelta(minutes=10))
    store = open_database(written)
    try:
        for n in range(5):
            store.set_meta("site", f"Ward {n}", ACTOR)
    finally:
        store.close()
    make_backup(written, now=now - timedelta(minutes=5))  # its head lies beyond the trail restored below
    restore_backup(written, older.path, ACTOR)

    code, out = _run("--db", written, "audit", "verify")

    assert code == 0, out
    assert "since the last restore" in out


def test_a_sheet_after_more_saves_verifies_the_new_rows_and_sees_deleted_ones(written: Path) -> None:
    """The sheet's check is incremental within a session: the rows since the last check, and the head then."""
    store = open_database(written)
    try:
        first = store.verified_audit()
        store.set_meta("site", "Ward H8", ACTOR)
        second = store.verified_audit()
        full = audit.verify(store._db)
        _tamper(written, f"UPDATE events SET actor = 'ZZ' WHERE seq = {second.head_seq}")
        changed = store.verified_audit()
    finally:
        store.close()

    assert first.ok and (second.ok, second.rows, second.head_seq) == (True, first.rows + 1, first.head_seq + 1)
    assert second == full  # the same answer as verifying every row again
    assert not changed.ok and "verified earlier" in (changed.problem or "")


def test_a_sheet_after_the_newest_rows_were_deleted_says_so(written: Path) -> None:
    store = open_database(written)
    try:
        assert store.verified_audit().ok
        _tamper(written, "DELETE FROM events WHERE seq >= 5")
        report = store.verified_audit()
    finally:
        store.close()

    assert not report.ok and report.first_bad_seq == 6
