"""One patient's checklist for one day, as the ward screen lists it: grouped, with what can be ticked.

The engine's checklist counts a check from the day it was recorded. Looking back at an earlier day,
a tick recorded later is shown beside the item ("recorded later"), so a late entry is visible without
rewriting what the list said on that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from bedside.domain.checklist import Checklist, ChecklistItem, Status
from bedside.domain.patient import Check, PatientRecord
from bedside.engine.core import CATEGORY_ORDER, checklist
from bedside.engine.patient_index import PatientIndex, recorded_day
from bedside.protocol.model import Protocol
from bedside.protocol.sources import SOURCE_KEYS

OVERDUE_GROUP = "overdue from earlier days"
OPEN = (Status.DUE, Status.OVERDUE, Status.BLOCKED, Status.STOP_REVIEW)  # statuses a check can still settle


@dataclass(frozen=True, slots=True)
class DayRow:
    item: ChecklistItem
    group: str
    sources: tuple[tuple[str, str], ...]  # (key, citation)
    later_check: Check | None  # a check for this due date recorded after the day shown

    @property
    def can_check(self) -> bool:
        return self.item.due is not None and self.item.status in OPEN and self.later_check is None


@dataclass(frozen=True, slots=True)
class DayView:
    day: date
    checklist: Checklist
    groups: tuple[tuple[str, tuple[DayRow, ...]], ...]
    future: bool  # after today: shown for planning, nothing can be ticked yet

    @property
    def rows(self) -> tuple[DayRow, ...]:
        return tuple(row for _, rows in self.groups for row in rows)


def day_view(
    protocol: Protocol,
    record: PatientRecord,
    day: date,
    today: date,
    *,
    include_all: bool = False,
    zone: tzinfo | None = None,
) -> DayView:
    index = PatientIndex(record, zone)
    listed = checklist(protocol, index, day, include_all=include_all)
    later = _checks_after(record, day, today, zone)
    rows = [
        DayRow(
            item,
            OVERDUE_GROUP if item.status == Status.OVERDUE else item.category,
            tuple((key, SOURCE_KEYS.get(key, key)) for key in item.sources),
            later.get((item.id, item.due)) if item.due is not None else None,
        )
        for item in listed.items
    ]
    # A febrile-neutropenia bundle (antibiotics within 60 minutes) stands above anything carried over.
    order = (CATEGORY_ORDER[0], OVERDUE_GROUP, *CATEGORY_ORDER[1:])
    names = sorted({r.group for r in rows}, key=lambda g: (order.index(g) if g in order else len(order), g))
    groups = tuple((name, tuple(r for r in rows if r.group == name)) for name in names)
    return DayView(day, listed, groups, day > today)


def _checks_after(record: PatientRecord, day: date, today: date, zone: tzinfo | None) -> dict[tuple[str, date], Check]:
    """The newest check per (item, due date) recorded after `day` and up to `today`."""
    found: dict[tuple[str, date], Check] = {}
    for check in sorted(record.checks, key=lambda c: c.at):
        recorded = recorded_day(check.at, zone)
        if day < recorded <= today:
            found[(check.item, check.due)] = check
    return found
