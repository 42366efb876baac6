"""The ward board: one row per active patient with today's counts, computed in the core."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from bedside.engine import checklist
from bedside.facts import Facts
from bedside.patient_index import PatientIndex
from bedside.patient_view import missing_dates
from bedside.protocol.model import Protocol
from bedside.storage import Store


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
    needs_data: int = 0  # safety items that cannot be decided for a missing fact
    missing_dates: tuple[str, ...] = ()  # "lymphodepletion start": items anchored on it count from day 0


def severity(crs: float | None, icans: float | None, fn_open: bool) -> str:
    """I-PASS suggestion (HANDOVER.md): watcher with any CRS/ICANS or an open FN bundle."""
    if (crs or 0) >= 3 or (icans or 0) >= 3:
        return "unstable"
    if (crs or 0) >= 1 or (icans or 0) >= 1 or fn_open:
        return "watcher"
    return "stable"


def board(store: Store, on: date, zone: tzinfo | None = None) -> list[BoardRow]:
    """zone: the ward's time zone, for the local day each check was recorded on."""
    protocols: dict[tuple[str, str] | None, Protocol] = {}
    ordered = store.patient_summaries()  # already in bed order
    summaries = {s.mrn: s for s in ordered}
    rows = []
    for record in store.load_active_records(as_of=on):
        pinned = (record.protocol.id, record.protocol.version) if record.protocol else None
        if pinned not in protocols:
            protocols[pinned] = store.protocol_for(record)
        index = PatientIndex(record, zone)
        result = checklist(protocols[pinned], index, on, explain=False)  # counts only: no why texts
        counts = result.counts()
        facts = Facts(index, on, protocols[pinned].fact_settings)
        crs, icans = facts["crs_grade"], facts["icans_grade"]
        fn_open = any(i.id == "FN-BUNDLE" and i.status in ("due", "overdue") for i in result.items)
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
                severity(
                    crs if isinstance(crs, int | float) else None,
                    icans if isinstance(icans, int | float) else None,
                    fn_open,
                ),
                summary.demo,
                protocols[pinned].id,
                counts["needs-data"],
                missing_dates(record),
            )
        )
    order = {s.mrn: i for i, s in enumerate(ordered)}
    return sorted(rows, key=lambda r: order[r.mrn])
