"""Read a patient from a FHIR R4 Bundle: Patient, Procedure, Observation, Immunization and infection Condition.

The bundle is first checked strictly against fhir.resources' R4B models; the resources Bedside reads are
then turned into a bedside-patient/1 document and read by the JSON importer, so every problem has the
same message, with the field path given in the bundle ("entry[4].resource.valueQuantity.unit").
Mapping: docs/interoperability.md.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from bedside.domain.errors import PatientFormatError, Problem
from bedside.domain.patient import PatientRecord
from bedside.interop import codes as c
from bedside.interop.fhir_background import read_background_observation, read_condition, read_prior_hct
from bedside.patient_file.format import FORMAT_ID, parse_document
from bedside.patient_file.reader import MAX_PROBLEMS, show

READ = ("Patient", "Procedure", "Observation", "Immunization", "CarePlan", "Condition")
_LOINC_TESTS = {code: test for test, (code, _) in c.LAB_LOINC.items()}
_RESULT_STATUSES = ("final", "amended", "corrected")
# Bedside field -> where it was in the FHIR resource, so a message names the bundle's own field.
_LAB_FIELDS = {"date": "effectiveDateTime", "time": "effectiveDateTime", "value": "valueQuantity.value"}
_LAB_FIELDS |= {"unit": "valueQuantity", "test": "code"}
_OBS_FIELDS = _LAB_FIELDS | {"type": "code", "value": "value[x]"}
_VACCINE_FIELDS = {"date": "occurrenceDateTime", "vaccine": "vaccineCode"}


@dataclass(frozen=True, slots=True)
class FhirPatient:
    record: PatientRecord
    skipped: dict[str, int]  # resource type -> how many entries Bedside does not read (MedicationStatement, ...)


def read_bundle_text(text: str, zone: tzinfo, source: str | None = None) -> FhirPatient:
    try:
        document = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as err:
        problem = Problem("", f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}")
        raise PatientFormatError([problem], source) from None
    except (RecursionError, ValueError):
        raise PatientFormatError([Problem("", "not valid JSON")], source) from None
    return read_bundle(document, zone, source)


def read_bundle(bundle: Any, zone: tzinfo, source: str | None = None) -> FhirPatient:
    problems = _strict_problems(bundle)
    if problems:
        raise PatientFormatError(problems[:MAX_PROBLEMS], source)
    reader = _Reader(zone)
    document = reader.document(_without_nulls(bundle)["entry"])
    if reader.problems:
        raise PatientFormatError(reader.problems, source)
    try:
        record = parse_document(document, source)
    except PatientFormatError as err:
        translated = [Problem(reader.where(p.path), p.message) for p in err.problems]
        raise PatientFormatError(translated, source) from None
    return FhirPatient(record, dict(sorted(reader.skipped.items())))


def _strict_problems(bundle: Any) -> list[Problem]:
    """fhir.resources' strict parsing, one resource at a time so each problem names its entry."""
    from fhir.resources.R4B import get_fhir_model_class
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.resource import Resource
    from pydantic import ValidationError

    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        return [Problem("resourceType", f'must be "Bundle", not {show(_get(bundle, "resourceType"))}')]
    entries = bundle.get("entry")
    if not isinstance(entries, list) or not entries:
        return [Problem("entry", "a Bundle with one patient's resources is needed; this one has no entries")]
    problems: list[Problem] = []
    for i, entry in enumerate(entries):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        path = f"entry[{i}].resource"
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        try:
            model = get_fhir_model_class(kind) if isinstance(kind, str) else None
        except ValueError:
            model = None
        if model is None or not issubclass(model, Resource):
            problems.append(Problem(f"{path}.resourceType", f"is not a FHIR R4 resource type: {show(kind)}"))
            continue
        try:
            model.model_validate(resource)
        except ValidationError as err:
            problems += [Problem(_loc(path, e["loc"]), e["msg"]) for e in err.errors()]
        except KeyError:  # fhir.resources' way of saying a contained resource has an unknown type
            problems.append(Problem(path, f"not a valid FHIR R4 {kind}: it contains an unknown resource type"))
        except (ValueError, TypeError, RecursionError) as err:
            problems.append(Problem(path, f"not a valid FHIR R4 {kind}: {show(str(err))}"))
    if not problems:
        try:
            Bundle.model_validate(bundle)
        except ValidationError as err:
            problems += [Problem(_loc("", e["loc"]), e["msg"]) for e in err.errors()]
        except (KeyError, ValueError, TypeError) as err:  # fhir.resources raises these for some shapes
            problems.append(Problem("", f"not a valid FHIR R4 Bundle: {err}"))
    return problems


