"""Protocol parts in ward sentences: conditions, days, windows and frequencies, never condition code.

    anc < 0.5                      -> ANC below 0.5 ×10⁹/L
    months_since_infusion >= 6     -> 6 months or more since infusion
    cmv_igg == "positive"          -> CMV IgG positive
    igg == null                    -> IgG not recorded
    ld-1                           -> 1 day before lymphodepletion start

A "not" is pushed inward first (not (a or b) is "not a and not b"); in the three-valued logic of
bedside/protocol/expr.py both forms give the same answer for every patient, unknowns included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bedside.protocol.expr import Compare, Condition, Const, Fact, InList, Logic, Node, Not, Value
from bedside.protocol.fact_words import FactWords, value_name, words_for
from bedside.protocol.model import Frequency, Point

_FLIP = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
_MIRROR = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
# measure: "ANC below 0.5"; grade: "latest CRS grade 1 or higher"; count: "3 or more steroid days".
_MEASURE = {"<": "below {v}", "<=": "at most {v}", ">": "above {v}", ">=": "at least {v}", "==": "exactly {v}"}
_GRADE = {"<": "below {v}", "<=": "{v} or lower", ">": "above {v}", ">=": "{v} or higher", "==": "{v}"}
_COUNT = {"<": "fewer than {v}", "<=": "at most {v}", ">": "more than {v}", ">=": "at least {v}", "==": "exactly {v}"}
_SINCE = {"<": "less than {v}", "<=": "{v} or less", ">": "more than {v}", ">=": "{v} or more", "==": "exactly {v}"}
_DAY = {"<": "before {v}", "<=": "{v} or earlier", ">": "after {v}", ">=": "{v} or later", "==": "on {v}"}
_TYPOGRAPHY = (
    (">=", "≥"),
    ("<=", "≤"),
    ("!=", "≠"),
    ("x10^9/L", "×10⁹/L"),
    ("10^9/L", "10⁹/L"),
    ("/uL", "/µL"),
    ("ug/kg", "µg/kg"),
)
_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")


@dataclass(frozen=True, slots=True)
class Clause:
    """A condition in words: one sentence (op ""), or all / any of several clauses."""

    op: str  # "" | "all" | "any"
    text: str = ""
    parts: tuple[Clause, ...] = ()


def condition_clause(condition: Condition) -> Clause:
    return _clause(condition.tree, negate=False)


def condition_sentence(condition: Condition) -> str:
    """The whole condition as one sentence, e.g. "ANC below 0.5 ×10⁹/L and either A or B"."""
    return sentence(condition_clause(condition))


def sentence(clause: Clause, nested: bool = False) -> str:
    if not clause.op:
        return clause.text
    parts = [sentence(p, nested=True) for p in clause.parts]
    word = "and" if clause.op == "all" else "or"
    # A group in the middle of a list would leave its end unclear: semicolons then mark where it ends.
    grouped = any(p.op for p in clause.parts[:-1])
    comma = "; " if grouped else ", "
    body = comma.join(parts[:-1]) + f"{';' if grouped else ''} {word} {parts[-1]}"
    if not nested:
        return body
    if len(parts) == 2 and not grouped:
        return f"{'both' if word == 'and' else 'either'} {body}"
    return f"{'all' if word == 'and' else 'any'} of: {body}"


def outline(clause: Clause, depth: int = 0) -> list[tuple[int, str]]:
    """A nested condition as indented lines: "all of:" with one line per part below it."""
    if not clause.op:
        return [(depth, clause.text)]
    head = "all of:" if clause.op == "all" else "any of:"
    return [(depth, head)] + [line for part in clause.parts for line in outline(part, depth + 1)]


def is_nested(clause: Clause) -> bool:
    return any(part.op for part in clause.parts)


def _clause(node: Node, negate: bool) -> Clause:
    if isinstance(node, Not):
        return _clause(node.operand, not negate)
    if isinstance(node, Logic):
        op = "all" if (node.op == "and") != negate else "any"
        flat: list[Clause] = []
        for operand in node.operands:
            part = _clause(operand, negate)
            flat.extend(part.parts if part.op == op else (part,))  # "a and (b and c)" reads as "a, b and c"
        return Clause(op, parts=tuple(flat))
    return Clause("", _leaf(node, negate))


def _leaf(node: Node, negate: bool) -> str:
    if isinstance(node, Fact):
        return _compare(node.name, "!=" if negate else "==", True)
    if isinstance(node, Compare):
        op = _FLIP[node.op] if negate else node.op
        if isinstance(node.left, Fact) and isinstance(node.right, Const):
            return _compare(node.left.name, op, node.right.value)
        if isinstance(node.left, Const) and isinstance(node.right, Fact):
            return _compare(node.right.name, _MIRROR[op], node.left.value)
        return f"{_operand(node.left)} {_OP_WORDS[op]} {_operand(node.right)}"
    if isinstance(node, InList) and isinstance(node.item, Fact):
        return _in_list(node.item.name, node.options, negate)
    if isinstance(node, InList):
        shown = " or ".join(_value(v) for v in node.options)
        return f"{_operand(node.item)} {'not ' if negate else ''}one of {shown}"
    truth = isinstance(node, Const) and bool(node.value)
    return "always" if truth != negate else "never"


_OP_WORDS = {"<": "below", "<=": "at most", ">": "above", ">=": "at least", "==": "equal to", "!=": "other than"}


def _operand(node: Node) -> str:
    if isinstance(node, Fact):
        return words_for(node.name).label
    if isinstance(node, Const):
        return _value(node.value)
    return "(a calculated value)"


def _compare(fact: str, op: str, value: Value) -> str:
    words = words_for(fact)
    if value is None:
        return _null(words, recorded=op == "!=")
    if isinstance(value, bool):
        yes = (op == "==") == value
        if words.kind == "flag":
            return words.label if yes else words.no
        return f"{words.label}: {'yes' if yes else 'no'}"
    if words.kind == "text" or isinstance(value, str):
        phrase = dict(words.values).get(str(value)) if words.kind == "text" else None
        if op == "==":
            return phrase or f"{words.label} {_value(value)}"
        if op == "!=":
            return f"not {phrase}" if phrase else f"{words.label} not {_value(value)}"
        return f"{words.label} {_OP_WORDS[op]} {_value(value)}"
    return _number(words, op, value)


def _number(words: FactWords, op: str, value: float | int | str) -> str:
    shown = _value(value)
    if op == "!=":
        return f"{words.label} other than {shown}{_unit(words.unit)}"
    if words.kind == "day":
        return _DAY[op].format(v=_day(value))
    if words.kind in ("months", "days"):
        unit = words.kind if value != 1 else words.kind[:-1]
        return f"{_SINCE[op].format(v=f'{shown} {unit}')} since {words.label}"
    if words.kind == "count":
        noun = words.one if value == 1 and words.one else words.label
        return f"{_COUNT[op].format(v=shown)} {noun}"
    if words.kind == "grade":
        return f"{words.label} {_GRADE[op].format(v=shown)}"
    return f"{words.label} {_MEASURE[op].format(v=shown + _unit(words.unit))}"


def _null(words: FactWords, recorded: bool) -> str:
    if words.kind in ("months", "days"):
        return f"{words.label} is recorded" if recorded else (words.null or f"{words.label} not recorded")
    if recorded:
        return f"{words.label} recorded"
    return words.null or f"{words.label} not recorded"


def _in_list(fact: str, options: tuple[Value, ...], negate: bool) -> str:
    words = words_for(fact)
    phrases = dict(words.values)
    phrased = all(str(v) in phrases for v in options)  # "a CD19- or BCMA-targeted product" needs every value
    shown = [phrases[str(v)] if phrased else _value(v) for v in options]
    listed = " or ".join(shown)
    if negate:
        listed = "not " + shown[0] if len(shown) == 1 else "neither " + " nor ".join(shown)
    return listed if phrased else f"{words.label} {listed}"


def _value(value: Value) -> str:
    if value is None:
        return "not recorded"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _unit(unit: str) -> str:
    if not unit:
        return ""
    return unit if unit.startswith("/") else f" {unit}"


def _day(value: float | int | str) -> str:
    if isinstance(value, int | float) and value != 0:
        return f"day {value:+g}"
    return "day 0" if isinstance(value, int | float) else f"day {value}"


# ---- days, windows and frequencies ---------------------------------------------------------------

_ANCHORS = {"d": "infusion", "ld": "lymphodepletion start", "apheresis": "apheresis", "last_ivig": "the last IVIG dose"}


def anchor_words(anchor: str) -> str:
    m = re.fullmatch(r"steroid_day_(\d+)", anchor)
    if m:
        return f"the {_ordinal(int(m.group(1)))} day with systemic corticosteroids"
    return _ANCHORS.get(anchor, anchor.replace("_", " "))


def point_words(point: Point) -> str:
    """ "d+30" -> "day +30"; "d+6mo" -> "6 months after infusion"; "ld-1" -> "1 day before lymphodepletion start"."""
    if point.anchor == "d" and not point.months:
        return "day 0 (infusion)" if point.offset == 0 else f"day {point.offset:+d}"
    anchor = anchor_words(point.anchor)
    if point.offset == 0:
        return anchor
    n = abs(point.offset)
    unit = ("month" if point.months else "day") + ("s" if n != 1 else "")
    return f"{n} {unit} {'after' if point.offset > 0 else 'before'} {anchor}"


def window_words(start: Point, end: Point | None) -> str:
    if end is None:
        return f"from {point_words(start)}, with no fixed end"
    if end.text.replace(" ", "") == start.text.replace(" ", "") or (
        end.anchor == start.anchor and end.offset == start.offset and end.months == start.months
    ):
        return f"on {point_words(start)}"
    return f"from {point_words(start)} to {point_words(end)}"


def frequency_words(frequency: Frequency) -> str:
    kind, n = frequency.kind, frequency.days
    if kind == "every":
        return "weekly" if n == 7 else ("every day" if n == 1 else f"every {n} days")
    if kind == "months":
        return "every month" if n == 1 else f"every {n} months"
    return {
        "once": "once in the window",
        "daily": "every day of the window",
        "monthly": "monthly (each calendar month from the start)",
        "per-event": "each day the condition holds (per event)",
    }.get(kind, frequency.text)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---- protocol text -------------------------------------------------------------------------------


def ward_text(text: str) -> str:
    """A protocol's own text (why, drug, gap) with ward typography and {fact} placeholders named."""

    def name(m: re.Match[str]) -> str:
        return f"‹{value_name(m.group(1))}›"

    text = _PLACEHOLDER.sub(name, text)
    for raw, shown in _TYPOGRAPHY:
        text = text.replace(raw, shown)
    return text
