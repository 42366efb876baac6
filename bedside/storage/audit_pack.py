"""Packed audit rows (schema 11): the same chain, stored in fewer bytes (docs/audit-trail.md).

A packed row keeps its hash and key mark as raw bytes in one column, `sig`, instead of 64 + 39 hex characters: every
16th row (a checkpoint) the whole SHA-256 (32 bytes) and the 16-byte key mark, the rows between the first 8 bytes of
each. The chain itself is computed whole as before; a row's whole hash is recomputed from the checkpoint before it
(at most 15 rows). `prev_hash`, `hash` and `mac` stay empty, and its time is seconds since 1970 in `t` (`at` left
empty). Its `mrn`, `workstation` and `action` hold a short code (base 62) of a row of the append-only table
`event_words`, where each such text is once, and its `entity` is empty when it is the action's first part. A value
that is an object is stored by position: "@<shape>," then its values in the order of the shape's sorted keys, where
the shape (the list of keys) is a row of the append-only table `event_shapes`; a text of 2 to 40 characters among
them is "~<code>" of event_words, any other value compact JSON. The hash is computed over the row as a schema-10 row
holds it (the value as compact JSON, the time, MRN, workstation, action and entity as text), so an edit of a stored
value, the time, a shape or a word changes the hash; how a row is stored never changes what it proves.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from bedside.storage.audit_key import AuditKey

PACKED_SCHEMA = 11  # migration m011: new rows are packed
HASH_BYTES = 32
MARK_BYTES = 16  # HMAC-SHA-256 cut to 128 bits, as the hex marks of schema 8 to 10
CHECKPOINT = 16  # every 16th row keeps its whole hash and mark; the rows between keep the first 8 bytes of each
LINK_BYTES = 8
SHORT_MARK_BYTES = 8
PREFIX = "@"  # JSON never starts with it: a stored value starting with it is packed
TIME = "%Y-%m-%dT%H:%M:%SZ"  # the form of `at` (audit.utc_now)


def seconds(at: str) -> int | None:
    """An event's time as seconds since 1970 (UTC), when that gives back exactly the same text."""
    try:
        t = int(datetime.strptime(at, TIME).replace(tzinfo=UTC).timestamp())
    except ValueError:
        return None
    return t if at_text("", t) == at else None


def at_text(at: str, t: int | None) -> str:
    """The time a row's hash covers: `at` as stored, or the packed row's seconds (`at` left empty)."""
    if t is None:
        return at
    if at != "":
        raise ValueError("a row with its time stored twice")
    day, second = divmod(t, 86_400)
    date = _DAYS.get(day)
    if date is None:  # a day's date formatted once: verifying reads millions of rows
        date = datetime.fromtimestamp(day * 86_400, UTC).strftime("%Y-%m-%d")
        if len(_DAYS) > 4096:
            _DAYS.clear()
        _DAYS[day] = date
    hours, rest = divmod(second, 3600)
    return f"{date}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}Z"


_DAYS: dict[int, str] = {}


def compact(value: Any) -> str:
    """The JSON text a value's hash covers (schema 10's form)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def mark_bytes(key: AuditKey, row_hash: str) -> bytes:
    """The key's mark over a row hash, raw: the same HMAC as AuditKey.mark, without the key's name."""
    return hmac.new(key.secret, row_hash.encode("ascii"), hashlib.sha256).digest()[:MARK_BYTES]


def is_checkpoint(seq: int) -> bool:
    return seq % CHECKPOINT == 0


def sig(seq: int, row_hash: str, key: AuditKey | None) -> bytes:
    """What a packed row stores of its hash and mark: whole at a checkpoint, the first 8 bytes of each between."""
    digest = bytes.fromhex(row_hash)
    mark = mark_bytes(key, row_hash) if key is not None else b""
    if is_checkpoint(seq):
        return digest + mark
    return digest[:LINK_BYTES] + mark[:SHORT_MARK_BYTES]


def split_sig(seq: int, value: bytes) -> tuple[str, bytes | None]:
    """(the stored hash or its start, as hex; the mark or None); a sig of another length than its row's
    place calls for is not Bedside's (ValueError)."""
    size, mark = (HASH_BYTES, MARK_BYTES) if is_checkpoint(seq) else (LINK_BYTES, SHORT_MARK_BYTES)
    if len(value) not in (size, size + mark):
        raise ValueError(f"a stored hash and mark of {len(value)} bytes")
    return bytes(value[:size]).hex(), bytes(value[size:]) or None


def shape_id(db: Database, keys: list[str]) -> int:
    """The number of this list of keys in event_shapes, added the first time it is seen. Called while the
    audit append holds the write lock (SQLite's IMMEDIATE transaction, the server's advisory lock)."""
    text = compact(keys)
    found = db.execute("SELECT id FROM event_shapes WHERE keys = ?", [text]).fetchone()
    if found is not None:
        return int(found[0])
    cursor = db.execute("INSERT INTO event_shapes (keys) VALUES (?)", [text])
    if cursor.lastrowid is None:
        raise ValueError("the database did not return the new shape's number")
    return int(cursor.lastrowid)


WORD = "~"  # in a packed value: the text is the word of this code in event_words
WORD_SIZES = range(2, 41)  # texts of 2 to 40 characters are stored once, as a word (a date, a unit, a test)
_DECODER = json.JSONDecoder()


