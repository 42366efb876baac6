"""What the engine remembers while it works out one patient's course under one protocol.

The patient index is the record's data, sorted once and never changed; everything the engine works out
and keeps (facts per day, a rule's window, the variant an item takes, whether a rule applied on a day)
lives here instead, so two protocols, or the handover's if/then lines, never share a cache by accident.
`bedside.engine.course.Course` builds on it; `engine.checklist()` makes a fresh one when given none.
"""

from __future__ import annotations

from datetime import date

from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.protocol.expr import Value
from bedside.protocol.model import Protocol, Rule


class CourseMemo:
    """One patient's index under one protocol, with what the engine has worked out for it so far."""

    def __init__(self, protocol: Protocol, index: PatientIndex) -> None:
        self.protocol = protocol  # held, so the ids of its rules (cache keys below) stay unique
        self.index = index
        self.static: dict[str, Value] = {}  # facts that do not change with the date (STATIC_FACTS)
        self.rules: dict[str, Rule] = {}  # item id -> its variant, when chosen by static facts only
        # Window dates from fixed anchors (d, ld, apheresis), with any "not recorded" note.
        self.resolved: dict[str, tuple[date | None, str]] = {}
        # id(rule) -> (rule, first day, last day, notes): windows from fixed anchors.
        self.windows: dict[int, tuple[Rule, date | None, date | None, tuple[str, ...]]] = {}
        self.facts_by_day: dict[date, Facts] = {}
        self.due_cache: dict[tuple[int, date], bool] = {}  # (id of the rule, date) -> the rule applied that day

    def facts(self, on: date) -> Facts:
        """One Facts per date, shared by every item and every look-back."""
        found = self.facts_by_day.get(on)
        if found is None:
            found = self.facts_by_day[on] = Facts(self.index, on, self.protocol.fact_settings, self.static)
        return found
