"""Who may sign in: users, PINs (scrypt), wrong-PIN delays and lockout, roles, emergency access.

docs/reliability.md, decision 4. A PIN is stored only as scrypt with its own parameters; a wrong PIN is
counted in the database (so every instance and a restart see it), delayed, then locked until an
admin unlocks it. Every sign-in, failure, lock and emergency access goes into the audit trail.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlite_utils import Database

from bedside.config.settings import LOCK_MINUTES_DEFAULT as LOCK_MINUTES_DEFAULT
from bedside.config.settings import LOCK_MINUTES_RANGE as LOCK_MINUTES_RANGE
from bedside.config.settings import LOCK_MINUTES_SETTING as LOCK_MINUTES_SETTING
from bedside.domain.errors import AccessError, BedsideError, NotFoundError
from bedside.domain.input_limits import name_problem
from bedside.storage import audit, sealing
from bedside.storage.audit import Actor
from bedside.storage.connection import is_read_only, write_transaction
from bedside.storage.pin_tries import (  # noqa: F401 - FREE_TRIES and DELAYS_S are read from here too
    DELAYS_S,
    FREE_TRIES,
    LOCK_AFTER,
    SideCounter,
    delay_after,
    seconds_until,
    stamp,
)

ROLES = ("staff", "admin")
PIN_PATTERN = re.compile(r"[0-9]{4,12}")


@dataclass(frozen=True, slots=True)
class ScryptCost:
    n: int = 2**17  # about 0.4 s and 128 MiB per check on a ward PC: slow to guess, quick to type
    r: int = 8
    p: int = 1


COST = ScryptCost()  # tests lower it; every stored hash carries its own parameters


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    initials: str
    role: str = "staff"
    has_pin: bool = True
    locked: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class Outcome(Enum):
    SIGNED_IN = "signed in"
    WRONG = "wrong"  # the name and PIN do not match (never says which part)
    WAIT = "wait"  # too many wrong PINs: try again later; the PIN was not checked
    LOCKED = "locked"  # locked until an admin unlocks
    NO_PIN = "no pin"  # the user must choose a PIN first


@dataclass(frozen=True, slots=True)
class Attempt:
    outcome: Outcome
    wait_s: int = 0  # before the next try is checked
    failures: int = 0
    problem: str | None = None  # the database could not record the try (shown as it is)


_USER_COLUMNS = "id, name, initials, role, pin_hash IS NOT NULL, locked"


def _user(row: Any) -> User:
    return User(int(row[0]), str(row[1]), str(row[2]), str(row[3]), bool(row[4]), bool(row[5]))


def users(db: Database, *, include_inactive: bool = False) -> list[User]:
    where = "" if include_inactive else "WHERE active = 1"
    return [_user(r) for r in db.execute(f"SELECT {_USER_COLUMNS} FROM users {where} ORDER BY name").fetchall()]


def find(db: Database, initials: str) -> User:
    row = db.execute(
        f"SELECT {_USER_COLUMNS} FROM users WHERE initials = ? AND active = 1", [initials.strip()]
    ).fetchone()
    if row is None:
        raise NotFoundError(f'no user with the initials "{initials.strip().upper()}"')
    return _user(row)


def check_identity(name: str, initials: str) -> tuple[str, str]:
    """The name and initials as stored; refused before anyone is asked for a PIN."""
    name, initials = name.strip(), initials.strip().upper()
    if not name or not 1 <= len(initials) <= 5 or not initials.isalnum():
        raise BedsideError("a user needs a name and 1-5 letters or digits as initials")
    if (problem := name_problem(name)) is not None:  # the trail shows this name: it must show as typed
        raise BedsideError(f"the name {problem}")
    return name, initials


def check_new_pin(pin: str, repeat: str | None = None) -> None:
    """A PIN is 4-12 digits, not one digit repeated nor a straight run like 1234."""
    if not PIN_PATTERN.fullmatch(pin):
        raise AccessError("a PIN is 4 to 12 digits")
    if len(set(pin)) == 1 or pin in "01234567890123456789" or pin in "98765432109876543210":
        raise AccessError("that PIN is too easy to guess (one digit repeated, or a run like 1234); choose another")
    if repeat is not None and repeat != pin:
        raise AccessError("the two PINs are not the same")


def hash_pin(pin: str, cost: ScryptCost | None = None) -> str:
    cost = cost or COST
    salt = os.urandom(16)
    digest = _scrypt(pin, salt, cost.n, cost.r, cost.p)
    return f"scrypt${cost.n}${cost.r}${cost.p}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Constant-time comparison against the stored scrypt hash and its own parameters."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(computed, bytes.fromhex(digest))


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    maxmem = 128 * r * (n + p + 2) + 1024 * 1024  # what scrypt needs, plus slack
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=32)


def add_user(
    db: Database, name: str, initials: str, actor: Actor, *, pin: str | None = None, role: str = "staff"
) -> User:
    """A new user; `pin=None` leaves them to choose one at their first sign-in (CLI and upgrades)."""
    name, initials = check_identity(name, initials)
    if role not in ROLES:
        raise BedsideError(f'a role is one of {", ".join(ROLES)}, not "{role}"')
    if pin is not None:
        check_new_pin(pin)
    pin_hash = None if pin is None else hash_pin(pin)  # slow: never inside the write transaction
    with write_transaction(db):
        if db.execute("SELECT 1 FROM users WHERE initials = ?", [initials]).fetchone():
            raise BedsideError(f'the initials "{initials}" are already taken; add a letter')
        now = audit.utc_now()
        cursor = db.execute(
            "INSERT INTO users (name, initials, created_at, role, pin_hash, pin_set_at) VALUES (?, ?, ?, ?, ?, ?)",
            [name, initials, now, role, pin_hash, None if pin_hash is None else now],
        )
        user_id = int(cursor.lastrowid or 0)
        sealing.reseal(db, user_id)
        new = {"name": name, "initials": initials, "role": role, "pin": pin_hash is not None}
        audit.append(db, actor, "user.add", "user", user_id, new=new)
    return User(user_id, name, initials, role, pin_hash is not None)


def first_user_role(db: Database) -> str:
    """The first person on a new database becomes its admin: someone must be able to add the others."""
    return "staff" if db.execute("SELECT 1 FROM users WHERE active = 1").fetchone() else "admin"


def sign_in(db: Database, user: User, pin: str, workstation: str, now: datetime | None = None) -> Attempt:
    """Check a PIN, counting wrong ones; every outcome but NO_PIN is audited (where the file can be written).

    The try is counted as wrong in one transaction before the slow check and settled in a second one
    that re-reads the lock, so parallel tries cannot all pass on one count (docs/sign-in-counting.md).
    """
    now = now or datetime.now(UTC)
    actor = Actor(user.initials, workstation)
    if (tampered := sealing.seal_problem(db, user.id)) is not None:  # F10: an edited role or PIN hash
        return Attempt(Outcome.LOCKED, problem=tampered)
    if is_read_only(db):
        return _sign_in_read_only(db, user, pin, now)
    with write_transaction(db):
        stored, failures, wait_until, locked = _count_row(db, user)
        if stored is None:
            return Attempt(Outcome.NO_PIN)
        if locked:
            audit.append(db, actor, "signin.refused", "user", user.id, new={"why": "locked"})
            return Attempt(Outcome.LOCKED, failures=failures)
        if (left := seconds_until(wait_until, now)) > 0:
            audit.append(db, actor, "signin.refused", "user", user.id, new={"why": "wait", "seconds": left})
            return Attempt(Outcome.WAIT, left, failures)
        reserved = failures + 1  # counted as wrong until the PIN is seen to match
        db.execute(
            "UPDATE users SET failed_pins = ?, pin_wait_until = ? WHERE id = ?",
            [reserved, stamp(now, delay_after(reserved)), user.id],
        )
    matches = pin_matches(pin, stored)  # slow (scrypt): never inside the write transaction
    with write_transaction(db):
        failures, locked = db.execute("SELECT failed_pins, locked FROM users WHERE id = ?", [user.id]).fetchone()
        if matches and not locked:
            db.execute("UPDATE users SET failed_pins = 0, pin_wait_until = NULL WHERE id = ?", [user.id])
            audit.append(db, actor, "signin", "user", user.id)
            return Attempt(Outcome.SIGNED_IN)
        if matches:  # a parallel wrong try locked the user meanwhile
            audit.append(db, actor, "signin.refused", "user", user.id, new={"why": "locked"})
            return Attempt(Outcome.LOCKED, failures=failures)
        failures = max(int(failures), 1)  # still counted if a right PIN cleared the count meanwhile
        lock = bool(locked) or failures >= LOCK_AFTER
        db.execute("UPDATE users SET failed_pins = ?, locked = ? WHERE id = ?", [failures, int(lock), user.id])
        audit.append(db, actor, "signin.failed", "user", user.id, new={"failures": failures, "locked": lock})
    return Attempt(Outcome.LOCKED if lock else Outcome.WRONG, 0 if lock else delay_after(failures), failures)


def _count_row(db: Database, user: User) -> tuple[str | None, int, str | None, bool]:
    row = db.execute(
        "SELECT pin_hash, failed_pins, pin_wait_until, locked FROM users WHERE id = ? AND active = 1", [user.id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f'"{user.initials}" is no longer a user on this workstation')
    return row[0], int(row[1]), row[2], bool(row[3])


def _sign_in_read_only(db: Database, user: User, pin: str, now: datetime) -> Attempt:
    """Nothing can be written to the file: the count is kept in this user's own side file (F9)."""
    stored, failures, _, locked = _count_row(db, user)
    if stored is None:
        return Attempt(Outcome.NO_PIN)
    if locked:
        return Attempt(Outcome.LOCKED, failures=failures)
    counter = SideCounter(str(db.execute("PRAGMA database_list").fetchone()[2]), user.id, stored)
    free, count = counter.reserve(now)
    if not free:
        left = seconds_until(count.wait_until, now)
        return Attempt(Outcome.LOCKED, failures=count.failures) if count.locked else Attempt(Outcome.WAIT, left)
    count = counter.settle(pin_matches(pin, stored))
    if count.failures == 0:
        return Attempt(Outcome.SIGNED_IN)
    if count.locked:
        return Attempt(Outcome.LOCKED, failures=count.failures)
    return Attempt(Outcome.WRONG, delay_after(count.failures), count.failures)


