"""Fuzzing the protocol loader (the docs/reliability.md scenarios are in test_fuzz_protocol_scenarios.py).

Whatever a protocol file holds, only a ProtocolError naming the file (and the line, item and field
where it can) comes out, and nothing in the file is ever run. Examples per test: BEDSIDE_FUZZ_EXAMPLES.
"""

from __future__ import annotations

import copy
import math
import os
import re
import shutil
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bedside.protocol.loader import ProtocolError, load_bundle, load_file, shipped_dir
from bedside.protocol.model import Protocol

EXAMPLES = int(os.environ.get("BEDSIDE_FUZZ_EXAMPLES", "400"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SHIPPED = {p.name: p.read_text(encoding="utf-8") for p in sorted(shipped_dir().glob("*.toml"))}
BASE = "ash-2024.toml"


def loaded_or_refused(call: Callable[[], Protocol], file: str, text: str | None = None) -> Protocol | ProtocolError:
    """The protocol, or the refusal; any other exception fails the test."""
    try:
        return call()
    except ProtocolError as err:
        message = str(err)
        message.encode("utf-8")  # strict: a window, a log and a terminal can show it
        assert err.file and message.startswith(err.file), message
        if err.line is not None and text is not None and err.file == file:
            assert 1 <= err.line <= max(text.count("\n") + 1, 1), (err.line, message)
        return err


def bundle(text: str, name: str = "fuzz.toml") -> Protocol | ProtocolError:
    files = {**SHIPPED, name: text}  # a base it extends is looked up among the shipped texts
    return loaded_or_refused(lambda: load_bundle(files, name.removesuffix(".toml")), name, text)


# --- arbitrary input ------------------------------------------------------------------------------

_FOLDER: list[Path] = []


def folder() -> Path:
    if not _FOLDER:
        _FOLDER.append(Path(tempfile.mkdtemp(prefix="bedside-fuzz-")))
    return _FOLDER[0]


@pytest.fixture(scope="module", autouse=True)
def remove_folder() -> Iterator[None]:
    yield
    while _FOLDER:
        shutil.rmtree(_FOLDER.pop(), ignore_errors=True)


@FUZZ
@given(data=st.binary(max_size=3000))
def test_any_bytes_in_a_file(data: bytes) -> None:
    path = folder() / "fuzz.toml"
    path.write_bytes(data)
    text = data.decode("utf-8", "replace")
    loaded_or_refused(lambda: load_file(path), str(path), text)


@FUZZ
@given(text=st.text(max_size=2000))
def test_any_text(text: str) -> None:
    bundle(text)


TOML_TOKENS = [
    "[protocol]",
    "[sources]",
    "[[item]]",
    "[[item.variant]]",
    "[[item.gates]]",
    "[item]",
    "id",
    "title",
    "version",
    "effective",
    "approved_by",
    "extends",
    "start",
    "end",
    "frequency",
    "when",
    "sources",
    "change",
    "reason",
    " = ",
    "=",
    "\n",
    " ",
    '"ash-2024"',
    '"ABX-PPX"',
    '"d+30"',
    '"daily"',
    '"anc < 0.5"',
    '["ASH24"]',
    '"prophylaxis"',
    '"disable"',
    "2024-12-06",
    "2025-02-30",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "nan",
    "inf",
    "-inf",
    "1e999",
    "1" * 5000,
    "true",
    "[",
    "]",
    "{",
    "}",
    ",",
    '"',
    "'''",
    '"""',
    "# comment",
    "\ufeff",
    "!!python/object/apply:os.system",
    "\\u0000",
]


@FUZZ
@given(tokens=st.lists(st.sampled_from(TOML_TOKENS), max_size=80))
def test_toml_like_token_soup(tokens: list[str]) -> None:
    bundle("".join(tokens))


@FUZZ
@given(depth=st.integers(1, 50_000), opener=st.sampled_from(["[", "{a="]))
def test_deep_nesting(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    text = SHIPPED[BASE] + "\n[sources]\nX = " + opener * depth + closer * depth + "\n"
    bundle(text)


# --- line mutations of the shipped files ----------------------------------------------------------

ODD_LITERALS = [
    '""',
    '" "',
    "0",
    "-1",
    "1.5",
    "nan",
    "inf",
    "-inf",
    "1e999",
    "9" * 30,
    "1" * 5000,
    "true",
    "false",
    "[]",
    "[1, 2]",
    "[[[[[[[[]]]]]]]]",
    "{}",
    "{ a = 1 }",
    "2025-02-30",
    "2025-01-01",
    "2025-01-01T10:00:00",
    "10:00:00",
    '"' + "x" * 100_000 + '"',
    '"\\u202e\\u0646\\u0627\\u0645"',
    '"e\\u0301\\u0301"',
    '"\\U0001F9EA"',
    '"\\u0000"',
    '"../../etc/passwd"',
    '"' + "(" * 500 + "anc < 1" + ")" * 500 + '"',
    '"' + "not " * 400 + 'anc < 1"',
    '"anc < ' + "1" * 900 + '"',
    "\"__import__('os').system('true')\"",
    '"{{7*7}}"',
    "!!python/object/apply:os.system ['true']",
]
ODD_LINES = [
    "",
    "[[item]]",
    "[protocol]",
    "[sources]",
    "[item.variant]",
    'colour = "red"',
    'change = "disable"',
    'extends = "ash-2024"',
    'extends = "fuzz"',
    "\ufeff",
    "--- !!python/object/apply:os.system ['true']",
    "key: value",
]
KEY_VALUE = re.compile(r"^(\s*[A-Za-z_][A-Za-z0-9_]*\s*=\s*)(.*)$")


@st.composite
def mutated_text(draw: st.DrawFn) -> tuple[str, str]:
    """A shipped file with 1-4 line changes: values replaced, lines dropped, doubled, swapped or inserted."""
    name = draw(st.sampled_from(sorted(SHIPPED)))
    lines = SHIPPED[name].splitlines()
    for _ in range(draw(st.integers(1, 4))):
        n = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["value", "value", "value", "drop", "double", "swap", "insert"]))
        match = KEY_VALUE.match(lines[n])
        if action == "value" and match:
            lines[n] = match.group(1) + draw(st.sampled_from(ODD_LITERALS))
        elif action == "drop":
            del lines[n]
        elif action == "double":
            lines.insert(n, lines[n])
        elif action == "swap":
            m = draw(st.integers(0, len(lines) - 1))
            lines[n], lines[m] = lines[m], lines[n]
        else:
            lines.insert(n, draw(st.sampled_from(ODD_LINES)))
        if not lines:
            break
    return name, "\n".join(lines) + "\n"


@FUZZ
@given(case=mutated_text())
def test_mutated_shipped_files_load_or_are_refused_clearly(case: tuple[str, str]) -> None:
    name, text = case
    result = bundle(text, name)
    event("loaded" if isinstance(result, Protocol) else "refused")


def value_lines(text: str) -> list[tuple[int, str, str | None]]:
    """(line number, key, item id or None) of every one-line `key = value` in the header and in items."""
    found, item, table = [], None, "protocol"
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            table, item = stripped.strip("[]"), None
            continue
        match = KEY_VALUE.match(line)
        if not match or table not in ("protocol", "item"):
            continue
        try:
            parsed = tomllib.loads(line.strip())
        except tomllib.TOMLDecodeError:
            continue  # a value that goes on over more lines
        key = next(iter(parsed))
        if key == "id" and table == "item":
            item = parsed[key]
        found.append((number, key, item))
    return found


WRONG_KIND = ["1", "-1.5", "true", "nan", "1e999", "2025-01-01", "{ a = 1 }", "[1]", "10:00:00"]
TEXT_FIELDS = {
    "id",
    "title",
    "version",
    "approved_by",
    "description",
    "extends",
    "category",
    "start",
    "end",
    "frequency",
    "when",
    "stop",
    "why",
    "drug",
    "gap",
    "reason",
    "change",
    "done_by_lab",
}


@FUZZ
@given(name=st.sampled_from(sorted(SHIPPED)), data=st.data())
def test_a_value_of_the_wrong_type_names_file_line_item_and_field(name: str, data: st.DataObject) -> None:
    text = SHIPPED[name]
    places = [p for p in value_lines(text) if p[1] in TEXT_FIELDS and not (p[1] == "id" and p[2] is not None)]
    number, key, item = data.draw(st.sampled_from(places))
    literal = data.draw(st.sampled_from(WRONG_KIND))
    lines = text.splitlines()
    match = KEY_VALUE.match(lines[number - 1])
    assert match is not None
    lines[number - 1] = match.group(1) + literal
    err = bundle("\n".join(lines) + "\n", name)
    assert isinstance(err, ProtocolError), f"{name}:{number} {key} = {literal} was accepted"
    assert (err.item, err.field) == (item, key), str(err)
    assert err.line == number, str(err)
    assert f"{name}:{number}" in str(err)


# --- structured mutations, written back as TOML ---------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """Written into the TOML as it is: literals Python cannot hold (1e999, 5000-digit numbers, bad dates)."""

    text: str


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def toml_value(value: Any) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        chars = (_ESCAPES.get(c) or (f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else c) for c in value)
        return '"' + "".join(chars) + '"'
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_value(str(k))} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value))


