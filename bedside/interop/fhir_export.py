"""A patient's course as a FHIR R4 Bundle (type collection), built and checked with fhir.resources' R4B models.

Mapping and code sources: docs/interoperability.md. Every entry carries Bedside's local code beside any
standard code, so bedside/interop/fhir_import.py reads back exactly what was written.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, tzinfo
from typing import Any

from bedside import __version__
from bedside.domain.patient import (
    Check,
    Lab,
    Observation,
    PatientRecord,
    Treatment,
    Vaccination,
)
from bedside.domain.products import PRODUCTS
from bedside.domain.units import LAB_TESTS
from bedside.interop import codes as c
from bedside.interop.fhir_background import add_background

# uuid5 namespace: the same course exported twice gives the same fullUrls (a stable, comparable file).
_NAMESPACE = uuid.UUID("6f1d0b7e-3c52-4b8e-9a57-2f0e4f0c1a11")


def course_bundle(record: PatientRecord, zone: tzinfo, exported_at: datetime, exported_by: str) -> dict[str, Any]:
    """The Bundle as a plain JSON object, already validated against the R4B models (strict: unknown
    fields and malformed values are refused by fhir.resources)."""
    bundle = _Builder(record, zone).bundle(exported_at, exported_by)
    validate_bundle(bundle)
    return bundle


def course_bundle_json(record: PatientRecord, zone: tzinfo, exported_at: datetime, exported_by: str) -> str:
    from fhir.resources.R4B.bundle import Bundle

    model = Bundle.model_validate(course_bundle(record, zone, exported_at, exported_by))
    return model.model_dump_json(indent=2) + "\n"


def validate_bundle(bundle: dict[str, Any]) -> None:
    """Raise pydantic's ValidationError when the bundle is not valid R4B (types, required fields, codes)."""
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle)


def _coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return coding


def _concept(text: str, *codings: dict[str, str]) -> dict[str, Any]:
    return {"coding": list(codings), "text": text}


def _quantity(value: float, unit: str) -> dict[str, Any]:
    quantity: dict[str, Any] = {"value": value, "unit": unit}
    if unit in c.UCUM_UNITS:
        quantity |= {"system": c.UCUM, "code": c.UCUM_UNITS[unit]}
    return quantity


def _with_seconds(utc: str) -> str:
    """Bedside allows 2025-03-10T09:14Z; a FHIR dateTime with a time needs the seconds."""
    return utc[:16] + ":00Z" if len(utc) == 17 else utc


