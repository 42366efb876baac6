"""How one day's checklist is worked out: each item's rule, window, due date, status and why.

No clock, no I/O, no database: the date is always passed in, and only data dated on or before it
is used. Each item says why it is listed: the rule, the facts that triggered it, and its sources.
bedside/engine/core.py is the public entry; bedside/engine/course.py carries these rules day to day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from bedside.domain.checklist import STATUSES, Checklist, ChecklistItem, Status
from bedside.domain.dates import add_months, whole_months_between
from bedside.domain.patient import PatientRecord
from bedside.engine.completion import carried_over, recorded_vaccines, settled
from bedside.engine.course_memo import CourseMemo
from bedside.engine.fact_words import dated
from bedside.engine.facts import STATIC_FACTS, Facts
from bedside.engine.patient_index import PatientIndex
from bedside.engine.why_text import anchor_label, missing, render, values
from bedside.protocol.model import FIXED_ANCHORS, SAFETY_CATEGORIES, Item, Point, Protocol, Rule
from bedside.protocol.wording import point_words

_NO_NOTES: list[str] = []  # sentinel: reasons are not wanted (explain=False); never appended to
# An alternative gives way only to an item that applies today; one that needs data does not replace it.
_REPLACES = frozenset({Status.DUE, Status.OVERDUE, Status.DONE, Status.NOT_DONE, Status.BLOCKED, Status.STOP_REVIEW})
# The order a ward reads a day's list in: fever first, the product label last.
CATEGORY_ORDER = (
    "febrile neutropenia",
    "monitoring",
    "cytopenia",
    "prophylaxis",
    "immunoglobulin",
    "screening",
    "vaccination",
    "label",
    "long-term follow-up",
)
_CATEGORY_RANK = {c: i for i, c in enumerate(CATEGORY_ORDER)}


def checklist(
    protocol: Protocol,
    record: PatientRecord | PatientIndex | CourseMemo,
    on: date,
    *,
    include_all: bool = False,
    explain: bool = True,
) -> Checklist:
    """What a ward following `protocol` should do for this patient on `on`.

    explain=False leaves each item's `why` empty (statuses only), for timelines over many days.
    A course (bedside/engine/course.py) of this protocol keeps what is worked out for the next day asked.
    """
    return _day(memo_of(protocol, record), on, protocol.items, include_all, explain)


def memo_of(protocol: Protocol, record: PatientRecord | PatientIndex | CourseMemo) -> CourseMemo:
    """The course's memo when it is one of this protocol's; else a fresh one (nothing is shared)."""
    if isinstance(record, CourseMemo):
        return record if record.protocol is protocol else CourseMemo(protocol, record.index)
    return CourseMemo(protocol, record if isinstance(record, PatientIndex) else PatientIndex(record))


def _day(memo: CourseMemo, on: date, candidates: Sequence[Item], include_all: bool, explain: bool) -> Checklist:
    protocol, index = memo.protocol, memo.index
    facts = memo.facts(on)
    items = (_evaluate(memo, item, facts, on, include_all, explain) for item in candidates)
    listed = _alternatives(memo, facts, [i for i in items if i is not None], include_all)
    listed.sort(key=lambda i: (STATUSES.index(i.status), _CATEGORY_RANK.get(i.category, 99), i.id))
    score = index.hematotox_as_of(on)
    return Checklist(
        date=on,
        day=(on - index.day0).days,
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        scores={"car_hematotox": None if score is None else {"score": score.score, "risk": score.risk}},
        items=tuple(listed),
    )


def _alternatives(
    memo: CourseMemo, facts: Facts, listed: list[ChecklistItem], include_all: bool
) -> list[ChecklistItem]:
    """Where a source gives A or B, one is listed: an item gives way to its replacement when that applies."""
    protocol = memo.protocol
    if not any(i.id in protocol.alternatives for i in listed):
        return listed
    applying = {i.id for i in listed if i.status in _REPLACES}
    result: list[ChecklistItem] = []
    for listed_item in listed:
        item = protocol.item(listed_item.id)
        other = None if item is None else _rule_for(item, facts, memo.rules).replaced_by
        if other is None or other not in applying or listed_item.status == Status.NOT_APPLICABLE:
            result.append(listed_item)
        elif include_all:
            why = f"{other} applies today and replaces this item ({', '.join(listed_item.sources)})."
            result.append(replace(listed_item, status=Status.NOT_APPLICABLE, why=why, due=None))
    return result


def _fixed_windows(memo: CourseMemo, on: date) -> tuple[list[tuple[Item, date, date | None]], list[Item]]:
    """Items whose rule and window do not depend on the date, with their first and last day; and the rest."""
    protocol, facts = memo.protocol, memo.facts(on)
    fixed: list[tuple[Item, date, date | None]] = []
    moving: list[Item] = []
    for item in protocol.items:
        if item.variants and not all(v.when.facts <= STATIC_FACTS for v in item.variants):
            moving.append(item)
            continue
        rule = _rule_for(item, facts, memo.rules)
        if rule.gap is not None:
            continue  # a gap is listed only with include_all
        if rule.when is not None and rule.when.facts <= STATIC_FACTS and rule.when.evaluate(facts) is False:
            continue  # a condition on the record alone (HCV antibody negative, say) that never holds for it
        if rule.start.anchor not in FIXED_ANCHORS or (rule.end is not None and rule.end.anchor not in FIXED_ANCHORS):
            moving.append(item)
            continue
        start, end = _window(rule, memo, on, _NO_NOTES)
        if start is not None:
            fixed.append((item, start, end))
    return fixed, moving


def _evaluate(
    memo: CourseMemo, item: Item, facts: Facts, on: date, include_all: bool, explain: bool
) -> ChecklistItem | None:
    protocol, index = memo.protocol, memo.index
    rule = _rule_for(item, facts, memo.rules)
    notes: list[str] = [] if explain else _NO_NOTES
    # Most items do not apply on a given day; without include_all their reasons are never built.
    if rule.gap is not None:
        return _item(protocol, item, rule, facts, notes, Status.NOT_APPLICABLE, rule.gap) if include_all else None
    start, end = _window(rule, memo, on, notes)
    outside = start is None or on < start or (end is not None and on > end)
    if start is None or outside:
        return _not_applicable(protocol, item, rule, facts, notes, start, end, on, True) if include_all else None
    holds = True if rule.when is None else rule.when.evaluate(facts)
    if holds is None:
        # Unknown is not "no" for a safety item: say what is missing and count it (docs/clinical-rules.md).
        policy = rule.if_unknown or (Status.NEEDS_DATA if item.category in SAFETY_CATEGORIES else Status.NOT_APPLICABLE)
        if policy == Status.NEEDS_DATA:
            detail = missing(rule.when, facts) if explain else ""
            return _item(protocol, item, rule, facts, notes, Status.NEEDS_DATA, detail, on)
        if policy == Status.DUE:
            holds = True
            if notes is not _NO_NOTES:
                notes.append(missing(rule.when, facts, assumed=True))
    if not holds:
        return _not_applicable(protocol, item, rule, facts, notes, start, end, on, holds) if include_all else None
    due = _due_date(rule, start, on)
    found = settled(item, rule, index, facts, due, on)
    if found is not None:
        return _item(protocol, item, rule, facts, notes, found[0], found[1], due)
    if rule.stop is not None and rule.stop.evaluate(facts):
        detail = f"Stop rule met ({values(rule.stop, facts)}): review stopping." if explain else ""
        return _item(protocol, item, rule, facts, notes, Status.STOP_REVIEW, detail, due)
    blocked = [g for g in rule.gates if not g.require.evaluate(facts)]
    if blocked:
        until = [d for g in blocked if g.until and (d := _resolve(g.until, memo, on, [])) is not None]
        detail = "Blocked: " + "; ".join(render(g.why, facts) for g in blocked) + "." if explain else ""
        return _item(protocol, item, rule, facts, notes, Status.BLOCKED, detail, due, max(until) if until else None)
    missed = carried_over(item, rule, memo, start, due, on)
    if missed is not None:
        oldest, count = missed
        detail = ""
        if explain:
            later = f" and {count - 1} later due date{'s' if count > 2 else ''}" if count > 1 else ""
            detail = f"Not recorded for {dated(oldest, index.day0)}{later}; today's is due as well."
            detail = " ".join(t for t in (detail, recorded_vaccines(item, index, on)) if t)
        return _item(protocol, item, rule, facts, notes, Status.OVERDUE, detail, oldest)
    if due < on:
        detail = f"Was due {dated(due, index.day0)}."
        return _item(protocol, item, rule, facts, notes, Status.OVERDUE, detail, due)
    return _item(protocol, item, rule, facts, notes, Status.DUE, recorded_vaccines(item, index, on), due)


def _not_applicable(
    protocol: Protocol,
    item: Item,
    rule: Rule,
    facts: Facts,
    notes: list[str],
    start: date | None,
    end: date | None,
    on: date,
    holds: bool | None,
) -> ChecklistItem:
    return _item(
        protocol, item, rule, facts, notes, Status.NOT_APPLICABLE, _why_not(rule, start, end, on, holds, facts)
    )


def _why_not(rule: Rule, start: date | None, end: date | None, on: date, holds: bool | None, facts: Facts) -> str:
    if start is None:
        return f"Not started: {anchor_label(rule.start.anchor)} has not happened."
    if on < start:
        return f"Starts {start.isoformat()} ({point_words(rule.start)})."
    if end is not None and on > end:
        return f"Ended {end.isoformat()} ({point_words(rule.end) if rule.end else ''})."
    assert rule.when is not None
    if holds is None:
        return missing(rule.when, facts)
    return f"Does not apply today ({values(rule.when, facts)})."


def _item(
    protocol: Protocol,
    item: Item,
    rule: Rule,
    facts: Facts,
    notes: list[str],
    status: Status,
    detail: str,
    due: date | None = None,
    until: date | None = None,
) -> ChecklistItem:
    why = ""
    if notes is not _NO_NOTES:
        tail = " ".join(t for t in (detail, *notes, _inherited(protocol, item)) if t)
        why = f"{render(rule.why, facts)} {tail}".strip()
    return ChecklistItem(
        item.id,
        item.title,
        item.category,
        status,
        why,
        rule.sources,
        due,
        until,
        rule.drug,
        item.inherited_from,
    )


def _rule_for(item: Item, facts: Facts, cache: dict[str, Rule]) -> Rule:
    """The variant of `item` that applies on facts.on (the first that matches, else its own rule)."""
    if not item.variants:
        return item.rule
    static = all(v.when.facts <= STATIC_FACTS for v in item.variants)
    if static and item.id in cache:
        return cache[item.id]  # product, target, label era...: the same choice on every date
    rule = next((v.rule for v in item.variants if v.when.evaluate(facts)), item.rule)
    if static:
        cache[item.id] = rule
    return rule


def _window(rule: Rule, memo: CourseMemo, on: date, notes: list[str]) -> tuple[date | None, date | None]:
    """The rule's first and last day; fixed-anchor windows are resolved once per course."""
    cached = memo.windows.get(id(rule))
    if cached is not None and cached[0] is rule:
        if cached[3] and notes is not _NO_NOTES:
            notes.extend(n for n in cached[3] if n not in notes)
        return cached[1], cached[2]
    found: list[str] = []
    start = _resolve(rule.start, memo, on, found)
    end = _resolve(rule.end, memo, on, found) if rule.end is not None else None
    if rule.start.anchor in FIXED_ANCHORS and (rule.end is None or rule.end.anchor in FIXED_ANCHORS):
        memo.windows[id(rule)] = (rule, start, end, tuple(found))
    if notes is not _NO_NOTES:
        notes.extend(n for n in found if n not in notes)
    return start, end


