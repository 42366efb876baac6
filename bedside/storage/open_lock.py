"""One lock per database file that every opener and every restore takes (issue 14 F1, docs/restore.md).

A restore checks that nobody has the file open and then swaps it. Without a lock, a Bedside starting in
between opened the old file (or its -wal) and wrote where the restore was about to move things. Now an
opener holds `<database>.lock` while it checks and opens the file (until SQLite's own lock holds it), and
a restore holds it from its check until the swap is on disk: an opener waits for the swap, or the
restore sees the opener. Two first starts at once are serialised by the same lock.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from bedside.domain.errors import StorageError

WAIT_S = 60.0  # a migration of a large file, or a restore, may take this long
POLL_S = 0.05

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(database: Path | str) -> Path:
    return Path(f"{database}.lock")


@contextmanager
def held(database: Path | str, wait_s: float = WAIT_S) -> Iterator[None]:
    """Hold the database's lock for the block; waits up to wait_s for another opener or a restore.

    A folder where the lock file cannot be made (read-only) needs no lock: nothing can swap its files.
    """
    if str(database) == ":memory:":
        yield
        return
    try:
        fd = os.open(lock_path(database), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + wait_s
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise StorageError(
                    f"another Bedside has been starting or restoring {database} for {wait_s:.0f} s; "
                    "nothing was opened. Try again in a moment."
                )
            time.sleep(POLL_S)
        try:
            yield
        finally:
            with suppress(OSError):
                _unlock(fd)
    finally:
        os.close(fd)
