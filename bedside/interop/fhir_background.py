"""The patient's background in FHIR: infections (Condition), serology and history (Observation, Procedure).

Written by bedside/interop/fhir_export.py and read back by bedside/interop/fhir_import.py, so a bundle
carries the whole course the rules look at (a shingles episode extends HSV/VZV prophylaxis, a positive
anti-HBc starts HBV monitoring). Every element has Bedside's local code; "unknown" serology is FHIR's
standard data-absent reason. Mapping: docs/interoperability.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bedside.domain.patient import Infection, PatientRecord
from bedside.interop import codes as c

Add = Callable[[str, int, dict[str, Any]], str]  # (resource type, index, resource) -> fullUrl
Places = dict[str, tuple[str, dict[str, str]]]

HISTORY_FLAGS = ("prior_invasive_fungal_infection", "prior_invasive_mold_infection", "bridging_therapy")
# Index ranges inside the bundle's uuid5 names, apart from those fhir_export.py uses.
_CONDITION, _SEROLOGY, _HISTORY, _PRIOR_HCT = 0, 2000, 3000, 200
_INFECTION_FIELDS = {"date": "onsetDateTime", "site": "bodySite", "pathogen": "code.text"}
_INFECTION_FIELDS |= {"pathogen_group": "code", "serious": "severity"}


def _coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    return {"system": system, "code": code, **({"display": display} if display else {})}


def _concept(text: str, *codings: dict[str, str]) -> dict[str, Any]:
    return {"coding": list(codings), "text": text}


# --- export --------------------------------------------------------------------------------------


def add_background(record: PatientRecord, patient_ref: str, add: Add) -> None:
    for i, infection in enumerate(record.infections):
        add("Condition", _CONDITION + i, _condition(infection, patient_ref))
    subject = {"reference": patient_ref}
    for j, (key, value) in enumerate(sorted((record.serology or {}).items())):
        resource: dict[str, Any] = {
            "status": "final",
            "category": [_concept("Laboratory", _coding(c.OBSERVATION_CATEGORY, "laboratory"))],
            "code": _concept(key.replace("_", " "), _coding(c.LOCAL_SEROLOGY, key)),
            "subject": subject,
        }
        if value == "unknown":
            resource["dataAbsentReason"] = _concept("Unknown", _coding(c.DATA_ABSENT_REASON, "unknown"))
        else:
            resource["valueCodeableConcept"] = _concept(value, _coding(c.LOCAL_SEROLOGY_RESULT, value))
        add("Observation", _SEROLOGY + j, resource)
    for k, (fact, answer, parts) in enumerate(_history_facts(record)):
        resource = {
            "status": "final",
            "code": _concept(fact.replace("_", " "), _coding(c.LOCAL_HISTORY, fact)),
            "subject": subject,
            "valueBoolean": answer,
        }
        if parts:  # exposure risks: one component each, as written
            resource["component"] = [{"code": {"text": part}, "valueBoolean": True} for part in parts]
        add("Observation", _HISTORY + k, resource)
    for n, hct in enumerate((record.history.prior_hct or ()) if record.history else ()):
        procedure: dict[str, Any] = {
            "status": "completed",
            "code": _concept(f"Prior {hct.type} HCT", _coding(c.LOCAL_PROCEDURE, c.PRIOR_HCT[hct.type])),
            "subject": subject,
        }
        if hct.date is not None:
            procedure["performedDateTime"] = hct.date.isoformat()
        add("Procedure", _PRIOR_HCT + n, procedure)


def _condition(infection: Infection, patient_ref: str) -> dict[str, Any]:
    code: dict[str, Any] = {"coding": [_coding(c.LOCAL_CONDITION, c.INFECTION, "Infection")]}
    if infection.pathogen_group is not None:
        code["coding"].append(_coding(c.LOCAL_PATHOGEN_GROUP, infection.pathogen_group))
    if infection.pathogen is not None:
        code["text"] = infection.pathogen  # the free text, exactly as recorded
    resource: dict[str, Any] = {
        "category": [_concept("Encounter Diagnosis", _coding(c.CONDITION_CATEGORY, "encounter-diagnosis"))],
        "code": code,
        "bodySite": [_concept(infection.site, _coding(c.LOCAL_INFECTION_SITE, infection.site))],
        "subject": {"reference": patient_ref},
        "onsetDateTime": infection.date.isoformat(),
    }
    if infection.serious is not None:
        word = "serious" if infection.serious else "not-serious"
        resource["severity"] = _concept(word.replace("-", " "), _coding(c.LOCAL_SERIOUSNESS, word))
    return resource


def _history_facts(record: PatientRecord) -> list[tuple[str, bool, tuple[str, ...]]]:
    """(fact, yes/no, exposure risks): only what the record states; an unstated fact is left out."""
    facts: list[tuple[str, bool, tuple[str, ...]]] = []
    h = record.history
    if h is not None:
        if h.prior_hct is not None:
            facts.append(("prior_hct", bool(h.prior_hct), ()))
        for flag in HISTORY_FLAGS:
            value = getattr(h, flag)
            if value is not None:
                facts.append((flag, value, ()))
        if h.exposure_risks is not None:
            facts.append(("exposure_risks", bool(h.exposure_risks), h.exposure_risks))
    cryo = record.therapy.cryopreserved_autologous_cells
    if cryo is not None:
        facts.append(("cryopreserved_autologous_cells", cryo, ()))
    return facts


# --- import --------------------------------------------------------------------------------------


def local_code(concept: Any, system: str) -> str | None:
    for coding in (concept or {}).get("coding") or [] if isinstance(concept, dict) else []:
        if isinstance(coding, dict) and coding.get("system") == system and isinstance(coding.get("code"), str):
            return str(coding["code"])
    return None


def read_condition(resource: dict[str, Any], path: str, doc: dict[str, Any], places: Places) -> bool:
    """An infection Condition into doc["infections"]; False when the Condition is not one Bedside wrote."""
    code = resource.get("code")
    if local_code(code, c.LOCAL_CONDITION) != c.INFECTION:
        return False
    entry: dict[str, Any] = {}
    onset = resource.get("onsetDateTime")
    if onset is not None:  # a non-text value is passed on whole, for the reader to name
        entry["date"] = onset[:10] if isinstance(onset, str) else onset
    sites = [local_code(s, c.LOCAL_INFECTION_SITE) or s.get("text") for s in resource.get("bodySite") or []]
    if sites and sites[0]:
        entry["site"] = sites[0]
    if isinstance(code, dict) and code.get("text"):
        entry["pathogen"] = code["text"]
    group = local_code(code, c.LOCAL_PATHOGEN_GROUP)
    if group is not None:
        entry["pathogen_group"] = group
    seriousness = local_code(resource.get("severity"), c.LOCAL_SERIOUSNESS)
    if seriousness is not None:
        entry["serious"] = seriousness == "serious"
    items = doc.setdefault("infections", [])
    places[f"infections[{len(items)}]"] = (path, _INFECTION_FIELDS)
    items.append(entry)
    return True


def read_background_observation(resource: dict[str, Any], path: str, doc: dict[str, Any], places: Places) -> bool:
    """Serology and history Observations; False when the Observation is a lab or bedside observation."""
    code = resource.get("code")
    key = local_code(code, c.LOCAL_SEROLOGY)
    if key is not None:
        absent = local_code(resource.get("dataAbsentReason"), c.DATA_ABSENT_REASON)
        value = (
            "unknown"
            if absent == "unknown"
            else local_code(resource.get("valueCodeableConcept"), c.LOCAL_SEROLOGY_RESULT)
        )
        doc.setdefault("serology", {})[key] = value
        places[f"serology.{key}"] = (f"{path}.value[x]", {})
        return True
    fact = local_code(code, c.LOCAL_HISTORY)
    if fact is None:
        return False
    answer = resource.get("valueBoolean")
    if fact == "cryopreserved_autologous_cells":
        doc.setdefault("therapy", {})[fact] = answer
        places[f"therapy.{fact}"] = (f"{path}.valueBoolean", {})
        return True
    history = doc.setdefault("history", {})
    if fact == "prior_hct":
        history.setdefault("prior_hct", [])
    elif fact == "exposure_risks":
        history[fact] = [part.get("code", {}).get("text") for part in resource.get("component") or []]
    else:
        history[fact] = answer
    places[f"history.{fact}"] = (f"{path}.valueBoolean", {})
    return True


def read_prior_hct(code: str | None, resource: dict[str, Any], path: str, doc: dict[str, Any], places: Places) -> bool:
    kind = next((k for k, v in c.PRIOR_HCT.items() if v == code), None)
    if kind is None:
        return False
    hct: dict[str, Any] = {"type": kind}
    when = resource.get("performedDateTime")
    if isinstance(when, str):
        hct["date"] = when[:10]
    items = doc.setdefault("history", {}).setdefault("prior_hct", [])
    places[f"history.prior_hct[{len(items)}]"] = (path, {"date": "performedDateTime", "type": "code"})
    items.append(hct)
    return True
