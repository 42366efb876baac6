"""Load protocol files (TOML) into Protocol objects, checking everything before anything runs.

Protocols are data, never code: tomllib only, a size cap, and one error type naming the file,
line, item id and field. A file may `extends` another and add, override or disable items, each
change with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from bedside.domain.patient import SEROLOGY_KEYS, TREATMENT_TYPES, VACCINES
from bedside.domain.units import LAB_TESTS
from bedside.protocol.expr import Condition, ExpressionError, parse
from bedside.protocol.fact_vocabulary import DEFAULT_SETTINGS, FACT_NAMES
from bedside.protocol.model import (
    CATEGORIES,
    IF_UNKNOWN,
    Frequency,
    Gate,
    Item,
    Point,
    PointError,
    Protocol,
    Rule,
    Variant,
)
from bedside.protocol.overrides import raw_of
from bedside.protocol.reading import MAX_BYTES as MAX_BYTES
from bedside.protocol.reading import ProtocolError as ProtocolError
from bedside.protocol.reading import exists, parse_toml, read_text
from bedside.protocol.sources import SOURCE_KEYS

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
    "episode_days",
    "anc_valid_days",
    "anc_valid_days_late",
    "result_valid_months",
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
    "if_unknown",
    "replaced_by",
    "done_by_vaccine",
    "done_by_treatment",
    "done_by_serology",
}
ITEM_FIELDS = {"id", "title", "category", "variant", "change", "reason"} | RULE_FIELDS
GATE_FIELDS = {"require", "why", "until"}
CLEARABLE = {"end", "when", "stop", "gates", "drug", "gap", "done_by_lab", "variant", "replaced_by"}
CLEARABLE |= {"done_by_vaccine", "done_by_treatment", "done_by_serology", "if_unknown"}
# Protocol-wide settings: default and allowed range.
_SETTINGS: dict[str, tuple[int, tuple[int, int]]] = {
    "episode_days": (DEFAULT_SETTINGS.episode_days, (1, 30)),
    "anc_valid_days": (DEFAULT_SETTINGS.anc_valid_days, (1, 30)),
    "anc_valid_days_late": (DEFAULT_SETTINGS.anc_valid_days_late, (1, 365)),
    "result_valid_months": (DEFAULT_SETTINGS.result_valid_months, (1, 24)),
}
_ID = re.compile(r"[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")  # fullmatch: "$" would let a trailing newline in
# A protocol id names a file ({id}.toml): no path separators, no "..", nothing a file system refuses.
_PROTOCOL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")
# The condition parser recurses once per bracket; real conditions are about 100 characters and 2 deep.
MAX_CONDITION_CHARS = 1000
MAX_CONDITION_DEPTH = 32
MAX_EXTENDS = 8  # a centre file extends a profile, which may extend one more; 400 deep is an attack


def shipped_dir() -> Path:
    return Path(str(resources.files("resources") / "protocols"))


def shipped_protocols() -> list[str]:
    return sorted(p.stem for p in shipped_dir().glob("*.toml"))


def load_protocol(id_or_path: str | None = None) -> Protocol:
    """A shipped protocol by id (default ash-2024), or a center's file by path."""
    name = id_or_path or DEFAULT_PROTOCOL
    candidate = Path(name)
    if candidate.suffix == ".toml" or exists(candidate):
        return load_file(candidate)
    path = shipped_dir() / f"{name}.toml"
    if not _PROTOCOL_ID.fullmatch(name) or not path.exists():
        shown = name if len(name) <= 80 else name[:80] + "…"
        raise ProtocolError(shown, f"no such protocol; shipped protocols: {', '.join(shipped_protocols())}")
    return load_file(path)


def load_file(path: Path) -> Protocol:
    """A protocol file; a base it extends is looked for beside it, then among the shipped ones."""
    return _load(str(path), read_text(path), _disk_resolver(path.parent), ())


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
                return str(candidate), read_text(candidate)
        return None

    return resolve


