"""Signing in and out: PIN sign-in, a first PIN, the first user, emergency access, and the screen lock."""

from __future__ import annotations

from datetime import datetime

from bedside.storage import Store, access
from bedside.storage.access import Attempt, Outcome, User
from bedside.storage.audit import Actor

__all__ = ["Attempt", "Outcome", "emergency_actor", "lock_minutes"]

emergency_actor = access.emergency_actor  # break-glass without a database to record it (the command line)
lock_minutes = access.lock_minutes  # the idle minutes from the stored setting text


def has_users(store: Store) -> bool:
    """Whether anyone can sign in yet: a new database has nobody, and its first person becomes admin."""
    return store.has_users()


def sign_in(store: Store, user: User, pin: str, workstation: str, now: datetime | None = None) -> Attempt:
    """Check a PIN, counting wrong ones (delays, then a lock); every outcome but NO_PIN is audited."""
    return store.sign_in(user, pin, workstation, now)


def choose_pin(store: Store, user: User, pin: str, repeat: str) -> User:
    """A user without a PIN chooses one (typed twice) and is signed in: recorded as themselves."""
    store.set_pin(user, pin, Actor.here(user.initials), repeat=repeat)
    return store.find_user(user.initials)


def add_first_user(store: Store, name: str, initials: str, pin: str) -> User:
    """The first person on a new database adds themselves and becomes admin (later ones are staff);
    the trail names them as the one who did it."""
    role = store.first_user_role()
    actor = Actor.here(initials.strip().upper() or "?")
    return store.add_user(name, initials, actor, pin=pin, role=role)


def start_emergency(store: Store, name: str, initials: str, reason: str, workstation: str) -> Actor:
    """Work without a PIN after giving name, initials and a reason; every action is flagged "(emergency)"."""
    return store.start_emergency(name, initials, reason, workstation)


def lock(store: Store, actor: Actor) -> None:
    """The screen is locked: session.lock in the trail (nothing on a read-only file)."""
    store.record_session(actor, "session.lock")


def unlock(store: Store, actor: Actor) -> None:
    store.record_session(actor, "session.unlock")
