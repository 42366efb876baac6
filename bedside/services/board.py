"""The ward board: every active patient's row, counted on the ward's local day."""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from datetime import date, tzinfo
from pathlib import Path

from bedside.domain.patient import PatientRecord, ProtocolPin
from bedside.protocol.model import Protocol
from bedside.services import saved_board
from bedside.storage import Store
from bedside.storage.store import PatientSummary
from bedside.storage.store_ward import Mark
from bedside.views.board import BoardRow, board_of
from bedside.views.follow_up import FollowUpPatient, follow_up_items

SCREENFUL = 40  # rows counted first when the board is empty (the start): about one screen of a full ward


class BoardMemo:
    """What the last boards worked out for each patient, kept between refreshes of one window's board: a row is
    counted again only when the patient's newest audit event changed (Store.change_marks), or the day, the zone,
    the database or an event without an MRN (docs/architecture.md, "The board's memo"). Used by one board at a
    time (ui/tasks.py's Latest)."""

    def __init__(self, kept_in: Path | None = None) -> None:
        self.key: tuple[object, ...] | None = None
        self.rows: dict[str, tuple[Mark, BoardRow]] = {}
        self.counted = 0  # rows counted (not reused) by the last board: for tests and benchmarks
        self.protocols: dict[tuple[str, str] | None, Protocol] = {}  # parsed once (a pinned version never changes)
        self.kept_in = kept_in  # the file it is kept in between starts (bedside/services/saved_board.py)
        self.lock = threading.Lock()  # one board at a time: the one counted ahead, then the window's (rows())

    def stale(self, store: Store, on: date, zone: tzinfo | None) -> tuple[set[str], dict[str, Mark]]:
        """The active patients whose rows must be counted, and every active patient's mark."""
        ward, marks = store.change_marks()
        key = (store.path, on, zone, ward)
        if key != self.key:
            self.key, self.rows, self.protocols = key, {}, {}
            if self.kept_in is not None:  # a new start, day or change for everyone: the saved rows still valid
                self.rows = saved_board.load(self.kept_in, store, key, self._pinned(store))
        return {mrn for mrn, mark in marks.items() if mrn not in self.rows or self.rows[mrn][0] != mark}, marks

    def keep(self, store: Store) -> None:
        """Write the memo to its file, for the next start (after a whole board with rows counted)."""
        if self.kept_in is not None and self.key is not None and self.counted:
            saved_board.save(self.kept_in, store, self.key, self.rows, self.protocols)

    def protocol_for(self, store: Store) -> Callable[[PatientRecord], Protocol]:
        pinned = self._pinned(store)
        return lambda record: pinned(record.protocol)

    def _pinned(self, store: Store) -> Callable[[ProtocolPin | None], Protocol]:
        def pinned(pin: ProtocolPin | None) -> Protocol:
            key = (pin.id, pin.version) if pin else None
            if key not in self.protocols:
                self.protocols[key] = store.pinned_protocol(pin)
            return self.protocols[key]

        return pinned


def kept_memo(store: Store) -> BoardMemo:
    """A memo kept between starts in this user's data folder, for one window's board (none for a database in
    memory: no start comes after)."""
    return BoardMemo(None if store.path == ":memory:" else saved_board.file_for(store.path))


def count_ahead(store: Store, on: date, zone: tzinfo | None, memo: BoardMemo, first: int) -> None:
    """Count the board into `memo` before its window asks (ui/board/ahead.py: while a PIN is typed): the first
    `first` patients in bed order, then everyone. A window's board asking meanwhile waits for the memo's lock,
    and finds what was counted."""
    rows(store, on, zone, memo, only={s.mrn for s in store.patient_summaries()[:first]})
    rows(store, on, zone, memo)


def rows(
    store: Store,
    on: date,
    zone: tzinfo | None = None,
    memo: BoardMemo | None = None,
    only: Collection[str] | None = None,
) -> list[BoardRow]:
    """The board's rows for `on` (zone: the ward's, for the local day of each check), an open FN episode
    first, then in bed order. memo: the rows of patients unchanged since its last board are taken from it.
    only: these MRNs' rows alone (the first screenful), or every row when the memo holds all the others."""
    if memo is not None:
        with memo.lock:
            return _from_memo(store, on, zone, memo, only)
    everyone = store.patient_summaries()  # already in bed order
    bed_order, demo = [s.mrn for s in everyone], {s.mrn for s in everyone if s.demo}
    return board_of(store.load_active_records(as_of=on, only=only), store.protocol_for, bed_order, demo, on, zone)


def _from_memo(
    store: Store, on: date, zone: tzinfo | None, memo: BoardMemo, only: Collection[str] | None
) -> list[BoardRow]:
    everyone = store.patient_summaries()  # already in bed order
    bed_order, demo = [s.mrn for s in everyone], {s.mrn for s in everyone if s.demo}
    stale, marks = memo.stale(store, on, zone)  # before the records: a change meanwhile counts next time
    if only is not None and stale <= set(only):
        only = None  # the rest of the ward is in the memo (saved by the last start): the whole board costs no more
    ordered = everyone if only is None else [s for s in everyone if s.mrn in only]
    wanted = stale if only is None else stale.intersection(only)
    kept = [memo.rows[s.mrn][1] for s in ordered if s.mrn not in wanted and s.mrn in memo.rows]
    memo.counted = len(wanted)
    records = store.load_active_records(as_of=on, only=wanted)
    counted = board_of(records, memo.protocol_for(store), bed_order, demo, on, zone)
    for row in counted:
        memo.rows[row.mrn] = (marks.get(row.mrn), row)
    if only is None:
        memo.keep(store)
    order = {s.mrn: i for i, s in enumerate(ordered)}
    shown = [r for r in counted + kept if r.mrn in order]  # a patient who left meanwhile is not shown
    return sorted(shown, key=lambda r: (r.fn is None, order[r.mrn]))  # an open FN episode first, then by bed


def first_rows(
    store: Store, on: date, zone: tzinfo | None, memo: BoardMemo | None, ward: str | None, count: int
) -> tuple[list[BoardRow], bool]:
    """The rows of the first `count` patients of `ward` (None: every ward) in bed order: a screenful shown
    while the rest are counted; and whether they are the whole board already (a small ward)."""
    shown = {s.mrn for s in store.patient_summaries(ward)[:count]}
    found = rows(store, on, zone, memo, only=shown)
    return found, len(found) == len(store.patient_summaries())


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
