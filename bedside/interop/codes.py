"""Code systems and codes used in the FHIR export (docs/interoperability.md lists the source of each).

A standard code is used only where its meaning is certain; everything else carries Bedside's own
local code (always present, so an import reads back exactly what was exported) and plain text.
"""

from __future__ import annotations

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"

# Bedside's local code systems: URNs, because Bedside has no web address of its own to publish them under.
LOCAL = "urn:bedside:code:"
LOCAL_TEST = LOCAL + "lab-test"
LOCAL_OBSERVATION = LOCAL + "observation"
LOCAL_TREATMENT = LOCAL + "treatment"
LOCAL_INDICATION = LOCAL + "treatment-indication"
LOCAL_VACCINE = LOCAL + "vaccine"
LOCAL_PROCEDURE = LOCAL + "procedure"
LOCAL_PRODUCT = LOCAL + "car-t-product"
LOCAL_ITEM = LOCAL + "checklist-item"
LOCAL_CHECK_STATUS = LOCAL + "check-status"
LOCAL_CONDITION = LOCAL + "condition"
LOCAL_INFECTION_SITE = LOCAL + "infection-site"
LOCAL_PATHOGEN_GROUP = LOCAL + "pathogen-group"
LOCAL_SERIOUSNESS = LOCAL + "seriousness"
LOCAL_SEROLOGY = LOCAL + "serology"
LOCAL_SEROLOGY_RESULT = LOCAL + "serology-result"
LOCAL_HISTORY = LOCAL + "history"
MRN_SYSTEM = "urn:bedside:mrn"
PROTOCOL_PREFIX = "urn:bedside:protocol:"

# LOINC codes, only those checked against a published source (docs/interoperability.md, "Codes").
# Tests without an entry (ferritin, CD19 B cells, CMV PCR and HBV DNA in IU/mL) go as local code and text.
LAB_LOINC: dict[str, tuple[str, str]] = {
    "anc": ("751-8", "Neutrophils [#/volume] in Blood by Automated count"),
    "platelets": ("777-3", "Platelets [#/volume] in Blood by Automated count"),
    "hemoglobin": ("718-7", "Hemoglobin [Mass/volume] in Blood"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"),
    "igg": ("2465-3", "IgG [Mass/volume] in Serum or Plasma"),
    "cd4": ("24467-3", "CD3+CD4+ (T4 helper) cells [#/volume] in Blood"),
}
TEMPERATURE_LOINC = ("8310-5", "Body temperature")

# Bedside unit -> UCUM code; the Bedside unit stays as the human-readable `unit`.
UCUM_UNITS: dict[str, str] = {
    "10^9/L": "10*9/L",
    "/uL": "/uL",
    "g/dL": "g/dL",
    "g/L": "g/L",
    "mg/dL": "mg/dL",
    "mg/L": "mg/L",
    "ng/mL": "ng/mL",
    "ug/L": "ug/L",
    "IU/mL": "[IU]/mL",
    "C": "Cel",
    "F": "[degF]",
}
BEDSIDE_UNITS = {ucum: unit for unit, ucum in UCUM_UNITS.items()}

OBSERVATION_LABELS = {
    "temperature": "Body temperature",
    "crs_grade": "CRS grade",
    "icans_grade": "ICANS grade",
    "ice_score": "ICE score",
    "mucositis_grade": "Mucositis grade",
}

# Bedside check status -> FHIR Task.status; the exact Bedside status is kept in Task.businessStatus.
TASK_STATUS = {"done": "completed", "not-done": "failed", "not-applicable": "cancelled"}
INFUSION = "car-t-infusion"
LYMPHODEPLETION = "lymphodepletion"
APHERESIS = "apheresis"
INFECTION = "infection"
PRIOR_HCT = {"autologous": "prior-hct-autologous", "allogeneic": "prior-hct-allogeneic"}
