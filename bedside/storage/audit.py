"""The append-only audit trail: who did what, when, where, and what it was before.

Rows are chained, h_n = SHA-256(h_{n-1} || canonical(row_n)), so an edit made outside the app
shows as the first row whose hash no longer matches (docs/reliability.md, decision 3). Since schema 8 each
row also carries a mark made with a key kept outside the database (bedside/storage/audit_key.py), so
a chain recomputed after an edit shows too; rows older than the key are verified as they were.
Since schema 10 a new row is compact (docs/audit-trail.md): its prev_hash is left empty, because it is
the hash of the row before, and its values are JSON without spaces; older rows are never rewritten, and
both verify alike (the hash is computed from the previous row's hash either way).
Since schema 11 a new row is packed (bedside/storage/audit_pack.py): hash and mark as raw bytes, objects
stored by position; the hash still covers the same compact JSON, so the chain is the same.
See docs/audit-trail.md for what this does and does not prove.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from bedside.storage import audit_key, audit_pack
from bedside.storage.audit_key import AuditKey
from bedside.storage.audit_pack import PACKED_SCHEMA, Shapes

GENESIS = "0" * 64
COMPACT_SCHEMA = 10  # migration m010: new rows leave prev_hash empty and write compact JSON
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
    marked: int = 0  # rows whose key mark was checked
    key_note: str | None = None  # what could not be checked with a key, said plainly

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


def _json(value: Any, compact: bool = False) -> str | None:
    if value is None:
        return None
    separators = (",", ":") if compact else None  # the stored text is what the hash covers, either way
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=separators)


def _schema(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


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


def packed_row(db: Database, row: dict[str, Any], old: Any, new: Any, key: AuditKey | None) -> dict[str, Any]:
    """A chained row as schema 11 stores it: hash and mark as raw bytes in `sig`, objects by position (the
    hash already covers their compact JSON, which they unpack to), the time as seconds in `t`, the MRN,
    workstation and action as codes of event_words, the entity empty when it is the action's first part."""
    t = audit_pack.seconds(row["at"])
    return {
        **row,
        "at": "" if t is not None else row["at"],
        "t": t,
        "mrn": audit_pack.word_code(db, row["mrn"]),
        "workstation": audit_pack.word_code(db, row["workstation"]),
        "action": audit_pack.word_code(db, row["action"]),
        "entity": "" if row["entity"] == row["action"].partition(".")[0] else audit_pack.word_code(db, row["entity"]),
        "old_value": audit_pack.pack(db, old)[0],
        "new_value": audit_pack.pack(db, new)[0],
        "prev_hash": "",
        "hash": "",
        "sig": audit_pack.sig(row["seq"], row["hash"], key),
    }


def packed(db: Database) -> bool:
    """Whether new rows here are packed (schema 11 on)."""
    return _schema(db) >= PACKED_SCHEMA


def _hash_columns(db: Database) -> str:
    return "hash, sig" if _schema(db) >= PACKED_SCHEMA else "hash"


_HEADS: dict[int, tuple[int, str]] = {}  # per connection: the newest row's seq and whole hash, as last appended


