"""A restore writes down what it is about to do, so a restore killed half way is finished or undone at the
next start, which says which (issue 14 F2, docs/restore.md). Before, a kill at the swap left the old file
without its -wal: the next start showed it as if the newest saves had never happened.

`<database>.restore-intent` names the set-aside file, the verified copy and the backup. Found at a start
(under the open lock): if the copy is still there the swap never happened, and the old file gets its
-wal back; if the copy is gone it is the database now, and the restore is recorded as completed.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Recovered:
    """What the start found and did about an interrupted restore."""

    swapped: bool  # True: the backup is the database now; False: the database is as before the restore
    backup: str
    head: str
    aside: str | None

    @property
    def message(self) -> str:
        if self.swapped:
            kept = f"; the earlier file is kept as {self.aside}" if self.aside else ""
            return (
                f"a restore of {self.backup} was interrupted after the files were swapped; it was completed "
                f"now: the database is that backup (audit trail {self.head}){kept}"
            )
        return (
            f"a restore of {self.backup} was interrupted before the files were swapped; it was undone: "
            "the database is as it was before the restore, with every save"
        )


def intent_path(database: Path) -> Path:
    return Path(f"{database}.restore-intent")


def write(database: Path, aside: Path | None, part: Path, backup: Path, head: str) -> None:
    """Write the plan durably (flushed, and the folder too) before the first file is touched."""
    plan = {"aside": aside.name if aside else None, "part": part.name, "backup": backup.name, "head": head}
    target = intent_path(database)
    temporary = target.with_name(target.name + ".new")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(plan, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    sync_folder(database.parent)


def clear(database: Path) -> None:
    intent_path(database).unlink(missing_ok=True)
    sync_folder(database.parent)


def recover(database: Path) -> Recovered | None:
    """Finish or undo a restore that a kill interrupted; None when there was none. Call under the open lock."""
    target = intent_path(database)
    if not target.exists():
        return None  # the usual start (also a new database in a folder not made yet)
    try:
        plan = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        plan = None  # killed while writing the plan itself: nothing had been touched yet
    if not isinstance(plan, dict):
        target.unlink(missing_ok=True)
        Path(f"{target}.new").unlink(missing_ok=True)
        return None
    aside = database.with_name(plan["aside"]) if plan.get("aside") else None
    part = database.with_name(plan["part"])
    swapped = not part.exists()
    if not swapped:
        if aside is not None:
            undo_aside(database, aside)
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{part}{suffix}").unlink(missing_ok=True)
    clear(database)
    return Recovered(swapped, str(plan.get("backup")), str(plan.get("head")), aside.name if aside else None)


def undo_aside(database: Path, aside: Path) -> None:
    """The swap did not happen: the old file's -wal goes back beside it, and its second name is dropped."""
    for suffix in ("-wal", "-journal"):
        if Path(f"{aside}{suffix}").exists() and not Path(f"{database}{suffix}").exists():
            os.replace(f"{aside}{suffix}", f"{database}{suffix}")
    if not aside.exists():
        return  # killed before the file got its second name
    if database.exists() and os.path.samefile(database, aside):
        aside.unlink()
    elif not database.exists():
        os.replace(aside, database)  # it was renamed (no hard links): put it back
    sync_folder(database.parent)


def sync_folder(folder: Path) -> None:
    """Make renames durable: fsync the folder (POSIX; Windows has no folder handle for it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_path(database: Path, stamp: str) -> Path:
    """Where a restore copies the backup before it swaps it in: hidden, beside the database."""
    return database.with_name(f".{database.name}.restore-{stamp}.part")


def remove_left_copies(database: Path) -> int:
    """Remove the copies killed restores left beside the database (each is the whole ward). Called by a start
    under the open lock, after recover(): a restore holds that lock from its copy to its swap, so no copy
    found then is still being written or still needed. Returns how many were removed."""
    removed = 0
    for left in database.parent.glob(f".{database.name}.restore-*.part"):
        with contextlib.suppress(FileNotFoundError):
            left.unlink()
            removed += 1
    return removed
