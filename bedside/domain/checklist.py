"""The checklist for one patient on one date, and its JSON shape (docs/patient-format.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """A checklist item's status, most pressing first; the value is what the JSON and the screens carry."""

    OVERDUE = "overdue"
    DUE = "due"
    NEEDS_DATA = "needs-data"  # a safety item that cannot be decided because a fact is missing; its why names it
    BLOCKED = "blocked"  # waiting for a gate (a time since an event) before it may be done
    STOP_REVIEW = "stop-review"  # a stop rule is met: review stopping the prophylaxis
    NOT_DONE = "not-done"
    DONE = "done"
    NOT_APPLICABLE = "not-applicable"


STATUSES = tuple(Status)  # in that order: the checklist sorts by it
OPEN = (Status.DUE, Status.OVERDUE, Status.NEEDS_DATA)  # still to do today: listed, counted, printed


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    title: str
    category: str
    status: Status
    why: str
    sources: tuple[str, ...]
    due: date | None = None
    blocked_until: date | None = None
    drug: str | None = None
    inherited_from: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "category": self.category,
            "status": self.status,
            "why": self.why,
            "sources": list(self.sources),
            "blocked_until": None if self.blocked_until is None else self.blocked_until.isoformat(),
            "due": None if self.due is None else self.due.isoformat(),
            "drug": self.drug,
        }


@dataclass(frozen=True, slots=True)
class Checklist:
    date: date
    day: int
    protocol_id: str
    protocol_version: str
    scores: dict[str, Any]
    items: tuple[ChecklistItem, ...]

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def counts(self) -> dict[str, int]:
        result: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for item in self.items:
            result[item.status] += 1
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "day": self.day,
            "protocol": {"id": self.protocol_id, "version": self.protocol_version},
            "scores": self.scores,
            "items": [i.to_json() for i in self.items],
        }