def pack(db: Database, value: Any) -> tuple[str | None, str | None]:
    """(stored text, the text the hash covers). An object is stored by position when that is shorter and
    unpacks to exactly the same JSON: a text of 2 to 40 characters in it as "~<code>" of event_words, any
    other value as compact JSON. Anything else is stored as compact JSON."""
    if value is None:
        return None, None
    text = compact(value)
    if not isinstance(value, dict) or len(value) < 2 or not all(isinstance(k, str) for k in value):
        return text, text
    keys = sorted(value)
    used: dict[str, str] = {}
    items = []
    for key in keys:
        item = value[key]
        if isinstance(item, str) and len(item) in WORD_SIZES:
            stored = str(word_code(db, item))
            used[stored] = item
            items.append(WORD + stored)
        else:
            items.append(compact(item))
    inner = ",".join(items)
    packed = f"{PREFIX}{shape_id(db, keys)},{inner}"
    if len(packed) >= len(text) or _unpacked([compact(k) for k in keys], inner, lambda c: compact(used[c])) != text:
        return text, text
    return packed, text


def shapes(db: Database) -> dict[int, list[str]]:
    """Every shape of this database (a few dozen rows), each key as its JSON text."""
    rows = db.execute("SELECT id, keys FROM event_shapes").fetchall()
    return {int(r[0]): [compact(k) for k in json.loads(r[1])] for r in rows}


def _split(inner: str) -> list[str]:
    """The items of a packed object as stored: JSON texts and "~<code>" words, separated by commas."""
    if '"' not in inner and "[" not in inner and "{" not in inner:
        return inner.split(",")  # numbers, words, null, true and false hold no comma
    parts: list[str] = []
    at, end = 0, len(inner)
    while at < end:
        if inner[at] == WORD:
            stop = inner.find(",", at)
            stop = end if stop < 0 else stop
        else:
            stop = _DECODER.raw_decode(inner, at)[1]
        parts.append(inner[at:stop])
        at = stop
        if at < end:
            if inner[at] != "," or at + 1 == end:
                raise ValueError(f"a packed value with {inner[at]!r} at {at}")
            at += 1
    return parts


def _unpacked(keys: list[str], inner: str, word_json: Callable[[str], str]) -> str:
    """The object's compact JSON text, built from its keys (as JSON) and stored items: an item as stored, a
    word as its JSON text. The same text compact() gives the object (pack() checks it before storing)."""
    items = _split(inner)
    if len(items) != len(keys):
        raise ValueError(f"{len(items)} values for a shape of {len(keys)} keys")
    pairs = (f"{k}:{word_json(i[1:]) if i[:1] == WORD else i}" for k, i in zip(keys, items, strict=True))
    return "{" + ",".join(pairs) + "}"


def unpack(text: str | None, known: dict[int, list[str]], word_json: Callable[[str], str]) -> str | None:
    """The compact JSON text of a stored value (a packed one unpacked); ValueError/KeyError when it
    cannot be read (an edited row, shape or word)."""
    if text is None or not text.startswith(PREFIX):
        return text
    number, _, inner = text[1:].partition(",")
    return _unpacked(known[int(number)], inner, word_json)


DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def code(number: int) -> str:
    """A word's number as a packed row stores it in `mrn` and `workstation`: base 62 (10,000 is "2bI")."""
    text = ""
    while True:
        number, digit = divmod(number, len(DIGITS))
        text = DIGITS[digit] + text
        if number == 0:
            return text


def word_code(db: Database, word: str | None) -> str | None:
    """The code of an MRN or workstation name in event_words, added the first time it is seen (under the
    append's write lock, as shape_id)."""
    if word is None:
        return None
    found = db.execute("SELECT id FROM event_words WHERE word = ?", [word]).fetchone()
    if found is None:
        found = (db.execute("INSERT INTO event_words (word) VALUES (?)", [word]).lastrowid,)
    return code(int(found[0]))


def find_code(db: Database, word: str) -> str | None:
    """The code of a word already in event_words, without adding it."""
    found = db.execute("SELECT id FROM event_words WHERE word = ?", [word]).fetchone()
    return None if found is None else code(int(found[0]))


class Shapes:
    """The shapes and words, read once and again only when a row names one not read yet (one added since)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.known: dict[int, list[str]] | None = None
        self.words: dict[str, str] | None = None
        self.word_texts: dict[str, str] = {}  # a word's JSON text, made once

    def word(self, stored: str | None) -> str | None:
        """The MRN or workstation a packed row's code stands for (KeyError for a code that is not there)."""
        if stored is None:
            return None
        if self.words is None or stored not in self.words:
            rows = self.db.execute("SELECT id, word FROM event_words").fetchall()
            self.words = {code(int(r[0])): str(r[1]) for r in rows}
        return self.words[stored]

    def text(self, stored: str | None) -> str | None:
        if stored is None or not stored.startswith(PREFIX):
            return stored
        if self.known is None or int(stored[1:].partition(",")[0]) not in self.known:
            self.known = shapes(self.db)
        return unpack(stored, self.known, self._word_json)

    def kind(self, action: str, entity: str) -> tuple[str, str]:
        """A packed row's action and entity: the action a word, the entity empty when it is the action's
        first part ("lab" of "lab.add"), a word otherwise."""
        plain = self._word(action)
        return plain, plain.partition(".")[0] if entity == "" else self._word(entity)

    def _word_json(self, stored: str) -> str:
        found = self.word_texts.get(stored)
        if found is None:
            found = self.word_texts[stored] = compact(self._word(stored))
        return found

    def _word(self, stored: str) -> str:
        word = self.word(stored)
        if word is None:
            raise KeyError(stored)
        return word

    def value(self, stored: str | None) -> Any:
        text = self.text(stored)
        return None if text is None else json.loads(text)
