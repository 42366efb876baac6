"""The ward board: one row per active patient with today's counts, computed in the core."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, tzinfo

from bedside.engine import checklist
from bedside.facts import Facts
from bedside.patient_index import PatientIndex
from bedside.patient_view import missing_dates
from bedside.protocol.model import Protocol
from bedside.storage import Store
from bedside.storage.store_ward import Mark
from bedside.urgency import FnEpisode, febrile_neutropenic, fn_episode, ice_falling, suggest_severity


@dataclass(frozen=True, slots=True)
class BoardRow:
    mrn: str
    name: str
    ward: str
    bed: str
    product: str
    day: int
    crs_grade: float | None
    icans_grade: float | None
    due: int
    overdue: int
    blocked: int
    severity: str  # "unstable" | "watcher" | "stable": a suggestion, the nurse confirms it
    demo: bool
    protocol: str
    fn: FnEpisode | None = None  # an open febrile-neutropenia episode: flagged and listed first
    needs_data: int = 0  # safety items that cannot be decided because a fact is missing
    missing_dates: tuple[str, ...] = ()  # "lymphodepletion start": items anchored on it count from day 0


def severity(crs: float | None, icans: float | None, fn_open: bool, febrile_neutropenic: bool = False) -> str:
    """I-PASS suggestion (docs/urgency.md): kept for callers; the rule lives in bedside/urgency.py."""
    return suggest_severity(crs, icans, fn_open, febrile_neutropenic)


class BoardMemo:
    """What the last boards worked out for each patient, kept between refreshes of one window's board: a row is
    counted again only when the patient's newest audit event changed (Store.change_marks), or the day, the zone,
    the database or an event without an MRN. Used by one board at a time (ui/tasks.py's Latest)."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] | None = None
        self.rows: dict[str, tuple[Mark, BoardRow]] = {}
        self.counted = 0  # rows counted (not reused) by the last board: for tests and benchmarks
        self.protocols: dict[tuple[str, str] | None, Protocol] = {}  # parsed once (a pinned version never changes)

    def stale(self, store: Store, on: date, zone: tzinfo | None) -> tuple[list[str], dict[str, Mark]]:
        """The active patients whose rows must be counted, and every active patient's mark."""
        ward, marks = store.change_marks()
        key = (store.path, on, zone, ward)
        if key != self.key:
            self.key, self.rows, self.protocols = key, {}, {}
        return [mrn for mrn, mark in marks.items() if mrn not in self.rows or self.rows[mrn][0] != mark], marks


def board(
    store: Store,
    on: date,
    zone: tzinfo | None = None,
    memo: BoardMemo | None = None,
    only: Collection[str] | None = None,
) -> list[BoardRow]:
    """zone: the ward's time zone, for the local day each check was recorded on. memo: the rows of patients
    unchanged since the last board are taken from it. only: these MRNs' rows alone (the first screenful)."""
    protocols: dict[tuple[str, str] | None, Protocol] = {}
    everyone = store.patient_summaries()  # already in bed order
    ordered = everyone if only is None else [s for s in everyone if s.mrn in only]
    summaries = {s.mrn: s for s in ordered}
    wanted: Collection[str] | None = only
    kept: list[BoardRow] = []
    marks: dict[str, Mark] = {}
    if memo is not None:
        stale, marks = memo.stale(store, on, zone)  # before the records: a change meanwhile counts next time
        protocols = memo.protocols  # emptied by stale() when an event without an MRN (a setting) came
        wanted = set(stale) if only is None else set(stale).intersection(only)
        kept = [memo.rows[mrn][1] for mrn in summaries if mrn not in wanted and mrn in memo.rows]
        memo.counted = len(wanted)
    rows: list[BoardRow] = []
    for record in store.load_active_records(as_of=on, only=wanted):
        pinned = (record.protocol.id, record.protocol.version) if record.protocol else None
        if pinned not in protocols:
            protocols[pinned] = store.protocol_for(record)
        index = PatientIndex(record, zone)
        result = checklist(protocols[pinned], index, on, explain=False)  # counts only: no why texts
        counts = result.counts()
        facts = Facts(index, on, protocols[pinned].fact_settings)
        crs, icans = facts["crs_grade"], facts["icans_grade"]
        episode = fn_episode(result, facts, zone)
        summary = summaries[record.mrn]
        rows.append(
            BoardRow(
                record.mrn,
                record.patient.name,
                record.patient.ward or "",
                record.patient.bed or "",
                record.therapy.product,
                result.day,
                crs if isinstance(crs, int | float) else None,
                icans if isinstance(icans, int | float) else None,
                counts["due"],
                counts["overdue"],
                counts["blocked"],
                suggest_severity(
                    crs if isinstance(crs, int | float) else None,
                    icans if isinstance(icans, int | float) else None,
                    episode is not None,
                    febrile_neutropenic(facts),
                    ice_falling(facts),
                ),
                summary.demo,
                protocols[pinned].id,
                episode,
                counts["needs-data"],
                missing_dates(record),
            )
        )
        if memo is not None:
            memo.rows[record.mrn] = (marks.get(record.mrn), rows[-1])
    order = {s.mrn: i for i, s in enumerate(ordered)}
    rows = [r for r in rows + kept if r.mrn in order]  # a patient who left meanwhile is not shown
    return sorted(rows, key=lambda r: (r.fn is None, order[r.mrn]))  # an open FN episode first, then by bed
