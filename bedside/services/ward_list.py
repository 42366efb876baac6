"""The ward list as a CSV file (bedside/printouts/ward_list_csv.py lays it out): which rows, written whole, recorded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path

from bedside.config.file_out import write_private
from bedside.config.settings import SITE_TIMEZONE
from bedside.config.zone import site_zone
from bedside.domain.errors import BedsideError
from bedside.printouts.ward_list_csv import WardListFile, csv_bytes, table
from bedside.services import board
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.views.board import BoardRow


def write(
    store: Store, actor: Actor, out: Path, on: date, ward: str | None = None, zone: tzinfo | None = None
) -> WardListFile:
    """One ward's list (every ward for None) to `out`; the export is audited, never the patients' data."""
    return write_ward_list(store, out, on, actor, ward, zone)


def ward_rows(store: Store, on: date, ward: str | None = None, zone: tzinfo | None = None) -> list[BoardRow]:
    """The board's rows for one ward (all wards for None), in bed order, counted on the ward's local day."""
    rows = board.rows(store, on, zone if zone is not None else site_zone(store.meta(SITE_TIMEZONE.key)))
    chosen = [r for r in rows if ward is None or r.ward == ward]
    if not chosen:
        where = f'on ward "{ward}"' if ward is not None else "on any ward"
        raise BedsideError(f"there is no active patient {where} on {on.isoformat()}: no ward list was written")
    return chosen


def write_ward_list(
    store: Store,
    out: Path,
    on: date,
    actor: Actor,
    ward: str | None = None,
    zone: tzinfo | None = None,
) -> WardListFile:
    """Write the ward list to `out` whole or not at all, and record the export in the audit trail."""
    rows = ward_rows(store, on, ward, zone)

    def record(place: Callable[[], None]) -> None:
        # Renamed inside the store's transaction: a failed rename rolls the audit row back with it.
        store.record_ward_list(actor, ward, on, len(rows), then=place)

    write_private(out, csv_bytes(table(rows)), record)
    return WardListFile(out, len(rows))
