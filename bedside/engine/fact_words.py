"""Patient facts in a checklist's why: what to record when a fact is missing, and dates as the ward reads them.

The engine writes every "why" with these, so no condition code reaches the screen or the page
(docs/clinical-rules.md, "The why in ward words").
"""

from __future__ import annotations

from datetime import date

from bedside.protocol.expr import Value
from bedside.protocol.fact_words import words_for

# fact -> what to record when it is missing (labels and units: bedside/protocol/fact_words.py)
ACTIONS: dict[str, str] = {
    "anc": "enter today's ANC",
    "neutropenic": "enter today's ANC",
    "anc_days_below": "enter today's ANC",
    "platelets": "enter today's platelet count",
    "hemoglobin": "enter today's hemoglobin",
    "igg": "send serum IgG",
    "cd4": "send a CD4 count",
    "b_cells": "send a B-cell count",
    "cmv_pcr": "send a CMV PCR",
    "cmv_pcr_detected": "send a CMV PCR",
    "cmv_pcr_since_steroids": "send a CMV PCR",
    "hbv_dna_level": "send HBV DNA",
    "hbv_dna_rising": "send HBV DNA",
    "temperature_max": "record the temperature",
    "cmv_igg": "record the CMV serology",
    "hbsag": "record the hepatitis B screening",
    "anti_hbc": "record the hepatitis B screening",
    "hbv_dna": "record the hepatitis B screening",
    "hiv": "record the HIV screening",
    "hcv_ab": "record the hepatitis C screening",
    "strongyloides_igg": "record the Strongyloides screening",
    "tb_igra": "record the TB screening",
    "prior_hct": "record the transplant history",
    "prior_mold_infection": "record the fungal history",
    "prior_fungal_infection": "record the fungal history",
    "exposure_risk": "record the exposure history",
    "car_hematotox": "enter the missing pre-LD labs",
    "car_hematotox_risk": "enter the missing pre-LD labs",
    "mucositis_grade": "record today's mucositis grade",
    "mucositis_grade_max": "record today's mucositis grade",
    "crs_grade": "record today's CRS grade",
    "icans_grade": "record today's ICANS grade",
}
# Facts that are a lab result since treatment began, and the lab test each reads.
# Facts that are a lab value (their value is shown with the date drawn).
DATED_FACTS = frozenset({"anc", "platelets", "hemoglobin", "igg", "cd4", "b_cells", "cmv_pcr", "hbv_dna_level"})
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
    "igg_before": "igg",
    "cd4_before": "cd4",
    "neutropenic": "anc",
    "anc_days_below": "anc",
}


def label(fact: str) -> str:
    words = words_for(fact)
    return words.name or words.label


def unit(fact: str) -> str:
    found = words_for(fact).unit
    return f" {found}" if found and not found.startswith("/") else found


def action(fact: str) -> str:
    return ACTIONS.get(fact, "")


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
