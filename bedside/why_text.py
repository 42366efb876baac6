"""The "why" of a checklist item in ward words: values with units and dates, never condition code.

docs/clinical-rules.md, "The why in ward words": a lab value is shown with the date it was drawn, and
a result from before treatment is named as not counted.
"""

from __future__ import annotations

import re

from bedside import fact_words as words
from bedside.facts import FACT_NAMES, Facts
from bedside.protocol.expr import Condition, Value

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
        test = words.LAB_FACTS.get(name)
        row = facts.lab_row(test) if test and not isinstance(value, bool) else None
        return format_value(value) + (m.group(2) or "") + (f" on {row[0].isoformat()}" if row else "")

    return _PLACEHOLDER.sub(fill, template)


def missing(condition: Condition | None, facts: Facts, assumed: bool = False) -> str:
    """The facts a rule could not decide on, in ward words, and what to record."""
    names = sorted(n for n in (condition.facts if condition else ()) if facts[n] is None)
    parts = [f"{words.label(n)} {_not_recorded(n, facts)}" for n in names] or ["a fact it needs is not recorded"]
    actions = sorted({a for n in names if (a := words.action(n))})
    todo = f": {'; '.join(actions)}" if actions else ""
    if assumed:  # the protocol's text says what is assumed meanwhile
        return f"{'; '.join(parts)}{todo}."
    return f"Cannot tell: {'; '.join(parts)}{todo}."


def _not_recorded(name: str, facts: Facts) -> str:
    test = words.LAB_FACTS.get(name)
    if test is None:
        return "not recorded"
    index = facts.index
    since = (
        f"not recorded since {anchor_label('ld' if index.ld_start() else 'd')} ({index.treatment_start.isoformat()})"
    )
    before = index.latest(test, facts.on)
    if before is not None and before[0] < index.treatment_start:
        return f"{since}; {before[2]:g} on {before[0].isoformat()} was before treatment: not counted"
    return since


def values(condition: Condition, facts: Facts) -> str:
    return ", ".join(f"{words.label(n)} {_shown(n, facts)}" for n in sorted(condition.facts))


def _shown(name: str, facts: Facts) -> str:
    value = facts[name]
    if value is None:
        return _not_recorded(name, facts)
    text = words.shown(value) + (words.unit(name) if not isinstance(value, bool) else "")
    test = words.LAB_FACTS.get(name)
    row = facts.lab_row(test) if test else None
    return f"{text} on {row[0].isoformat()}" if row is not None and not isinstance(value, bool) else text


def point_words(text: str) -> str:
    return (
        text.replace("ld", "lymphodepletion start")
        .replace("mo", " months")
        .replace("d+", "day +")
        .replace("d-", "day -")
    )
