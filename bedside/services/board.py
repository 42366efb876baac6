"""The ward board: every active patient's row, counted on the ward's local day."""

from __future__ import annotations

from datetime import date, tzinfo

from bedside.storage import Store
from bedside.storage.store import PatientSummary
from bedside.views.board import BoardRow, board_of
from bedside.views.follow_up import FollowUpPatient, follow_up_items


def rows(store: Store, on: date, zone: tzinfo | None = None) -> list[BoardRow]:
    """The board's rows for `on` (zone: the ward's, for the local day of each check), an open FN episode
    first, then in bed order."""
    ordered = store.patient_summaries()  # already in bed order
    bed_order = [s.mrn for s in ordered]
    demo = {s.mrn for s in ordered if s.demo}
    return board_of(store.load_active_records(as_of=on), store.protocol_for, bed_order, demo, on, zone)


def follow_up(store: Store, on: date, zone: tzinfo | None = None) -> list[FollowUpPatient]:
    """Every discharged patient whose plan has something open now or within AHEAD_DAYS days, most urgent first
    (something open now, then the earliest coming date)."""
    found = []
    off_board = store.patients_off_board()
    discharged = [(mrn, name, ward or "") for mrn, name, ward, _bed, stay in off_board if stay == "discharged"]
    for mrn, name, ward in discharged:
        record = store.load_record(mrn)
        now, coming = follow_up_items(store.protocol_for(record), record, on, zone)
        if now or coming:
            found.append(FollowUpPatient(mrn, name, ward, (on - record.therapy.day0).days, now, coming))
    return sorted(found, key=lambda p: (not p.now, p.coming[0].day if p.coming else on, p.ward, p.name))


def summaries(store: Store, ward: str | None = None) -> list[PatientSummary]:
    """Who is on the board (one ward, or every ward), without computing their checklists."""
    return store.patient_summaries(ward)
