"""The append-only audit trail: who did what, when, where, and what it was before.

Rows are chained, h_n = SHA-256(h_{n-1} || canonical(row_n)), so an edit made outside the app
shows as the first row whose hash no longer matches (docs/reliability.md, decision 3). Since schema 8 each
row also carries a mark made with a key kept outside the database (bedside/storage/audit_key.py), so
a chain recomputed after an edit shows too; rows older than the key are verified as they were.
Since schema 10 a new row is compact (docs/audit-trail.md): its prev_hash is left empty, because it is
the hash of the row before, and its values are JSON without spaces; older rows are never rewritten, and
both verify alike (the hash is computed from the previous row's hash either way).
Since schema 11 a new row is packed (bedside/storage/audit_pack.py): hash and mark as raw bytes, objects
stored by position; the hash still covers the same compact JSON, so the chain is the same. How rows of each
schema are stored and read back as their hash covers them: bedside/storage/audit_rows.py.
See docs/audit-trail.md for what this does and does not prove.
"""

from __future__ import annotations

import hmac
import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from bedside.storage import audit_key, audit_pack, audit_rows
from bedside.storage.audit_key import AuditKey
from bedside.storage.audit_pack import PACKED_SCHEMA, Shapes
from bedside.storage.audit_rows import GENESIS, HASHED_FIELDS, _digest, _json, _matches, _read, _remember, _schema

