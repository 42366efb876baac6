"""What settles a checklist item's due date, and what is carried over from earlier days.

docs/clinical-rules.md, "Events complete items" and "Carry-over": a tick settles a due date; so does
a lab result, a vaccination, a treatment or a screening result the record already holds. A periodic
item not done on its day stays overdue on the following days until it is settled or its window closes.
"""

from __future__ import annotations

from datetime import date, timedelta

from bedside.domain.checklist import Status
from bedside.domain.dates import add_months, whole_months_between
from bedside.engine.course_memo import CourseMemo
from bedside.engine.fact_words import dated, label
from bedside.engine.facts import Facts
from bedside.engine.patient_index import PatientIndex
from bedside.protocol.model import Item, Rule

# How many earlier instances a periodic item looks back for one not done: a week of daily doses,
# seven weekly PCRs. Older misses are the history's business, not today's list (docs/clinical-rules.md).
CARRY_BACK = 7
_VACCINE_WORDS = {"covid19": "COVID-19", "influenza": "influenza", "rzv": "recombinant zoster"}


def settled(
    item: Item, rule: Rule, index: PatientIndex, facts: Facts, due: date, on: date
) -> tuple[Status, str] | None:
    """(status, why) when a check or an event on file settles this due date; None while it is open."""
    check = index.check_entry(item.id, due, on) if item.id in index.checked_items else None
    if check is not None:
        because = f": {check[1]}" if check[1] else ""
        return Status(check[0]), f"Checked {check[0]} for {due.isoformat()}{because}."
    if rule.done_by_lab is not None:
        latest = index.latest(rule.done_by_lab, on)
        if latest is not None and latest[0] >= due:
            return Status.DONE, f"Result on file: {latest[2]:g} on {latest[0].isoformat()}."
    if rule.done_by_treatment is not None:
        given = [
            t.first_day
            for t in index.treatments
            if t.type == rule.done_by_treatment and t.first_day <= on and t.last_day(on) >= due
        ]
        if given:
            return Status.DONE, f"Given on {max(given).isoformat()}."
    if rule.done_by_vaccine:
        found = {v.vaccine: v.date for v in index.record.vaccinations if due <= v.date <= on}
        if all(kind in found for kind in rule.done_by_vaccine):
            shown = ", ".join(
                f"{_VACCINE_WORDS.get(k, k.upper())} on {found[k].isoformat()}" for k in rule.done_by_vaccine
            )
            return Status.DONE, f"Recorded: {shown}."
    if rule.done_by_serology:
        results = {k: facts.serology(k) for k in rule.done_by_serology}
        if all(results.values()):
            return Status.DONE, "Results on file: " + ", ".join(f"{label(k)} {v}" for k, v in results.items()) + "."
    return None


def carried_over(item: Item, rule: Rule, memo: CourseMemo, start: date, due: date, on: date) -> tuple[date, int] | None:
    """The oldest earlier due date of a periodic item still open, and how many are open; None when none are.

    The look-back stops at the first settled instance, at one whose condition did not hold, at the
    window's start, or after CARRY_BACK instances.
    """
    kind = rule.frequency.kind
    if kind in ("once", "per-event"):
        return None
    index = memo.index
    simple = rule.when is None and rule.stop is None and not rule.gates and not _settles_by_event(rule)
    if simple and item.id not in index.checked_items:
        return _oldest_of(rule, start, due)  # nothing can have settled them: no look-up per due date
    earlier = _earlier_dues(rule, start, due)
    open_dues = 0
    for previous in earlier:  # newest first
        if not _was_due(rule, memo, previous):
            break
        if settled(item, rule, index, memo.facts(previous), previous, on) is not None:
            break
        open_dues += 1
    return (earlier[open_dues - 1], open_dues) if open_dues else None


def _was_due(rule: Rule, memo: CourseMemo, day: date) -> bool:
    """The rule applied that day: its condition held, no gate held it back, no stop rule was met.

    It depends on that day's facts alone, so it is worked out once per rule and day (a schedule asks
    about the same earlier days again and again).
    """
    key = (id(rule), day)  # the memo holds the protocol, so a rule's id is not reused while it lives
    found = memo.due_cache.get(key)
    if found is None:
        facts = memo.facts(day)
        found = bool(
            (rule.when is None or rule.when.evaluate(facts))
            and all(g.require.evaluate(facts) for g in rule.gates)
            and not (rule.stop and rule.stop.evaluate(facts))
        )
        memo.due_cache[key] = found
    return found


def _settles_by_event(rule: Rule) -> bool:
    return bool(rule.done_by_lab or rule.done_by_treatment or rule.done_by_vaccine or rule.done_by_serology)


def _oldest_of(rule: Rule, start: date, due: date) -> tuple[date, int] | None:
    """The oldest of the CARRY_BACK due dates before `due` (within the window), and how many there are."""
    kind, step = rule.frequency.kind, rule.frequency.days
    if kind in ("daily", "every"):
        gap = timedelta(days=1 if kind == "daily" else step)
        count = min(CARRY_BACK, (due - start) // gap)
        return (due - gap * count, count) if count > 0 else None
    months = 1 if kind == "monthly" else step
    reached = whole_months_between(start, due) // months
    count = min(CARRY_BACK, reached)
    return (add_months(start, (reached - count) * months), count) if count > 0 else None


def _earlier_dues(rule: Rule, start: date, due: date) -> list[date]:
    """Up to CARRY_BACK due dates before `due` and not before the window's start, newest first."""
    kind, step = rule.frequency.kind, rule.frequency.days
    if kind in ("daily", "every"):  # evenly spaced: plain arithmetic
        gap = timedelta(days=1 if kind == "daily" else step)
        return [due - gap * k for k in range(1, min(CARRY_BACK, (due - start) // gap) + 1)]
    months = 1 if kind == "monthly" else step
    reached = whole_months_between(start, due) // months
    return [add_months(start, (reached - k) * months) for k in range(1, min(CARRY_BACK, reached) + 1)]


def recorded_vaccines(item: Item, index: PatientIndex, on: date) -> str:
    """For a vaccination item, what the record already holds since day 0: the series advances."""
    if item.category != "vaccination":
        return ""
    given = [v for v in index.record.vaccinations if index.day0 <= v.date <= on]
    if not given:
        return ""
    shown = ", ".join(f"{_vaccine(v.vaccine)} {dated(v.date, index.day0)}" for v in given)
    return f"Recorded since day 0: {shown}."


def _vaccine(kind: str) -> str:
    return _VACCINE_WORDS.get(kind, kind.upper())
