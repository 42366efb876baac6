"""The "why" of a checklist item in ward words: values with units and dates, never condition code.

docs/clinical-rules.md, "The why in ward words": a lab value is shown with the date it was drawn, and
a result from before treatment is named as not counted.
"""

from __future__ import annotations

import re

from bedside.engine import fact_words as words
from bedside.engine.facts import Facts
from bedside.protocol.expr import Condition, Value
from bedside.protocol.fact_vocabulary import FACT_NAMES

# A placeholder and the unit written after it: an unrecorded value drops its unit ("CD4 not recorded").
_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}((?: ?(?:x10\^9/L|/uL|mg/dL|g/dL|IU/mL|C))(?![A-Za-z]))?")
ANCHOR_LABELS = {
    "ld": "lymphodepletion start",
    "apheresis": "apheresis",
    "last_ivig": "an IVIG dose",
    "d": "day 0",
}


def anchor_label(anchor: str) -> str:
    if anchor.startswith("steroid_day_"):
        return f"steroid day {anchor.rsplit('_', 1)[1]}"
    return ANCHOR_LABELS.get(anchor, anchor)


def format_value(value: Value) -> str:
    if value is None:
        return "not recorded"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def render(template: str, facts: Facts) -> str:
    """Fill {fact} placeholders; protocol text is data, so only plain names are substituted."""

    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in FACT_NAMES:
            return m.group(0)
        name = m.group(1)
        value = facts[name]
        if value is None:
            return _not_recorded(name, facts) if name in words.LAB_FACTS else "not recorded"
        return format_value(value) + (m.group(2) or "") + _drawn(name, facts)

    return _PLACEHOLDER.sub(fill, template)


def missing(condition: Condition | None, facts: Facts, assumed: bool = False) -> str:
    """The facts a rule could not decide on, in ward words, and what to record."""
    # A fact the condition asks "== null" of is not missing: "no IVIG so far" is an answer.
    text = condition.text if condition else ""
    asked = {n for n in (condition.facts if condition else ()) if re.search(rf"\b{n} == null", text)}
    names = sorted(n for n in (condition.facts if condition else ()) if facts[n] is None and n not in asked)
    parts = [f"{words.label(n)} {_not_recorded(n, facts)}" for n in names] or ["a fact it needs is not recorded"]
    actions = sorted({a for n in names if (a := words.action(n))})
    todo = f": {'; '.join(actions)}" if actions else ""
    if assumed:
        return f"{'; '.join(parts)}: handled as met until it is known{todo}."
    return f"Cannot tell: {'; '.join(parts)}{todo}."


def _not_recorded(name: str, facts: Facts) -> str:
    test = words.LAB_FACTS.get(name)
    if test is None:
        return "not recorded"
    index = facts.index
    anchor = "lymphodepletion start" if index.ld_start() else "the assumed lymphodepletion start"
    since = f"not recorded since {anchor} ({index.treatment_start.isoformat()})"
    before = index.latest(test, facts.on)
    if before is not None and before[0] < index.treatment_start:
        return f"{since}; {before[2]:g} on {before[0].isoformat()} was before treatment: not counted"
    if before is not None and facts.stale(test, before[0]):
        age = (facts.on - before[0]).days
        return f"not current: the latest, {before[2]:g} on {before[0].isoformat()}, is {age} days old"
    return since


def values(condition: Condition, facts: Facts) -> str:
    return ", ".join(f"{words.label(n)} {_shown(n, facts)}" for n in sorted(condition.facts))


def _shown(name: str, facts: Facts) -> str:
    value = facts[name]
    if value is None:
        return _not_recorded(name, facts)
    text = words.shown(value) + (words.unit(name) if not isinstance(value, bool) else "")
    return text + _drawn(name, facts)


def _drawn(name: str, facts: Facts) -> str:
    """ " on 2025-03-05" after a lab value: the date it was drawn."""
    test = words.LAB_FACTS.get(name)
    if name not in words.DATED_FACTS or test is None:
        return ""
    row = facts.lab_row(test)
    return f" on {row[0].isoformat()}" if row else ""
