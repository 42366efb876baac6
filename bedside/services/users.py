"""Users: list, add, set a PIN, unlock, make admin or staff, remove. Admin work re-checks `by` in the core.

`by` is the signed-in User whose role is checked (None: the command line, which checked its user itself).
"""

from __future__ import annotations

from bedside.storage import Store, access
from bedside.storage.access import User
from bedside.storage.audit import Actor

check_identity = access.check_identity  # a name and initials, checked before a PIN is asked for
check_new_pin = access.check_new_pin  # 4-12 digits, typed twice the same


def listed(store: Store, *, include_inactive: bool = False) -> list[User]:
    return store.users(include_inactive=include_inactive)


def find(store: Store, initials: str) -> User:
    return store.find_user(initials)


def require_admin(store: Store, by: User | None) -> None:
    """Refuse admin work (AccessError) unless `by` is still an active admin whose record is untouched."""
    store.require_admin(by)


def add(
    store: Store,
    actor: Actor,
    name: str,
    initials: str,
    pin: str | None,
    *,
    role: str = "staff",
    repeat: str | None = None,
    by: User | None = None,
) -> User:
    """A new user (admin work); with `repeat`, the PIN must have been typed the same twice."""
    store.require_admin(by)
    if pin is not None and repeat is not None:
        check_new_pin(pin, repeat)
    return store.add_user(name, initials, actor, pin=pin, role=role)


def set_pin(
    store: Store, actor: Actor, user: User, pin: str, *, repeat: str | None = None, by: User | None = None
) -> None:
    store.require_admin(by)
    store.set_pin(user, pin, actor, repeat=repeat)


def unlock(store: Store, actor: Actor, user: User, *, by: User | None = None) -> None:
    """Let a user locked after wrong PINs try again."""
    store.require_admin(by)
    store.unlock_user(user, actor)


def set_role(store: Store, actor: Actor, user: User, role: str, *, by: User | None = None) -> None:
    store.require_admin(by)
    store.set_role(user, role, actor)


def remove(store: Store, actor: Actor, user: User, reason: str, *, by: User | None = None) -> None:
    """Stop a user signing in; their name stays in the trail."""
    store.require_admin(by)
    store.deactivate_user(user, actor, reason)
