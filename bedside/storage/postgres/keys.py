"""The ward server's audit key: held by the workstations, never by the database (docs/ward-server.md).

Every workstation connects as the ward role, which may read every table and add to the trail; a key kept in
the database would be readable by that role, and a key mark anyone with the role can make proves nothing.
So the key lives in a file on each workstation, `<data folder>/ward-server-keys/<key id>.audit-key` (0600),
as a SQLite file's key lives beside the file (bedside/storage/audit_key.py). The database holds only the
key's id (meta `audit_key_id`): which key file a workstation needs. The first workstation on a database
without a key makes it; every other workstation is refused until it has a copy, so no workstation ever
writes rows without marks or with a key of its own.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from bedside.config.db_address import shown
from bedside.config.paths import data_dir
from bedside.domain.errors import StorageError
from bedside.storage import audit, audit_key, sealing
from bedside.storage.audit import Actor
from bedside.storage.audit_key import AuditKey
from bedside.storage.postgres.audit import AUDIT_LOCK
from bedside.storage.postgres.connection import write_transaction
from bedside.storage.postgres.db import PgDatabase

META_KEY = "audit_key_id"  # which key the ward's marks are made with (its id, never the secret)
FOLDER = "ward-server-keys"


def key_folder() -> Path:
    return data_dir() / FOLDER


def key_file(key_id: str) -> Path:
    return key_folder() / f"{key_id}{audit_key.SUFFIX}"


def registered(pg: PgDatabase) -> str | None:
    row = pg.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    return None if row is None else str(row[0])


def ensure_key(pg: PgDatabase) -> AuditKey | None:
    """At start: this workstation's copy of the ward's key, held on `pg` for every append and check. A database
    without a key gets one (its users sealed); a workstation without a copy of the key is refused."""
    if not audit_key.keyed_schema(pg.as_database()):
        return None
    key_id = registered(pg)
    if key_id is None and not pg.read_only:
        with write_transaction(pg):
            pg.execute(f"SELECT pg_advisory_xact_lock({AUDIT_LOCK})")  # two first starts: one key
            key_id = registered(pg)
            if key_id is None:
                pg.server_key = _make(pg)
                return pg.server_key
    if key_id is None:
        return None  # a read-only connection on a database without a key yet: nothing is marked there
    pg.server_key = held(pg, key_id)
    return pg.server_key


def held(pg: PgDatabase, key_id: str) -> AuditKey:
    """The key file for `key_id` on this workstation, or a refusal that says where to put its copy."""
    path = key_file(key_id)
    key = audit_key.read(path)
    if key is None or key.id != key_id:
        raise StorageError(
            f"this workstation has no copy of the audit key of the ward database {shown(pg.url)}, so it cannot "
            f"write to it. Copy the file {key_id}{audit_key.SUFFIX} from the folder {FOLDER} of a workstation "
            f"that uses this ward (or from where the site keeps it) to {path} (docs/ward-server.md). "
            "Nothing was changed."
        )
    return key


def _make(pg: PgDatabase) -> AuditKey:
    """Inside the write transaction: a new key, its file, its id in meta, every user sealed with it."""
    last = pg.execute("SELECT MAX(seq) FROM events").fetchone()[0]
    earlier = pg.execute("SELECT COUNT(*) FROM events WHERE mac IS NOT NULL").fetchone()[0]
    key = audit_key.new_key(int(last or 0) + 1)
    keep(key)
    pg.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [META_KEY, key.id])
    pg.server_key = key
    users = [int(r[0]) for r in pg.execute("SELECT id FROM users").fetchall()]
    for user_id in users:
        sealing.reseal(pg.as_database(), user_id, key)
    if last is not None:
        new = {"key_id": key.id, "keyed_from": key.keyed_from, "users_sealed": len(users)}
        why = "no key was registered for the earlier marks; a new key was made" if earlier else None
        audit.append(pg.as_database(), Actor.here("system"), "audit.key_new", "audit", key.id, new=new, reason=why)
    return key


def keep(key: AuditKey) -> Path:
    """Write the key's file on this workstation (0600, the folder 0700); an existing copy is left as it is."""
    folder = key_folder()
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    path = key_file(key.id)
    try:
        audit_key.write_new(path, key)
    except FileExistsError:
        pass  # the same id is the same key
    except OSError as err:
        raise StorageError(f"cannot keep the ward's audit key in {path}: {err.strerror or err}") from err
    return path


def register(pg: PgDatabase, key: AuditKey) -> None:
    """Inside a write transaction (a ward moved in): the ward's marks go on with `key`, the file's own."""
    keep(key)
    pg.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [META_KEY, key.id])
    pg.server_key = key
