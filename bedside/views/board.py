"""The ward board: one row per active patient with today's counts, computed in the core."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from bedside.domain.patient import PatientRecord
from bedside.engine.core import checklist
from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.engine.urgency import FnEpisode, febrile_neutropenic, fn_episode, ice_falling, suggest_severity
from bedside.protocol.model import Protocol
from bedside.views.patient_header import missing_dates


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
    """I-PASS suggestion (docs/urgency.md): kept for callers; the rule lives in bedside/engine/urgency.py."""
    return suggest_severity(crs, icans, fn_open, febrile_neutropenic)


def board_of(
    records: Iterable[PatientRecord],
    protocol_for: Callable[[PatientRecord], Protocol],
    bed_order: Sequence[str],
    demo: Collection[str],
    on: date,
    zone: tzinfo | None = None,
) -> list[BoardRow]:
    """The rows for the active patients' records (bedside/services/board.py reads them from the store).

    bed_order: every MRN on the board in bed order; demo: the MRNs of the seeded DEMO ward;
    zone: the ward's time zone, for the local day each check was recorded on."""
    protocols: dict[tuple[str, str] | None, Protocol] = {}
    rows = []
    for record in records:
        pinned = (record.protocol.id, record.protocol.version) if record.protocol else None
        if pinned not in protocols:
            protocols[pinned] = protocol_for(record)  # one load per pinned version
        index = PatientIndex(record, zone)
        result = checklist(protocols[pinned], index, on, explain=False)  # counts only: no why texts
        counts = result.counts()
        facts = Facts(index, on, protocols[pinned].fact_settings)
        crs, icans = facts["crs_grade"], facts["icans_grade"]
        episode = fn_episode(result, facts, zone)
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
                record.mrn in demo,
                protocols[pinned].id,
                episode,
                counts["needs-data"],
                missing_dates(record),
            )
        )
    order = {mrn: i for i, mrn in enumerate(bed_order)}
    return sorted(rows, key=lambda r: (r.fn is None, order[r.mrn]))  # an open FN episode first, then by bed
