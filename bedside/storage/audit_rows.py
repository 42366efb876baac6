"""The stored form of audit rows: the chain's hash, and the rows of each schema read as their hash covers them.

Split from bedside/storage/audit.py (which appends, lists and verifies): the canonical form and digest of a row, the
packed rows of schema 11 (bedside/storage/audit_pack.py, docs/audit-trail.md) made and read back, a row's whole
hash recomputed from its checkpoint, and the conditions that find a patient's or an action's rows in every form.
"""

from __future__ import annotations

import hashlib
import json
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
