"""A patient's schedule worked out day after day, each item carrying what it knew the day before.

`engine.checklist()` works out one day on its own. A schedule (a timeline, a follow-up plan) asks for
hundreds of days in a row, and most of what an item needs is the same as yesterday: its rule and window,
its due date (a monthly item's changes once a month), and its open run of missed due dates (the
carry-over, docs/clinical-rules.md). An `_ItemRun` keeps these from one day to the next; the answer is
the engine's own, day by day (tests/test_schedule_equivalence.py holds the two side by side).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta, tzinfo

from bedside.domain.checklist import STATUSES, Checklist, ChecklistItem, Status
from bedside.domain.dates import add_months, whole_months_between
from bedside.domain.patient import PatientRecord
from bedside.engine.completion import CARRY_BACK, _settles_by_event, _was_due, carried_over, settled
from bedside.engine.course_memo import CourseMemo
from bedside.engine.day_rules import (
    _CATEGORY_RANK,
    _alternatives,
    _day,
    _due_date,
    _evaluate,
    _fixed_windows,
    _resolve,
    _rule_for,
    checklist,
)
from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.protocol.expr import Condition
from bedside.protocol.model import SAFETY_CATEGORIES, Item, Protocol, Rule

_RANK = {status: n for n, status in enumerate(STATUSES)}


class Course(CourseMemo):
    """One patient's course under one protocol: the engine's answers for any day, with what it worked out kept.

    Ask it for one day, a run of days, the variant an item takes, or the if/then lines of the handover.
    """

    def __init__(self, protocol: Protocol, record: PatientRecord | PatientIndex, zone: tzinfo | None = None) -> None:
        """zone: the ward's time zone, for the local day each check was recorded on (ignored for an index)."""
        super().__init__(protocol, record if isinstance(record, PatientIndex) else PatientIndex(record, zone))

    def day(self, on: date, *, include_all: bool = False, explain: bool = True) -> Checklist:
        """The checklist for `on` (engine.checklist)."""
        return checklist(self.protocol, self, on, include_all=include_all, explain=explain)

    def schedule(self, first: date, last: date, *, explain: bool = False) -> list[Checklist]:
        """One checklist per day from first to last (inclusive); statuses only unless explain."""
        return carried_schedule(self, first, last, explain)

    def rule_for(self, item: Item, on: date) -> Rule:
        """The variant of `item` the engine applies on `on` (its own rule when none matches)."""
        return _rule_for(item, self.facts(on), self.rules)

    def contingencies(self, on: date, open_now: Collection[str] = ()) -> list[IfThen]:
        """Per-event items whose window holds `on`, as they would be listed if their event happened.

        Items in `open_now` are left out (already on the list). Each is asked with its trigger lifted, on
        a course of its own without the ward's ticks, so nothing this course keeps is touched.
        """
        candidates = [i for i in self.protocol.items if i.rule.frequency.kind == "per-event" and i.id not in open_now]
        triggers = {i.id: self.rule_for(i, on).when for i in candidates}
        asked = tuple(_lift_trigger(i) for i in candidates if triggers[i.id] is not None)
        if not asked:
            return []
        lifted = CourseMemo(replace(self.protocol, items=asked), self.index.without_checks())
        found = checklist(lifted.protocol, lifted, on).items
        return [IfThen(i.id, trigger, i) for i in found if (trigger := triggers[i.id]) is not None]


@dataclass(frozen=True, slots=True)
class IfThen:
    """A per-event item as it would be listed today if its trigger happened."""

    item_id: str
    trigger: Condition  # the event, as the protocol gives it
    listed: ChecklistItem  # the item as the engine would list it, with its why


# A per-event item's why starts by describing the event ("{fever_reading} with ANC {anc} ...:"); before
# the event that clause has nothing to say, so an if/then line gives only what follows it.
_EVENT_CLAUSE = re.compile(r"^[^:]*\{[a-z_0-9]+\}[^:]*:\s*")


def _lift_trigger(item: Item) -> Item:
    def lifted(rule: Rule) -> Rule:
        return replace(rule, when=None, why=_EVENT_CLAUSE.sub("", rule.why, count=1))

    variants = tuple(replace(v, rule=lifted(v.rule)) for v in item.variants)
    return replace(item, rule=lifted(item.rule), variants=variants)


