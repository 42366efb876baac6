"""The downtime copy: a verified SQLite snapshot of a ward server's ward on this workstation, so the ward
can print the handover and a paper checklist while the server is unreachable (docs/ward-server.md, "Outage").

It is made exactly as a server backup is (bedside/storage/server_backup.py: one read-only snapshot of the
server, copied row by row, checked, and only then named bedside-<UTC time>.sqlite3), but it is not
recorded in the server's trail: a copy every few minutes from every workstation would fill the trail and
wake every board. Only the newest copy is kept, 0600 in a 0700 folder of this user's data folder.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from bedside.config.paths import data_dir
from bedside.domain.errors import StorageError
from bedside.storage import Store
from bedside.storage.backup import list_backups
from bedside.storage.connection import connect

REFRESH_MINUTES = 5  # how old the copy is at most while the server is reachable


@dataclass(frozen=True, slots=True)
class DowntimeCopy:
    path: Path
    taken: datetime  # UTC, the moment of the server's snapshot (to the second)
    audit_head: str = ""


def folder_for(url: str) -> Path:
    """This user's folder for one ward database's downtime copy (beside its server backups)."""
    name = (urlsplit(url.strip()).path.strip("/") or "bedside").replace("/", "_")
    return data_dir() / f"{name}-downtime"


def latest(folder: Path) -> DowntimeCopy | None:
    """The newest copy in `folder` (only verified copies ever carry the name), or None."""
    found = list_backups(folder) if folder.is_dir() else []
    return DowntimeCopy(found[0].path, found[0].taken_at) if found else None


def refresh(url: str, folder: Path | None = None, now: datetime | None = None) -> DowntimeCopy:
    """Make a new copy from the server on a connection of its own (run it in a worker), then remove the older
    ones. Raises StorageError (ServerUnreachableError when the server is away); the older copy is kept then."""
    from bedside.storage.server_backup import only_copy

    target = folder if folder is not None else folder_for(url)
    when = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        path, head = only_copy(url, target, when)
    except (OSError, sqlite3.Error) as err:
        why = err.strerror if isinstance(err, OSError) and err.strerror else err
        raise StorageError(f"cannot write the downtime copy in {target}: {why}; the older copy is kept") from err
    return DowntimeCopy(path, when.replace(microsecond=0), head)


def open_copy(copy: DowntimeCopy) -> Store:
    """The copy as a read-only Store: printouts read it as they read the ward; every write is refused."""
    from bedside.services.database import default_protocol

    return Store(connect(copy.path, read_only=True), str(copy.path), default_protocol)
