"""Fuzzing the patient importer: whatever the bytes, only a PatientFormatError naming the problem comes out.

Anything else (KeyError, TypeError, RecursionError, ValueError, OverflowError...) is a bug in the reader.
Examples per test: BEDSIDE_FUZZ_EXAMPLES (default 400); `--hypothesis-show-statistics` shows the counts.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bedside.domain.errors import PatientFormatError
from bedside.domain.patient import PatientRecord, ProtocolPin
from bedside.patient_file.export import to_document
from bedside.patient_file.format import parse_document, parse_json_bytes, parse_json_text
from bedside.protocol.loader import load_protocol
from bedside.services.database import open_database
from bedside.storage import Store, records
from tests.conftest import DATA
from tests.factories import ACTOR, full_document, minimal_document
from tests.strategies import documents

EXAMPLES = int(os.environ.get("BEDSIDE_FUZZ_EXAMPLES", "400"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_DEFAULT = load_protocol(None)
VALID = [
    json.loads((DATA / "example-1.json").read_text(encoding="utf-8")),
    json.loads((DATA / "example-2.json").read_text(encoding="utf-8")),
    minimal_document(),
    full_document(),
]

# --- what may come out ----------------------------------------------------------------------------


def parsed_or_refused(call: Any, *args: Any) -> PatientRecord | PatientFormatError:
    """The record, or the refusal; any other exception fails the test (pytest shows it)."""
    try:
        return call(*args)  # type: ignore[no-any-return]
    except PatientFormatError as err:
        assert err.problems, "a refusal lists at least one problem"
        message = str(err)
        assert message.strip()
        message.encode("utf-8")  # strict: a window, a log and a terminal can show it
        assert len(err.problems) <= 51  # 50 and "stopped after 50 problems"
        for problem in err.problems:
            assert problem.message.strip()
            assert len(problem.message) < 600, "a message shows the start of a long value, not all of it"
        return err


# --- arbitrary input ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=25,
)
JSON_TOKENS = [
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    '"format"',
    '"bedside-patient/1"',
    '"patient"',
    '"therapy"',
    '"mrn"',
    '"name"',
    '"labs"',
    '"value"',
    '"infusion_dates"',
    '"2025-02-30"',
    '"\\ud800"',
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "-0",
    "0.1",
    "1" * 5000,
    "true",
    "null",
    "\ufeff",
    " ",
    "\n",
]


@FUZZ
@given(data=st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    parsed_or_refused(parse_json_bytes, data, "fuzz.json")


@FUZZ
@given(text=st.text(max_size=2000))
def test_any_text(text: str) -> None:
    parsed_or_refused(parse_json_text, text, "fuzz.json")


@FUZZ
@given(tokens=st.lists(st.sampled_from(JSON_TOKENS), max_size=60))
def test_json_like_token_soup(tokens: list[str]) -> None:
    parsed_or_refused(parse_json_text, "".join(tokens))


@FUZZ
@given(value=json_values)
def test_any_json_value(value: Any) -> None:
    parsed_or_refused(parse_document, value)
    parsed_or_refused(parse_json_text, json.dumps(value))


@FUZZ
@given(value=json_values, depth=st.integers(1, 100_000), kind=st.sampled_from("[{"))
def test_deep_nesting(value: Any, depth: int, kind: str) -> None:
    inner = json.dumps(value)
    opener, closer = ("[", "]") if kind == "[" else ('{"a":', "}")
    result = parsed_or_refused(parse_json_text, opener * depth + inner + closer * depth)
    assert isinstance(result, PatientFormatError)


# --- structured mutations of valid documents ------------------------------------------------------

ODD_TEXT = [
    "",
    " ",
    "\t",
    "x" * 100_000,
    "\u202e\u0646\u0627\u0645",  # right-to-left override and Arabic
    "e\u0301\u0301\u0301",  # combining marks
    "\U0001f9ea\U0001f489",  # astral-plane emoji
    "\ud800",  # a lone surrogate, as a JSON \u escape can make
    "\x00\x1b[31m",
    "2025-02-30",
    "2025-13-01",
    "0000-00-00",
    "2025-W10-4",
    "25:61",
    "\ufeff",
    '=HYPERLINK("http://x")',
    "<b>bold</b>",
]
ODD_NUMBERS: list[Any] = [
    0,
    -1,
    2**63,
    -(2**63) - 1,
    10**300,
    10**400,  # beyond the float range: math.isfinite() raises OverflowError on it
    1e308,
    -1e308,
    float("nan"),
    float("inf"),
    float("-inf"),
    0.1,
    5e-324,
]
ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    *ODD_NUMBERS,
    [],
    {},
    [[[[[[[[[[]]]]]]]]]],
    {"a": {"b": {"c": {}}}},
    *ODD_TEXT,
]


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any, Any, Any]]:
    """(field path as the reader names it, container, key, value) for every value inside."""
    if isinstance(value, dict):
        for key, inner in value.items():
            child = f"{path}.{key}" if path else key
            yield child, value, key, inner
            yield from walk(inner, child)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            child = f"{path}[{index}]"
            yield child, value, index, inner
            yield from walk(inner, child)


def kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


@st.composite
def mutated(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """A valid document with 1-4 changes: keys dropped, values replaced by odd ones, keys added, lists emptied."""
    doc = copy.deepcopy(draw(st.sampled_from(VALID) | documents))
    changed: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        places = list(walk(doc))
        if not places:
            break
        path, container, key, _old = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["drop", "replace", "replace", "add", "wrap"]))
        if action == "drop":
            del container[key]
        elif action == "replace":
            # Half the time an odd value of the same kind, which gets past the type checks to the range checks.
            same_kind = ODD_NUMBERS if kind(_old) == "number" else ODD_TEXT if isinstance(_old, str) else ODD_VALUES
            odd = draw(st.sampled_from(same_kind) | st.sampled_from(ODD_VALUES) | json_values)
            container[key] = copy.deepcopy(odd)  # later changes must not reach the shared ODD_VALUES
        elif action == "add" and isinstance(container, dict):
            container[draw(st.text(max_size=8))] = draw(json_values)
        else:
            container[key] = [container[key]] if draw(st.booleans()) else {"value": container[key]}
        changed.append(path)
    return doc, changed


def as_json(doc: Any, bom: bool) -> str:
    # allow_nan: NaN and Infinity as Python's json writes them, which json.loads reads back.
    return ("\ufeff" if bom else "") + json.dumps(doc, ensure_ascii=False, allow_nan=True)


@FUZZ
@given(case=mutated(), bom=st.booleans())
def test_mutated_documents_are_read_or_refused_clearly(case: tuple[dict[str, Any], list[str]], bom: bool) -> None:
    doc, _changed = case
    text = as_json(doc, bom)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate cannot be in a UTF-8 file, only in text and \u escapes
        data = text.encode("utf-8", "backslashreplace")
    for result in (parsed_or_refused(parse_json_text, text), parsed_or_refused(parse_json_bytes, data)):
        event("accepted" if isinstance(result, PatientRecord) else "refused")
        if isinstance(result, PatientRecord):
            assert parse_document(to_document(result)) == result  # what was accepted exports losslessly


LEAF_KINDS = ("str", "number", "bool")


@FUZZ
@given(base=st.sampled_from(VALID) | documents, data=st.data())
def test_a_value_of_the_wrong_kind_is_refused_at_its_path(base: dict[str, Any], data: st.DataObject) -> None:
    doc = copy.deepcopy(base)
    leaves = [p for p in walk(doc) if kind(p[3]) in LEAF_KINDS]
    path, container, key, old = data.draw(st.sampled_from(leaves))
    replacement = data.draw(st.sampled_from(ODD_VALUES).filter(lambda v: kind(v) != kind(old)))
    container[key] = copy.deepcopy(replacement)
    result = parsed_or_refused(parse_json_text, as_json(doc, bom=False))
    assert isinstance(result, PatientFormatError), f"{path}: {replacement!r} accepted in place of {old!r}"
    printable = path.encode("utf-8", "backslashreplace").decode()
    named = [p.path for p in result.problems]
    assert any(n == printable or printable.startswith(n + ".") or printable.startswith(n + "[") for n in named), (
        path,
        named,
    )


@FUZZ
@given(base=st.sampled_from(VALID) | documents, data=st.data())
def test_an_odd_value_of_the_right_kind_is_read_or_refused_clearly(base: dict[str, Any], data: st.DataObject) -> None:
    doc = copy.deepcopy(base)
    leaves = [p for p in walk(doc) if kind(p[3]) in ("str", "number")]
    _path, container, key, old = data.draw(st.sampled_from(leaves))
    container[key] = data.draw(st.sampled_from(ODD_NUMBERS if kind(old) == "number" else ODD_TEXT))
    parsed_or_refused(parse_json_text, as_json(doc, bom=False))


# --- whatever is accepted can be stored and given back ---------------------------------------------

_STORE: list[Store] = []


def shared_store() -> Store:
    # One in-memory database for the whole test: opening one per example would dominate the run.
    if not _STORE:
        _STORE.append(open_database(":memory:"))
    return _STORE[0]


@pytest.fixture(scope="module", autouse=True)
def close_shared_store() -> Iterator[None]:
    yield
    while _STORE:
        _STORE.pop().close()


EDGE_TEXT = [
    "\ud800",
    "\x00",
    "\tDoe",
    "\rDoe",
    "=SUM(A1)",
    "\u202eDoe",
    "e\u0301",
    "\U0001f9ea",
    "\ufeffDoe",
    "O'Brien <b>",
]
FREE_TEXT = {"name", "ward", "bed", "indication", "drug", "pathogen", "dose_unit", "reason", "by", "item"}
EDGE_NUMBERS: list[Any] = [10**15, 1e15, 2**53 + 1, 5e-324, -0.0, 0, 0.1, 123456.789]


@st.composite
def edged(draw: st.DrawFn) -> dict[str, Any]:
    """A valid document with text and numbers at the edges of what is allowed, and optional keys dropped."""
    doc = copy.deepcopy(draw(st.sampled_from(VALID) | documents))
    for _ in range(draw(st.integers(1, 6))):
        places = list(walk(doc))
        if not places:
            break
        path, container, key, old = draw(st.sampled_from(places))
        if isinstance(old, str) and key in FREE_TEXT:
            container[key] = draw(st.sampled_from(EDGE_TEXT))
        elif kind(old) == "number" and key in ("value", "dose") and not path.startswith("observations"):
            container[key] = draw(st.sampled_from(EDGE_NUMBERS))
        elif draw(st.booleans()):
            del container[key]
    return doc


@settings(FUZZ, max_examples=max(EXAMPLES // 2, 10))
@given(doc=edged())
def test_whatever_is_accepted_is_stored_and_exported_unchanged(doc: dict[str, Any]) -> None:
    result = parsed_or_refused(parse_json_text, as_json(doc, bom=False))
    event("accepted" if isinstance(result, PatientRecord) else "refused")
    if not isinstance(result, PatientRecord):
        return
    pin = ProtocolPin(_DEFAULT.id, _DEFAULT.version)  # the store refuses a pin it cannot honour
    record = dataclasses.replace(result, protocol=pin)
    store = shared_store()
    # An earlier example's MRN in other letter case is the same patient (refused even with replace): drop it.
    other_case = "SELECT id FROM patients WHERE mrn = ? COLLATE NOCASE AND mrn != ?"
    for table in (*records.DATA_TABLES, "patients"):
        column = "id" if table == "patients" else "patient_id"
        store._db.execute(f"DELETE FROM {table} WHERE {column} IN ({other_case})", [record.mrn, record.mrn])
    store.import_record(record, ACTOR, replace=True)
    loaded = store.load_record(record.mrn)
    assert loaded == record
    assert parse_document(to_document(loaded)) == record


# --- the fixes, one example each (each failed before its fix) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("1" * 5000, "too many digits"),
        ('{"format": "a", "format": "b"}', 'the field "format" appears twice'),
    ],
    ids=["deep-nesting", "long-number", "repeated-key"],
)
def test_json_the_parser_cannot_take_is_a_clear_refusal(text: str, fragment: str) -> None:
    with pytest.raises(PatientFormatError, match=re.escape(fragment)) as caught:
        parse_json_text(text, "ward.json")
    assert str(caught.value).startswith("ward.json: ")


@pytest.mark.parametrize(
    ("field", "value"),
    [("weight_kg", 10**400), ("name", "Doe\ud800")],
    ids=["int-beyond-float", "lone-surrogate"],
)
def test_patient_values_the_store_could_not_keep_are_refused(field: str, value: Any) -> None:
    doc = minimal_document(**{field: value})
    with pytest.raises(PatientFormatError) as caught:
        parse_document(doc)
    assert [p.path for p in caught.value.problems] == [f"patient.{field}"]
    str(caught.value).encode("utf-8")


@pytest.mark.parametrize("value", [10**400, 2**63, -(2**70), 1e300])
def test_a_lab_value_beyond_any_real_one_is_refused(value: float) -> None:
    doc = minimal_document()
    doc["labs"] = [{"date": "2025-03-05", "test": "cmv_pcr", "value": value, "unit": "IU/mL"}]
    with pytest.raises(PatientFormatError) as caught:
        parse_document(doc)
    assert [p.path for p in caught.value.problems] == ["labs[0].value"]


def test_a_byte_order_mark_is_read_and_other_bytes_name_their_place() -> None:
    text = json.dumps(minimal_document())
    assert parse_json_bytes(b"\xef\xbb\xbf" + text.encode()).mrn == "A12345"
    with pytest.raises(PatientFormatError, match=r"not UTF-8 text: byte 3 \(line 2\)"):
        parse_json_bytes(b"{\n\xff}", "ward.json")
