"""Verified backups of the database, kept for KEEP generations, and restoring one (docs/reliability.md).

A backup is copied with SQLite's online backup API to a temporary name in the backup folder (a read
transaction only: the ward goes on saving meanwhile), synced to disk, reopened and checked
(integrity_check and the audit chain), and only then renamed to bedside-<UTC time>.sqlite3.
A restore keeps the current file aside under a new name and never writes to it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

from sqlite_utils import Database

from bedside.config.paths import backup_dir
from bedside.domain.errors import BedsideError, DatabaseInUseError, StorageError
from bedside.storage import audit, health, open_lock, part_files, restore_intent
from bedside.storage.audit import Actor
from bedside.storage.connection import connect, write_transaction
from bedside.storage.migrations import SCHEMA_VERSION
from bedside.storage.store import Store

# Two weeks of daily backups: damage or a mistake found after a long weekend or a week's leave still has a
# good copy from before it, and a ward's database is a few MB.
KEEP = 14
MAX_AGE = timedelta(hours=24)  # the automatic backup is due once the newest is this old
STAMP = "%Y%m%dT%H%M%SZ"
NAME = re.compile(r"bedside-([0-9]{8}T[0-9]{6}Z)(?:-([0-9]+))?\.sqlite3")
STALE_PART = timedelta(days=1)  # a temporary copy this old was left by a backup that never finished


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC, from the file name (a copied file's mtime says nothing)
    size: int
    head: str = ""  # the copy's audit-chain head when just made; check_backup() tells it for any file


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """What reopening a backup found: integrity_check and the audit chain, the chain head, the schema."""

    path: Path
    ok: bool
    head: str  # "#120 3fa4c9e01b2d", as a printed handover shows it
    schema: int
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Restored:
    database: Path
    backup: Path
    backup_head: str
    set_aside: Path | None  # the file that was in place before, kept untouched; None if there was none


def list_backups(folder: Path | str) -> list[Backup]:
    """The backups in a folder, newest first; other files there are not Bedside's and are left alone."""
    found = []
    for path in Path(folder).glob("bedside-*.sqlite3"):
        match = NAME.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match[1], STAMP).replace(tzinfo=UTC)
        found.append((taken, int(match[2] or 1), Backup(path, taken, path.stat().st_size)))
    return [backup for *_, backup in sorted(found, key=lambda t: t[:2], reverse=True)]


def check_backup(path: Path | str) -> BackupCheck:
    """Reopen a backup read-only: integrity_check must say "ok" and the audit chain must verify."""
    target = Path(path)
    if not target.is_file():
        return BackupCheck(target, False, "", 0, f"{target} is not a file")
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as err:
        return BackupCheck(target, False, "", 0, f"cannot be opened: {err}")
    try:
        conn.execute("PRAGMA query_only = ON")
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.Error as err:
        conn.close()
        return BackupCheck(target, False, "", 0, f"integrity_check: {err}")
    try:
        if rows != ["ok"]:
            return BackupCheck(target, False, "", schema, f"integrity_check: {'; '.join(rows[:3])}")
        chain = audit.verify(Database(conn, execute_plugins=False))
    except sqlite3.Error as err:
        return BackupCheck(target, False, "", schema, f"not a Bedside database: {err}")
    finally:
        conn.close()
    if not chain.ok:
        return BackupCheck(target, False, chain.head_label, schema, f"the audit trail does not verify: {chain.problem}")
    return BackupCheck(target, True, chain.head_label, schema)


def verified_backups(folder: Path | str) -> list[tuple[Backup, BackupCheck]]:
    """Every backup in the folder, newest first, each checked again now."""
    return [(backup, check_backup(backup.path)) for backup in list_backups(folder)]


def newest_verified_backup(folder: Path | str) -> tuple[Backup, BackupCheck] | None:
    """The newest backup that passes integrity_check and the audit chain today (a disk can rot)."""
    for backup in list_backups(folder):
        checked = check_backup(backup.path)
        if checked.ok:
            return backup, checked
    return None


