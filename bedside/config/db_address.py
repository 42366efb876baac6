"""Which engine a database address names: a SQLite file (the single workstation) or a PostgreSQL ward server.

A `postgresql://` or `postgres://` address (libpq's URL form, docs/ward-server.md) is never a file name:
taken as one it would quietly make a local folder called "postgresql:" and keep the ward's data there,
unseen by every other workstation. Store.open takes it as a ward server (bedside/storage/postgres/); the
app and the command line refuse it (database_path) until the rest of docs/ward-server.md is done.
Standard library only: bedside/config/paths.py asks this before any storage module is needed.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from urllib.parse import urlsplit, urlunsplit

from bedside.domain.errors import StorageError

SERVER_SCHEMES = ("postgresql", "postgres")  # the two spellings libpq accepts
_URL = re.compile(r"^\s*(postgresql|postgres)://", re.IGNORECASE)


def is_server_url(target: object) -> bool:
    """A libpq connection URL ("postgresql://host/db", "postgres://..."), in any letter case."""
    return isinstance(target, str) and _URL.match(target) is not None


def is_mangled_url(target: object) -> bool:
    """A server URL that went through Path(), which folds "//" into "/": "postgresql:/host/db"."""
    if isinstance(target, str) and not is_server_url(target):
        target = PurePath(target)
    if not isinstance(target, PurePath) or target.is_absolute() or not target.parts:
        return False
    return target.parts[0].lower() in {f"{scheme}:" for scheme in SERVER_SCHEMES}


def shown(url: str) -> str:
    """The address as a message may show it: a password in it is replaced by ***, never printed or logged."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "the ward server address (unreadable)"
    if parts.password is None:
        return urlunsplit(parts)
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def refuse_server_url(target: object) -> None:
    """Raise StorageError for a server address (or one Path() has mangled) given where a database file
    is expected: nothing is created, and the message says what to do instead."""
    if is_server_url(target):
        raise StorageError(
            f"{shown(str(target))} is a PostgreSQL ward server address. This version of Bedside opens "
            "SQLite database files only, so nothing was opened or created; give a database file with --db "
            "(or BEDSIDE_DB), or leave both out for this computer's own database. See docs/ward-server.md."
        )
    if is_mangled_url(target):
        raise StorageError(
            f'"{target}" looks like a ward server address that lost its "//"; nothing was opened or created. '
            "A database file is a path on this computer; see docs/ward-server.md for ward servers."
        )
