"""Checking the audit trail: the hash chain, the user seals, and heads known from sheets and backups."""

from __future__ import annotations

from datetime import UTC, datetime

from bedside.storage import Store
from bedside.storage.audit import ChainReport, Event, parse_head, verify_file
from bedside.storage.rebuild import Rebuilt

__all__ = ["events", "head", "head_problem", "last_restore", "parse_head", "tampered_users", "verify", "verify_file"]


def verify(store: Store) -> ChainReport:
    """Every row of the chain, from the first."""
    return store.verify_audit()


def rebuild_and_compare(store: Store) -> Rebuilt:
    """The state rebuilt from the events alone, compared with the tables: each difference named."""
    return store.rebuild_and_compare()


def tampered_users(store: Store) -> list[str]:
    """Each user record changed outside Bedside (its seal does not match)."""
    return store.tampered_users()


def head_problem(store: Store, seq: int, digest: str) -> str | None:
    """None while the trail holds the row known as `seq` with that hash; otherwise what became of it."""
    return store.head_problem(seq, digest)


def last_restore(store: Store) -> datetime | None:
    """When a backup was last restored into this file (a restore puts an older trail back on purpose)."""
    at = store.last_restore_at()
    return None if at is None else datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def events(store: Store, mrn: str | None = None, limit: int | None = None) -> list[Event]:
    """The trail, newest first: one patient's (the history tab) or everything."""
    return store.events(mrn, limit)


def head(store: Store) -> str:
    """The newest row as a printed sheet carries it ("#120 3fa4c9e01b2d"), without verifying the chain."""
    return store.audit_head()