def next_link(db: Database) -> tuple[int, str]:
    """The next row's seq and the whole hash it chains onto (the newest row's)."""
    packed = _schema(db) >= PACKED_SCHEMA
    last = db.execute(f"SELECT seq, {_hash_columns(db)} FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    if last is None:
        return 1, GENESIS
    seq = int(last[0])
    if not packed or last[2] is None:
        return seq + 1, str(last[1])
    known = _HEADS.get(id(db))
    if known is not None and known[0] == seq and bytes(last[2][: audit_pack.LINK_BYTES]).hex() == known[1][:16]:
        return seq + 1, known[1]  # this connection appended it: no need to read back to the checkpoint
    return seq + 1, full_hash(db, seq)


def _remember(db: Database, seq: int, row_hash: str) -> None:
    if len(_HEADS) > 64:
        _HEADS.clear()
    _HEADS[id(db)] = (seq, row_hash)


def full_hash(db: Database, seq: int) -> str:
    """Row `seq`'s whole hash: stored in full on a row of the earlier formats and at a packed checkpoint,
    recomputed from the checkpoint before it otherwise (a row that cannot be read is hashed as stored: the
    result then matches nothing, as verify() reports)."""
    if seq <= 0:
        return GENESIS
    start = seq - seq % audit_pack.CHECKPOINT
    schema = _schema(db)
    extra = ("mac",) * (schema >= audit_key.KEYED_SCHEMA) + ("sig", "t") * (schema >= PACKED_SCHEMA)
    columns = (*HASHED_FIELDS, "prev_hash", "hash", *extra)
    found = db.execute(
        f"SELECT {', '.join(columns)} FROM events WHERE seq >= ? AND seq <= ? ORDER BY seq", [max(start, 1), seq]
    ).fetchall()
    rows = [dict(zip(columns, values, strict=True)) for values in found]
    if not rows or rows[-1]["seq"] != seq:
        return ""  # no such row: nothing chains onto it
    shapes, link = Shapes(db), GENESIS if start == 0 else ""
    for row in rows:
        packed = row.get("sig")
        if packed is None or (audit_pack.is_checkpoint(row["seq"]) and len(packed) >= audit_pack.HASH_BYTES):
            link = str(row["hash"]) if packed is None else bytes(packed[: audit_pack.HASH_BYTES]).hex()
            continue
        read = _read(row, shapes)
        link = _digest(link, read[1] if read else row)
    return link


def head(db: Database) -> tuple[int, str]:
    """The newest row's seq and whole hash, read without verifying anything."""
    seq, digest = next_link(db)
    return seq - 1, digest


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


def of_patient(db: Database, mrn: str) -> tuple[str, list[Any]]:
    """The WHERE clause that picks one patient's rows: a packed row holds the MRN's code, an older row the MRN."""
    if _schema(db) < PACKED_SCHEMA:
        return "WHERE mrn = ?", [mrn]
    found = audit_pack.find_code(db, mrn)
    if found is None:
        return "WHERE (mrn = ? AND sig IS NULL)", [mrn]
    return "WHERE ((mrn = ? AND sig IS NULL) OR (mrn = ? AND sig IS NOT NULL))", [mrn, found]


def of_action(db: Database, actions: list[str]) -> tuple[str, list[Any]]:
    """The condition (for a WHERE) that picks rows of these actions: a packed row holds an action's code."""
    marks = ", ".join("?" for _ in actions)
    if _schema(db) < PACKED_SCHEMA:
        return f"action IN ({marks})", list(actions)
    codes = [c for c in (audit_pack.find_code(db, a) for a in actions) if c is not None]
    packed = f" OR (action IN ({', '.join('?' for _ in codes)}) AND sig IS NOT NULL)" if codes else ""
    return f"((action IN ({marks}) AND sig IS NULL){packed})", [*actions, *codes]


def patients_named(db: Database) -> set[str]:
    """Every MRN the trail names."""
    if _schema(db) < PACKED_SCHEMA:
        return {str(r[0]) for r in db.execute("SELECT DISTINCT mrn FROM events WHERE mrn IS NOT NULL")}
    shapes = Shapes(db)
    found = db.execute("SELECT DISTINCT mrn, sig IS NOT NULL FROM events WHERE mrn IS NOT NULL").fetchall()
    return {str(shapes.word(r[0]) if r[1] else r[0]) for r in found}


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


def _read(row: dict[str, Any], shapes: Shapes) -> tuple[str, dict[str, Any]] | None:
    """(the row's stored hash, the row as its hash covers it); None for a packed row that is not as Bedside
    writes them (hex columns filled, a sig of another length, a value, shape, word or time that cannot be read)."""
    packed = row.get("sig")
    if packed is None:
        whole = row.get("t") is None and len(str(row["hash"])) == 2 * audit_pack.HASH_BYTES
        return (str(row["hash"]), row) if whole else None
    try:
        if row["prev_hash"] != "" or row["hash"] != "" or row.get("mac") is not None:
            return None
        digest, _mark = audit_pack.split_sig(int(row["seq"]), packed)
        return digest, as_hashed(row, shapes)
    except (ValueError, KeyError, TypeError, IndexError, OverflowError):
        return None


def as_hashed(row: dict[str, Any], shapes: Shapes) -> dict[str, Any]:
    """A packed row's fields as its hash covers them: values unpacked, the time as text, MRN and workstation as
    words (a row of the earlier formats is what its hash covers already). Raises for what cannot be read."""
    if row.get("sig") is None:
        return row
    texts = {name: shapes.text(row[name]) for name in ("old_value", "new_value")}
    at = audit_pack.at_text(row["at"], row.get("t"))
    words = {"mrn": shapes.word(row["mrn"]), "workstation": shapes.word(row["workstation"])}
    action, entity = shapes.kind(row["action"], row["entity"])
    return {**row, **texts, "at": at, **words, "action": action, "entity": entity}


def _matches(computed: str, stored: str) -> bool:
    """A stored hash is the whole hash, or its first 8 bytes between a packed trail's checkpoints."""
    return len(stored) in (2 * audit_pack.LINK_BYTES, 2 * audit_pack.HASH_BYTES) and computed.startswith(stored)


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
