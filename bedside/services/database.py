"""Open the ward's database (storage.open() with the protocol a patient without a pin gets), check its file,
and say when a save waits for another workstation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bedside import storage
from bedside.protocol.loader import load_protocol
from bedside.protocol.model import Protocol
from bedside.storage import Store
from bedside.storage.audit import Actor


def default_protocol() -> Protocol:
    """The shipped default profile, as installed now: what a record without a protocol pin is pinned to."""
    return load_protocol(None)


def open_database(path: Path | str, *, allow_network: bool = False, actor: Actor | None = None) -> Store:
    """Open (creating or upgrading) the database; a network location is refused unless allowed, then audited
    under `actor` (default: this workstation's "system")."""
    return storage.open(path, default_protocol=default_protocol, allow_network=allow_network, actor=actor)


def open_reader(path: str) -> Store:
    """A read-only Store of its own for a worker thread (a board or a printout read off the GUI thread)."""
    return storage.open_reader(path)


def check_location(path: Path | str, allow_network: bool) -> None:
    """Refuse a database on a network file system unless allowed (--allow-network-db, or the environment)."""
    from bedside.storage.location import check_location as check

    check(path, allow_network)


def network_allowed_by_environment() -> bool:
    """BEDSIDE_ALLOW_NETWORK_DB=1: the site accepts a database on a network file system."""
    from bedside.storage.location import allowed_by_environment

    return allowed_by_environment()


def check_file_sound(path: str) -> None:
    """The full check of a database file (integrity and the audit chain); raises on damage."""
    from bedside.storage import health

    health.check_sound(path)


def flag_damage(path: str) -> None:
    """Mark the file as damaged, so the next start says so before anything is saved on it."""
    from bedside.storage import health

    health.flag_damage(path)


def on_wait(waiting: Callable[[float], None], done: Callable[[], None]) -> None:
    """Call waiting(seconds so far) while a save waits for another workstation's write, then done() once."""
    from bedside.storage.connection import set_wait_hook

    set_wait_hook(waiting, done)


def stop_wait_notice(waiting: Callable[[float], None]) -> None:
    from bedside.storage.connection import remove_wait_hook

    remove_wait_hook(waiting)
