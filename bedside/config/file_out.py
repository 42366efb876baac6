"""Writing a file the user asked for (--out): private, whole or not at all, never onto a device or a link.

Issue 14 F7, F11-F13 (docs/files-written.md). The bytes go to a temporary file beside the target
(created 0600), are flushed, and then renamed over it; every failure removes the temporary file and
says plainly what went wrong. An audit record, when one is wanted, is made before the rename, so a
file never appears without its record.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from bedside.domain.errors import BedsideError
from bedside.patient_file.reader import printable


class OutputRefused(BedsideError):
    """The file cannot be written where asked (a device, a link, a missing folder, a full disk)."""


# Called with the function that renames the finished file into place, inside the record's transaction.
Recorder = Callable[[Callable[[], None]], None]


def check_target(out: Path) -> None:
    """A new path in an existing folder, or an existing regular file (not a link, device, pipe or folder)."""
    try:
        found = os.lstat(out)
    except FileNotFoundError:
        if not out.parent.is_dir():
            raise OutputRefused(
                f"{_name(out)}: cannot write the file: the folder {_name(out.parent)} does not exist; "
                "nothing was written"
            ) from None
        return
    except OSError as err:
        raise OutputRefused(f"{_name(out)}: cannot write the file: {_why(err)}; nothing was written") from None
    if not stat.S_ISREG(found.st_mode):
        kind = "a link" if stat.S_ISLNK(found.st_mode) else "not a regular file (a device, a pipe or a folder)"
        raise OutputRefused(f"{_name(out)} is {kind}; choose a new file name. Nothing was written")


def write_private(out: Path, data: bytes, record: Recorder | None = None) -> None:
    """Write `data` to `out` (0600), whole or not at all; `record` runs the rename inside its transaction."""
    check_target(out)
    part = _write_part(out, data)
    try:
        if record is None:
            _place(part, out)
        else:
            placed: list[bool] = []

            def place() -> None:
                _place(part, out)
                placed.append(True)

            try:
                record(place)
            except BedsideError as err:
                if placed:  # renamed, then the record's COMMIT failed: no file may stay without its record
                    out.unlink(missing_ok=True)
                if isinstance(err, OutputRefused):
                    raise  # the rename's own refusal
                raise BedsideError(
                    f"{_name(out)} was not written, because the audit trail could not record it: {err}"
                ) from None
    except OSError as err:
        raise OutputRefused(f"{_name(out)}: cannot write the file: {_why(err)}; nothing was written") from None
    finally:
        Path(part).unlink(missing_ok=True)  # gone already when the rename succeeded
    _sync_folder(out.parent)


def _place(part: str, out: Path) -> None:
    # os.replace renames over the name itself: a link put there meanwhile is replaced, never followed.
    check_target(out)
    os.replace(part, out)


def _write_part(out: Path, data: bytes) -> str:
    """The bytes in a 0600 temporary file beside `out` (same disk, so the rename is atomic), flushed."""
    try:
        handle, part = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name[:80]}.", suffix=".part")
    except OSError as err:
        raise OutputRefused(f"{_name(out)}: cannot write the file: {_why(err)}; nothing was written") from None
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except OSError as err:
        Path(part).unlink(missing_ok=True)
        raise OutputRefused(f"{_name(out)}: cannot write the file: {_why(err)}; nothing was written") from None
    return part


def _sync_folder(folder: Path) -> None:
    # The rename reaches the disk only when the folder is flushed (POSIX; Windows has no folder fsync).
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _why(err: OSError) -> str:
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    return err.strerror or str(err)


def _name(path: Path) -> str:
    return printable(str(path))  # whole: the system caps a path's length, and a cut path helps nobody
