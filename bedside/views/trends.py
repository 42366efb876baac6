"""Lab trends for the small charts: results in the internal unit, and the thresholds the protocol uses.

A threshold is only ever read from the patient's protocol: every comparison between a trended fact and a
number in an item's conditions (when, each variant's when, stop, gates), with the items that use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from bedside.domain.patient import PatientRecord
from bedside.domain.units import LAB_TESTS
from bedside.protocol.expr import Compare, Condition, Const, Fact, Logic, Node, Not
from bedside.protocol.model import Item, Protocol, Rule

# Trended lab test -> the fact that reads it (the same names today; kept explicit so a rename shows).
TREND_FACTS = {"anc": "anc", "platelets": "platelets", "igg": "igg", "cd4": "cd4", "cmv_pcr": "cmv_pcr"}
_MIRROR = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


@dataclass(frozen=True, slots=True)
class TrendPoint:
    date: date
    time: str | None
    value: float  # in the test's internal unit


@dataclass(frozen=True, slots=True)
class Threshold:
    """A number the protocol compares the fact with, e.g. 0.5 in "anc < 0.5", and where it is used."""

    value: float
    comparisons: tuple[str, ...]  # "< 0.5", "> 0.5": how the items compare, fact on the left
    item_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Series:
    test: str
    label: str  # "ANC"
    unit: str  # the internal unit every point is in, e.g. "10^9/L"
    points: tuple[TrendPoint, ...]
    thresholds: tuple[Threshold, ...]


def trends(protocol: Protocol, record: PatientRecord) -> list[Series]:
    """ANC, platelets, IgG, CD4 and CMV PCR, oldest first, each with its protocol thresholds."""
    found = thresholds(protocol)
    result = []
    for test in TREND_FACTS:
        lab = LAB_TESTS[test]
        labs = sorted((x for x in record.labs if x.test == test), key=lambda x: (x.date, x.time or ""))
        points = tuple(TrendPoint(x.date, x.time, x.internal_value) for x in labs)
        result.append(Series(test, lab.label, lab.internal_unit, points, tuple(found.get(test, ()))))
    return result


def thresholds(protocol: Protocol) -> dict[str, list[Threshold]]:
    """Trended test -> its thresholds in ascending order; a test the protocol never compares is absent."""
    tests = {fact: test for test, fact in TREND_FACTS.items()}
    by_value: dict[tuple[str, float], tuple[set[str], list[str]]] = {}
    for item in protocol.items:
        for condition in _conditions(item):
            for fact, op, number in _comparisons(condition.tree):
                if fact not in tests:
                    continue
                comparisons, ids = by_value.setdefault((tests[fact], number), (set(), []))
                comparisons.add(f"{op} {number:g}")
                if item.id not in ids:
                    ids.append(item.id)
    result: dict[str, list[Threshold]] = {}
    for (test, number), (comparisons, ids) in sorted(by_value.items()):
        result.setdefault(test, []).append(Threshold(number, tuple(sorted(comparisons)), tuple(ids)))
    return result


def _conditions(item: Item) -> Iterator[Condition]:
    rules: list[Rule] = [item.rule, *(v.rule for v in item.variants)]
    yield from (v.when for v in item.variants)
    for rule in rules:
        yield from (c for c in (rule.when, rule.stop) if c is not None)
        yield from (g.require for g in rule.gates)


def _comparisons(node: Node) -> Iterator[tuple[str, str, float]]:
    """(fact, operator, number) for each fact-versus-number comparison, written with the fact on the left."""
    if isinstance(node, Compare):
        left, right = node.left, node.right
        if isinstance(left, Fact) and (number := _number(right)) is not None:
            yield left.name, node.op, number
        elif isinstance(right, Fact) and (number := _number(left)) is not None:
            yield right.name, _MIRROR[node.op], number
    elif isinstance(node, Not):
        yield from _comparisons(node.operand)
    elif isinstance(node, Logic):
        for operand in node.operands:
            yield from _comparisons(operand)


def _number(node: Node) -> float | None:
    if not isinstance(node, Const) or isinstance(node.value, bool):  # true/false are ints to Python
        return None
    return float(node.value) if isinstance(node.value, int | float) else None