def set_pin(db: Database, user: User, pin: str, actor: Actor, *, repeat: str | None = None) -> None:
    """Choose or reset a PIN; a reset also clears the wrong-PIN count and the lock."""
    check_new_pin(pin, repeat)
    pin_hash = hash_pin(pin)
    with write_transaction(db):
        had = db.execute("SELECT pin_hash IS NOT NULL FROM users WHERE id = ?", [user.id]).fetchone()
        if had is None:
            raise NotFoundError(f'no user with the initials "{user.initials}"')
        new = None
        if sealing.seal_problem(db, user.id) is not None:  # edited outside Bedside: its role is not trusted either
            db.execute("UPDATE users SET role = 'staff' WHERE id = ?", [user.id])
            new = {"role": "staff", "why": "the user row was changed outside Bedside"}
        db.execute(
            "UPDATE users SET pin_hash = ?, pin_set_at = ?, failed_pins = 0, pin_wait_until = NULL, locked = 0 "
            "WHERE id = ?",
            [pin_hash, audit.utc_now(), user.id],
        )
        sealing.reseal(db, user.id)
        audit.append(db, actor, "user.pin_reset" if had[0] else "user.pin_set", "user", user.id, new=new)


def unlock(db: Database, user: User, actor: Actor) -> None:
    with write_transaction(db):
        db.execute("UPDATE users SET failed_pins = 0, pin_wait_until = NULL, locked = 0 WHERE id = ?", [user.id])
        audit.append(db, actor, "user.unlock", "user", user.id)