def carried_schedule(memo: CourseMemo, first: date, last: date, explain: bool) -> list[Checklist]:
    fixed, moving = _fixed_windows(memo, first)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if explain:  # the reasons are worked out by the engine itself, one day at a time
        return [
            _day(memo, on, [*(i for i, a, b in fixed if a <= on and (b is None or on <= b)), *moving], False, True)
            for on in days
        ]
    runs = [_ItemRun(memo, item, start, end) for item, start, end in fixed]
    # The items whose window holds the day change only on a window's first day and the day after its last.
    edges = {r.start for r in runs} | {r.end + timedelta(days=1) for r in runs if r.end is not None}
    result, active = [], runs
    for n, on in enumerate(days):
        if n == 0 or on in edges:
            active = [r for r in runs if r.start <= on and (r.end is None or on <= r.end)]
        result.append(_day_of(memo, on, active, moving))
    return result


def _day_of(memo: CourseMemo, on: date, runs: list[_ItemRun], moving: list[Item]) -> Checklist:
    protocol, index, facts = memo.protocol, memo.index, memo.facts(on)
    listed: list[ChecklistItem] = []
    for run in runs:
        found = run.on(facts, on)
        if found is not None:
            listed.append(found)
    for item in moving:  # a rule or window that moves with the facts: the engine's own day
        found = _evaluate(memo, item, facts, on, False, False)
        if found is not None:
            listed.append(found)
    if protocol.alternatives:
        listed = _alternatives(memo, facts, listed, False)
    listed.sort(key=_order)
    score = index.hematotox_as_of(on)
    return Checklist(
        date=on,
        day=(on - index.day0).days,
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        scores={"car_hematotox": None if score is None else {"score": score.score, "risk": score.risk}},
        items=tuple(listed),
    )


def _order(item: ChecklistItem) -> tuple[int, int, str]:
    return _RANK[item.status], _CATEGORY_RANK.get(item.category, 99), item.id


