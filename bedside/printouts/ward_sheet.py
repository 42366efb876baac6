"""The compact ward list: one row per patient (two printed lines), the whole ward on a page or two.

Made from the same `Handover` as the per-patient pages, so the list and the pages never disagree
(docs/printouts.md). Plain data here; bedside/printouts/render/ward_sheet_pdf.py lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from bedside.printouts.data import Handover, PatientHandover
from bedside.printouts.recent import TREATMENT_WORDS

COUNTED = ("overdue", "due", "needs-data")
COUNT_WORDS = {"overdue": "overdue", "due": "due", "needs-data": "need data"}


@dataclass(frozen=True, slots=True)
class WardLine:
    """One patient on the ward list."""

    bed: str
    name: str
    mrn: str
    born: str  # "1960-01-02", or "" when not recorded
    day: int
    product: str
    severity: str  # the level printed, e.g. "WATCHER"
    severity_note: str  # "set by the ward" or "suggested"
    grades: str  # "CRS 1 (max 2) · ICANS not recorded · ICE 10/10"
    open_items: str  # "2 overdue, 1 due, 1 need data", or "nothing open"
    alert: str  # "!! FN bundle OPEN (due)", or ""
    last_24h: str  # fevers with their times, treatments, holds, voids; or "nothing recorded"
    demo: bool


def ward_lines(handover: Handover) -> tuple[WardLine, ...]:
    """The rows of the list, in the handover's order (bed order; an open FN episode is not reordered here)."""
    return tuple(_line(p) for p in handover.patients)


def _line(p: PatientHandover) -> WardLine:
    who, s = p.identifiers, p.summary
    counts = {status: 0 for status in COUNTED}
    for action in (*p.actions, *p.prophylaxis):
        if action.status in counts:
            counts[action.status] += 1
    open_items = ", ".join(f"{n} {COUNT_WORDS[status]}" for status, n in counts.items() if n) or "nothing open"
    return WardLine(
        bed=who.bed,
        name=who.name,
        mrn=who.mrn,
        born=who.birth_date.isoformat() if who.birth_date else "",
        day=s.day,
        product=s.product,
        severity=p.severity.level.upper(),
        severity_note="set by the ward" if p.severity.set_by_ward else "suggested",
        grades=" · ".join((_grade("CRS", s.crs_now, s.crs_max), _grade("ICANS", s.icans_now, s.icans_max), _ice(p))),
        open_items=open_items,
        alert=f"!! FN bundle {p.bundle.split(':')[0]}" if p.bundle and p.bundle.startswith("OPEN") else "",
        last_24h=_last_24h(p),
        demo=who.demo,
    )


def _grade(kind: str, now: float | None, highest: float | None) -> str:
    if now is None and highest is None:
        return f"{kind} –"
    return f"{kind} {'–' if now is None else f'{now:g}'} (max {highest or 0:g})"


def _ice(p: PatientHandover) -> str:
    ice = p.summary.last_ice
    return "ICE –" if ice is None else f"ICE {ice[2]:g}/10"


def _last_24h(p: PatientHandover) -> str:
    """The parts of the last 24 hours the next shift must not miss, in one short line."""
    if p.recent_since is None:
        return ""
    parts = [f"fever {e.clock or e.day.isoformat()}" for e in p.recent if e.kind == "fever"]
    given = []
    for e in p.recent:
        if e.kind == "treatment":
            words = next((w for w in TREATMENT_WORDS.values() if e.text.startswith(w)), "treatment")
            if words not in given:
                given.append(words)
    parts += [w.lower() if w not in ("IVIG", "G-CSF") else w for w in given]
    if p.bundle and not p.bundle.startswith(("OPEN", "not open")):
        parts.append(f"FN bundle {p.bundle}")
    held = sum(1 for e in p.recent if e.kind == "check" and ("NOT DONE" in e.text or "not applicable" in e.text))
    voided = sum(1 for e in p.recent if e.kind == "void")
    parts += [f"{n} {what}" for n, what in ((held, "not done / not applicable"), (voided, "voided")) if n]
    return "; ".join(parts) or "nothing recorded"