def _without_nulls(value: Any) -> Any:
    """JSON null is "absent" to FHIR's parser; the reader below then sees it as absent too."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value if v is not None]
    return value


def _loc(prefix: str, loc: tuple[int | str, ...]) -> str:
    path = prefix
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, dict) else None


def _local(concept: Any, system: str) -> str | None:
    for coding in _get(concept, "coding") or []:
        if _get(coding, "system") == system and isinstance(_get(coding, "code"), str):
            return str(coding["code"])
    return None


class _Reader:
    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self.problems: list[Problem] = []
        self.skipped: Counter[str] = Counter()
        self.places: dict[str, tuple[str, dict[str, str]]] = {}  # bedside prefix -> (FHIR path, field map)

    def where(self, bedside_path: str) -> str:
        """The FHIR path of a bedside-patient/1 field path such as labs[2].unit."""
        head, _, field = bedside_path.partition(".")
        for prefix in (bedside_path, head):
            if prefix in self.places:
                fhir, fields = self.places[prefix]
                if prefix == head and field:
                    return f"{fhir}.{fields.get(field, field)}"
                return fhir
        return bedside_path

    def document(self, entries: list[dict[str, Any]]) -> dict[str, Any]:
        doc: dict[str, Any] = {"format": FORMAT_ID}
        infusions: list[tuple[str, str]] = []
        for i, entry in enumerate(entries):
            resource, path = entry["resource"], f"entry[{i}].resource"
            kind = resource["resourceType"]
            if kind not in READ:
                self.skipped[kind] += 1
            elif kind == "Patient":
                if "patient" in doc:
                    self.problems.append(Problem(path, "a second Patient: a bundle must hold one patient's course"))
                doc["patient"] = self._patient(resource, path)
            elif kind == "Procedure":
                self._procedure(resource, path, doc, infusions)
            elif kind == "Observation":
                self._observation(resource, path, doc)
            elif kind == "Immunization":
                self._immunization(resource, path, doc)
            elif kind == "Condition":
                if not read_condition(resource, path, doc, self.places):
                    self.skipped[kind] += 1
            else:
                self._care_plan(resource, path, doc)
        if "patient" not in doc:
            self.problems.append(Problem("entry", "the bundle has no Patient"))
        if not infusions:
            self.problems.append(
                Problem("entry", "the bundle has no CAR T-cell infusion Procedure (the product and day 0 are needed)")
            )
        else:
            therapy = doc.setdefault("therapy", {})
            therapy["infusion_dates"] = sorted(day for day, _ in infusions)
            self.places["therapy.infusion_dates"] = (infusions[0][1] + ".performedDateTime", {})
        return doc

    def _patient(self, resource: dict[str, Any], path: str) -> dict[str, Any]:
        patient: dict[str, Any] = {}
        identifiers = resource.get("identifier") or []
        chosen = next((x for x in identifiers if x.get("system") == c.MRN_SYSTEM), None)
        chosen = chosen or next((x for x in identifiers if _local(x.get("type"), c.V2_IDENTIFIER_TYPE) == "MR"), None)
        if chosen is None or "value" not in chosen:
            self.problems.append(Problem(f"{path}.identifier", "no medical record number (type MR) to match by"))
        else:
            index = identifiers.index(chosen)
            patient["mrn"] = chosen["value"]
            self.places["patient.mrn"] = (f"{path}.identifier[{index}].value", {})
        names = resource.get("name") or []
        if names:
            name = names[0]
            text = name.get("text") or ", ".join(
                p for p in (name.get("family"), " ".join(name.get("given") or [])) if p
            )
            if text:
                patient["name"] = text
        self.places["patient.name"] = (f"{path}.name", {})
        if "birthDate" in resource:
            patient["birth_date"] = resource["birthDate"]
            self.places["patient.birth_date"] = (f"{path}.birthDate", {})
        if "gender" in resource:
            patient["sex"] = resource["gender"]
        self.places["patient"] = (path, {})
        return patient

    def _procedure(
        self, resource: dict[str, Any], path: str, doc: dict[str, Any], infusions: list[tuple[str, str]]
    ) -> None:
        code = _local(resource.get("code"), c.LOCAL_PROCEDURE)
        therapy = doc.setdefault("therapy", {})
        if code == c.INFUSION:
            day = self._day(resource.get("performedDateTime"), f"{path}.performedDateTime")
            if day:
                infusions.append((day, path))
            for used in resource.get("usedCode") or []:
                product = _local(used, c.LOCAL_PRODUCT)
                if product:
                    therapy["product"] = product
                    self.places["therapy.product"] = (f"{path}.usedCode", {})
            if "product" not in therapy:
                self.problems.append(Problem(f"{path}.usedCode", "names no CAR-T product Bedside knows"))
            reasons = [r.get("text") for r in resource.get("reasonCode") or [] if r.get("text")]
            if reasons:
                therapy["indication"] = reasons[0]
        elif code == c.LYMPHODEPLETION:
            period = resource.get("performedPeriod") or {}
            for key, field in (("start", "lymphodepletion_start"), ("end", "lymphodepletion_end")):
                day = self._day(period[key], f"{path}.performedPeriod.{key}") if key in period else None
                if day:
                    therapy[field] = day
                    self.places[f"therapy.{field}"] = (f"{path}.performedPeriod.{key}", {})
        elif code == c.APHERESIS and "performedDateTime" in resource:
            day = self._day(resource["performedDateTime"], f"{path}.performedDateTime")
            if day:
                therapy["apheresis_date"] = day
                self.places["therapy.apheresis_date"] = (f"{path}.performedDateTime", {})
        elif not read_prior_hct(code, resource, path, doc, self.places):
            self.skipped["Procedure"] += 1

    def _observation(self, resource: dict[str, Any], path: str, doc: dict[str, Any]) -> None:
        if resource.get("status") not in _RESULT_STATUSES:
            self.problems.append(
                Problem(f"{path}.status", f"only final results are read, not {show(resource.get('status'))}")
            )
            return
        if read_background_observation(resource, path, doc, self.places):
            return
        concept = resource.get("code")
        test = _local(concept, c.LOCAL_TEST) or _LOINC_TESTS.get(_local(concept, c.LOINC) or "")
        kind = _local(concept, c.LOCAL_OBSERVATION)
        if kind is None and _local(concept, c.LOINC) == c.TEMPERATURE_LOINC[0]:
            kind = "temperature"
        if test is None and kind is None:
            text = _get(concept, "text") or _local(concept, c.LOINC) or "?"
            self.problems.append(
                Problem(f"{path}.code", f"not a lab test or observation Bedside records: {show(text)}")
            )
            return
        entry: dict[str, Any] = {}
        when = resource.get("effectiveDateTime")
        if not isinstance(when, str):
            self.problems.append(Problem(f"{path}.effective[x]", "needs effectiveDateTime (when it was taken)"))
            return
        self._put_when(entry, when)
        quantity = resource.get("valueQuantity")
        if quantity is not None:
            if "value" in quantity:
                entry["value"] = _number(quantity["value"])
            unit = c.BEDSIDE_UNITS.get(quantity.get("code", "")) if quantity.get("system") == c.UCUM else None
            unit = unit or quantity.get("unit")
            if unit is not None:
                entry["unit"] = unit
        elif "valueInteger" in resource:
            entry["value"] = resource["valueInteger"]
        if test is not None:
            entry["test"] = test
            section, fields = "labs", _LAB_FIELDS
        else:
            entry["type"] = kind
            section, fields = "observations", _OBS_FIELDS
        items = doc.setdefault(section, [])
        self.places[f"{section}[{len(items)}]"] = (path, fields)
        items.append(entry)

    def _immunization(self, resource: dict[str, Any], path: str, doc: dict[str, Any]) -> None:
        if resource.get("status") != "completed":
            self.problems.append(
                Problem(f"{path}.status", f"only given vaccinations are read, not {show(resource.get('status'))}")
            )
            return
        concept = resource.get("vaccineCode")
        entry: dict[str, Any] = {"vaccine": _local(concept, c.LOCAL_VACCINE) or _get(concept, "text")}
        day = self._day(resource.get("occurrenceDateTime"), f"{path}.occurrence[x]")
        if day:
            entry["date"] = day
        items = doc.setdefault("vaccinations", [])
        self.places[f"vaccinations[{len(items)}]"] = (path, _VACCINE_FIELDS)
        items.append(entry)

    def _care_plan(self, resource: dict[str, Any], path: str, doc: dict[str, Any]) -> None:
        for uri in resource.get("instantiatesUri") or []:
            if uri.startswith(c.PROTOCOL_PREFIX) and "|" in uri:
                pid, _, version = uri.removeprefix(c.PROTOCOL_PREFIX).partition("|")
                doc["protocol"] = {"id": pid, "version": version}
                self.places["protocol"] = (f"{path}.instantiatesUri", {})

    def _put_when(self, entry: dict[str, Any], when: str) -> None:
        if len(when) == 10:
            entry["date"] = when
            return
        local = self._local_time(when)
        if local is not None:
            entry["date"], entry["time"] = local.date().isoformat(), local.strftime("%H:%M")
        else:
            entry["date"] = when[:10]

    def _day(self, when: Any, path: str) -> str | None:
        if not isinstance(when, str):
            self.problems.append(Problem(path, "needs a date"))
            return None
        if len(when) == 10:
            return when
        local = self._local_time(when)
        return local.date().isoformat() if local else when[:10]

    def _local_time(self, when: str) -> datetime | None:
        """A FHIR dateTime with a time, as the site's wall clock (the time a nurse would have written)."""
        try:
            moment = datetime.fromisoformat(when.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment.astimezone(self.zone) if moment.tzinfo else moment


def _number(value: Any) -> Any:
    """fhir.resources keeps decimals as text-exact numbers; the JSON reader wants an int or float."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return value
    try:
        return float(value) if not isinstance(value, int) else value
    except ValueError:
        return value
