"""The ward board: every active patient's row, counted on the ward's local day."""

from __future__ import annotations

from datetime import date, tzinfo

from bedside.storage import Store
from bedside.storage.store import PatientSummary
from bedside.ward import BoardMemo, BoardRow, board


def rows(store: Store, on: date, zone: tzinfo | None = None, memo: BoardMemo | None = None) -> list[BoardRow]:
    """The board's rows for `on` (the site's zone unless given), in bed order; with a memo, only the rows of
    patients whose data changed since its last board are counted again."""
    return board(store, on, zone, memo)


def first_rows(
    store: Store, on: date, zone: tzinfo | None, memo: BoardMemo | None, ward: str | None, count: int
) -> tuple[list[BoardRow], bool]:
    """The rows of the first `count` patients of `ward` (None: every ward) in bed order: a screenful shown
    while the rest are counted; and whether they are the whole board already (a small ward)."""
    shown = {s.mrn for s in store.patient_summaries(ward)[:count]}
    rows = board(store, on, zone, memo, only=shown)
    return rows, len(rows) == len(store.patient_summaries())


def summaries(store: Store, ward: str | None = None) -> list[PatientSummary]:
    """Who is on the board (one ward, or every ward), without computing their checklists."""
    return store.patient_summaries(ward)
