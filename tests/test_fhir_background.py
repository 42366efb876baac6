"""Infections, serology and history in the FHIR bundle (issue 17 part 1): written with their codes,
read back exactly, and a bad value named at its bundle field."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bedside.domain.errors import PatientFormatError
from bedside.interop import codes as c
from bedside.interop.fhir_export import course_bundle, validate_bundle
from bedside.interop.fhir_import import read_bundle
from bedside.patient_file.export import to_document
from tests.factories import full_document, record_of

BERLIN = ZoneInfo("Europe/Berlin")
AT = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


def document() -> dict[str, Any]:
    doc = full_document()
    doc["infections"].append({"date": "2025-06-10", "site": "skin", "serious": True, "pathogen_group": "vzv"})
    return doc


def bundle_of(doc: dict[str, Any]) -> dict[str, Any]:
    return course_bundle(record_of(doc), BERLIN, AT, "AB")


def of_kind(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def codes(concept: dict[str, Any], system: str) -> list[str]:
    return [x["code"] for x in concept.get("coding", []) if x["system"] == system]


def test_each_infection_is_a_condition_with_site_pathogen_and_seriousness() -> None:
    bundle = bundle_of(document())
    validate_bundle(bundle)
    first, shingles = of_kind(bundle, "Condition")
    assert first["onsetDateTime"] == "2025-05-02"
    assert first["code"]["text"] == "S. pneumoniae"
    assert codes(first["bodySite"][0], c.LOCAL_INFECTION_SITE) == ["sinopulmonary"]
    assert codes(first["severity"], c.LOCAL_SERIOUSNESS) == ["not-serious"]
    assert codes(shingles["code"], c.LOCAL_PATHOGEN_GROUP) == ["vzv"]
    assert "text" not in shingles["code"]  # no free-text pathogen was recorded: none is made up
    assert codes(shingles["severity"], c.LOCAL_SERIOUSNESS) == ["serious"]


def test_serology_unknown_is_fhirs_data_absent_reason_not_a_result() -> None:
    observations = of_kind(bundle_of(document()), "Observation")
    serology = {codes(o["code"], c.LOCAL_SEROLOGY)[0]: o for o in observations if codes(o["code"], c.LOCAL_SEROLOGY)}
    assert set(serology) == {"cmv_igg", "hbsag", "anti_hbc"}
    assert codes(serology["cmv_igg"]["valueCodeableConcept"], c.LOCAL_SEROLOGY_RESULT) == ["positive"]
    assert "valueCodeableConcept" not in serology["anti_hbc"]
    assert codes(serology["anti_hbc"]["dataAbsentReason"], c.DATA_ABSENT_REASON) == ["unknown"]


@pytest.mark.parametrize(
    "history",
    [
        None,
        {},
        {"prior_hct": []},
        {"prior_hct": [{"type": "allogeneic", "date": "2020-01-02"}], "exposure_risks": []},
        {"prior_invasive_mold_infection": True, "bridging_therapy": False, "exposure_risks": ["tuberculosis"]},
    ],
)
def test_history_round_trips_keeping_unknown_apart_from_none(history: dict[str, Any] | None) -> None:
    """An empty list ("no prior HCT") and a missing one ("not asked") mean different things to the rules."""
    doc = document()
    if history is None:
        del doc["history"]
    else:
        doc["history"] = history
    got = to_document(read_bundle(bundle_of(doc), BERLIN).record)
    expected = to_document(record_of(doc))
    # an empty history section states nothing, the same as none: FHIR has nothing to carry for it
    assert (got.get("history") or None) == (expected.get("history") or None)
    assert got["infections"] == expected["infections"]
    assert got["serology"] == expected["serology"]
    assert got["therapy"] == expected["therapy"]


def test_a_bad_site_is_named_at_the_bundle_field() -> None:
    bundle = bundle_of(document())
    broken = copy.deepcopy(bundle)
    condition = next(e for e in broken["entry"] if e["resource"]["resourceType"] == "Condition")
    index = broken["entry"].index(condition)
    condition["resource"]["bodySite"][0]["coding"][0]["code"] = "elbow"
    with pytest.raises(PatientFormatError) as err:
        read_bundle(broken, BERLIN)
    [problem] = err.value.problems
    assert problem.path == f"entry[{index}].resource.bodySite"
    assert "elbow" in problem.message


def test_a_condition_bedside_did_not_write_is_counted_as_skipped() -> None:
    bundle = bundle_of(document())
    foreign = {"resourceType": "Condition", "code": {"text": "Hypertension"}, "subject": {"reference": "x"}}
    bundle["entry"].append({"fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000001", "resource": foreign})
    got = read_bundle(bundle, BERLIN)
    assert got.skipped.get("Condition") == 1
    assert len(got.record.infections) == 2
