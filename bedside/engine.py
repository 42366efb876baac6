"""The checklist engine: a pure function of (protocol, patient record, date).

No clock, no I/O, no database: the date is always passed in, and only data dated on or before it
is used. Each item says why it is listed: the rule, the facts that triggered it, and its sources.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta, tzinfo

from bedside.checklist import STATUSES, Checklist, ChecklistItem
from bedside.dates import add_months, whole_months_between
from bedside.domain.patient import PatientRecord
from bedside.facts import FACT_NAMES, STATIC_FACTS, Facts, PatientIndex
from bedside.protocol.expr import Condition, Value
from bedside.protocol.model import FIXED_ANCHORS, Item, Point, Protocol, Rule

_NO_NOTES: list[str] = []  # sentinel: reasons are not wanted (explain=False); never appended to
# A placeholder and the unit written after it: an unrecorded value drops its unit ("CD4 not recorded").
_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}((?: ?(?:x10\^9/L|/uL|mg/dL|g/dL|IU/mL|C))(?![A-Za-z]))?")
# The order a ward reads a day's list in: fever first, the product label last.
CATEGORY_ORDER = (
    "febrile neutropenia",
    "monitoring",
    "prophylaxis",
    "immunoglobulin",
    "screening",
    "vaccination",
    "label",
)
_CATEGORY_RANK = {c: i for i, c in enumerate(CATEGORY_ORDER)}


def checklist(
    protocol: Protocol,
    record: PatientRecord | PatientIndex,
    on: date,
    *,
    include_all: bool = False,
    explain: bool = True,
) -> Checklist:
    """What a ward following `protocol` should do for this patient on `on`.

    explain=False leaves each item's `why` empty (statuses only), for timelines over many days.
    """
    index = record if isinstance(record, PatientIndex) else PatientIndex(record)
    return _day(protocol, index, on, protocol.items, include_all, explain)


def _day(
    protocol: Protocol, index: PatientIndex, on: date, candidates: Sequence[Item], include_all: bool, explain: bool
) -> Checklist:
    facts = Facts(index, on)
    items = (_evaluate(protocol, item, index, facts, on, include_all, explain) for item in candidates)
    listed = [i for i in items if i is not None]
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


def schedule(
    protocol: Protocol,
    record: PatientRecord,
    first: date,
    last: date,
    *,
    explain: bool = False,
    zone: tzinfo | None = None,
) -> list[Checklist]:
    """One checklist per day from first to last (inclusive), sharing one index of the record.

    Statuses only by default (a timeline draws them); open one day with checklist() for the reasons.
    zone: the ward's time zone, for the local day each check was recorded on.
    """
    index = PatientIndex(record, zone)
    fixed, moving = _fixed_windows(protocol, index, first)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    # Only items whose window holds the day are evaluated: most items are outside it on most days.
    return [
        _day(
            protocol,
            index,
            on,
            [*(i for i, a, b in fixed if a <= on and (b is None or on <= b)), *moving],
            False,
            explain,
        )
        for on in days
    ]


def _fixed_windows(
    protocol: Protocol, index: PatientIndex, on: date
) -> tuple[list[tuple[Item, date, date | None]], list[Item]]:
    """Items whose rule and window do not depend on the date, with their first and last day; and the rest."""
    facts = Facts(index, on)
    fixed: list[tuple[Item, date, date | None]] = []
    moving: list[Item] = []
    for item in protocol.items:
        if item.variants and not all(v.when.facts <= STATIC_FACTS for v in item.variants):
            moving.append(item)
            continue
        rule = _rule_for(item, facts)
        if rule.gap is not None:
            continue  # a gap is listed only with include_all
        if rule.start.anchor not in FIXED_ANCHORS or (rule.end is not None and rule.end.anchor not in FIXED_ANCHORS):
            moving.append(item)
            continue
        start, end = _window(rule, index, on, _NO_NOTES)
        if start is not None:
            fixed.append((item, start, end))
    return fixed, moving


def _evaluate(
    protocol: Protocol, item: Item, index: PatientIndex, facts: Facts, on: date, include_all: bool, explain: bool
) -> ChecklistItem | None:
    rule = _rule_for(item, facts)
    notes: list[str] = [] if explain else _NO_NOTES
    # Most items do not apply on a given day; without include_all their reasons are never built.
    if rule.gap is not None:
        return _item(protocol, item, rule, facts, notes, "not-applicable", rule.gap) if include_all else None
    start, end = _window(rule, index, on, notes)
    outside = start is None or on < start or (end is not None and on > end)
    # Outside the window the condition is not needed: skip it (most items, most days).
    holds = True if rule.when is None or (outside and not include_all) else rule.when.evaluate(facts)
    if start is None or outside or not holds:
        if not include_all:
            return None
        return _item(protocol, item, rule, facts, notes, "not-applicable", _why_not(rule, start, end, on, holds, facts))
    due = _due_date(rule, start, on)
    check = index.check_status(item.id, due, on)
    if check is not None:
        return _item(protocol, item, rule, facts, notes, check, f"Checked {check} for {due.isoformat()}.", due)
    if rule.done_by_lab is not None:
        latest = index.latest(rule.done_by_lab, on)
        if latest is not None and latest[0] >= due:
            detail = f"Result on file: {latest[2]:g} on {latest[0].isoformat()}."
            return _item(protocol, item, rule, facts, notes, "done", detail, due)
    if rule.stop is not None and rule.stop.evaluate(facts):
        detail = f"Stop criteria met ({rule.stop.text}): review stopping."
        return _item(protocol, item, rule, facts, notes, "stop-review", detail, due)
    blocked = [g for g in rule.gates if not g.require.evaluate(facts)]
    if blocked:
        until = [d for g in blocked if g.until and (d := _resolve(g.until, index, on, [])) is not None]
        detail = "Blocked: " + "; ".join(_render(g.why, facts) for g in blocked) + "."
        return _item(protocol, item, rule, facts, notes, "blocked", detail, due, max(until) if until else None)
    if due < on:
        detail = f"Was due {due.isoformat()} (day {(due - index.day0).days:+d})."
        return _item(protocol, item, rule, facts, notes, "overdue", detail, due)
    return _item(protocol, item, rule, facts, notes, "due", "", due)


def _why_not(rule: Rule, start: date | None, end: date | None, on: date, holds: bool | None, facts: Facts) -> str:
    if start is None:
        return f"Not started: {_anchor_label(rule.start.anchor)} has not happened."
    if on < start:
        return f"Starts {start.isoformat()} ({rule.start.text})."
    if end is not None and on > end:
        return f"Ended {end.isoformat()} ({rule.end.text if rule.end else ''})."
    assert rule.when is not None
    if holds is None:
        return f"Cannot tell: {_missing(rule.when, facts)} not recorded."
    return f"Condition not met: {rule.when.text} ({_values(rule.when, facts)})."


def _item(
    protocol: Protocol,
    item: Item,
    rule: Rule,
    facts: Facts,
    notes: list[str],
    status: str,
    detail: str,
    due: date | None = None,
    until: date | None = None,
) -> ChecklistItem:
    why = ""
    if notes is not _NO_NOTES:
        tail = " ".join(t for t in (detail, *notes, _inherited(protocol, item)) if t)
        why = f"{_render(rule.why, facts)} {tail}".strip()
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


def _rule_for(item: Item, facts: Facts) -> Rule:
    if not item.variants:
        return item.rule
    static = all(v.when.facts <= STATIC_FACTS for v in item.variants)
    cache = facts.index.rules
    if static and item.id in cache:
        return cache[item.id]  # product, target, label era...: the same choice on every date
    rule = next((v.rule for v in item.variants if v.when.evaluate(facts)), item.rule)
    if static:
        cache[item.id] = rule
    return rule


def _window(rule: Rule, index: PatientIndex, on: date, notes: list[str]) -> tuple[date | None, date | None]:
    """The rule's first and last day; fixed-anchor windows are resolved once per patient."""
    cached = index.windows.get(id(rule))
    if cached is not None and cached[0] is rule:
        if cached[3] and notes is not _NO_NOTES:
            notes.extend(n for n in cached[3] if n not in notes)
        return cached[1], cached[2]
    found: list[str] = []
    start = _resolve(rule.start, index, on, found)
    end = _resolve(rule.end, index, on, found) if rule.end is not None else None
    if rule.start.anchor in FIXED_ANCHORS and (rule.end is None or rule.end.anchor in FIXED_ANCHORS):
        index.windows[id(rule)] = (rule, start, end, tuple(found))
    if notes is not _NO_NOTES:
        notes.extend(n for n in found if n not in notes)
    return start, end


