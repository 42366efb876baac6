"""One backup call for either engine: a file is copied by bedside/storage/backup.py, a ward server's
tables by bedside/storage/server_backup.py, into the same verified SQLite file format."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bedside.config.db_address import is_server_url
from bedside.config.paths import backup_dir
from bedside.storage import backup
from bedside.storage.audit import Actor
from bedside.storage.backup import KEEP, MAX_AGE, Backup, _path_of, list_backups
from bedside.storage.store import Store


def on_server(source: Store | Path | str) -> bool:
    if isinstance(source, Store):
        return hasattr(source._db, "server_transaction")  # a PgDatabase (bedside/storage/postgres/db.py)
    return is_server_url(source)


def default_folder(source: Store | Path | str) -> Path:
    """Where backups go unless told: beside the file, or this workstation's folder for a server's."""
    if on_server(source):
        from bedside.storage import server_backup  # on a ward server only: psycopg costs 120 ms at a file's start

        return server_backup.default_folder(str(source.path if isinstance(source, Store) else source))
    return backup_dir(_path_of(source))


def make_backup(
    source: Store | Path | str,
    folder: Path | str | None = None,
    *,
    keep: int = KEEP,
    actor: Actor | None = None,
    now: datetime | None = None,
    record: bool = True,
) -> Backup:
    """Copy, verify and keep one backup (bedside/storage/backup.py make_backup says how), from either engine."""
    if on_server(source):
        from bedside.storage import server_backup

        return server_backup.make_backup(source, folder, keep, actor, now, record)
    return backup.make_backup(source, folder, keep=keep, actor=actor, now=now, record=record)


def backup_if_due(
    source: Store | Path | str,
    folder: Path | str | None,
    now: datetime,
    *,
    keep: int = KEEP,
    actor: Actor | None = None,
    max_age: timedelta = MAX_AGE,
    record: bool = True,
) -> Backup | None:
    """Make a backup when none exists or the newest is max_age old (or dated ahead of the clock)."""
    target = Path(folder) if folder is not None else default_folder(source)
    backups = list_backups(target) if target.is_dir() else []
    if backups and timedelta(0) <= now - backups[0].taken_at < max_age:
        return None
    return make_backup(source, target, keep=keep, actor=actor, now=now, record=record)
