"""A backup of a ward server: the same verified SQLite file as a workstation's backup (docs/ward-server.md).

So a backup restores anywhere, a standalone PC included. The file is made by the SQLite migrations and
filled row by row from the server, all tables read in one read-only snapshot of the server (REPEATABLE
READ), so the copy is one moment of the ward while the ward goes on saving. It is then checked like any
backup (integrity_check and the audit chain, whose head must be the server's) and only then named
bedside-<UTC time>.sqlite3. The server's trail records it, as a workstation's trail does.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

import psycopg
from sqlite_utils import Database

from bedside.config.db_address import shown
from bedside.config.paths import data_dir
from bedside.domain.errors import BedsideError, StorageError
from bedside.storage import audit, migrations, part_files, restore_intent, row_copy
from bedside.storage.postgres.db import PgDatabase

if TYPE_CHECKING:
    from bedside.storage.audit import Actor
    from bedside.storage.backup import Backup
    from bedside.storage.store import Store


def default_folder(url: str) -> Path:
    """Where a workstation keeps backups of a ward server: its own data folder, one folder per database."""
    name = (urlsplit(url.strip()).path.strip("/") or "bedside").replace("/", "_")
    return data_dir() / f"{name}-server-backups"


def copy_to_file(pg: PgDatabase, part: Path) -> str:
    """Fill `part` (an empty file) with the server's ward; returns the server's audit head at that moment."""
    sqlite = Database(sqlite3.connect(part, isolation_level=None), execute_plugins=False)
    try:
        migrations.migrations.apply(sqlite)
        try:
            with pg.conn.transaction():
                pg.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                head = audit.verify(pg.as_database(), use_key=False)
                sqlite.execute("BEGIN")
                row_copy.server_to_sqlite(pg, sqlite)
                sqlite.execute("COMMIT")
        except psycopg.Error as err:
            raise StorageError(f"cannot read the ward server {shown(pg.url)}: {err}".strip()) from err
        if not head.ok:
            raise StorageError(f"the ward server's audit trail does not verify: {head.problem}")
        sqlite.execute("PRAGMA journal_mode = DELETE")
    finally:
        sqlite.conn.close()
    with open(part, "rb+") as copied:
        os.fsync(copied.fileno())
    return head.head_label


def make(pg: PgDatabase, folder: Path, when: datetime) -> tuple[Path, int, str]:
    """Copy, check and name one backup of the server in `folder`; returns its path, size and audit head."""
    from bedside.storage.backup import _free_names, _remove, check_backup

    final, part = _free_names(folder, when)
    try:
        with part_files.owned(part):
            server_head = copy_to_file(pg, part)
            checked = check_backup(part)
            if not checked.ok or checked.head != server_head:
                problem = checked.problem or f"its audit head is {checked.head}, the server's was {server_head}"
                raise StorageError(
                    f"the backup copy of the ward server failed its check ({problem}); no backup was made and "
                    "the earlier backups are kept"
                )
            os.replace(part, final)  # only a verified copy ever carries a backup's name
        restore_intent.sync_folder(folder)
    finally:
        _remove(part)
    return final, final.stat().st_size, checked.head


def make_backup(
    source: Store | Path | str,
    folder: Path | str | None,
    keep: int,
    actor: Actor | None,
    now: datetime | None,
    record: bool,
) -> Backup:
    """make_backup of a ward server: one verified SQLite file, recorded in the server's trail."""
    from bedside.storage.backup import Backup, _private_folder, _prune, _record
    from bedside.storage.store import Store

    pg = cast(PgDatabase, source._db) if isinstance(source, Store) else PgDatabase.open(str(source))
    target = (
        Path(folder)
        if folder is not None
        else default_folder(str(source.path if isinstance(source, Store) else source))
    )
    try:
        when = (now or datetime.now(UTC)).astimezone(UTC)
        try:
            _private_folder(target)
            path, size, head = make(pg, target, when)
        except (OSError, sqlite3.Error) as err:
            why = err.strerror if isinstance(err, OSError) and err.strerror else err
            raise StorageError(f"cannot write a backup in {target}: {why}; no backup was made") from err
        made = Backup(path, when.replace(microsecond=0), size, head)
        if record:
            try:
                _record(pg.as_database(), made, actor)
            except BedsideError as err:
                made.path.unlink(missing_ok=True)
                raise StorageError(
                    f"the backup could not be recorded in the ward server's audit trail ({err}); the copy was "
                    "removed, so no backup was made"
                ) from err
        _prune(target, keep, when)
        return made
    finally:
        if not isinstance(source, Store):
            pg.close()
