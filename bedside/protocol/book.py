"""A protocol book: every item of a protocol in words, as plain data that Markdown and the PDF lay out.

Pure: Protocol in, Book out; no I/O and no clock, so a book made twice from one file is identical.
Rule and item fields are walked generically: a field added to the model later still appears,
labelled by its name, with its value in words.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from bedside.domain.units import LAB_TESTS
from bedside.protocol.expr import Condition
from bedside.protocol.fact_words import words_for
from bedside.protocol.loader import load_bundle
from bedside.protocol.model import CATEGORIES, Frequency, Gate, Item, Point, Protocol, Rule
from bedside.protocol.reading import ProtocolError, parse_toml
from bedside.protocol.sources import SOURCE_KEYS
from bedside.protocol.wording import (
    condition_clause,
    frequency_words,
    is_nested,
    outline,
    point_words,
    sentence,
    ward_text,
    window_words,
)

REGENERATE = "make protocol-books"
# Known fields in reading order, with their labels; any other Rule field follows them, before the why.
RULE_LABELS = {
    "frequency": "Frequency",
    "when": "Applies when",
    "stop": "Review stopping when",
    "gates": "Gates",
    "drug": "Drug",
    "done_by_lab": "Completed by",
    "done_by_treatment": "Completed by",
    "done_by_vaccine": "Completed by",
    "done_by_serology": "Completed by",
    "if_unknown": "When a fact it needs is not recorded",
    "replaced_by": "Gives way to",
    "gap": "[GAP]",
}
_IF_UNKNOWN = {
    "needs-data": "shown as needs data, naming the missing fact and what to record; counted on the board",
    "due": "handled as met until the fact is known, and the why says so",
    "not-applicable": "not listed: without the reading there is no event",
}
_VACCINE_WORDS = {"influenza": "influenza", "covid19": "COVID-19", "rzv": "recombinant zoster"}
LAST = {"why": "Protocol text", "sources": "Sources"}
ITEM_KNOWN = {"id", "title", "category", "rule", "variants", "inherited_from", "change_reason"}
PROTOCOL_KNOWN = {"id", "title", "version", "effective", "approved_by", "sources", "items", "path", "extends"}
PROTOCOL_KNOWN |= {"description", "disabled", "files", "by_id", "alternatives", "fact_settings"}
# Raw TOML keys of an item that are bookkeeping, not rule fields.
_NOT_FIELDS = {"id", "change", "reason"}
_RAW_LABELS = {
    **{k: v.lower() for k, v in {**RULE_LABELS, **LAST}.items()},
    **{"start": "window start", "end": "window end", "variant": "variants", "gap": "the [GAP] note"},
}


@dataclass(frozen=True, slots=True)
class Line:
    """One labelled part of an item: "Window: from day +30, with no fixed end", with indented lines below."""

    label: str
    text: str
    sub: tuple[tuple[int, str], ...] = ()  # (depth, text), depth 0 just under the line
    references: bool = False  # the lines below are citations, not parts of the rule (printed smaller)


@dataclass(frozen=True, slots=True)
class VariantPage:
    condition: Line  # "When: a BCMA-targeted product"
    lines: tuple[Line, ...]  # only what differs from the item's own rule


@dataclass(frozen=True, slots=True)
class ItemPage:
    id: str
    title: str
    category: str
    origin: str  # "" in a protocol that extends nothing
    origin_short: str  # for the summary table: "this protocol", "ash-2024 (unchanged)", ...
    window: str
    frequency: str
    lines: tuple[Line, ...]
    variants: tuple[VariantPage, ...]


@dataclass(frozen=True, slots=True)
class Book:
    protocol_id: str
    title: str
    version: str
    effective: str
    approved_by: str
    extends: str | None
    description: str
    sha256: str
    items: tuple[ItemPage, ...]  # grouped by category, protocol order within each
    disabled: tuple[tuple[str, str], ...]  # (item id, reason)
    sources: tuple[tuple[str, str], ...]  # (key, full citation)
    settings: tuple[tuple[str, str], ...] = ()  # protocol-wide fields beyond the known ones, in words


def build_book(protocol: Protocol) -> Book:
    citations = _citations(protocol)
    own, base = own_items(protocol), base_of(protocol)
    order = {c: n for n, c in enumerate(CATEGORIES)}
    items = sorted(protocol.items, key=lambda i: order.get(i.category, len(order)))  # stable: file order within
    pages = tuple(_item_page(protocol, base, item, own.get(item.id), citations) for item in items)
    used: list[str] = list(protocol.sources)
    for item in protocol.items:
        for rule in (item.rule, *(v.rule for v in item.variants)):
            used.extend(k for k in rule.sources if k not in used)
    return Book(
        protocol_id=protocol.id,
        title=protocol.title,
        version=protocol.version,
        effective=protocol.effective.isoformat(),
        approved_by=protocol.approved_by,
        extends=protocol.extends,
        description=ward_text(protocol.description),
        sha256=protocol.sha256,
        items=pages,
        disabled=tuple(sorted((k, ward_text(v)) for k, v in protocol.disabled.items())),
        sources=tuple((k, citations.get(k, "citation not given")) for k in dict.fromkeys(used)),
        settings=_settings(protocol),
    )


def _item_page(
    protocol: Protocol, base: Protocol | None, item: Item, raw: dict[str, Any] | None, citations: dict[str, str]
) -> ItemPage:
    own_rule = rule_lines(item.rule, citations)
    lines = own_rule + _extra_item_lines(item)
    variants = []
    for variant in item.variants:
        changed = _differences(own_rule, rule_lines(variant.rule, citations))
        variants.append(VariantPage(condition_line("When", variant.when), tuple(changed)))
    origin, short = _origin(protocol, base, item, raw)
    return ItemPage(
        id=item.id,
        title=ward_text(item.title),
        category=item.category,
        origin=origin,
        origin_short=short,
        window=window_words(item.rule.start, item.rule.end),
        frequency=frequency_words(item.rule.frequency),
        lines=tuple(lines),
        variants=tuple(variants),
    )


def rule_lines(rule: Rule, citations: dict[str, str]) -> list[Line]:
    """Every non-empty field of a rule in words: the known ones in reading order, then any new ones."""
    lines = [Line("Window", window_words(rule.start, rule.end))]
    values = {f.name: getattr(rule, f.name) for f in dataclasses.fields(rule)}
    new = [name for name in values if name not in RULE_LABELS and name not in LAST and name not in ("start", "end")]
    for name in [*RULE_LABELS, *new, *LAST]:
        value = values.get(name)
        if name == "when" and value is None:
            lines.append(Line("Applies when", "every patient (no condition)"))
        elif not _empty(value):
            lines.append(field_line(name, value, citations))
    return lines


def field_line(name: str, value: Any, citations: dict[str, str]) -> Line:
    """One field in words, whatever its type; the label is the known one or the field's name."""
    label = RULE_LABELS.get(name) or LAST.get(name) or name.replace("_", " ").capitalize()
    if isinstance(value, Condition):
        return condition_line(label, value)
    if name == "sources":
        cited = tuple((0, f"{k}: {citations.get(k, 'citation not given')}") for k in value)
        return Line(label, ", ".join(value), cited, references=True)
    if name == "done_by_lab" and isinstance(value, str):
        lab = LAB_TESTS[value].label if value in LAB_TESTS else value
        return Line(label, f"a new {lab} result, dated on or after the day it is due, completes it")
    if name == "done_by_treatment" and isinstance(value, str):
        return Line(
            label, f"a recorded {value.upper() if value == 'ivig' else value} dose on or after the day it is due"
        )
    if name == "done_by_vaccine" and isinstance(value, tuple):
        given = " and ".join(_VACCINE_WORDS.get(v, v.upper()) for v in value)
        return Line(label, f"recorded vaccinations ({given}), all dated on or after the day it is due")
    if name == "done_by_serology" and isinstance(value, tuple):
        return Line(label, "screening results on file: " + ", ".join(words_for(k).label for k in value))
    if name == "if_unknown" and isinstance(value, str):
        return Line(label, _IF_UNKNOWN.get(value, value))
    if name == "replaced_by" and isinstance(value, str):
        return Line(label, f"{value}: on a day that item applies, it is listed instead of this one")
    if name == "gap" and isinstance(value, str):
        return Line(label, f"{ward_text(value)} The item never becomes due; the checklist shows this text instead.")
    if isinstance(value, tuple) and value and all(isinstance(g, Gate) for g in value):
        intro = "each must hold before the item can be done; otherwise it shows as blocked, with the reason"
        return Line(label, intro, tuple((0, _gate_words(g)) for g in value))
    return Line(label, _words(value))


