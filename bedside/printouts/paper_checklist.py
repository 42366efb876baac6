"""The paper checklist: each patient's items for today, with boxes to tick by hand while Bedside cannot
save (a ward server outage, docs/ward-server.md), as hospital downtime procedures work on paper.

Plain data here, from the same day view the checklist screen shows (bedside/views/day.py), so paper and
screen list the same items; bedside/services/paper_checklist.py gathers it from the store, and
bedside/printouts/render/paper_checklist_pdf.py lays it out. Ticks made on paper are
entered once Bedside can save again, and then show as "recorded later".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from bedside.domain.patient import PatientRecord
from bedside.engine.patient_index import recorded_day
from bedside.printouts.data import Identifiers, Printout
from bedside.printouts.sections import identifiers_of
from bedside.protocol.model import Protocol
from bedside.views.day import OPEN, day_view

TO_TICK = (*OPEN, "needs-data")  # still open today: a box to tick on paper


@dataclass(frozen=True, slots=True)
class PaperItem:
    """One line to tick: what, its status when printed, the drug and why."""

    title: str
    group: str  # the checklist screen's group: a category, or "overdue from earlier days"
    status: str
    due: date | None
    drug: str | None
    why: str
    recorded: tuple[str, str, str] | None  # already settled in Bedside: (status, local time, initials)

    @property
    def to_tick(self) -> bool:
        return self.status in TO_TICK and self.recorded is None


@dataclass(frozen=True, slots=True)
class PaperPatient:
    identifiers: Identifiers
    day: int
    protocol_id: str
    protocol_version: str
    items: tuple[PaperItem, ...]


@dataclass(frozen=True, slots=True)
class PaperChecklist:
    ward: str
    on: date
    printout: Printout
    patients: tuple[PaperPatient, ...]
    language: str


def paper_patient(
    protocol: Protocol, record: PatientRecord, on: date, *, demo: bool = False, zone: tzinfo | None = None
) -> PaperPatient:
    """One patient's items for `on`, as the checklist screen lists them on that day."""
    view = day_view(protocol, record, on, on, zone=zone)
    items = tuple(
        PaperItem(
            r.item.title,
            r.group,
            r.item.status,
            r.item.due,
            r.item.drug,
            r.item.why,
            _recorded(record, r.item.id, r.item.due, zone),
        )
        for r in view.rows
    )
    c = view.checklist
    return PaperPatient(identifiers_of(record, demo), c.day, c.protocol_id, c.protocol_version, items)


def _recorded(record: PatientRecord, item: str, due: date | None, zone: tzinfo | None) -> tuple[str, str, str] | None:
    """The newest check of this item and due date: paper then shows it settled instead of a box."""
    found = [c for c in record.checks if c.item == item and c.due == due]
    if due is None or not found:
        return None
    check = max(found, key=lambda c: c.at)
    moment = datetime.fromisoformat(check.at.replace("Z", "+00:00"))
    local = moment.astimezone(zone) if zone is not None else moment
    when = local.strftime("%H:%M") if recorded_day(check.at, zone) == due else local.strftime("%Y-%m-%d %H:%M")
    return check.status, when, check.by
