"""FHIR R4 export and import (issue 17 part 1): strict validation, a field-by-field round trip, and
import errors that name the bundle's field the way the JSON importer names a file's field."""

from __future__ import annotations

import copy
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.domain.errors import PatientFormatError
from bedside.domain.patient import PatientRecord
from bedside.interop import codes as c
from bedside.interop.fhir_export import course_bundle, course_bundle_json
from bedside.interop.fhir_import import read_bundle, read_bundle_text
from bedside.patient_file.demo import demo_records
from bedside.patient_file.export import to_document
from bedside.patient_file.format import parse_json_text
from tests.conftest import DATA
from tests.factories import full_document, record_of
from tests.test_cli import runner

BERLIN = ZoneInfo("Europe/Berlin")
AT = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
EXAMPLES = [DATA / "example-1.json", DATA / "example-2.json"]


def bundle_of(record: PatientRecord, zone: Any = BERLIN) -> dict[str, Any]:
    return course_bundle(record, zone, AT, "AB")


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def local(concept: dict[str, Any], system: str) -> str | None:
    return next((x["code"] for x in concept.get("coding", []) if x["system"] == system), None)


def example_records() -> list[PatientRecord]:
    return [parse_json_text(p.read_text(encoding="utf-8")) for p in EXAMPLES] + [record_of(full_document())]


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize("record", demo_records(date(2026, 12, 3)), ids=lambda r: r.mrn)
def test_every_demo_patient_validates_strictly(record: PatientRecord) -> None:
    """The HL7 Java validator cannot run here (no Java, no download): fhir.resources' strict R4B parsing
    of the written text, and of every resource on its own, stands in for it."""
    text = course_bundle_json(record, BERLIN, AT, "AB")
    parsed = Bundle.model_validate_json(text)
    assert parsed.type == "collection"
    document = json.loads(text)
    for entry in document["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        for field in ("subject", "patient", "for"):
            if field in resource:  # every reference points into the bundle
                assert resource[field]["reference"] in {e["fullUrl"] for e in document["entry"]}
    kinds = {e["resource"]["resourceType"] for e in document["entry"]}
    assert {"Patient", "Procedure", "Observation", "CarePlan", "Provenance"} <= kinds


def test_strict_parsing_is_not_a_formality() -> None:
    """The validation used above refuses a bundle with a field R4 does not have."""
    bundle = bundle_of(record_of(full_document()))
    bundle["entry"][0]["resource"]["nickname"] = "Zo"
    with pytest.raises(ValueError, match="nickname"):
        Bundle.model_validate(bundle)


# --- round trip: the same course, field by field --------------------------------------------------


@pytest.mark.parametrize("record", example_records(), ids=lambda r: r.mrn)
def test_bundle_describes_the_same_course_field_by_field(record: PatientRecord) -> None:
    doc = to_document(record)
    bundle = bundle_of(record)
    [patient] = resources(bundle, "Patient")
    assert patient["identifier"][0]["value"] == doc["patient"]["mrn"]
    assert patient["name"][0]["text"] == doc["patient"]["name"]
    assert patient.get("birthDate") == doc["patient"].get("birth_date")
    assert patient.get("gender") == doc["patient"].get("sex")

    procedures = resources(bundle, "Procedure")
    infusions = [p for p in procedures if local(p["code"], c.LOCAL_PROCEDURE) == c.INFUSION]
    assert [p["performedDateTime"] for p in infusions] == doc["therapy"]["infusion_dates"]
    assert {local(p["usedCode"][0], c.LOCAL_PRODUCT) for p in infusions} == {doc["therapy"]["product"]}
    assert "day 0" in infusions[0]["note"][0]["text"]
    ld = [p for p in procedures if local(p["code"], c.LOCAL_PROCEDURE) == c.LYMPHODEPLETION]
    if "lymphodepletion_start" in doc["therapy"]:
        assert ld[0]["performedPeriod"]["start"] == doc["therapy"]["lymphodepletion_start"]

    observations = resources(bundle, "Observation")
    labs = [o for o in observations if local(o["code"], c.LOCAL_TEST)]
    assert len(labs) == len(doc.get("labs", []))
    for lab, fhir in zip(doc.get("labs", []), labs, strict=True):
        assert local(fhir["code"], c.LOCAL_TEST) == lab["test"]
        assert local(fhir["code"], c.LOINC) == (c.LAB_LOINC[lab["test"]][0] if lab["test"] in c.LAB_LOINC else None)
        assert fhir["effectiveDateTime"][:10] == lab["date"]
        if "time" in lab:
            assert fhir["effectiveDateTime"][11:16] == lab["time"]
            assert fhir["effectiveDateTime"][-6:] in ("+01:00", "+02:00")  # Berlin's offset on that day
        assert fhir["valueQuantity"]["value"] == lab["value"]
        assert fhir["valueQuantity"]["unit"] == lab["unit"]
        assert fhir["valueQuantity"]["code"] == c.UCUM_UNITS[lab["unit"]]
    others = [o for o in observations if local(o["code"], c.LOCAL_OBSERVATION)]
    assert len(others) == len(doc.get("observations", []))
    for obs, fhir in zip(doc.get("observations", []), others, strict=True):
        assert local(fhir["code"], c.LOCAL_OBSERVATION) == obs["type"]
        assert fhir["effectiveDateTime"][:10] == obs["date"]
        if obs["type"] == "temperature":
            assert local(fhir["code"], c.LOINC) == "8310-5"
            assert fhir["valueQuantity"]["value"] == obs["value"]
            assert fhir["valueQuantity"]["code"] == {"C": "Cel", "F": "[degF]"}[obs["unit"]]
        else:
            assert fhir["valueInteger"] == obs["value"]

    statements = resources(bundle, "MedicationStatement")
    assert len(statements) == len(doc.get("treatments", []))
    for t, fhir in zip(doc.get("treatments", []), statements, strict=True):
        assert local(fhir["medicationCodeableConcept"], c.LOCAL_TREATMENT) == t["type"]
        assert fhir["medicationCodeableConcept"]["text"] == t.get("drug", t["type"].replace("_", " "))
        if "date" in t:
            assert fhir["effectiveDateTime"] == t["date"]
        else:
            assert fhir["effectivePeriod"].get("start") == t["start"]
            assert fhir["effectivePeriod"].get("end") == t.get("end")
            assert fhir["status"] == ("active" if t.get("ongoing") else "completed")
        if "dose" in t:
            assert fhir["dosage"][0]["doseAndRate"][0]["doseQuantity"]["value"] == t["dose"]
        if "indication" in t:
            assert local(fhir["reasonCode"][0], c.LOCAL_INDICATION) == t["indication"]

    shots = resources(bundle, "Immunization")
    assert [(s["occurrenceDateTime"], local(s["vaccineCode"], c.LOCAL_VACCINE)) for s in shots] == [
        (v["date"], v["vaccine"]) for v in doc.get("vaccinations", [])
    ]

    [plan] = resources(bundle, "CarePlan")
    pin = doc.get("protocol", None)
    assert plan.get("instantiatesUri") == ([f"urn:bedside:protocol:{pin['id']}|{pin['version']}"] if pin else None)
    tasks = resources(bundle, "Task")
    assert len(tasks) == len(doc.get("checks", []))
    for check, task in zip(doc.get("checks", []), tasks, strict=True):
        assert local(task["code"], c.LOCAL_ITEM) == check["item"]
        assert task["restriction"]["period"] == {"start": check["due"], "end": check["due"]}
        assert (
            task["status"]
            == {"done": "completed", "not-done": "failed", "not-applicable": "cancelled"}[check["status"]]
        )
        assert local(task["businessStatus"], c.LOCAL_CHECK_STATUS) == check["status"]
        assert task["owner"]["display"] == check["by"]
        assert task["lastModified"] == check["at"]
        assert task.get("statusReason", {}).get("text") == check.get("reason")
        assert task["basedOn"][0]["reference"] in {e["fullUrl"] for e in bundle["entry"]}

    [provenance] = resources(bundle, "Provenance")
    assert len(provenance["target"]) == len(bundle["entry"]) - 1


def test_only_sourced_loinc_codes_are_used() -> None:
    """Ferritin, CD19 B cells, CMV PCR and HBV DNA have no LOINC code here (none was verified for the
    unit Bedside keeps; docs/interoperability.md): they go as Bedside's code and text."""
    sourced = {"anc": "751-8", "platelets": "777-3", "hemoglobin": "718-7", "crp": "1988-5", "igg": "2465-3"}
    assert {test: code for test, (code, _) in c.LAB_LOINC.items()} == sourced | {"cd4": "24467-3"}
    record = parse_json_text(EXAMPLES[0].read_text(encoding="utf-8"))
    ferritin = [o for o in resources(bundle_of(record), "Observation") if local(o["code"], c.LOCAL_TEST) == "ferritin"]
    assert ferritin and all(local(o["code"], c.LOINC) is None for o in ferritin)
    assert ferritin[0]["code"]["text"] == "Ferritin"


def test_export_is_stable() -> None:
    record = record_of(full_document())
    assert course_bundle_json(record, BERLIN, AT, "AB") == course_bundle_json(record, BERLIN, AT, "AB")


# --- import ------------------------------------------------------------------------------------

READ_SECTIONS = ("labs", "observations", "vaccinations", "protocol", "infections", "serology", "history")


@pytest.mark.parametrize("record", example_records(), ids=lambda r: r.mrn)
def test_import_reads_back_what_was_exported(record: PatientRecord) -> None:
    got = read_bundle(bundle_of(record), BERLIN)
    before, after = to_document(record), to_document(got.record)
    for section in READ_SECTIONS:  # an empty list and no list are the same course in FHIR
        assert (after.get(section) or None) == (before.get(section) or None), section
    for key in ("mrn", "name", "birth_date", "sex"):
        assert after["patient"].get(key) == before["patient"].get(key)
    assert after["therapy"] == before["therapy"]
    assert got.skipped.get("Provenance") == 1


def test_a_time_is_read_as_the_site_wall_clock() -> None:
    record = record_of(full_document())
    bundle = bundle_of(record, ZoneInfo("America/New_York"))
    first = read_bundle(copy.deepcopy(bundle), ZoneInfo("America/New_York")).record.labs[0]
    assert (first.date.isoformat(), first.time) == ("2025-03-05", "06:00")
    moved = read_bundle(bundle, BERLIN).record.labs[0]  # 06:00 in New York is 12:00 in Berlin
    assert (moved.date.isoformat(), moved.time) == ("2025-03-05", "12:00")


def _lab_entry(bundle: dict[str, Any], test: str) -> tuple[int, dict[str, Any]]:
    return next(
        (i, e["resource"])
        for i, e in enumerate(bundle["entry"])
        if local(e["resource"].get("code", {}), c.LOCAL_TEST) == test
    )


def problems(bundle: Any) -> list[str]:
    with pytest.raises(PatientFormatError) as caught:
        read_bundle(bundle, BERLIN, "course.json")
    return str(caught.value).splitlines()


def test_a_unit_bedside_does_not_accept_names_the_bundle_field() -> None:
    bundle = bundle_of(record_of(full_document()))
    i, igg = _lab_entry(bundle, "igg")
    igg["valueQuantity"] = {"value": 4.2, "unit": "mg"}
    assert problems(bundle) == [
        f'course.json: entry[{i}].resource.valueQuantity: unknown unit "mg" for test "igg" (use mg/dL or g/L)'
    ]


def test_an_impossible_date_is_refused_by_strict_parsing_with_its_path() -> None:
    bundle = bundle_of(record_of(full_document()))
    i, anc = _lab_entry(bundle, "anc")
    anc["effectiveDateTime"] = "2025-02-30"
    [line] = problems(bundle)
    assert line.startswith(f"course.json: entry[{i}].resource.effectiveDateTime: ")


def test_json_importer_messages_carry_over_with_fhir_paths() -> None:
    bundle = bundle_of(record_of(full_document()))
    bundle["entry"][0]["resource"]["identifier"][0]["value"] = "A 1"
    shot = next(i for i, e in enumerate(bundle["entry"]) if e["resource"]["resourceType"] == "Immunization")
    bundle["entry"][shot]["resource"]["vaccineCode"] = {"text": "flu jab"}
    assert problems(bundle) == [
        "course.json: entry[0].resource.identifier[0].value: "
        'must be 1-32 characters of A-Z a-z 0-9 - _ / . , not "A 1"',
        f"course.json: entry[{shot}].resource.vaccineCode: must be one of influenza, covid19, pcv, ppsv23, tdap, "
        'hbv, hav, hib, menacwy, rzv, mmr, varicella, other; not "flu jab"',
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda b: b["entry"].pop(0), "course.json: entry: the bundle has no Patient"),
        (lambda b: b.update(resourceType="Patient"), 'course.json: resourceType: must be "Bundle", not "Patient"'),
        (
            lambda b: b["entry"][1]["resource"].update(resourceType="Quantity"),
            'course.json: entry[1].resource.resourceType: is not a FHIR R4 resource type: "Quantity"',
        ),
        (
            lambda b: b["entry"].append(
                {
                    "resource": {
                        "resourceType": "Observation",
                        "status": "final",
                        "code": {"text": "Heart rate"},
                        "effectiveDateTime": "2025-03-03",
                    }
                }
            ),
            'course.json: entry[{last}].resource.code: not a lab test or observation Bedside records: "Heart rate"',
        ),
        (
            lambda b: b["entry"][0]["resource"].update(contained=[{"resourceType": "Foo"}]),
            "course.json: entry[0].resource: not a valid FHIR R4 Patient: it contains an unknown resource type",
        ),
    ],
    ids=["no-patient", "not-a-bundle", "not-a-resource", "unknown-observation", "unknown-contained"],
)
def test_bundle_level_problems(change: Any, expected: str) -> None:
    bundle = bundle_of(record_of(full_document()))
    change(bundle)
    assert problems(bundle) == [expected.format(last=len(bundle["entry"]) - 1)]


