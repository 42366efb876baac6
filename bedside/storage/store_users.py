"""The Store's user API: every caller outside storage/ reaches users, PINs and sessions through these methods.

The rules themselves (scrypt, delays, lockout, the last admin, seals) stay in bedside/storage/access.py;
these methods only hand it the Store's connection, so the connection stays private to storage/.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from bedside.storage import access
from bedside.storage.access import Attempt, User
from bedside.storage.audit import Actor


class UserMethods:
    """Mixed into Store (bedside/storage/store.py): users, sign-in, PINs, roles, emergency and session events."""

    _db: Database

    def users(self, *, include_inactive: bool = False) -> list[User]:
        return access.users(self._db, include_inactive=include_inactive)

    def has_users(self) -> bool:
        """Whether anyone can sign in yet (a new database has nobody)."""
        return access.first_user_role(self._db) == "staff"

    def find_user(self, initials: str) -> User:
        return access.find(self._db, initials)

    def add_user(self, name: str, initials: str, actor: Actor, *, pin: str | None = None, role: str = "staff") -> User:
        """A new user (admin work, or the very first user); see bedside/storage/access.py for PIN rules."""
        return access.add_user(self._db, name, initials, actor, pin=pin, role=role)

    def first_user_role(self) -> str:
        return access.first_user_role(self._db)

    def sign_in(self, user: User, pin: str, workstation: str, now: datetime | None = None) -> Attempt:
        return access.sign_in(self._db, user, pin, workstation, now)

    def set_pin(self, user: User, pin: str, actor: Actor, *, repeat: str | None = None) -> None:
        access.set_pin(self._db, user, pin, actor, repeat=repeat)

    def unlock_user(self, user: User, actor: Actor) -> None:
        access.unlock(self._db, user, actor)

    def set_role(self, user: User, role: str, actor: Actor) -> None:
        access.set_role(self._db, user, role, actor)

    def deactivate_user(self, user: User, actor: Actor, reason: str) -> None:
        access.deactivate(self._db, user, actor, reason)

    def require_admin(self, user: User | None) -> None:
        """Admin work: None is the command line, run by whoever owns the file."""
        access.require_admin(self._db, user)

    def start_emergency(self, name: str, initials: str, reason: str, workstation: str) -> Actor:
        return access.start_emergency(self._db, name, initials, reason, workstation)

    def record_session(self, actor: Actor, action: str) -> None:
        """session.lock, session.unlock, session.end."""
        access.record_session(self._db, actor, action)
