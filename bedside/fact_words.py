"""Patient facts in the ward's words: a label, a unit, and what to do when the fact is missing.

The engine writes every "why" with these, so no condition code reaches the screen or the page
(docs/clinical-rules.md, "The why in ward words").
"""

from __future__ import annotations

from datetime import date

from bedside.protocol.expr import Value

# fact -> (label, unit shown after a value, what to record when it is missing)
FACT_WORDS: dict[str, tuple[str, str, str]] = {
    "anc": ("ANC", " x10^9/L", "enter today's ANC"),
    "neutropenic": ("ANC", "", "enter today's ANC"),
    "anc_days_below": ("days with ANC <0.5", "", "enter today's ANC"),
    "platelets": ("platelets", " x10^9/L", "enter today's platelet count"),
    "hemoglobin": ("hemoglobin", " g/dL", "enter today's hemoglobin"),
    "igg": ("IgG", " mg/dL", "send serum IgG"),
    "cd4": ("CD4", "/uL", "send a CD4 count"),
    "b_cells": ("CD19 B cells", "/uL", "send a B-cell count"),
    "cmv_pcr": ("CMV PCR", " IU/mL", "send a CMV PCR"),
    "cmv_pcr_detected": ("CMV PCR", "", "send a CMV PCR"),
    "cmv_pcr_since_steroids": ("CMV PCR since steroids began", " IU/mL", "send a CMV PCR"),
    "hbv_dna_level": ("HBV DNA", " IU/mL", "send HBV DNA"),
    "hbv_dna_rising": ("HBV DNA trend", "", "send HBV DNA"),
    "fever": ("temperature", "", "record the temperature"),
    "temperature_max": ("highest temperature today", " C", "record the temperature"),
    "cmv_igg": ("CMV IgG", "", "record the CMV serology"),
    "hbsag": ("HBsAg", "", "record the hepatitis B screening"),
    "anti_hbc": ("anti-HBc", "", "record the hepatitis B screening"),
    "hbv_dna": ("HBV DNA", "", "record the hepatitis B screening"),
    "hiv": ("HIV", "", "record the HIV screening"),
    "hcv_ab": ("HCV antibody", "", "record the hepatitis C screening"),
    "strongyloides_igg": ("Strongyloides IgG", "", "record the Strongyloides screening"),
    "tb_igra": ("latent TB test", "", "record the TB screening"),
    "prior_hct": ("prior stem-cell transplant", "", "record the transplant history"),
    "prior_mold_infection": ("prior invasive mould infection", "", "record the fungal history"),
    "prior_fungal_infection": ("prior invasive fungal infection", "", "record the fungal history"),
    "exposure_risk": ("TB/Strongyloides exposure risk", "", "record the exposure history"),
    "car_hematotox": ("CAR-HEMATOTOX", "", "enter the missing pre-LD labs"),
    "car_hematotox_risk": ("CAR-HEMATOTOX risk", "", "enter the missing pre-LD labs"),
    "mucositis_grade": ("mucositis grade", "", "record today's mucositis grade"),
    "mucositis_grade_max": ("highest mucositis grade", "", "record today's mucositis grade"),
    "crs_grade": ("CRS grade", "", "record today's CRS grade"),
    "icans_grade": ("ICANS grade", "", "record today's ICANS grade"),
    "cryopreserved_cells": ("cryopreserved stem cells", "", "record whether stem cells are stored"),
    "months_since_infusion": ("month after infusion", "", ""),
    "steroid_days": ("steroid days since day 0", "", ""),
    "sinopulmonary_infections": ("sinopulmonary infections", "", ""),
}
# Facts that are a lab result since treatment began, and the lab test each reads.
LAB_FACTS = {
    "anc": "anc",
    "platelets": "platelets",
    "hemoglobin": "hemoglobin",
    "igg": "igg",
    "cd4": "cd4",
    "b_cells": "cd19_b_cells",
    "cmv_pcr": "cmv_pcr",
    "cmv_pcr_detected": "cmv_pcr",
    "hbv_dna_level": "hbv_dna",
    "neutropenic": "anc",
    "anc_days_below": "anc",
}


def label(fact: str) -> str:
    return FACT_WORDS.get(fact, (fact.replace("_", " "), "", ""))[0]


def unit(fact: str) -> str:
    return FACT_WORDS.get(fact, ("", "", ""))[1]


def action(fact: str) -> str:
    return FACT_WORDS.get(fact, ("", "", ""))[2]


def shown(value: Value) -> str:
    if value is None:
        return "not recorded"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def dated(when: date, day0: date) -> str:
    """A date as the ward reads it: 2025-03-05 (day +2)."""
    return f"{when.isoformat()} (day {(when - day0).days:+d})"