def test_broken_json_is_named() -> None:
    with pytest.raises(PatientFormatError, match=r"^x.json: not valid JSON: Expecting"):
        read_bundle_text("{", BERLIN, "x.json")


# --- command line -------------------------------------------------------------------------------


def test_cli_export_then_import_into_another_database(tmp_path: Path) -> None:
    first, second = runner(tmp_path / "a.sqlite3"), runner(tmp_path / "b.sqlite3")
    assert first("import", EXAMPLES[0]).returncode == 0
    out = tmp_path / "course.fhir.json"
    result = first("export", "--format", "fhir", "--mrn", "BX-100231", "--out", out)
    assert result.returncode == 0, result.stderr
    Bundle.model_validate_json(out.read_text(encoding="utf-8"))
    result = second("import", "--format", "fhir", out)
    assert result.returncode == 0, result.stderr
    assert "not read" in result.stdout and "Provenance" in result.stdout
    original = json.loads(first("export", "--mrn", "BX-100231").stdout)
    copied = json.loads(second("export", "--mrn", "BX-100231").stdout)
    for section in READ_SECTIONS:
        assert (copied.get(section) or None) == (original.get(section) or None)


def test_cli_fhir_import_is_all_or_nothing(tmp_path: Path) -> None:
    """One transaction for the batch, as the JSON import: a refused second patient keeps the first out too."""
    db = runner(tmp_path / "db.sqlite3")
    stored, new = tmp_path / "stored.json", tmp_path / "new.json"
    stored.write_text(json.dumps(bundle_of(record_of(full_document("FH-1")))), encoding="utf-8")
    new.write_text(json.dumps(bundle_of(record_of(full_document("FH-2")))), encoding="utf-8")
    assert db("import", "--format", "fhir", stored).returncode == 0
    result = db("import", "--format", "fhir", new, stored)  # FH-1 is already here: refused without --replace
    assert result.returncode == 2, result.stderr
    assert db("export", "--mrn", "FH-2").returncode == 2  # not stored either