def make_backup(
    source: Store | Path | str,
    folder: Path | str | None = None,
    *,
    keep: int = KEEP,
    actor: Actor | None = None,
    now: datetime | None = None,
    record: bool = True,
) -> Backup:
    """Copy, verify and keep one backup; delete the oldest beyond `keep`. Recorded as "backup.made"
    unless record=False: then the copy is read through a read-only connection and the caller records it
    (record_backup) on its own connection, e.g. the window's, after a backup made in a worker thread."""
    if keep < 1:
        raise BedsideError(f"keep at least 1 backup, not {keep}")
    db, db_path, owned = _open_source(source, read_only=not record)
    target = Path(folder) if folder is not None else backup_dir(db_path)
    try:
        when = (now or datetime.now(UTC)).astimezone(UTC)
        try:
            _private_folder(target)
            made = _copy_verified(db, db_path, target, when)
        except (OSError, sqlite3.Error) as err:
            why = err.strerror if isinstance(err, OSError) and err.strerror else err
            raise StorageError(f"cannot write a backup in {target}: {why}; no backup was made") from err
        if record:
            try:
                _record(db, made, actor)
            except BedsideError as err:  # no backup may sit in the folder without its record (issue 14 F7)
                made.path.unlink(missing_ok=True)
                raise StorageError(
                    f"the backup could not be recorded in the audit trail ({err}); the copy was removed, "
                    "so no backup was made"
                ) from err
        _prune(target, keep, when)
        return made
    finally:
        if owned:
            db.close()


def record_backup(store: Store, made: Backup, actor: Actor | None = None) -> None:
    """Note a backup made with record=False in the database's audit trail: file, size and audit head."""
    _record(store._db, made, actor)


def _record(db: Database, made: Backup, actor: Actor | None) -> None:
    if _read_only(db):
        return  # a database opened read-only cannot record it; the copy is good all the same
    with write_transaction(db):
        new = {"file": made.path.name, "bytes": made.size, "audit_head": made.head}
        audit.append(db, actor or Actor.here("system"), "backup.made", "backup", made.path.name, new=new)


def restore_backup(
    db_path: Path | str, backup_file: Path | str, actor: Actor, *, now: datetime | None = None
) -> Restored:
    """Put a verified backup in place of the database: refused while anyone has the database open; the
    current file (with its -wal) is kept aside as <name>.before-restore-<UTC time>.sqlite3, never changed;
    the restored database records "backup.restored"."""
    database, backup = Path(db_path), Path(backup_file)
    if not backup.is_file():
        raise BedsideError(f"{backup}: there is no backup file here")
    if database.exists() and os.path.samefile(database, backup):
        raise BedsideError(f"{backup} is the database itself, not a backup of it")
    first = check_backup(backup)  # says what is wrong with a bad file before anything is copied
    if not first.ok:
        raise StorageError(f"{backup} cannot be restored: {first.problem}. Nothing was changed.")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)
    part = restore_intent.copy_path(database, stamp)
    # The open lock from the copy on: a start meanwhile waits, and a copy found by a start (which holds the
    # lock) is one a killed restore left: the start removes it (restore_intent.remove_left_copies).
    with open_lock.held(database):
        return _copy_check_swap(database, backup, part, stamp, actor)


def _copy_check_swap(database: Path, backup: Path, part: Path, stamp: str, actor: Actor) -> Restored:
    try:
        try:
            _copy(_read_only_connection(backup), part, close_source=True)
        except sqlite3.Error as err:
            raise StorageError(f"{backup} cannot be restored: {err}. Nothing was changed.") from err
        checked = check_backup(part)  # exactly the bytes that go into place
        if not checked.ok:
            raise StorageError(f"{backup} cannot be restored: {checked.problem}. Nothing was changed.")
        if checked.schema > SCHEMA_VERSION:
            raise StorageError(
                f"{backup} was written by a newer Bedside (schema {checked.schema}; this version knows up to "
                f"{SCHEMA_VERSION}). Install the newer Bedside. Nothing was changed."
            )
        aside = _swap(database, part, backup, checked.head, stamp, actor)
    except (OSError, sqlite3.Error) as err:
        why = err.strerror if isinstance(err, OSError) and err.strerror else err
        raise StorageError(f"cannot restore {backup} to {database}: {why}") from err
    finally:
        _remove(part)
    return Restored(database, backup, checked.head, aside)


def _swap(database: Path, part: Path, backup: Path, head: str, stamp: str, actor: Actor) -> Path | None:
    """Put the verified copy in place under the open lock (held by the caller), so no Bedside opens the file
    meanwhile (F1); the plan is written down first, so a kill at any step is finished or undone at the next
    start (F2). Returns the set-aside name of the replaced file."""
    aside = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
    if database.exists():
        if aside.exists():
            raise StorageError(f"{aside} already exists; wait a second and try again. Nothing was changed.")
        if health.held_open(database):
            raise DatabaseInUseError(
                f"{database} is open in another Bedside (or another program): close Bedside on every "
                "workstation using it, then restore again. Nothing was changed."
            )
    kept = aside if database.exists() else None
    restore_intent.write(database, kept, part, backup, head)
    try:
        if kept is not None:
            _set_aside(database, kept)
        os.replace(part, database)
    except BaseException:
        if kept is not None:
            restore_intent.undo_aside(database, kept)
        restore_intent.clear(database)
        raise
    restore_intent.sync_folder(database.parent)
    store = Store.open_held(database)  # an older backup is upgraded as any older file is
    try:
        with write_transaction(store._db):
            new = {"backup": backup.name, "backup_audit_head": head, "set_aside": kept.name if kept else None}
            audit.append(store._db, actor, "backup.restored", "backup", backup.name, new=new)
    finally:
        store.close()
    restore_intent.clear(database)
    return kept