def set_role(db: Database, user: User, role: str, actor: Actor) -> None:
    if role not in ROLES:
        raise BedsideError(f'a role is one of {", ".join(ROLES)}, not "{role}"')
    with write_transaction(db):
        old = db.execute("SELECT role FROM users WHERE id = ?", [user.id]).fetchone()
        if old is None:
            raise NotFoundError(f'no user with the initials "{user.initials}"')
        if old[0] == role:
            return
        if old[0] == "admin":
            _keep_an_admin(db, user)
        if (tampered := sealing.seal_problem(db, user.id)) is not None:
            raise AccessError(tampered)
        db.execute("UPDATE users SET role = ? WHERE id = ?", [role, user.id])
        sealing.reseal(db, user.id)
        audit.append(db, actor, "user.role", "user", user.id, old=old[0], new=role)


def deactivate(db: Database, user: User, actor: Actor, reason: str) -> None:
    """A user who leaves keeps their name in the trail; they can no longer sign in."""
    if not reason.strip():
        raise BedsideError("removing a user needs a reason")
    with write_transaction(db):
        _keep_an_admin(db, user)
        db.execute("UPDATE users SET active = 0 WHERE id = ?", [user.id])
        sealing.reseal(db, user.id)
        audit.append(db, actor, "user.deactivate", "user", user.id, reason=reason.strip())


