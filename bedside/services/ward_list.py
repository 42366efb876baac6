"""The ward list as a CSV file (bedside/printouts/ward_list_csv.py builds it), written whole and recorded."""

from __future__ import annotations

from datetime import date, tzinfo
from pathlib import Path

from bedside.printouts.ward_list_csv import WardListFile, write_ward_list
from bedside.storage import Store
from bedside.storage.audit import Actor


def write(
    store: Store, actor: Actor, out: Path, on: date, ward: str | None = None, zone: tzinfo | None = None
) -> WardListFile:
    """One ward's list (every ward for None) to `out`; the export is audited, never the patients' data."""
    return write_ward_list(store, out, on, actor, ward, zone)
