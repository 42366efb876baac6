"""Reading a protocol file safely: a size cap, UTF-8 only, TOML parsed as data, every failure a ProtocolError."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from bedside.domain.errors import BedsideError
from bedside.domain.input_limits import quote

MAX_BYTES = 1_000_000


class ProtocolError(BedsideError):
    """A protocol file that cannot be used, with where the problem is."""

    def __init__(
        self,
        file: str,
        message: str,
        line: int | None = None,
        item: str | None = None,
        field: str | None = None,
    ):
        # Names taken from the file (a 10 MB key) are repeated by their first 80 characters only.
        file, item, field = quote(file), None if item is None else quote(item), None if field is None else quote(field)
        self.file, self.line, self.item, self.field = file, line, item, field
        where = file + (f":{line}" if line else "")
        parts = [where] + ([f"item {item}"] if item else []) + ([f"field {field}"] if field else [])
        super().__init__(": ".join(parts) + f": {message}")


def exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):  # a name too long for the file system, or with a NUL in it
        return False


def read_text(path: Path) -> str:
    file = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is then refused as not a regular file.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ProtocolError(
                    file, "not a regular file (a device, a pipe or a folder); a protocol is a .toml file"
                )
            raw = handle.read(MAX_BYTES + 1)  # a 50 MB file is refused without reading it all
            size = status.st_size
    except OSError as err:
        raise ProtocolError(file, f"cannot read the file: {err.strerror or err}") from None
    except ValueError:
        raise ProtocolError(file, "cannot read the file: the name contains a NUL character") from None
    if len(raw) > MAX_BYTES:
        raise ProtocolError(file, f"the file is {max(size, len(raw)):,} bytes; a protocol may be at most {MAX_BYTES:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ProtocolError(file, f"the file is not UTF-8 text (byte {err.start + 1})", line) from None
    return text.removeprefix("\ufeff")  # a byte-order mark from a Windows editor is not part of the TOML


def parse_toml(file: str, text: str) -> dict[str, Any]:
    """TOML text as plain data (tomllib only: a protocol is never code); any failure is a ProtocolError."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"line (\d+)", str(err))
        raise ProtocolError(file, f"not valid TOML: {err}", int(m.group(1)) if m else None) from None
    except RecursionError:
        raise ProtocolError(
            file, "not valid TOML: arrays or tables nested too deeply", _line_of(text, r"[\[{]{20}")
        ) from None
    except ValueError:  # tomllib turns an integer literal of thousands of digits into a bare ValueError
        raise ProtocolError(
            file, "not valid TOML: a number with far too many digits", _line_of(text, r"\d{1000}")
        ) from None


def _line_of(text: str, pattern: str) -> int | None:
    m = re.search(pattern, text)
    return text.count("\n", 0, m.start()) + 1 if m else None