def _resolve(point: Point | None, index: PatientIndex, on: date, notes: list[str]) -> date | None:
    if point is None:
        return None
    if point.anchor in FIXED_ANCHORS:
        # Fixed anchors do not depend on the date: resolve once per patient.
        cached = index.resolved.get(point.text)
        if cached is None:
            anchor, note = _anchor_date(point.anchor, index, on), ""
            if anchor is None:  # the record lacks the date: count from day 0 and say so
                anchor, note = index.day0, f"({_anchor_label(point.anchor)} not recorded: counted from day 0.)"
            cached = index.resolved[point.text] = (point.resolve(anchor), note)
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


def _anchor_label(anchor: str) -> str:
    labels = {
        "ld": "lymphodepletion start",
        "apheresis": "apheresis",
        "last_ivig": "an IVIG dose",
        "d": "day 0",
    }
    if anchor.startswith("steroid_day_"):
        return f"steroid day {anchor.rsplit('_', 1)[1]}"
    return labels.get(anchor, anchor)


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


def _format(value: Value) -> str:
    if value is None:
        return "not recorded"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _render(template: str, facts: Mapping[str, Value]) -> str:
    """Fill {fact} placeholders; protocol text is data, so only plain names are substituted."""

    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in FACT_NAMES:
            return m.group(0)
        value = facts[m.group(1)]
        return _format(value) + ("" if value is None else m.group(2) or "")

    return _PLACEHOLDER.sub(fill, template)


def _missing(condition: Condition | None, facts: Facts) -> str:
    if condition is None:
        return ""
    return ", ".join(n for n in sorted(condition.facts) if facts[n] is None) or "a fact"


def _values(condition: Condition, facts: Facts) -> str:
    return ", ".join(f"{n} = {_format(facts[n])}" for n in sorted(condition.facts))
