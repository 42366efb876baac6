"""The follow-up of discharged patients: what of their long-term plan is due now or in the next weeks.

Discharged patients leave the board, but their plan goes on for years (late-effects reviews, vaccinations,
IgG, stopping prophylaxis). The engine decides every status, as on the board; this module only picks the
items a follow-up coordinator books (docs/follow-up.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from bedside.domain.checklist import Status
from bedside.domain.patient import PatientRecord
from bedside.engine.core import checklist, schedule
from bedside.engine.patient_index import PatientIndex
from bedside.protocol.model import Protocol

FOLLOW_UP_CATEGORIES = ("long-term follow-up", "vaccination", "immunoglobulin")
OPEN = (Status.OVERDUE, Status.DUE, Status.NEEDS_DATA)
REVIEW = Status.STOP_REVIEW  # a prophylaxis that may be reviewed for stopping: the coordinator books that review
AHEAD_DAYS = 28


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    item_id: str
    title: str
    status: str  # the engine's status on `day`
    day: date  # today for what is open now; the first day it falls due for what is coming


@dataclass(frozen=True, slots=True)
class FollowUpPatient:
    mrn: str
    name: str
    ward: str
    day: int  # day after infusion
    now: tuple[FollowUpItem, ...]  # open today (overdue, due, needs data) or a prophylaxis to review stopping
    coming: tuple[FollowUpItem, ...]  # first falling due within the next AHEAD_DAYS days


def follow_up_items(
    protocol: Protocol, record: PatientRecord, on: date, zone: tzinfo | None = None, ahead: int = AHEAD_DAYS
) -> tuple[tuple[FollowUpItem, ...], tuple[FollowUpItem, ...]]:
    """Pure: (open now, coming within `ahead` days) for one patient."""
    wanted = {i.id for i in protocol.items if i.category in FOLLOW_UP_CATEGORIES}
    prophylaxis = {i.id for i in protocol.items if i.category == "prophylaxis"}
    today = checklist(protocol, PatientIndex(record, zone), on)
    now = tuple(
        FollowUpItem(i.id, i.title, i.status, on)
        for i in today.items
        if (i.id in wanted and i.status in OPEN) or (i.id in prophylaxis and i.status == REVIEW)
    )
    titles = {i.id: i.title for i in protocol.items}
    seen = {item.item_id for item in now}
    coming: list[FollowUpItem] = []
    for day in schedule(protocol, record, on + timedelta(days=1), on + timedelta(days=ahead), zone=zone):
        for listed in day.items:
            if listed.id in wanted and listed.status in OPEN and listed.id not in seen:
                seen.add(listed.id)
                coming.append(FollowUpItem(listed.id, titles[listed.id], listed.status, day.date))
    return now, tuple(coming)
