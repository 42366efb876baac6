"""Protocol pins: each patient keeps the protocol version in force at enrolment until moved.

The texts of every pinned version are stored in the database, so installing a newer Bedside
(with newer shipped protocols) never changes the rules a patient is followed by.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from bedside.domain.errors import BedsideError
from bedside.protocol.loader import ProtocolError, load_bundle, load_protocol
from bedside.protocol.model import Protocol
from bedside.storage import audit


def snapshot(db: Database, protocol: Protocol) -> None:
    """Store the protocol's texts under (id, version); refuse a different text under a known version."""
    row = db.execute(
        "SELECT sha256 FROM protocol_snapshots WHERE id = ? AND version = ?", [protocol.id, protocol.version]
    ).fetchone()
    if row is not None:
        if row[0] != protocol.sha256:
            raise BedsideError(
                f"protocol {protocol.id} version {protocol.version} differs from the copy already in use here: "
                "give the changed protocol a new version"
            )
        return
    db.execute(
        "INSERT INTO protocol_snapshots (id, version, sha256, files, stored_at) VALUES (?, ?, ?, ?, ?)",
        [protocol.id, protocol.version, protocol.sha256, json.dumps(protocol.files), audit.utc_now()],
    )


def pinned(db: Database, protocol_id: str, version: str) -> Protocol:
    """The protocol a patient is pinned to: the stored snapshot, else the installed file if it matches."""
    row = db.execute(
        "SELECT files FROM protocol_snapshots WHERE id = ? AND version = ?", [protocol_id, version]
    ).fetchone()
    if row is not None:
        return load_bundle(json.loads(row[0]), protocol_id)
    try:
        installed = load_protocol(protocol_id)
    except ProtocolError:
        installed = None
    if installed is not None and installed.version == version:
        return installed
    raise BedsideError(f"protocol {protocol_id} version {version} is not available on this workstation")