def _load(file: str, text: str, resolve: Resolver, seen: tuple[str, ...]) -> Protocol:
    return _Builder(file, text, seen, resolve).build(parse_toml(file, text))


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

    def _unnamed(self, index: int, message: str, item: str | None) -> ProtocolError:
        """An item whose id cannot find it is found by place: the id line of its [[item]] table."""
        starts = [n for n, line in enumerate(self.lines) if line.strip() == "[[item]]"] + [len(self.lines)]
        if index + 1 >= len(starts):
            return ProtocolError(self.file, message, None, item, "id")
        ids = (n for n in range(starts[index], starts[index + 1]) if re.match(r"\s*id\s*=", self.lines[n]))
        return ProtocolError(self.file, message, next(ids, starts[index]) + 1, item, "id")

    def build(self, doc: dict[str, Any]) -> Protocol:
        for key in doc:
            if key not in ("protocol", "item", "sources"):
                top = re.compile(rf"\s*(\[+\s*)?{re.escape(key)}\b")  # [key], [[key]] or key = ...
                line = next((n for n, text in enumerate(self.lines, 1) if top.match(text)), None)
                message = f'unknown top-level table "{key}" (use [protocol], [sources], [[item]])'
                raise ProtocolError(self.file, message, line, None, key)
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
        if not isinstance(effective, date) or isinstance(effective, datetime):
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
            version=self._text(header["version"], None, "version"),
            effective=effective,
            approved_by=self._text(header["approved_by"], None, "approved_by"),
            sources=sources,
            items=tuple(items),
            path=self.file,
            extends=extends,
            description=self._text(header["description"], None, "description") if "description" in header else "",
            disabled=disabled,
            **{name: self._setting(header, name, base) for name in _SETTINGS},
        )

    def _setting(self, header: dict[str, Any], name: str, base: Protocol | None) -> int:
        """A protocol-wide whole number (docs/clinical-rules.md); a centre file inherits its base's value."""
        value = header.get(name)
        if value is None:
            return int(getattr(base, name)) if base else _SETTINGS[name][0]
        low, high = _SETTINGS[name][1]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(f"must be a whole number from {low} to {high}", field=name)
        return value

    def _base(self, extends: Any) -> Protocol:
        if not isinstance(extends, str) or not _PROTOCOL_ID.fullmatch(extends):
            raise self.error("must be a protocol id like ash-2024 (letters, digits, . _ -)", field="extends")
        if extends in self.seen:
            raise self.error(f'"{extends}" extends itself in a loop', field="extends")
        if len(self.seen) >= MAX_EXTENDS:
            raise self.error(
                f"extends goes more than {MAX_EXTENDS} files deep; a centre file extends a profile", field="extends"
            )
        found = self.resolve(extends)
        if found is None:
            raise self.error(f'no protocol "{extends}" to extend', field="extends")
        return _load(found[0], found[1], self.resolve, (*self.seen, extends))

    def _items(self, raw_items: list[Any], base: Protocol | None) -> tuple[list[Item], dict[str, str]]:
        # Items taken from the base keep their origin, so their "why" can say they were inherited.
        result = {i.id: replace(i, inherited_from=i.inherited_from or base.id) for i in base.items} if base else {}
        disabled: dict[str, str] = dict(base.disabled) if base else {}
        seen: set[str] = set()
        for index, raw in enumerate(raw_items):
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                raise self._unnamed(index, 'every [[item]] needs an id = "..."', None)
            item_id = raw["id"]
            if not _ID.fullmatch(item_id):
                shown = item_id.encode("unicode_escape").decode("ascii")  # a newline in an id shows as \n
                raise self._unnamed(index, "ids are upper-case words joined by '-', like CMV-PCR", shown)
            if item_id in seen:
                raise ProtocolError(self.file, "duplicate id", self._line_of_id(item_id, 2), item_id, "id")
            seen.add(item_id)
            for key in raw:
                if key not in ITEM_FIELDS:
                    raise self.error("unknown field", item_id, key)
            change = raw.get("change", "override" if item_id in result else "add")
            if base is None and "change" in raw:
                raise self.error('"change" needs "extends" in [protocol]', item_id, "change")
            if "reason" in raw and not isinstance(raw["reason"], str):
                raise self.error("must be text in quotes", item_id, "reason")
            if base is not None and not raw.get("reason", "").strip():
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
                merged = {**raw_of(result[item_id]), **raw}
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
        for n, v in enumerate(self._tables(raw, "variant", item_id)):
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
        gates = tuple(self._gate(g, item_id) for g in self._tables(raw, "gates", item_id))
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
            if_unknown=self._choice(raw.get("if_unknown"), IF_UNKNOWN, item_id, "if_unknown"),
            replaced_by=self._item_ref(raw.get("replaced_by"), item_id),
            done_by_vaccine=self._choices(raw.get("done_by_vaccine"), VACCINES, item_id, "done_by_vaccine"),
            done_by_treatment=self._choice(raw.get("done_by_treatment"), TREATMENT_TYPES, item_id, "done_by_treatment"),
            done_by_serology=self._choices(raw.get("done_by_serology"), SEROLOGY_KEYS, item_id, "done_by_serology"),
        )

    def _choice(self, value: Any, allowed: tuple[str, ...], item_id: str, field: str) -> str | None:
        if value is not None and value not in allowed:
            raise self.error(f"must be one of: {', '.join(allowed)}", item_id, field)
        return None if value is None else str(value)

    def _choices(self, value: Any, allowed: tuple[str, ...], item_id: str, field: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v in allowed for v in value):
            raise self.error(f"must be a list of: {', '.join(allowed)}", item_id, field)
        return tuple(value)

    def _item_ref(self, value: Any, item_id: str) -> str | None:
        if value is not None and not (isinstance(value, str) and _ID.fullmatch(value)):
            raise self.error("must be an item id like AF-MOLD", item_id, "replaced_by")
        return None if value is None else str(value)

    def _tables(self, raw: dict[str, Any], field: str, item_id: str) -> list[Any]:
        value = raw.get(field, [])
        if not isinstance(value, list):
            raise self.error(f"use [[item.{field}]] tables or a list of {{ ... }}", item_id, field)
        return value

    def _lab_test(self, value: Any, item_id: str) -> str | None:
        if value is not None and not (isinstance(value, str) and value in LAB_TESTS):
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
        if len(text) > MAX_CONDITION_CHARS or _depth(text) > MAX_CONDITION_DEPTH:
            limits = f"at most {MAX_CONDITION_CHARS} characters and {MAX_CONDITION_DEPTH} brackets deep"
            raise self.error(f"a condition may be {limits}", item_id, field)
        try:
            return parse(text, FACT_NAMES)
        except ExpressionError as err:
            raise self.error(str(err), item_id, field) from None
        except (RecursionError, ValueError):  # a safety net under the limits above
            raise self.error(f'cannot read the condition "{text[:60]}"', item_id, field) from None

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


def _depth(text: str) -> int:
    deepest = depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        deepest = max(deepest, depth)
    return deepest


def _rule_raw(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k in RULE_FIELDS}