class _ItemRun:
    """One item with a fixed rule and window, followed from day to day (statuses only, like the engine's)."""

    def __init__(self, memo: CourseMemo, item: Item, start: date, end: date | None) -> None:
        self.memo, self.item, self.start, self.end = memo, item, start, end
        self.index = index = memo.index
        self.rule = rule = _rule_for(item, memo.facts(start), memo.rules)
        self.kind = rule.frequency.kind
        self.policy = rule.if_unknown or (
            Status.NEEDS_DATA if item.category in SAFETY_CATEGORIES else Status.NOT_APPLICABLE
        )
        # Nothing can settle a due date of an item never ticked and not completed by an event.
        self.can_settle = item.id in index.checked_items or _settles_by_event(rule)
        self.plain = rule.when is None and rule.stop is None and not rule.gates and not self.can_settle
        self.due_until: tuple[date, date, date] | None = None  # (due, first day, first day of the next due)
        self.open_runs: dict[date, int] = {}  # due date -> earlier due dates open in a row (never settled)
        self.plain_runs: dict[date, tuple[date, int] | None] = {}  # due date -> carried_over's answer
        # What settled() and carried_over() said for (due date, day): the same until a settling event.
        self.settled_memo: tuple[date, date, tuple[Status, str] | None] | None = None
        self.carried_memo: tuple[date, date, tuple[date, int] | None] | None = None
        self.events = _settling_days(item, rule, index) if self.can_settle else []
        self.made: dict[tuple[str, date | None, date | None], ChecklistItem] = {}

    def on(self, facts: Facts, on: date) -> ChecklistItem | None:
        """The item on `on` as `engine._evaluate` gives it without reasons, or None when it is not listed."""
        rule = self.rule
        # Condition.run gives the three-valued answer (None: unknown); only its truth counts here.
        holds = True if rule.when is None else rule.when.run(facts)
        if holds is None:
            if self.policy == Status.NEEDS_DATA:
                return self._made(Status.NEEDS_DATA, on)
            holds = self.policy == Status.DUE
        if not holds:
            return None
        due = self._due(on)
        if self.can_settle:
            found = self._settled(facts, due, on)
            if found is not None:
                return self._made(found[0], due)
        if rule.stop is not None and rule.stop.run(facts):
            return self._made(Status.STOP_REVIEW, due)
        if rule.gates:
            blocked = [g for g in rule.gates if not g.require.run(facts)]
            if blocked:
                until = [d for g in blocked if g.until and (d := _resolve(g.until, self.memo, on, [])) is not None]
                return self._made(Status.BLOCKED, due, max(until) if until else None)
        missed = self._carried(due, on)
        if missed is not None:
            return self._made(Status.OVERDUE, missed[0])
        return self._made(Status.OVERDUE if due < on else Status.DUE, due)

    def _made(self, status: Status, due: date | None, until: date | None = None) -> ChecklistItem:
        key = (status, due, until)
        found = self.made.get(key)
        if found is None:
            item, rule = self.item, self.rule
            found = ChecklistItem(
                item.id, item.title, item.category, status, "", rule.sources, due, until, rule.drug, item.inherited_from
            )
            self.made[key] = found
        return found

    def _due(self, on: date) -> date:
        kind = self.kind
        if kind in ("daily", "per-event"):
            return on
        if kind == "once":
            return self.start
        cached = self.due_until
        if cached is not None and cached[1] <= on < cached[2]:
            return cached[0]
        due = _due_date(self.rule, self.start, on)
        self.due_until = (due, max(due, self.start), self._next_due(due))
        return due

    def _next_due(self, due: date) -> date:
        """The due date after `due` (the engine's due dates step from the window's start)."""
        if self.kind == "every":
            return due + timedelta(days=self.rule.frequency.days)
        step = 1 if self.kind == "monthly" else self.rule.frequency.days
        return add_months(self.start, whole_months_between(self.start, due) // step * step + step)

    def _quiet(self, since: date, on: date) -> bool:
        """No check, result, dose or vaccination that could settle a due date of this item after `since`."""
        return bisect_right(self.events, on) == bisect_right(self.events, since)

    def _settled(self, facts: Facts, due: date, on: date) -> tuple[Status, str] | None:
        memo = self.settled_memo
        if memo is not None and memo[0] == due and self._quiet(memo[1], on):
            return memo[2]
        found = settled(self.item, self.rule, self.index, facts, due, on)
        self.settled_memo = (due, on, found)
        return found

    def _carried(self, due: date, on: date) -> tuple[date, int] | None:
        """completion.carried_over, with each due date's open run kept for the next day."""
        if self.kind in ("once", "per-event"):
            return None
        if self.plain:  # nothing settles it: the answer depends on the due date alone
            if due not in self.plain_runs:
                self.plain_runs[due] = carried_over(self.item, self.rule, self.memo, self.start, due, on)
            return self.plain_runs[due]
        if self.can_settle:
            memo = self.carried_memo
            if memo is not None and memo[0] == due and self._quiet(memo[1], on):
                return memo[2]
            found = carried_over(self.item, self.rule, self.memo, self.start, due, on)
            self.carried_memo = (due, on, found)
            return found
        count = self._open_before(due)
        return (self._back(due, count), count) if count else None

    def _open_before(self, due: date) -> int:
        """How many due dates before `due` were due in a row (no settling: nothing can settle them)."""
        found = self.open_runs.get(due)
        if found is None:
            previous = self._back(due, 1)
            if previous < self.start or not _was_due(self.rule, self.memo, previous):
                found = 0
            elif previous in self.open_runs:
                found = min(CARRY_BACK, 1 + self.open_runs[previous])
            else:  # the day before was not worked out: look back as the engine does
                missed = carried_over(self.item, self.rule, self.memo, self.start, due, due)
                found = 0 if missed is None else missed[1]
            self.open_runs[due] = found
        return found

    def _back(self, due: date, count: int) -> date:
        """The due date `count` steps before `due`."""
        kind = self.kind
        if kind == "daily":
            return due - timedelta(days=count)
        if kind == "every":
            return due - timedelta(days=self.rule.frequency.days * count)
        step = 1 if kind == "monthly" else self.rule.frequency.days
        return add_months(self.start, (whole_months_between(self.start, due) // step - count) * step)


def _settling_days(item: Item, rule: Rule, index: PatientIndex) -> list[date]:
    """The days on which what settles this item's due dates can change (what completion.settled reads)."""
    days = {entries[0] for (item_id, _), found in index.checks.items() if item_id == item.id for entries in found}
    if rule.done_by_lab is not None:
        days.update(index.lab_dates.get(rule.done_by_lab, []))
    if rule.done_by_treatment is not None:
        # A dose settles the due dates up to its last day: as a due date is never after the day asked
        # about, even an ongoing course changes the answer only on its first day.
        days.update(t.first_day for t in index.treatments if t.type == rule.done_by_treatment)
    if rule.done_by_vaccine:
        days.update(v.date for v in index.record.vaccinations)
    return sorted(days)