def condition_line(label: str, condition: Condition) -> Line:
    clause = condition_clause(condition)
    if not is_nested(clause):
        return Line(label, sentence(clause))
    head, *rest = outline(clause)
    return Line(label, f"{head[1][:-1]} the following:", tuple((depth - 1, text) for depth, text in rest))


def _gate_words(gate: Gate) -> str:
    until = f" (blocked at most until {point_words(gate.until)})" if gate.until else ""
    return f"{sentence(condition_clause(gate.require))}; otherwise blocked: {ward_text(gate.why)}{until}"


def _words(value: Any) -> str:
    """Any field value in words: conditions, days and frequencies by their wording, text with ward typography."""
    if isinstance(value, Condition):
        return sentence(condition_clause(value))
    if isinstance(value, Point):
        return point_words(value)
    if isinstance(value, Frequency):
        return frequency_words(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return ward_text(value)
    if isinstance(value, tuple | list | frozenset | set):
        return "; ".join(_words(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{_words(k)}: {_words(v)}" for k, v in value.items())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]
        return "; ".join(f"{n.replace('_', ' ')}: {_words(v)}" for n, v in parts if not _empty(v))
    return ward_text(str(value))


def _empty(value: Any) -> bool:
    """Nothing to say: unset, empty, or a plain "no" (a new flag left at False reads as noise on every item)."""
    return value is None or value is False or value == "" or (isinstance(value, tuple | list | dict) and not value)


def _settings(protocol: Protocol) -> tuple[tuple[str, str], ...]:
    """Protocol-wide fields the model may gain later (e.g. how many days end a CRS episode), in words."""
    extra = [f.name for f in dataclasses.fields(protocol) if f.name not in PROTOCOL_KNOWN]
    values = [(name, getattr(protocol, name)) for name in extra]
    return tuple((name.replace("_", " ").capitalize(), _words(value)) for name, value in values if not _empty(value))


def _extra_item_lines(item: Item) -> list[Line]:
    """Item fields the model may gain later (beyond id, title, rule, variants and origin)."""
    extra = [f.name for f in dataclasses.fields(item) if f.name not in ITEM_KNOWN]
    return [field_line(name, getattr(item, name), {}) for name in extra if not _empty(getattr(item, name))]


def _differences(base: list[Line], variant: list[Line]) -> list[Line]:
    base_by_label = {line.label: line for line in base}
    variant_labels = {line.label for line in variant}
    changed = [line for line in variant if base_by_label.get(line.label) != line]
    gone = [Line(line.label, "none in this variant") for line in base if line.label not in variant_labels]
    return changed + gone


def _origin(protocol: Protocol, base: Protocol | None, item: Item, raw: dict[str, Any] | None) -> tuple[str, str]:
    if protocol.extends is None:
        return "", "this protocol"
    if item.inherited_from and item.inherited_from != protocol.id:
        return f"Taken unchanged from {item.inherited_from}.", f"{item.inherited_from} (unchanged)"
    reason = ward_text(item.change_reason or "").strip()
    reason_text = f" Reason: {reason}" if reason else ""
    if raw is None or base is None or base.item(item.id) is None:
        return f"Added by this protocol.{reason_text}", "added here"
    set_here = [k for k, v in raw.items() if k not in _NOT_FIELDS and v is not False]
    removed = [k for k, v in raw.items() if k not in _NOT_FIELDS and v is False]
    parts = [f"set here: {', '.join(_RAW_LABELS.get(k, k) for k in set_here)}"] if set_here else []
    parts += [f"removed here: {', '.join(_RAW_LABELS.get(k, k) for k in removed)}"] if removed else []
    changed = "; ".join(parts)
    text = f"Changed from {protocol.extends} ({changed}; everything else as in {protocol.extends}).{reason_text}"
    return text, f"changed from {protocol.extends}"


def own_items(protocol: Protocol) -> dict[str, dict[str, Any]]:
    """The [[item]] tables of the protocol's own file (not its bases'), by id."""
    text = protocol.files.get(f"{protocol.id}.toml")
    if text is None:
        return {}
    try:
        raw_items = parse_toml(protocol.path or protocol.id, text).get("item", [])
    except ProtocolError:
        return {}
    return {r["id"]: r for r in raw_items if isinstance(r, dict) and isinstance(r.get("id"), str)}


def base_of(protocol: Protocol) -> Protocol | None:
    """The protocol it extends, as stored with it (None if it extends nothing)."""
    if protocol.extends is None:
        return None
    try:
        return load_bundle(protocol.files, protocol.extends)
    except ProtocolError:
        return None


def _citations(protocol: Protocol) -> dict[str, str]:
    """The shipped source keys plus every [sources] table in the protocol's files (its own and its bases')."""
    citations = dict(SOURCE_KEYS)
    for name, text in sorted(protocol.files.items()):
        try:
            local = parse_toml(name, text).get("sources", {})
        except ProtocolError:
            continue
        if isinstance(local, dict):
            citations.update({k: v for k, v in local.items() if isinstance(v, str)})
    return citations