def _resolve(point: Point | None, memo: CourseMemo, on: date, notes: list[str]) -> date | None:
    if point is None:
        return None
    index = memo.index
    if point.anchor in FIXED_ANCHORS:
        # Fixed anchors do not depend on the date: resolve once per course.
        cached = memo.resolved.get(point.text)
        if cached is None:
            anchor, note = _anchor_date(point.anchor, index, on), ""
            if anchor is None and point.anchor == "ld":  # the usual first LD day, and say so
                anchor, note = (
                    index.treatment_start,
                    "(lymphodepletion start not recorded: assumed on day -5.)",
                )
            elif anchor is None:  # the record lacks the date: count from day 0 and say so
                anchor, note = index.day0, f"({anchor_label(point.anchor)} not recorded: counted from day 0.)"
            cached = memo.resolved[point.text] = (point.resolve(anchor), note)
        if cached[1] and notes is not _NO_NOTES and cached[1] not in notes:
            notes.append(cached[1])
        return cached[0]
    anchor = _anchor_date(point.anchor, index, on)
    return None if anchor is None else point.resolve(anchor)


def _anchor_date(anchor: str, index: PatientIndex, on: date) -> date | None:
    therapy = index.record.therapy
    if anchor == "d":
        return index.day0
    if anchor == "ld":
        return therapy.lymphodepletion_start
    if anchor == "apheresis":
        return therapy.apheresis_date
    if anchor == "last_ivig":
        return index.last_treatment_day(("ivig",), on)
    if anchor.startswith("steroid_day_"):
        return index.steroid_day(int(anchor.rsplit("_", 1)[1]), on)
    return None


def _due_date(rule: Rule, start: date, on: date) -> date:
    kind = rule.frequency.kind
    if kind in ("daily", "per-event"):
        return on  # each day is its own instance
    if kind == "once":
        return start
    if kind == "every":
        n = rule.frequency.days
        return start + timedelta(days=((on - start).days // n) * n)
    if kind in ("monthly", "months"):
        step = 1 if kind == "monthly" else rule.frequency.days
        return add_months(start, (whole_months_between(start, on) // step) * step)
    return on  # daily and per-event: each day is its own instance


def _inherited(protocol: Protocol, item: Item) -> str:
    if item.inherited_from and item.inherited_from != protocol.id:
        return f"(Rule inherited from {item.inherited_from}: {protocol.id} gives no rule of its own here.)"
    return ""
