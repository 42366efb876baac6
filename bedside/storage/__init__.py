"""All SQL lives below this package, so another backend can be added behind the same Store.

storage.open() is the only way to open a database: it checks the location (a network file system is
refused unless allowed, and then audited) before the Store opens the file.
"""

from __future__ import annotations

from pathlib import Path

from bedside.storage.audit import Actor
from bedside.storage.store import DefaultProtocol, Store

__all__ = ["DefaultProtocol", "Store", "open", "open_reader"]


def open(
    path: Path | str,
    *,
    default_protocol: DefaultProtocol | None = None,
    allow_network: bool = False,
    actor: Actor | None = None,
    mounts: str | None = None,
) -> Store:
    """Open (creating or upgrading) the database at `path`; an allowed network location is recorded as
    storage.network_override under `actor` (default: this workstation's "system").

    default_protocol: what a record without a protocol pin is pinned to (the caller chooses; None refuses
    such a record). allow_network: --allow-network-db; BEDSIDE_ALLOW_NETWORK_DB=1 allows it as well."""
    from bedside.config.db_address import is_server_url
    from bedside.storage import audit
    from bedside.storage.connection import write_transaction
    from bedside.storage.location import allowed_by_environment, judge, network_kind

    if is_server_url(path):  # a ward server: no file, so no file-system check (docs/ward-server.md)
        return Store._open(path, default_protocol)
    kind = None if str(path) == ":memory:" else network_kind(path, mounts=mounts)
    warning = judge(path, kind, allow_network or allowed_by_environment())
    store = Store._open(path, default_protocol)
    if warning is None:
        return store
    try:
        with write_transaction(store._db):
            new = {"path": str(path), "filesystem": kind, "warning": warning}
            audit.append(
                store._db, actor or Actor.here("system"), "storage.network_override", "database", None, new=new
            )
    except BaseException:
        store.close()
        raise
    return store


def open_reader(path: str) -> Store:
    """A read-only Store on `path` for one worker thread: every write on it is refused before it starts."""
    from bedside.storage.connection import connect

    return Store(connect(path, read_only=True), path)