# The stored form of the rows lives in audit_rows.py; every reader of the trail finds it here too.
COMPACT_SCHEMA = audit_rows.COMPACT_SCHEMA
as_hashed, full_hash, head, next_link = (
    audit_rows.as_hashed,
    audit_rows.full_hash,
    audit_rows.head,
    audit_rows.next_link,
)
of_action, of_patient, patients_named = audit_rows.of_action, audit_rows.of_patient, audit_rows.patients_named
packed, packed_row = audit_rows.packed, audit_rows.packed_row


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
    marked: int = 0  # rows whose key mark was checked
    key_note: str | None = None  # what could not be checked with a key, said plainly

    @property
    def head_label(self) -> str:
        """What a printed sheet carries: sequence number and the first 12 hex digits."""
        return f"#{self.head_seq} {self.head_hash[:12]}"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
    server = getattr(db, "server_append", None)  # a ward server serializes appends: bedside/storage/postgres/audit.py
    if server is not None:
        return int(server(actor, action, entity, entity_id, mrn=mrn, old=old, new=new, reason=reason))
    schema = _schema(db)
    seq, prev_hash = next_link(db)
    row = chained_row(seq, prev_hash, schema >= COMPACT_SCHEMA, actor, action, entity, entity_id, mrn, old, new, reason)
    key = audit_key.key_for(db) if schema >= audit_key.KEYED_SCHEMA else None
    digest = row["hash"]
    if schema >= PACKED_SCHEMA:
        row = packed_row(db, row, old, new, key)
    elif key is not None:
        row["mac"] = key.mark(row["hash"])
    db.execute(
        f"INSERT INTO events ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    if schema >= PACKED_SCHEMA:
        _remember(db, seq, digest)
    return seq


def chained_row(
    seq: int,
    prev_hash: str,
    compact: bool,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str | int | None,
    mrn: str | None,
    old: Any,
    new: Any,
    reason: str | None,
) -> dict[str, Any]:
    """One audit row with its hash, linked to `prev_hash`: the same on SQLite and on a ward server."""
    row: dict[str, Any] = {
        "seq": seq,
        "at": utc_now(),
        "actor": actor.user,
        "workstation": actor.workstation,
        "mrn": mrn,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "old_value": _json(old, compact),
        "new_value": _json(new, compact),
        "reason": reason,
    }
    row["prev_hash"] = "" if compact else prev_hash  # a compact row's link is the row before it
    row["hash"] = _digest(prev_hash, row)
    return row


def events(db: Database, mrn: str | None = None, limit: int | None = None, *, action: str | None = None) -> list[Event]:
    """The newest first: all, one patient's (`mrn`) or one kind's (`action`)."""
    packed = _schema(db) >= PACKED_SCHEMA
    where, params = ("", []) if mrn is None else of_patient(db, mrn)
    if action is not None:
        kind, more = of_action(db, [action])
        where, params = (f"{where} AND {kind}" if where else f"WHERE {kind}"), [*params, *more]
    extra = ", t, sig IS NOT NULL" if packed else ", NULL, 0"
    sql = f"SELECT {', '.join(HASHED_FIELDS)}{extra} FROM events {where} ORDER BY seq DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    result = []
    shapes = Shapes(db)
    for r in db.execute(sql, params).fetchall():
        values = dict(zip(HASHED_FIELDS, r[:-2], strict=True))
        for key in ("old_value", "new_value"):
            values[key] = shapes.value(values[key])
        values["at"] = audit_pack.at_text(values["at"], r[-2])
        if r[-1]:
            values["mrn"], values["workstation"] = shapes.word(values["mrn"]), shapes.word(values["workstation"])
            values["action"], values["entity"] = shapes.kind(values["action"], values["entity"])
        result.append(Event(**values))
    return result


def verify(
    db: Database, key: AuditKey | None = None, *, use_key: bool = True, after: ChainReport | None = None
) -> ChainReport:
    """Recompute the chain from the first row, and each row's key mark where the key is here; report the
    first row that does not match. key=None: the key beside the database (use_key=False: none).

    after: an intact report from earlier on this connection; only the rows since are verified, once its
    head row is found unchanged (a head row gone or changed is reported: rows were deleted or rewritten)."""
    key = (key or audit_key.key_for(db)) if use_key else None
    schema = _schema(db)
    compact_ok = schema >= COMPACT_SCHEMA  # an empty prev_hash is a compact row's, from schema 10 on
    extra = ("mac",) * (schema >= audit_key.KEYED_SCHEMA) + ("sig", "t") * (schema >= PACKED_SCHEMA)
    columns = (*HASHED_FIELDS, "prev_hash", "hash", *extra)
    shapes = Shapes(db)
    prev_hash, expected_seq, rows, marked, foreign = GENESIS, 1, 0, 0, 0
    where = ""
    if after is not None and after.ok and after.head_seq > 0:
        found = db.execute(f"SELECT {', '.join(columns)} FROM events WHERE seq = ?", [after.head_seq]).fetchone()
        link = full_hash(db, after.head_seq - 1)
        stored = _read(dict(zip(columns, found, strict=True)), shapes) if found else None
        if stored is None or not _matches(after.head_hash, stored[0]) or _digest(link, stored[1]) != after.head_hash:
            gone = f"row {after.head_seq}, verified earlier as {after.head_label}, is gone or changed"
            return ChainReport(False, 0, 0, GENESIS, after.head_seq, gone)
        prev_hash, expected_seq, rows, marked = after.head_hash, after.head_seq + 1, after.rows, after.marked
        where = f"WHERE seq > {int(after.head_seq)}"
    for values in db.execute(f"SELECT {', '.join(columns)} FROM events {where} ORDER BY seq"):
        row = dict(zip(columns, values, strict=True))
        seq = row["seq"]
        stored = _read(row, shapes)
        problem = None
        if seq != expected_seq:
            problem = f"row {expected_seq} is missing (next row is {seq})"
        elif stored is None:
            problem = f"row {seq} was changed after it was written"
        elif row.get("sig") is None and row["prev_hash"] != prev_hash and not (compact_ok and row["prev_hash"] == ""):
            problem = f"row {seq} does not follow row {seq - 1}"
        elif not _matches(computed := _digest(prev_hash, stored[1]), stored[0]):
            problem = f"row {seq} was changed after it was written"
        elif key is not None:
            problem, checked, other = _mark_problem(key, seq, computed, row.get("mac"), row.get("sig"))
            marked, foreign = marked + checked, foreign + other
        if problem:
            return ChainReport(False, rows, expected_seq - 1, prev_hash, expected_seq, problem, marked)
        prev_hash, expected_seq, rows = computed, seq + 1, rows + 1
    note = _key_note(db, key, foreign) if after is None or foreign else after.key_note
    return ChainReport(True, rows, expected_seq - 1, prev_hash, marked=marked, key_note=note)


def _mark_problem(
    key: AuditKey, seq: int, row_hash: str, mac: str | None, packed: bytes | None
) -> tuple[str | None, bool, bool]:
    """(problem, checked, another key's): a row from the key's first row on must carry this key's mark; an
    older row may carry none, or the mark of an earlier key that is not here (not checked). A packed
    row's mark does not name its key: one that does not match before the key's first row is an earlier key's."""
    if packed is not None:
        found = audit_pack.split_sig(seq, packed)[1]
        ours = found is not None and hmac.compare_digest(found, audit_pack.mark_bytes(key, row_hash)[: len(found)])
        if seq >= key.keyed_from and found is None:
            return f"row {seq} has no key mark: it was written or rewritten outside Bedside", False, False
        if seq >= key.keyed_from and not ours:
            return f"row {seq} does not carry its key mark: the trail was recomputed outside Bedside", False, False
        return None, ours, found is not None and not ours
    ours = mac is not None and mac.startswith(key.mark_prefix)
    if seq >= key.keyed_from and mac is None:
        return f"row {seq} has no key mark: it was written or rewritten outside Bedside", False, False
    if seq >= key.keyed_from and not ours:
        return f"row {seq} carries the mark of another key: the trail was recomputed outside Bedside", False, False
    if not ours:
        return None, False, mac is not None
    if not key.matches(mac, key.mark(row_hash)):
        return f"row {seq} does not carry its key mark: the trail was recomputed outside Bedside", False, False
    return None, True, False


def newest_marked_by(db: Database, key: AuditKey) -> bool:
    """Whether the newest row carries a mark made with this key (its content is not checked here)."""
    packed = ", sig" if _schema(db) >= PACKED_SCHEMA else ", NULL"
    newest = db.execute(f"SELECT seq, mac{packed} FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    if newest is None:
        return False
    if newest[2] is None:
        return newest[1] is not None and str(newest[1]).startswith(key.mark_prefix)
    try:
        return _mark_problem(key, int(newest[0]), full_hash(db, int(newest[0])), None, newest[2])[1]
    except ValueError:
        return False


def marked_rows(db: Database) -> int:
    """How many rows carry a key mark (of any key)."""
    packed = " OR length(sig) IN (16, 48)" if _schema(db) >= PACKED_SCHEMA else ""  # hash and mark: 8+8, 32+16
    return int(db.execute(f"SELECT COUNT(*) FROM events WHERE mac IS NOT NULL{packed}").fetchone()[0])


def _key_note(db: Database, key: AuditKey | None, foreign: int) -> str | None:
    if key is None:
        where = audit_key.database_file(db)
        name = f" ({audit_key.key_path(where).name})" if where else ""
        return f"no audit key here{name}: the chain was checked, the key marks were not"
    if foreign:
        return f"{foreign} older rows carry the mark of an earlier key that is not here: checked as a chain only"
    return None


def verify_file(path: str) -> ChainReport:
    """verify() on a connection of its own, read-only, so it can run beside the app (a thread)."""
    import sqlite3
    from pathlib import Path

    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return verify(Database(conn, execute_plugins=False))
    finally:
        conn.close()


def parse_head(text: str) -> tuple[int, str]:
    """A head as printed ("#120 3fa4c9e01b2d") or typed ("120:3fa4c9e01b2d"): sequence number and hash start."""
    import re

    match = re.fullmatch(r"\s*#?([0-9]{1,12})[\s:]+([0-9a-fA-F]{12,64})\s*", text)
    if match is None:
        shown = json.dumps(text[:80], ensure_ascii=False)
        raise ValueError(f"a head is SEQ:HASH as printed on a sheet, e.g. 120:3fa4c9e01b2d, not {shown}")
    return int(match[1]), match[2].lower()


def head_problem(db: Database, seq: int, digest: str) -> str | None:
    """Compare the trail with a head known from elsewhere (a printed sheet, a backup): None when the
    trail still holds that row with that hash; otherwise whether rows were cut off or rewritten."""
    if seq == 0:
        return None
    last = db.execute("SELECT MAX(seq) FROM events").fetchone()[0] or 0
    row = db.execute("SELECT seq FROM events WHERE seq = ?", [seq]).fetchone()
    if last < seq:
        return f"the trail ends at #{last}, but #{seq} was known: the newest {seq - last} or more rows were deleted"
    if row is None:
        return f"row #{seq} is missing from the trail"
    if not full_hash(db, seq).startswith(digest):
        return f"row #{seq} is not the row known as #{seq} {digest[:12]}: the trail was rewritten from there or before"
    return None
