"""Temporary backup copies (`.part`) that a killed backup left behind are removed at the next backup.

Issue 14 F16: each kill during a backup left its half copy until it was a day old (1.3 GB after 162 kills).
A backup holds a lock on its own `.part` while it writes it, so the next backup can tell an abandoned
copy (no lock: removed) from one another Bedside is writing right now (locked: left alone).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - Windows refuses to delete a file another process has open

    @contextmanager
    def owned(part: Path) -> Iterator[None]:
        yield

    def abandoned(part: Path) -> bool:
        return True

else:
    import fcntl

    @contextmanager
    def owned(part: Path) -> Iterator[None]:
        """Hold the copy's lock while it is written (flock: apart from SQLite's own locks on it)."""
        fd = os.open(part, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def abandoned(part: Path) -> bool:
        try:
            fd = os.open(part, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a backup is writing it now
        finally:
            os.close(fd)
        return True


def remove_abandoned(folder: Path, pattern: str) -> None:
    """Delete every temporary copy matching pattern in folder that no backup is writing."""
    for part in folder.glob(pattern):
        if abandoned(part):
            for path in (part, Path(f"{part}-journal")):
                with suppress(OSError):  # on Windows: still open somewhere, so not abandoned after all
                    path.unlink(missing_ok=True)
