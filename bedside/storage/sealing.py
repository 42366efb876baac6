"""The audit key at start, and the seal on each user row (issue 14 F10, docs/audit-trail.md).

A user row's seal covers what lets someone act: initials, role, PIN hash and whether they are active.
A row edited outside Bedside (role='admin', a cheap PIN hash) no longer matches its seal and cannot
sign in or do admin work until an admin sets a new PIN. Wrong-PIN counts are not sealed: they change
on every try, and editing them only helps someone who already knows the PIN.
"""

from __future__ import annotations

from sqlite_utils import Database

from bedside.storage import audit, audit_key
from bedside.storage.audit import Actor
from bedside.storage.audit_key import AuditKey
from bedside.storage.connection import write_transaction

SEALED = "id, initials, role, pin_hash, active"


def ensure_key(db: Database) -> AuditKey | None:
    """At a writable start: the key beside the database, made (and every user sealed) when there is none.

    A key made where keyed rows exist already means the old key file was lost: recorded, and rows marked
    with it can then be checked only as a chain."""
    if not audit_key.keyed_schema(db):
        return None
    key = audit_key.key_for(db)
    if key is not None:
        _adopt_older_trail(db, key)
        return key
    with write_transaction(db):
        last = db.execute("SELECT MAX(seq) FROM events").fetchone()[0]
        earlier = audit.marked_rows(db)
        key = audit_key.create(db, int(last or 0) + 1)
        users = [int(r[0]) for r in db.execute("SELECT id FROM users").fetchall()]
        for user_id in users:
            reseal(db, user_id, key)
        if last is not None:  # a new database's first row is marked anyway: nothing to say yet
            new = {"key_id": key.id, "keyed_from": key.keyed_from, "users_sealed": len(users)}
            reason = "the audit key file was missing; a new key was made" if earlier else None
            audit.append(db, Actor.here("system"), "audit.key_new", "audit", key.id, new=new, reason=reason)
    return key


def _adopt_older_trail(db: Database, key: AuditKey) -> None:
    """A trail that ends before the key began and holds none of its marks is older than the key (a backup
    from before schema 8, restored): its user rows are sealed once, and that is recorded. A trail that
    reaches the key's first row without its marks is left alone: `audit verify` reports it."""
    newest = db.execute("SELECT MAX(seq) FROM events").fetchone()[0]  # every start: the newest row only
    if newest is None or int(newest) >= key.keyed_from or audit.newest_marked_by(db, key):
        return
    with write_transaction(db):
        last = db.execute("SELECT MAX(seq) FROM events").fetchone()[0]
        users = [int(r[0]) for r in db.execute("SELECT id FROM users").fetchall()]
        for user_id in users:
            reseal(db, user_id, key)
        new = {"key_id": key.id, "keyed_from": int(last) + 1, "users_sealed": len(users)}
        why = "a trail from before this key (a restored backup): its users were sealed with it"
        audit.append(db, Actor.here("system"), "audit.key_new", "audit", key.id, new=new, reason=why)


def _expected(key: AuditKey, row: tuple[object, ...]) -> str:
    return key.seal(list(row))


def reseal(db: Database, user_id: int, key: AuditKey | None = None) -> None:
    """Seal a user row after Bedside changed it; call inside the write transaction that changed it."""
    key = key or audit_key.key_for(db)
    if key is None or not audit_key.keyed_schema(db):
        return
    row = db.execute(f"SELECT {SEALED} FROM users WHERE id = ?", [user_id]).fetchone()
    if row is not None:
        db.execute("UPDATE users SET seal = ? WHERE id = ?", [_expected(key, tuple(row)), user_id])


def seal_problem(db: Database, user_id: int) -> str | None:
    """Why this user's row cannot be trusted, or None (also when there is no key to check it with)."""
    key = audit_key.key_for(db)
    if key is None or not audit_key.keyed_schema(db):
        return None
    row = db.execute(f"SELECT {SEALED}, seal FROM users WHERE id = ?", [user_id]).fetchone()
    if row is None or key.matches(row[-1], _expected(key, tuple(row[:-1]))):
        return None
    return (
        f"the record of user {row[1]} (role, PIN or initials) was changed outside Bedside; "
        "nobody can sign in as them until an admin sets a new PIN"
    )


def tampered_users(db: Database) -> list[str]:
    """What is wrong with each user row whose seal does not match (`bedside audit verify`)."""
    ids = [int(r[0]) for r in db.execute("SELECT id FROM users ORDER BY id").fetchall()]
    return [p for p in (seal_problem(db, i) for i in ids) if p is not None]
