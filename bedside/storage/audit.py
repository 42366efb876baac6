"""The append-only audit trail: who did what, when, where, and what it was before.

Rows are chained, h_n = SHA-256(h_{n-1} || canonical(row_n)), so an edit made outside the app
shows as the first row whose hash no longer matches (RELIABILITY.md decision 3).
"""

from __future__ import annotations

import hashlib
import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64
HASHED_FIELDS = (
    "seq",
    "at",
    "actor",
    "workstation",
    "mrn",
    "action",
    "entity",
    "entity_id",
    "old_value",
    "new_value",
    "reason",
)


@dataclass(frozen=True, slots=True)
class Actor:
    """The person (initials) and the workstation behind a change."""

    user: str
    workstation: str

    @classmethod
    def here(cls, user: str) -> Actor:
        return cls(user, socket.gethostname() or "unknown")


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    at: str
    actor: str
    workstation: str
    mrn: str | None
    action: str
    entity: str
    entity_id: str | None
    old_value: Any
    new_value: Any
    reason: str | None


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    rows: int
    head_seq: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str | None = None

    @property
    def head_label(self) -> str:
        """What a printed sheet carries: sequence number and the first 12 hex digits."""
        return f"#{self.head_seq} {self.head_hash[:12]}"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _canonical(row: dict[str, Any]) -> bytes:
    payload = [row[name] for name in HASHED_FIELDS]
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def _digest(prev_hash: str, row: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + _canonical(row)).hexdigest()


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def append(
    db: Database,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    *,
    mrn: str | None = None,
    old: Any = None,
    new: Any = None,
    reason: str | None = None,
) -> int:
    """Append one event; call inside the write transaction that makes the change."""
    last = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    row: dict[str, Any] = {
        "seq": seq,
        "at": utc_now(),
        "actor": actor.user,
        "workstation": actor.workstation,
        "mrn": mrn,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "old_value": _json(old),
        "new_value": _json(new),
        "reason": reason,
    }
    row["prev_hash"] = prev_hash
    row["hash"] = _digest(prev_hash, row)
    db.execute(
        f"INSERT INTO events ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    return seq


def events(db: Database, mrn: str | None = None, limit: int | None = None) -> list[Event]:
    where, params = ("WHERE mrn = ?", [mrn]) if mrn is not None else ("", [])
    sql = f"SELECT {', '.join(HASHED_FIELDS)} FROM events {where} ORDER BY seq DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    result = []
    for r in db.execute(sql, params).fetchall():
        values = dict(zip(HASHED_FIELDS, r, strict=True))
        for key in ("old_value", "new_value"):
            values[key] = None if values[key] is None else json.loads(values[key])
        result.append(Event(**values))
    return result


def verify(db: Database) -> ChainReport:
    """Recompute the chain from the first row; report the first row that does not match."""
    prev_hash, expected_seq, rows = GENESIS, 1, 0
    cursor = db.execute(f"SELECT {', '.join(HASHED_FIELDS)}, prev_hash, hash FROM events ORDER BY seq")
    for values in cursor:
        row = dict(zip((*HASHED_FIELDS, "prev_hash", "hash"), values, strict=True))
        seq = row["seq"]
        problem = None
        if seq != expected_seq:
            problem = f"row {expected_seq} is missing (next row is {seq})"
        elif row["prev_hash"] != prev_hash:
            problem = f"row {seq} does not follow row {seq - 1}"
        elif _digest(prev_hash, row) != row["hash"]:
            problem = f"row {seq} was changed after it was written"
        if problem:
            return ChainReport(False, rows, expected_seq - 1, prev_hash, expected_seq, problem)
        prev_hash, expected_seq, rows = row["hash"], seq + 1, rows + 1
    return ChainReport(True, rows, expected_seq - 1, prev_hash)


def verify_file(path: str) -> ChainReport:
    """verify() on a connection of its own, read-only, so it can run beside the app (a thread)."""
    import sqlite3
    from pathlib import Path

    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return verify(Database(conn, execute_plugins=False))
    finally:
        conn.close()