def toml_text(document: dict[str, Any]) -> str:
    """Top-level keys one per line, everything below inline: valid TOML for any data tomllib can give."""
    return "".join(f"{toml_value(str(k))} = {toml_value(v)}\n" for k, v in document.items())


ODD_DATA: list[Any] = [
    None,
    True,
    0,
    -1,
    2**64,
    Raw("1" * 5000),
    Raw("1e999"),
    float("nan"),
    float("inf"),
    "",
    " ",
    "x" * 100_000,
    "\u202e\u0646",
    "\U0001f9ea",
    "\x00",
    "ABX-PPX\n",
    "../../etc/passwd",
    date(2025, 1, 1),
    datetime(2025, 1, 1, 10, 0),
    time(10, 0),
    Raw("2025-02-30"),
    [],
    [1, "a"],
    {},
    {"id": "X"},
    ["ASH24", "NOPE"],
    "(" * 200 + "anc < 1" + ")" * 200,
]


def walk(value: Any) -> Iterator[tuple[Any, Any, Any]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield value, key, inner
            yield from walk(inner)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield value, index, inner
            yield from walk(inner)


@st.composite
def mutated_document(draw: st.DrawFn) -> dict[str, Any]:
    name = draw(st.sampled_from(sorted(SHIPPED)))
    doc = copy.deepcopy(tomllib.loads(SHIPPED[name]))
    doc["protocol"]["id"] = "fuzz"  # load_bundle looks the file up under this id
    for _ in range(draw(st.integers(1, 5))):
        places = list(walk(doc))
        if not places:
            break
        container, key, old = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "replace", "drop", "nest", "add"]))
        if action == "replace":
            container[key] = copy.deepcopy(draw(st.sampled_from(ODD_DATA)))  # later changes must not reach ODD_DATA
        elif action == "drop":
            del container[key]
        elif action == "nest":
            container[key] = [old] * draw(st.integers(1, 3)) if draw(st.booleans()) else {"x": old}
        elif isinstance(container, dict):
            container[draw(st.sampled_from(["colour", "if", "until", "reason", "change", "id"]))] = old
    return doc


@FUZZ
@given(doc=mutated_document())
def test_mutated_documents_load_or_are_refused_clearly(doc: dict[str, Any]) -> None:
    clean = {k: v for k, v in doc.items() if v is not None}  # TOML has no null: a None is a dropped key
    try:
        text = toml_text(clean)
    except TypeError:
        return  # a None deeper inside: TOML cannot say it
    result = bundle(text)
    event("loaded" if isinstance(result, Protocol) else "refused")
