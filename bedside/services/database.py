"""Open the ward's database: storage.open() with the protocol a patient without a pin gets."""

from __future__ import annotations

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
