"""Load protocol files (TOML) into Protocol objects, checking everything before anything runs.

Protocols are data, never code: tomllib only, a size cap, and one error type naming the file,
line, item id and field. A file may `extends` another and add, override or disable items, each
change with a reason.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from bedside.domain.units import LAB_TESTS
from bedside.errors import BedsideError
from bedside.facts import FACT_NAMES
from bedside.protocol.expr import Condition, ExpressionError, parse
from bedside.protocol.model import (
    CATEGORIES,
    Frequency,
    Gate,
    Item,
    Point,
    PointError,
    Protocol,
    Rule,
    Variant,
)
from bedside.protocol.sources import SOURCE_KEYS

MAX_BYTES = 1_000_000
DEFAULT_PROTOCOL = "ash-2024"
HEADER_FIELDS = {
    "id",
    "title",
    "version",
    "effective",
    "approved_by",
    "sources",
    "extends",
    "description",
}
RULE_FIELDS = {
    "start",
    "end",
    "frequency",
    "when",
    "stop",
    "gates",
    "why",
    "drug",
    "sources",
    "gap",
    "done_by_lab",
}
ITEM_FIELDS = {"id", "title", "category", "variant", "change", "reason"} | RULE_FIELDS
GATE_FIELDS = {"require", "why", "until"}
CLEARABLE = {"end", "when", "stop", "gates", "drug", "gap", "done_by_lab", "variant"}
_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")


class ProtocolError(BedsideError):
    """A protocol file that cannot be used, with where the problem is."""

    def __init__(
        self,
        file: str,
        message: str,
        line: int | None = None,
        item: str | None = None,
        field: str | None = None,
    ):
        self.file, self.line, self.item, self.field = file, line, item, field
        where = file + (f":{line}" if line else "")
        parts = [where] + ([f"item {item}"] if item else []) + ([f"field {field}"] if field else [])
        super().__init__(": ".join(parts) + f": {message}")


def shipped_dir() -> Path:
    return Path(str(resources.files("resources") / "protocols"))


def shipped_protocols() -> list[str]:
    return sorted(p.stem for p in shipped_dir().glob("*.toml"))


def load_protocol(id_or_path: str | None = None) -> Protocol:
    """A shipped protocol by id (default ash-2024), or a center's file by path."""
    name = id_or_path or DEFAULT_PROTOCOL
    candidate = Path(name)
    if candidate.suffix == ".toml" or candidate.exists():
        return load_file(candidate)
    path = shipped_dir() / f"{name}.toml"
    if not path.exists():
        raise ProtocolError(name, f"no such protocol; shipped protocols: {', '.join(shipped_protocols())}")
    return load_file(path)


def load_file(path: Path) -> Protocol:
    """A protocol file; a base it extends is looked for beside it, then among the shipped ones."""
    return _load(str(path), _read(path), _disk_resolver(path.parent), ())


def load_bundle(files: dict[str, str], protocol_id: str) -> Protocol:
    """A protocol from stored texts (a snapshot): file name -> TOML text, bases included."""
    name = f"{protocol_id}.toml"
    if name not in files:
        raise ProtocolError(name, "not in the stored snapshot")

    def resolve(extends: str) -> tuple[str, str] | None:
        base = f"{extends}.toml"
        return (base, files[base]) if base in files else None

    return _load(name, files[name], resolve, ())


Resolver = Callable[[str], "tuple[str, str] | None"]


def _disk_resolver(folder: Path) -> Resolver:
    def resolve(extends: str) -> tuple[str, str] | None:
        for candidate in (folder / f"{extends}.toml", shipped_dir() / f"{extends}.toml"):
            if candidate.exists():
                return str(candidate), _read(candidate)
        return None

    return resolve


def _read(path: Path) -> str:
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ProtocolError(file, f"cannot read the file: {err.strerror or err}") from None
    if len(raw) > MAX_BYTES:
        raise ProtocolError(file, f"the file is {len(raw):,} bytes; a protocol may be at most {MAX_BYTES:,}")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(file, "the file is not UTF-8 text") from None


