"""Audit appends on the ward server: one chain, gap-free, however many workstations write at once.

Each append takes a transaction-scoped advisory lock (pg_advisory_xact_lock) before it reads the newest
row, so two writers never both build on the same row: the second waits until the first commits (or rolls
back) and then sees its row. The lock is released by COMMIT or ROLLBACK, never held past the write.
The rows, their hash and their key mark are exactly those of bedside/storage/audit.py, so a trail
moved between engines verifies the same; reading and verifying use that module through PgDatabase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bedside.domain.errors import StorageError
from bedside.storage import audit
from bedside.storage.audit import Actor
from bedside.storage.audit_key import AuditKey
from bedside.storage.postgres import notices
from bedside.storage.postgres.connection import in_transaction

if TYPE_CHECKING:
    from bedside.storage.postgres.db import PgDatabase

AUDIT_LOCK = 0x6265_6473_0002  # pg_advisory_xact_lock key: "beds" 2, the one chain of this database


def append(
    pg: PgDatabase,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    *,
    mrn: str | None = None,
    old: Any = None,
    new: Any = None,
    reason: str | None = None,
    key: AuditKey | None = None,
) -> int:
    """Append one event inside the caller's write transaction (write_transaction); returns its seq."""
    if not in_transaction(pg):
        raise StorageError("internal error: an audit event is appended only inside a write transaction")
    pg.execute(f"SELECT pg_advisory_xact_lock({AUDIT_LOCK})")
    last = pg.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (int(last[0]) + 1, str(last[1])) if last else (1, audit.GENESIS)
    compact = int(pg.execute("PRAGMA user_version").fetchone()[0]) >= audit.COMPACT_SCHEMA  # the SQLite rule
    row = audit.chained_row(seq, prev_hash, compact, actor, action, entity, entity_id, mrn, old, new, reason)
    if key is not None:
        row["mac"] = key.mark(row["hash"])
    pg.execute(f"INSERT INTO events ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    notices.notify(pg.conn, seq)  # every listening workstation hears of it when this commits
    return seq


def verify(pg: PgDatabase, key: AuditKey | None = None) -> audit.ChainReport:
    """The whole chain, as audit.verify checks it on SQLite (with `key`, each row's mark too)."""
    return audit.verify(pg.as_database(), key, use_key=key is not None)
