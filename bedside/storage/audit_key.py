"""The audit trail's key: kept outside the database, so the file alone cannot re-sign an edited trail.

Issue 14 F10 (docs/audit-trail.md). Every row written since the key was made carries a mark,
HMAC-SHA-256(key, row hash), and every user row carries a seal over its initials, role, PIN hash and
active flag. The key lives beside the database as `<database>.audit-key` (0600), made at the first
start on schema 8; it also says from which row on every row must carry a mark. Someone who has the
key file can still forge: it is backed up separately, not with the database.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bedside.domain.errors import StorageError

SUFFIX = ".audit-key"
FORMAT = "bedside-audit-key/1"
KEYED_SCHEMA = 8  # migration m008 adds events.mac and users.seal


@dataclass(frozen=True, slots=True)
class AuditKey:
    secret: bytes
    keyed_from: int  # every row from this sequence number on carries a mark made with this key

    @property
    def id(self) -> str:
        """Names the key in each mark, so rows marked with an earlier (lost) key are told apart."""
        return hashlib.sha256(self.secret).hexdigest()[:8]

    @property
    def mark_prefix(self) -> str:
        """What starts each of its marks: 6 hex digits of the id, enough to tell a lost key's rows apart."""
        return self.id[:6] + ":"

    def mark(self, row_hash: str) -> str:
        # HMAC-SHA-256 cut to 128 bits: as hard to forge for this use, and 34 bytes less on every row.
        digest = hmac.new(self.secret, row_hash.encode("ascii"), hashlib.sha256).hexdigest()[:32]
        return self.mark_prefix + digest

    def seal(self, values: list[Any]) -> str:
        payload = json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()
        return f"{self.id}:{hmac.new(self.secret, payload, hashlib.sha256).hexdigest()}"

    def matches(self, found: str | None, expected: str) -> bool:
        return found is not None and hmac.compare_digest(found, expected)


def key_path(database: Path | str) -> Path:
    return Path(f"{database}{SUFFIX}")


def database_file(db: Database) -> str:
    """The main file of a connection ("" for an in-memory database)."""
    return str(db.execute("PRAGMA database_list").fetchone()[2] or "")


def keyed_schema(db: Database) -> bool:
    return int(db.execute("PRAGMA user_version").fetchone()[0]) >= KEYED_SCHEMA


def key_for(db: Database) -> AuditKey | None:
    """This connection's key: an in-memory database keeps its own, a file's key is the file beside it."""
    with contextlib.suppress(sqlite3.OperationalError):  # no such table: not an in-memory database
        row = db.execute("SELECT secret, keyed_from FROM temp.audit_key").fetchone()
        if row is not None:
            return AuditKey(bytes.fromhex(row[0]), int(row[1]))
    path = database_file(db)
    return read(key_path(path)) if path else None


def read(path: Path) -> AuditKey | None:
    """The key in `path`, None when there is none; a damaged key file is an error, never replaced."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as err:
        raise StorageError(f"cannot read the audit key {path}: {err.strerror or err}") from err
    try:
        data = json.loads(text)
        if data["format"] != FORMAT:
            raise ValueError(data["format"])
        secret = bytes.fromhex(data["key"])
        return AuditKey(secret, int(data["keyed_from"])) if len(secret) == 32 else None
    except (ValueError, KeyError, TypeError) as err:
        raise StorageError(
            f"the audit key {path} is damaged ({type(err).__name__}); put back its copy from where the site keeps it"
        ) from None


def _write(path: Path, key: AuditKey) -> None:
    """Created 0600 with O_EXCL: two first starts never make two keys (the open lock serialises them too)."""
    text = json.dumps({"format": FORMAT, "key": key.secret.hex(), "keyed_from": key.keyed_from}) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, text.encode())
        os.fsync(fd)
    finally:
        os.close(fd)


def new_key(next_seq: int) -> AuditKey:
    return AuditKey(secrets.token_bytes(32), next_seq)


def create(db: Database, next_seq: int) -> AuditKey:
    """Make this database's key: a file beside it, or the connection's own for an in-memory database."""
    key = new_key(next_seq)
    path = database_file(db)
    if not path:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS audit_key (secret TEXT NOT NULL, keyed_from INTEGER NOT NULL)")
        db.execute("INSERT INTO temp.audit_key VALUES (?, ?)", [key.secret.hex(), key.keyed_from])
        return key
    try:
        _write(key_path(path), key)
    except FileExistsError:
        made = read(key_path(path))  # another start made it a moment ago: that one is the key
        if made is None:
            raise StorageError(f"the audit key {key_path(path)} is empty or damaged; put back its copy") from None
        return made
    except OSError as err:
        raise StorageError(f"cannot create the audit key {key_path(path)}: {err.strerror or err}") from err
    return key