class _Builder:
    def __init__(self, record: PatientRecord, zone: tzinfo) -> None:
        self.record, self.zone = record, zone
        self.entries: list[dict[str, Any]] = []
        self.patient_ref = self._url("Patient", 0)

    def _url(self, kind: str, index: int) -> str:
        return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{self.record.mrn}/{kind}/{index}')}"

    def _add(self, kind: str, index: int, resource: dict[str, Any]) -> str:
        url = self._url(kind, index)
        self.entries.append({"fullUrl": url, "resource": {"resourceType": kind, **resource}})
        return url

    def _when(self, day: date, clock: str | None) -> str:
        """A date alone, or date and time with the site's offset (FHIR requires a zone with a time)."""
        if clock is None:
            return day.isoformat()
        local = datetime.combine(day, time.fromisoformat(clock), self.zone)
        return local.isoformat(timespec="seconds")

    def bundle(self, exported_at: datetime, exported_by: str) -> dict[str, Any]:
        r = self.record
        self._patient()
        self._procedures()
        for i, lab in enumerate(r.labs):
            self._lab(i, lab)
        for i, obs in enumerate(r.observations):
            self._observation(i, obs)
        for i, treatment in enumerate(r.treatments):
            self._treatment(i, treatment)
        for i, vaccination in enumerate(r.vaccinations):
            self._immunization(i, vaccination)
        add_background(r, self.patient_ref, self._add)
        plan = self._care_plan()
        for i, check in enumerate(r.checks):
            self._task(i, check, plan)
        targets = [{"reference": e["fullUrl"]} for e in self.entries]
        self._add(
            "Provenance",
            0,
            {
                "target": targets,
                "recorded": exported_at.isoformat(timespec="seconds"),
                "agent": [{"who": {"display": exported_by}}],
                "reason": [{"text": f"exported by Bedside {__version__}"}],
            },
        )
        return {
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": exported_at.isoformat(timespec="seconds"),
            "entry": self.entries,
        }

    def _patient(self) -> None:
        p = self.record.patient
        resource: dict[str, Any] = {
            "identifier": [
                {
                    "use": "usual",
                    "type": _concept("Medical record number", _coding(c.V2_IDENTIFIER_TYPE, "MR")),
                    "system": c.MRN_SYSTEM,
                    "value": p.mrn,
                }
            ],
            "name": [{"text": p.name}],
        }
        if p.birth_date is not None:
            resource["birthDate"] = p.birth_date.isoformat()
        if p.sex is not None:
            resource["gender"] = p.sex  # Bedside's four values are FHIR's administrative-gender codes
        self._add("Patient", 0, resource)

    def _procedures(self) -> None:
        t = self.record.therapy
        product = PRODUCTS[t.product]
        used = [_concept(f"{product.brand} ({product.generic})", _coding(c.LOCAL_PRODUCT, t.product))]
        for i, day in enumerate(t.infusion_dates):
            resource: dict[str, Any] = {
                "status": "completed",
                "code": _concept("CAR T-cell infusion", _coding(c.LOCAL_PROCEDURE, c.INFUSION)),
                "subject": {"reference": self.patient_ref},
                "performedDateTime": day.isoformat(),
                "usedCode": used,
                "note": [{"text": "day 0 (first infusion)" if i == 0 else f"infusion {i + 1}"}],
            }
            if t.indication:
                resource["reasonCode"] = [{"text": t.indication}]
            self._add("Procedure", i, resource)
        if t.lymphodepletion_start is not None:
            period = {"start": t.lymphodepletion_start.isoformat()}
            if t.lymphodepletion_end is not None:
                period["end"] = t.lymphodepletion_end.isoformat()
            self._add(
                "Procedure",
                100,
                {
                    "status": "completed",
                    "code": _concept("Lymphodepleting chemotherapy", _coding(c.LOCAL_PROCEDURE, c.LYMPHODEPLETION)),
                    "subject": {"reference": self.patient_ref},
                    "performedPeriod": period,
                },
            )
        if t.apheresis_date is not None:
            self._add(
                "Procedure",
                101,
                {
                    "status": "completed",
                    "code": _concept("Apheresis", _coding(c.LOCAL_PROCEDURE, c.APHERESIS)),
                    "subject": {"reference": self.patient_ref},
                    "performedDateTime": t.apheresis_date.isoformat(),
                },
            )

    def _lab(self, i: int, lab: Lab) -> None:
        label = LAB_TESTS[lab.test].label
        codings = [_coding(c.LOCAL_TEST, lab.test, label)]
        if lab.test in c.LAB_LOINC:
            codings.insert(0, _coding(c.LOINC, *c.LAB_LOINC[lab.test]))
        self._add(
            "Observation",
            i,
            {
                "status": "final",
                "category": [_concept("Laboratory", _coding(c.OBSERVATION_CATEGORY, "laboratory"))],
                "code": _concept(label, *codings),
                "subject": {"reference": self.patient_ref},
                "effectiveDateTime": self._when(lab.date, lab.time),
                "valueQuantity": _quantity(lab.value, lab.unit),
            },
        )

    def _observation(self, i: int, obs: Observation) -> None:
        label = c.OBSERVATION_LABELS[obs.type]
        codings = [_coding(c.LOCAL_OBSERVATION, obs.type, label)]
        resource: dict[str, Any] = {"status": "final", "subject": {"reference": self.patient_ref}}
        if obs.type == "temperature":
            codings.insert(0, _coding(c.LOINC, *c.TEMPERATURE_LOINC))
            resource["category"] = [_concept("Vital Signs", _coding(c.OBSERVATION_CATEGORY, "vital-signs"))]
            resource["valueQuantity"] = _quantity(obs.value, obs.unit or "C")
        else:
            resource["valueInteger"] = int(obs.value)  # the reader allows whole grades and scores only
        resource["code"] = _concept(label, *codings)
        resource["effectiveDateTime"] = self._when(obs.date, obs.time)
        self._add("Observation", 1000 + i, resource)

    def _treatment(self, i: int, t: Treatment) -> None:
        name = t.drug or t.type.replace("_", " ")
        resource: dict[str, Any] = {
            "status": "active" if t.ongoing else "completed",
            "medicationCodeableConcept": _concept(name, _coding(c.LOCAL_TREATMENT, t.type)),
            "subject": {"reference": self.patient_ref},
        }
        if t.date is not None:
            resource["effectiveDateTime"] = t.date.isoformat()
        else:
            assert t.start is not None  # the reader guarantees date or start
            period = {"start": t.start.isoformat()}
            if t.end is not None:
                period["end"] = t.end.isoformat()
            resource["effectivePeriod"] = period
        if t.dose is not None:
            dose: dict[str, Any] = {"value": t.dose}
            if t.dose_unit:
                dose["unit"] = t.dose_unit
            resource["dosage"] = [{"doseAndRate": [{"doseQuantity": dose}]}]
        elif t.dose_unit:
            resource["dosage"] = [{"text": t.dose_unit}]
        if t.indication:
            resource["reasonCode"] = [
                _concept(t.indication.replace("_", "-"), _coding(c.LOCAL_INDICATION, t.indication))
            ]
        self._add("MedicationStatement", i, resource)

    def _immunization(self, i: int, v: Vaccination) -> None:
        self._add(
            "Immunization",
            i,
            {
                "status": "completed",
                "vaccineCode": _concept(v.vaccine, _coding(c.LOCAL_VACCINE, v.vaccine)),
                "patient": {"reference": self.patient_ref},
                "occurrenceDateTime": v.date.isoformat(),
            },
        )

    def _care_plan(self) -> str:
        pin = self.record.protocol
        resource: dict[str, Any] = {
            "status": "active",
            "intent": "plan",
            "title": "CAR-T infection-prevention checklist",
            "subject": {"reference": self.patient_ref},
        }
        if pin is not None:
            resource["instantiatesUri"] = [f"{c.PROTOCOL_PREFIX}{pin.id}|{pin.version}"]
            resource["description"] = f"Protocol {pin.id} version {pin.version}"
        return self._add("CarePlan", 0, resource)

    def _task(self, i: int, check: Check, plan: str) -> None:
        resource: dict[str, Any] = {
            "basedOn": [{"reference": plan}],
            "status": c.TASK_STATUS[check.status],
            "businessStatus": _concept(check.status, _coding(c.LOCAL_CHECK_STATUS, check.status)),
            "intent": "plan",
            "code": _concept(check.item, _coding(c.LOCAL_ITEM, check.item)),
            "for": {"reference": self.patient_ref},
            "restriction": {"period": {"start": check.due.isoformat(), "end": check.due.isoformat()}},
            "lastModified": _with_seconds(check.at),
            "owner": {"display": check.by},
        }
        if check.reason:
            resource["statusReason"] = {"text": check.reason}
        self._add("Task", i, resource)