def _load(file: str, text: str, resolve: Resolver, seen: tuple[str, ...]) -> Protocol:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"line (\d+)", str(err))
        raise ProtocolError(file, f"not valid TOML: {err}", int(m.group(1)) if m else None) from None
    return _Builder(file, text, seen, resolve).build(document)


class _Builder:
    def __init__(self, file: str, text: str, seen: tuple[str, ...], resolve: Resolver) -> None:
        self.file, self.text, self.lines, self.seen = file, text, text.splitlines(), seen
        self.resolve = resolve
        self.source_keys = dict(SOURCE_KEYS)

    def error(self, message: str, item: str | None = None, field: str | None = None) -> ProtocolError:
        return ProtocolError(self.file, message, self._line(item, field), item, field)

    def _line(self, item: str | None, field: str | None) -> int | None:
        start = 0
        if item is not None:
            pattern = re.compile(rf'^\s*id\s*=\s*"{re.escape(item)}"')
            start = next((i for i, line in enumerate(self.lines) if pattern.match(line)), -1)
            if start < 0:
                return None
        if field is None:
            return start + 1 if item else None
        pattern = re.compile(rf"^\s*(\[+)?\s*(item\.)?{re.escape(field)}\b")
        for i in range(start, len(self.lines)):
            # An item's field lies before the next item; a header field before the first one.
            if (i > start or item is None) and self.lines[i].strip() == "[[item]]":
                break
            if pattern.match(self.lines[i]):
                return i + 1
        return start + 1 if item else None

    def _line_of_id(self, item: str, occurrence: int) -> int | None:
        pattern = re.compile(rf'^\s*id\s*=\s*"{re.escape(item)}"')
        found = [i + 1 for i, line in enumerate(self.lines) if pattern.match(line)]
        return found[occurrence - 1] if len(found) >= occurrence else None

    def build(self, doc: dict[str, Any]) -> Protocol:
        for key in doc:
            if key not in ("protocol", "item", "sources"):
                raise self.error(f'unknown top-level table "{key}" (use [protocol], [sources], [[item]])')
        header = doc.get("protocol")
        if not isinstance(header, dict):
            raise self.error("missing the [protocol] table")
        for key in header:
            if key not in HEADER_FIELDS:
                raise self.error("unknown field", field=key)
        for key in ("id", "title", "version", "effective", "approved_by"):
            if key not in header:
                raise self.error("required field is missing", field=key)
        local_sources = doc.get("sources", {})
        if not isinstance(local_sources, dict) or not all(isinstance(v, str) for v in local_sources.values()):
            raise self.error("[sources] must map a key to its citation text", field="sources")
        self.source_keys.update(local_sources)
        effective = header["effective"]
        if not isinstance(effective, date):
            raise self.error("must be a date like 2024-12-06 (no quotes)", field="effective")
        raw_items = doc.get("item", [])
        if not isinstance(raw_items, list):
            raise self.error("use [[item]] tables", field="item")
        extends = header.get("extends")
        base = self._base(extends) if extends else None
        items, disabled = self._items(raw_items, base)
        if "sources" not in header and base is not None:
            sources = base.sources  # a centre file cites what its base cites unless it says otherwise
        else:
            sources = self._sources(header.get("sources"), None, "sources")
        protocol_id = self._text(header["id"], None, "id")
        files = {**(base.files if base else {}), f"{protocol_id}.toml": self.text}
        return Protocol(
            files=files,
            id=protocol_id,
            title=self._text(header["title"], None, "title"),
            version=str(header["version"]),
            effective=effective,
            approved_by=self._text(header["approved_by"], None, "approved_by"),
            sources=sources,
            items=tuple(items),
            path=self.file,
            extends=extends,
            description=str(header.get("description", "")),
            disabled=disabled,
        )

    def _base(self, extends: Any) -> Protocol:
        if not isinstance(extends, str):
            raise self.error("must be a protocol id", field="extends")
        if extends in self.seen:
            raise self.error(f'"{extends}" extends itself in a loop', field="extends")
        found = self.resolve(extends)
        if found is None:
            raise self.error(f'no protocol "{extends}" to extend', field="extends")
        return _load(found[0], found[1], self.resolve, (*self.seen, extends))

    def _items(self, raw_items: list[Any], base: Protocol | None) -> tuple[list[Item], dict[str, str]]:
        # Items taken from the base keep their origin, so their "why" can say they were inherited.
        result = {i.id: replace(i, inherited_from=i.inherited_from or base.id) for i in base.items} if base else {}
        disabled: dict[str, str] = dict(base.disabled) if base else {}
        seen: set[str] = set()
        for raw in raw_items:
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                raise self.error('every [[item]] needs an id = "..."')
            item_id = raw["id"]
            if not _ID.match(item_id):
                raise self.error("ids are upper-case words joined by '-', like CMV-PCR", item_id, "id")
            if item_id in seen:
                raise ProtocolError(self.file, "duplicate id", self._line_of_id(item_id, 2), item_id, "id")
            seen.add(item_id)
            for key in raw:
                if key not in ITEM_FIELDS:
                    raise self.error("unknown field", item_id, key)
            change = raw.get("change", "override" if item_id in result else "add")
            if base is None and "change" in raw:
                raise self.error('"change" needs "extends" in [protocol]', item_id, "change")
            if base is not None and not str(raw.get("reason", "")).strip():
                raise self.error("every change to the base protocol needs a reason", item_id, "reason")
            if change == "disable":
                if item_id not in result:
                    raise self.error("cannot disable an item the base does not have", item_id, "change")
                del result[item_id]
                disabled[item_id] = str(raw["reason"])
                continue
            if change == "override":
                if item_id not in result:
                    raise self.error("cannot override an item the base does not have", item_id, "change")
                merged = {**_raw_of(result[item_id]), **raw}
                # `field = false` in an override removes that field from the base item.
                merged = {k: v for k, v in merged.items() if not (v is False and k in CLEARABLE)}
                result[item_id] = self._item(merged, raw.get("reason"))
            elif change == "add":
                if item_id in result:
                    raise self.error('the base already has this id; use change = "override"', item_id, "change")
                result[item_id] = self._item(raw, raw.get("reason"))
            else:
                raise self.error('must be "add", "override" or "disable"', item_id, "change")
        return list(result.values()), disabled

    def _item(self, raw: dict[str, Any], reason: Any) -> Item:
        item_id = raw["id"]
        for key in ("title", "category", "start", "frequency", "why", "sources"):
            if key not in raw:
                raise self.error("required field is missing", item_id, key)
        category = raw["category"]
        if category not in CATEGORIES:
            raise self.error(f"must be one of: {', '.join(CATEGORIES)}", item_id, "category")
        rule = self._rule(raw, item_id)
        variants = []
        for n, v in enumerate(raw.get("variant", [])):
            if not isinstance(v, dict) or "if" not in v:
                raise self.error(f'variant {n + 1} needs an if = "..." condition', item_id, "variant")
            for key in v:
                if key not in RULE_FIELDS | {"if"}:
                    raise self.error(f"unknown field in variant {n + 1}", item_id, key)
            selector = self._condition(v["if"], item_id, "if")
            assert selector is not None
            fields = {**_rule_raw(raw), **{k: val for k, val in v.items() if k != "if"}}
            variants.append(Variant(selector, self._rule(fields, item_id)))
        return Item(
            item_id,
            self._text(raw["title"], item_id, "title"),
            category,
            rule,
            tuple(variants),
            None,
            None if reason is None else str(reason),
        )

    def _rule(self, raw: dict[str, Any], item_id: str) -> Rule:
        start = self._point(raw["start"], item_id, "start")
        end = self._point(raw["end"], item_id, "end") if raw.get("end") is not None else None
        if end is not None and end.anchor == start.anchor and end.order_key() < start.order_key():
            raise self.error(f"the window ends ({end.text}) before it starts ({start.text})", item_id, "end")
        try:
            frequency = Frequency.parse(str(raw["frequency"]))
        except ValueError as err:
            raise self.error(str(err), item_id, "frequency") from None
        gates = tuple(self._gate(g, item_id) for g in raw.get("gates", []))
        return Rule(
            start=start,
            end=end,
            frequency=frequency,
            when=self._condition(raw.get("when"), item_id, "when"),
            stop=self._condition(raw.get("stop"), item_id, "stop"),
            gates=gates,
            why=self._text(raw["why"], item_id, "why"),
            drug=None if raw.get("drug") is None else self._text(raw["drug"], item_id, "drug"),
            sources=self._sources(raw["sources"], item_id, "sources"),
            gap=None if raw.get("gap") is None else self._text(raw["gap"], item_id, "gap"),
            done_by_lab=self._lab_test(raw.get("done_by_lab"), item_id),
        )

    def _lab_test(self, value: Any, item_id: str) -> str | None:
        if value is not None and value not in LAB_TESTS:
            raise self.error(f"must be a lab test: {', '.join(LAB_TESTS)}", item_id, "done_by_lab")
        return None if value is None else str(value)

    def _gate(self, raw: Any, item_id: str) -> Gate:
        if not isinstance(raw, dict):
            raise self.error('each gate is { require = "...", why = "...", until = "..." }', item_id, "gates")
        for key in raw:
            if key not in GATE_FIELDS:
                raise self.error(f'unknown gate field "{key}"', item_id, "gates")
        if "require" not in raw or "why" not in raw:
            raise self.error("a gate needs require and why", item_id, "gates")
        require = self._condition(raw["require"], item_id, "gates")
        assert require is not None
        until = self._point(raw["until"], item_id, "gates") if "until" in raw else None
        return Gate(require, self._text(raw["why"], item_id, "gates"), until)

    def _condition(self, text: Any, item_id: str, field: str) -> Condition | None:
        if text is None:
            return None
        if not isinstance(text, str):
            raise self.error("a condition is text in quotes", item_id, field)
        try:
            return parse(text, FACT_NAMES)
        except ExpressionError as err:
            raise self.error(str(err), item_id, field) from None

    def _point(self, text: Any, item_id: str, field: str) -> Point:
        try:
            return Point.parse(str(text))
        except PointError as err:
            raise self.error(str(err), item_id, field) from None

    def _sources(self, value: Any, item_id: str | None, field: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or not all(isinstance(s, str) for s in value):
            raise self.error("must list one or more source keys", item_id, field)
        unknown = [s for s in value if s not in self.source_keys]
        if unknown:
            raise self.error(f'unknown source key "{unknown[0]}" (add it to [sources])', item_id, field)
        return tuple(value)

    def _text(self, value: Any, item_id: str | None, field: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error("must be non-empty text", item_id, field)
        return value


def _rule_raw(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k in RULE_FIELDS}


def _raw_of(item: Item) -> dict[str, Any]:
    """An item back as raw fields, so an override can replace some and keep the rest."""
    r = item.rule
    raw: dict[str, Any] = {
        "id": item.id,
        "title": item.title,
        "category": item.category,
        "start": r.start.text,
        "frequency": r.frequency.text,
        "why": r.why,
        "sources": list(r.sources),
    }
    optional = {
        "done_by_lab": r.done_by_lab,
        "end": r.end.text if r.end else None,
        "when": r.when.text if r.when else None,
        "stop": r.stop.text if r.stop else None,
        "drug": r.drug,
        "gap": r.gap,
    }
    raw.update({k: v for k, v in optional.items() if v is not None})
    if r.gates:
        raw["gates"] = [
            {
                "require": g.require.text,
                "why": g.why,
                **({"until": g.until.text} if g.until else {}),
            }
            for g in r.gates
        ]
    if item.variants:
        raw["variant"] = [_variant_raw(v.rule, v.when.text) for v in item.variants]
    return raw


def _variant_raw(rule: Rule, when: str) -> dict[str, Any]:
    raw: dict[str, Any] = {"if": when, "start": rule.start.text, "frequency": rule.frequency.text}
    raw["why"], raw["sources"] = rule.why, list(rule.sources)
    extra = (
        ("end", rule.end and rule.end.text),
        ("drug", rule.drug),
        ("gap", rule.gap),
        ("done_by_lab", rule.done_by_lab),
    )
    for key, value in (*extra, ("when", rule.when and rule.when.text)):
        if value is not None:
            raw[key] = value
    if rule.stop is not None:
        raw["stop"] = rule.stop.text
    if rule.gates:
        raw["gates"] = [
            {
                "require": g.require.text,
                "why": g.why,
                **({"until": g.until.text} if g.until else {}),
            }
            for g in rule.gates
        ]
    return raw
