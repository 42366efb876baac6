"""The checklist engine: a pure function of (protocol, patient record, date). Its two public calls.

checklist(): one day, with the reasons (bedside/engine/day_rules.py). schedule(): many days, each item
carrying what it knew the day before (bedside/engine/course.py). No clock, no I/O, no database.
"""

from __future__ import annotations

from datetime import date, tzinfo

from bedside.domain.checklist import Checklist
from bedside.domain.patient import PatientRecord
from bedside.engine.course import carried_schedule
from bedside.engine.course_memo import CourseMemo
from bedside.engine.day_rules import CATEGORY_ORDER, checklist, memo_of
from bedside.engine.patient_index import PatientIndex
from bedside.protocol.model import Protocol

__all__ = ["CATEGORY_ORDER", "checklist", "memo_of", "schedule"]


def schedule(
    protocol: Protocol,
    record: PatientRecord | PatientIndex | CourseMemo,
    first: date,
    last: date,
    *,
    explain: bool = False,
    zone: tzinfo | None = None,
) -> list[Checklist]:
    """One checklist per day from first to last (inclusive), sharing one course of the record.

    Statuses only by default (a timeline draws them); open one day with checklist() for the reasons.
    zone: the ward's time zone, for the local day each check was recorded on.
    Each item carries what it knew the day before from one day to the next (bedside/engine/course.py).
    """
    if isinstance(record, PatientRecord):
        record = PatientIndex(record, zone)
    return carried_schedule(memo_of(protocol, record), first, last, explain)
