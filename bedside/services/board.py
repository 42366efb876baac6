"""The ward board: every active patient's row, counted on the ward's local day."""

from __future__ import annotations

from datetime import date, tzinfo

from bedside.storage import Store
from bedside.storage.store import PatientSummary
from bedside.views.board import BoardRow, board


def rows(store: Store, on: date, zone: tzinfo | None = None) -> list[BoardRow]:
    """The board's rows for `on` (the site's zone unless given), in bed order."""
    return board(store, on, zone)


def summaries(store: Store, ward: str | None = None) -> list[PatientSummary]:
    """Who is on the board (one ward, or every ward), without computing their checklists."""
    return store.patient_summaries(ward)