def test_cli_bad_bundle_exits_2_naming_the_field(tmp_path: Path) -> None:
    bundle = bundle_of(record_of(full_document()))
    i, igg = _lab_entry(bundle, "igg")
    igg["valueQuantity"] = {"value": 4.2, "unit": "mg"}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    result = runner(tmp_path / "db.sqlite3")("import", "--format", "fhir", path)
    assert result.returncode == 2
    assert f'entry[{i}].resource.valueQuantity: unknown unit "mg"' in result.stderr


# --- fuzzing: whatever the bundle, only Bedside's own error comes out ----------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_BASE = bundle_of(record_of(full_document()))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


_ALL_PATHS = [p for p in _paths(_BASE) if p]


@settings(
    max_examples=int(os.environ.get("BEDSIDE_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(st.tuples(st.sampled_from(_ALL_PATHS), _JSON), min_size=1, max_size=3))
def test_a_damaged_bundle_gives_only_a_bedside_error(changes: list[tuple[tuple[Any, ...], Any]]) -> None:
    bundle = copy.deepcopy(_BASE)
    for path, value in changes:
        target: Any = bundle
        try:
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the place
    try:
        read_bundle(bundle, BERLIN, "fuzz.json")
    except PatientFormatError as err:
        assert str(err).startswith("fuzz.json: ")