def _keep_an_admin(db: Database, leaving: User) -> None:
    others = db.execute(
        "SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1 AND id != ?", [leaving.id]
    ).fetchone()[0]
    if not others:
        raise AccessError(f"{leaving.name} is the only admin; make someone else admin first")


def require_admin(db: Database, user: User | None) -> None:
    """Admin work (users, protocols, settings). None is the command line, run by whoever owns the file."""
    if user is None:
        return
    row = db.execute("SELECT role FROM users WHERE id = ? AND active = 1", [user.id]).fetchone()
    if row is None or row[0] != "admin":
        raise AccessError(f"only an admin can do this; {user.name} is not an admin")
    if (tampered := sealing.seal_problem(db, user.id)) is not None:
        raise AccessError(tampered)


def emergency_actor(name: str, initials: str, reason: str, workstation: str) -> Actor:
    """Break-glass: anyone may work without a PIN, with a reason; every action is flagged."""
    name, initials, reason = name.strip(), initials.strip().upper(), reason.strip()
    if not name or not initials:
        raise AccessError("emergency access needs your name and initials")
    if not reason:
        raise AccessError("emergency access needs a reason")
    return Actor(f"{initials} (emergency)", workstation)


def start_emergency(db: Database, name: str, initials: str, reason: str, workstation: str) -> Actor:
    actor = emergency_actor(name, initials, reason, workstation)
    with write_transaction(db):
        audit.append(db, actor, "session.emergency", "session", None, new={"name": name.strip()}, reason=reason.strip())
    return actor


def record_session(db: Database, actor: Actor, action: str) -> None:
    """session.lock, session.unlock, session.end: when the screen was locked and by whom."""
    if is_read_only(db):
        return  # a read-only database records nothing; the lock itself still works
    with write_transaction(db):
        audit.append(db, actor, action, "session", None)


def lock_minutes(value: str | None) -> int:
    """The idle minutes before the screen locks, from the site setting (default 5)."""
    try:
        minutes = int(value) if value is not None else LOCK_MINUTES_DEFAULT
    except ValueError:
        return LOCK_MINUTES_DEFAULT
    low, high = LOCK_MINUTES_RANGE
    return min(max(minutes, low), high)
