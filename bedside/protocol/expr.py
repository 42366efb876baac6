"""A small, safe condition language over named patient facts. Parsed when a protocol loads; never eval'd.

    anc < 0.5 and day >= 0
    target == "BCMA" or (igg < 400 and sinopulmonary_infections >= 1)
    not prior_hct

Logic is three-valued: a fact that is not recorded is unknown (None), a comparison with an unknown
is unknown, and `unknown and false` is false. An item whose condition is unknown does not apply,
and its "why" names the missing facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Union

Value = float | int | str | bool | None

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<str>\"[^\"]*\")|(?P<op><=|>=|==|!=|<|>|\(|\)|\[|\]|,)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*))"
)
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


class ExpressionError(ValueError):
    """A condition that does not parse, or names a fact Bedside does not know."""


@dataclass(frozen=True, slots=True)
class Const:
    value: Value


@dataclass(frozen=True, slots=True)
class Fact:
    name: str


@dataclass(frozen=True, slots=True)
class Compare:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class InList:
    item: Node
    options: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class Not:
    operand: Node


@dataclass(frozen=True, slots=True)
class Logic:
    op: str  # "and" | "or"
    operands: tuple[Node, ...]


Node = Union[Const, Fact, Compare, InList, Not, Logic]  # noqa: UP007 (recursive alias)


Evaluator = Callable[[Mapping[str, Value]], Value]


@dataclass(frozen=True, slots=True)
class Condition:
    """A parsed condition with its source text, the facts it reads, and its compiled evaluator."""

    text: str
    tree: Node
    facts: frozenset[str]
    run: Evaluator

    def evaluate(self, facts: Mapping[str, Value]) -> bool | None:
        return _truth(self.run(facts))


def parse(text: str, known_facts: frozenset[str] | set[str]) -> Condition:
    tokens = _tokenize(text)
    parser = _Parser(tokens, text)
    tree = parser.expression()
    if parser.pos != len(tokens):
        raise ExpressionError(f'unexpected "{tokens[parser.pos]}" in condition "{text}"')
    names = frozenset(_fact_names(tree))
    unknown = sorted(names - set(known_facts))
    if unknown:
        raise ExpressionError(f'unknown fact "{unknown[0]}" in condition "{text}"')
    return Condition(text, tree, names, _compile(tree))


def _tokenize(text: str) -> list[str]:
    tokens, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise ExpressionError(f'cannot read "{text[pos : pos + 10]}" in condition "{text}"')
        tokens.append(match.group().strip())
        pos = match.end()
    if not tokens:
        raise ExpressionError("a condition cannot be empty")
    return tokens


class _Parser:
    def __init__(self, tokens: list[str], text: str) -> None:
        self.tokens, self.text, self.pos = tokens, text, 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            want = f'"{expected}"' if expected else "more"
            raise ExpressionError(f'expected {want} in condition "{self.text}"')
        self.pos += 1
        return token

    def expression(self) -> Node:
        return self._chain("or", self._and)

    def _and(self) -> Node:
        return self._chain("and", self._not)

    def _chain(self, op: str, inner: Callable[[], Node]) -> Node:
        operands = [inner()]
        while self.peek() == op:
            self.take()
            operands.append(inner())
        return operands[0] if len(operands) == 1 else Logic(op, tuple(operands))

    def _not(self) -> Node:
        if self.peek() == "not":
            self.take()
            return Not(self._not())
        return self._compare()

    def _compare(self) -> Node:
        left = self._atom()
        token = self.peek()
        if token in _COMPARE:
            self.take()
            return Compare(token, left, self._atom())
        if token == "in":
            self.take()
            self.take("[")
            options = [self._literal()]
            while self.peek() == ",":
                self.take()
                options.append(self._literal())
            self.take("]")
            return InList(left, tuple(options))
        return left

    def _literal(self) -> Value:
        node = self._atom()
        if not isinstance(node, Const):
            raise ExpressionError(f'a list may hold only numbers and text, in condition "{self.text}"')
        return node.value

    def _atom(self) -> Node:
        token = self.take()
        if token == "(":
            node = self.expression()
            self.take(")")
            return node
        if token[0].isdigit():
            return Const(float(token) if "." in token else int(token))
        if token.startswith('"'):
            return Const(token[1:-1])
        if token in ("true", "false"):
            return Const(token == "true")
        if token == "null":
            return Const(None)
        if token in _KEYWORDS or not (token[0].isalpha() or token[0] == "_"):
            raise ExpressionError(f'unexpected "{token}" in condition "{self.text}"')
        return Fact(token)


def _fact_names(node: Node) -> list[str]:
    if isinstance(node, Fact):
        return [node.name]
    if isinstance(node, Compare):
        return _fact_names(node.left) + _fact_names(node.right)
    if isinstance(node, InList):
        return _fact_names(node.item)
    if isinstance(node, Not):
        return _fact_names(node.operand)
    if isinstance(node, Logic):
        return [n for operand in node.operands for n in _fact_names(operand)]
    return []


def _truth(value: Value) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    return bool(value)


def _eval(node: Node, facts: Mapping[str, Value]) -> Value:
    if isinstance(node, Const):
        return node.value
    if isinstance(node, Fact):
        return facts[node.name]
    if isinstance(node, Compare):
        left, right = _eval(node.left, facts), _eval(node.right, facts)
        if node.op in ("==", "!=") and Const(None) in (node.left, node.right):
            # "x == null" asks whether a fact is unrecorded: that question has an answer.
            same = left is None and right is None
            return same if node.op == "==" else not same
        if left is None or right is None:
            return None
        try:
            return _COMPARE[node.op](left, right)
        except TypeError:
            return None
    if isinstance(node, InList):
        item = _eval(node.item, facts)
        return None if item is None else item in node.options
    if isinstance(node, Not):
        inner = _truth(_eval(node.operand, facts))
        return None if inner is None else not inner
    values = [_truth(_eval(operand, facts)) for operand in node.operands]
    if node.op == "and":
        return False if False in values else (None if None in values else True)
    return True if True in values else (None if None in values else False)


def _compile(node: Node) -> Evaluator:
    """Turn the tree into nested closures once, so evaluation does no type dispatch (same rules as _eval)."""
    if isinstance(node, Const):
        value = node.value
        return lambda facts: value
    if isinstance(node, Fact):
        name = node.name
        return lambda facts: facts[name]
    if isinstance(node, Compare):
        left, right, op = _compile(node.left), _compile(node.right), _COMPARE[node.op]
        if node.op in ("==", "!=") and Const(None) in (node.left, node.right):
            equal = node.op == "=="
            return lambda facts: (left(facts) is None and right(facts) is None) == equal

        if isinstance(node.left, Fact) and isinstance(node.right, Const):  # "anc < 0.5": the usual shape
            name, constant = node.left.name, node.right.value

            def fact_to_constant(facts: Mapping[str, Value]) -> Value:
                a = facts[name]
                if a is None:
                    return None
                try:
                    return op(a, constant)
                except TypeError:
                    return None

            return fact_to_constant

        def compare(facts: Mapping[str, Value]) -> Value:
            a, b = left(facts), right(facts)
            if a is None or b is None:
                return None
            try:
                return op(a, b)
            except TypeError:
                return None

        return compare
    if isinstance(node, InList):
        item, options = _compile(node.item), node.options
        return lambda facts: None if (v := item(facts)) is None else v in options
    if isinstance(node, Not):
        operand = _compile(node.operand)
        return lambda facts: None if (v := _truth(operand(facts))) is None else not v
    parts = [_compile(operand) for operand in node.operands]
    stop_on = node.op == "or"  # "or" stops at true, "and" stops at false

    def chain(facts: Mapping[str, Value]) -> Value:
        unknown = False
        for part in parts:
            v = part(facts)
            if v is None:
                unknown = True
            elif bool(v) is stop_on:  # _truth inlined: this runs for every condition of every item
                return stop_on
        return None if unknown else not stop_on

    return chain
