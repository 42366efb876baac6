"""Sign-in rules (docs/reliability.md, decision 4): scrypt PINs, delays then lockout, roles, emergency access."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from bedside.domain.errors import AccessError, BedsideError
from bedside.services.database import open_database
from bedside.storage import Store, access
from bedside.storage.access import Outcome
from bedside.storage.audit import Actor

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

ADMIN = Actor("AD", "ws-test")
T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


@pytest.fixture
def nurse(store: Store) -> access.User:
    store.add_user("Ada Admin", "AD", ADMIN, pin="2580", role="admin")
    return store.add_user("Tess Nurse", "TN", ADMIN, pin="4711")


@pytest.mark.real_pin_cost
def test_a_pin_is_stored_only_as_scrypt_with_the_shipped_cost(store: Store) -> None:
    store.add_user("Tess Nurse", "TN", ADMIN, pin="4711")
    (stored,) = store._db.execute("SELECT pin_hash FROM users").fetchone()
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**17, 8, 1)
    assert "4711" not in stored and len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert access.pin_matches("4711", stored) and not access.pin_matches("4712", stored)


def test_the_same_pin_hashes_differently_for_two_users(store: Store) -> None:
    store.add_user("Ann Berg", "AB", ADMIN, pin="4711")
    store.add_user("Tess Nurse", "TN", ADMIN, pin="4711")
    hashes = [r[0] for r in store._db.execute("SELECT pin_hash FROM users")]
    assert hashes[0] != hashes[1]


@pytest.mark.parametrize("pin", ["123", "12a4", "1234567890123", "0000", "1234", "9876", ""])
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    with pytest.raises(AccessError):
        access.check_new_pin(pin)


def test_the_right_pin_signs_in_and_is_audited(store: Store, nurse: access.User) -> None:
    assert access.sign_in(store._db, nurse, "4711", "ws-1", T0).outcome is Outcome.SIGNED_IN
    event = store.events()[0]
    assert (event.action, event.actor, event.workstation) == ("signin", "TN", "ws-1")


def test_ten_wrong_pins_delay_then_lock_and_each_failure_is_logged(store: Store, nurse: access.User) -> None:
    now, outcomes = T0, []
    for _ in range(10):
        attempt = access.sign_in(store._db, nurse, "0007", "ws-1", now)
        outcomes.append((attempt.outcome, attempt.wait_s))
        now += timedelta(seconds=attempt.wait_s)  # the nurse waits as told
    assert outcomes[:2] == [(Outcome.WRONG, 0), (Outcome.WRONG, 0)]
    assert [w for _, w in outcomes[2:9]] == list(access.DELAYS_S)
    assert outcomes[9] == (Outcome.LOCKED, 0)
    failed = [e for e in store.events() if e.action == "signin.failed"]
    assert len(failed) == 10 and failed[0].new_value == {"failures": 10, "locked": True}
    # Locked: even the right PIN is refused, without being checked, and the refusal is logged.
    assert access.sign_in(store._db, nurse, "4711", "ws-1", now + timedelta(days=1)).outcome is Outcome.LOCKED
    assert store.events()[0].action == "signin.refused"


def test_a_try_during_the_wait_is_not_checked_even_with_the_right_pin(store: Store, nurse: access.User) -> None:
    for _ in range(3):
        access.sign_in(store._db, nurse, "0007", "ws-1", T0)
    early = access.sign_in(store._db, nurse, "4711", "ws-1", T0 + timedelta(seconds=2))
    assert (early.outcome, early.wait_s) == (Outcome.WAIT, 3)
    later = access.sign_in(store._db, nurse, "4711", "ws-1", T0 + timedelta(seconds=5))
    assert later.outcome is Outcome.SIGNED_IN
    # A success clears the count: the next slip is free again.
    assert access.sign_in(store._db, nurse, "0007", "ws-1", T0 + timedelta(seconds=6)).wait_s == 0


def test_wrong_pins_count_across_instances(database: Path | str, store: Store, nurse: access.User) -> None:
    other = open_database(database)  # a second workstation process sees the same count
    try:
        for opened in (store, other, store):
            access.sign_in(opened._db, nurse, "0007", "ws", T0)
        assert access.sign_in(other._db, nurse, "4711", "ws", T0).outcome is Outcome.WAIT
    finally:
        other.close()


def test_the_failure_message_never_says_which_part_was_wrong(store: Store, nurse: access.User) -> None:
    attempt = access.sign_in(store._db, nurse, "9999", "ws-1", T0)
    assert attempt.outcome is Outcome.WRONG  # one outcome for every mismatch; the UI has one sentence for it


def test_an_admin_unlocks_and_a_reset_pin_works(store: Store, nurse: access.User) -> None:
    store._db.execute("UPDATE users SET failed_pins = 10, locked = 1 WHERE id = ?", [nurse.id])
    access.unlock(store._db, nurse, ADMIN)
    assert access.sign_in(store._db, nurse, "4711", "ws-1", T0).outcome is Outcome.SIGNED_IN
    access.set_pin(store._db, nurse, "8642", ADMIN, repeat="8642")
    assert access.sign_in(store._db, nurse, "4711", "ws-1", T0).outcome is Outcome.WRONG
    assert access.sign_in(store._db, nurse, "8642", "ws-1", T0).outcome is Outcome.SIGNED_IN
    actions = [e.action for e in store.events()]
    assert "user.unlock" in actions and "user.pin_reset" in actions


def test_a_user_without_a_pin_must_choose_one_first(store: Store) -> None:
    legacy = store.add_user("Old User", "OU", ADMIN)  # CLI or an upgraded database
    assert not legacy.has_pin
    assert access.sign_in(store._db, legacy, "", "ws-1", T0).outcome is Outcome.NO_PIN
    with pytest.raises(AccessError, match="not the same"):
        access.set_pin(store._db, legacy, "2468", ADMIN, repeat="2469")
    access.set_pin(store._db, legacy, "2468", Actor("OU", "ws-1"), repeat="2468")
    assert store.events()[0].action == "user.pin_set"
    assert access.sign_in(store._db, legacy, "2468", "ws-1", T0).outcome is Outcome.SIGNED_IN


def test_only_admins_do_admin_work_and_the_last_admin_stays(store: Store, nurse: access.User) -> None:
    admin = access.find(store._db, "AD")
    access.require_admin(store._db, admin)
    access.require_admin(store._db, None)  # the command line: whoever owns the database file
    with pytest.raises(AccessError, match="not an admin"):
        access.require_admin(store._db, nurse)
    with pytest.raises(AccessError, match="only admin"):
        access.set_role(store._db, admin, "staff", ADMIN)
    with pytest.raises(AccessError, match="only admin"):
        access.deactivate(store._db, admin, ADMIN, "left")
    access.set_role(store._db, nurse, "admin", ADMIN)
    access.set_role(store._db, admin, "staff", ADMIN)
    with pytest.raises(AccessError, match="not an admin"):
        access.require_admin(store._db, admin)
    role_events = [e for e in store.events() if e.action == "user.role"]
    assert [(e.old_value, e.new_value) for e in role_events] == [("admin", "staff"), ("staff", "admin")]


def test_a_deactivated_user_can_no_longer_sign_in(store: Store, nurse: access.User) -> None:
    with pytest.raises(BedsideError, match="reason"):
        access.deactivate(store._db, nurse, ADMIN, " ")
    access.deactivate(store._db, nurse, ADMIN, "left the ward")
    assert [u.initials for u in store.users()] == ["AD"]
    with pytest.raises(BedsideError, match="no longer a user"):
        access.sign_in(store._db, nurse, "4711", "ws-1", T0)


def test_the_first_user_becomes_admin(store: Store) -> None:
    assert access.first_user_role(store._db) == "admin"
    store.add_user("Ada Admin", "AD", ADMIN, pin="2580", role="admin")
    assert access.first_user_role(store._db) == "staff"


def test_emergency_access_needs_a_reason_and_flags_every_action(store: Store) -> None:
    with pytest.raises(AccessError, match="reason"):
        access.start_emergency(store._db, "Dr Who", "dw", "  ", "ws-1")
    actor = access.start_emergency(store._db, "Dr Who", "dw", "night cover, no account", "ws-1")
    assert actor.user == "DW (emergency)"
    event = store.events()[0]
    assert (event.action, event.reason, event.new_value) == (
        "session.emergency",
        "night cover, no account",
        {"name": "Dr Who"},
    )


def test_a_role_outside_the_list_is_refused_by_the_database(store: Store, nurse: access.User) -> None:
    with pytest.raises((sqlite3.IntegrityError, psycopg.errors.CheckViolation)):
        store._db.execute("UPDATE users SET role = 'root'")


def test_upgrading_makes_the_first_user_admin_and_says_so(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from bedside.storage.migrations import migrations

    path = tmp_path / "old.sqlite3"
    old = Database(path)
    migrations.apply(old, stop_before="m004_access")
    old.execute("INSERT INTO users (name, initials, created_at) VALUES ('First', 'F1', 'x'), ('Second', 'S2', 'y')")
    old.conn.commit()
    old.close()
    upgraded = open_database(path)
    try:
        roles = {u.initials: (u.role, u.has_pin) for u in upgraded.users()}
        assert roles == {"F1": ("admin", False), "S2": ("staff", False)}
        event = next(e for e in upgraded.events() if e.action != "audit.key_new")  # schema 8 adds the key's record
        assert (event.action, event.new_value) == ("user.role", "admin") and "schema 4" in (event.reason or "")
        assert upgraded.verify_audit().ok
    finally:
        upgraded.close()


@pytest.mark.parametrize("value, minutes", [(None, 5), ("12", 12), ("0", 1), ("999", 60), ("soon", 5)])
def test_lock_minutes_come_from_the_site_setting_within_bounds(value: str | None, minutes: int) -> None:
    assert access.lock_minutes(value) == minutes


def test_initials_are_found_whatever_their_case_and_stay_one_user(store: Store, nurse: access.User) -> None:
    """Signing in as "tn" finds TN on both engines (SQLite's NOCASE; the server's collation nocase),
    and the database itself refuses a second "tn" beside "TN" (added here without check_identity's upper())."""
    assert access.find(store._db, "tn").id == nurse.id
    with pytest.raises((sqlite3.IntegrityError, psycopg.errors.UniqueViolation)):
        store._db.execute("INSERT INTO users (name, initials, created_at) VALUES ('Other', 'tn', 'x')")