def _set_aside(database: Path, aside: Path) -> None:
    """Keep the current file under a new name, with its -wal (checked closed by the caller)."""
    try:
        os.link(database, aside)  # the old file keeps its bytes under the new name; the swap below is atomic
    except OSError:
        os.replace(database, aside)  # no hard links on this file system
    # Its -wal may hold committed rows: it goes with the old file (SQLite pairs them by name); -shm is only an index.
    for suffix in ("-wal", "-journal"):
        if Path(f"{database}{suffix}").exists():
            os.replace(f"{database}{suffix}", f"{aside}{suffix}")
    Path(f"{database}-shm").unlink(missing_ok=True)


def _open_source(source: Store | Path | str, *, read_only: bool) -> tuple[Database, Path, bool]:
    if isinstance(source, Store):
        return source._db, Path(source.path), False
    path = Path(source)
    if not path.is_file():
        raise BedsideError(f"{path}: there is no database here to back up")
    if read_only:
        return Database(_read_only_connection(path), execute_plugins=False), path, True
    health.check_sound(path)  # connect() could replay a leftover -wal into a damaged file
    return connect(path), path, True


def _path_of(source: Store | Path | str) -> Path:
    return Path(source.path) if isinstance(source, Store) else Path(source)


def _read_only(db: Database) -> bool:
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def _read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def _copy_verified(db: Database, db_path: Path, folder: Path, when: datetime) -> Backup:
    final, part = _free_names(folder, when)
    try:
        with part_files.owned(part):  # a backup running later leaves this copy alone while it is written
            _copy(db.conn, part)
            checked = check_backup(part)
            if not checked.ok:
                raise StorageError(
                    f"the backup copy of {db_path} failed its check ({checked.problem}); no backup was made and "
                    "the earlier backups are kept"
                )
            os.replace(part, final)  # only a verified copy ever carries a backup's name
        restore_intent.sync_folder(folder)
    finally:
        _remove(part)
    return Backup(final, when.replace(microsecond=0), final.stat().st_size, checked.head)


def _free_names(folder: Path, when: datetime) -> tuple[Path, Path]:
    """The backup's name and its temporary name; a second backup in the same second gets -2, -3..."""
    stem = f"bedside-{when.strftime(STAMP)}"
    for n in count(1):
        final = folder / (f"{stem}.sqlite3" if n == 1 else f"{stem}-{n}.sqlite3")
        part = folder / f".{final.name}.part"
        if final.exists():
            continue
        try:
            os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private from the first byte
        except FileExistsError:
            continue  # another Bedside is writing this one right now
        return final, part
    raise AssertionError("unreachable")  # pragma: no cover


def _copy(source: sqlite3.Connection, part: Path, *, close_source: bool = False) -> None:
    """The online backup API into `part`, as one self-contained file (rollback journal, no -wal), synced."""
    if not part.exists():
        os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    dest = sqlite3.connect(part, isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
        if close_source:
            source.close()
    with open(part, "rb+") as copied:
        os.fsync(copied.fileno())


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        # Backups hold patient data (docs/reliability.md, decision 5); in a folder someone else owns each file is 0600.
        with contextlib.suppress(PermissionError):
            folder.chmod(0o700)


def _remove(part: Path) -> None:
    for path in (part, Path(f"{part}-journal"), Path(f"{part}-wal"), Path(f"{part}-shm")):
        path.unlink(missing_ok=True)


def _prune(folder: Path, keep: int, now: datetime) -> None:
    """Delete the oldest backups beyond `keep`, and temporary copies a crash left behind long ago."""
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    part_files.remove_abandoned(folder, ".bedside-*.part")  # copies killed backups left (F16)
    for part in folder.glob(".bedside-*.part"):
        if datetime.fromtimestamp(part.stat().st_mtime, UTC) < now - STALE_PART:
            part.unlink(missing_ok=True)
