"""How the ward says each patient fact: a label, a unit and the kind of sentence it makes.

Only wording lives here; what a fact means is in bedside/engine/facts.py (FACT_DOCS). A fact missing from this
table still reads: its FACT_DOCS line is used as the label, so new facts never break a protocol book.
"""

from __future__ import annotations

from dataclasses import dataclass

from bedside.protocol.fact_vocabulary import FACT_DOCS

# Kinds of sentence: "measure" (ANC below 0.5 ×10⁹/L), "count" (3 or more steroid days),
# "grade" (latest CRS grade 1 or higher), "months"/"days" (6 months or more since infusion),
# "day" (after day +28), "flag" (a prior stem-cell transplant / none), "text" (CMV IgG positive),
# "other" (a fact this table does not know yet).


@dataclass(frozen=True, slots=True)
class FactWords:
    kind: str
    label: str  # "ANC"; for months/days: what the time is counted from ("the last IVIG")
    unit: str = ""  # printed after a number: "×10⁹/L", "/µL"
    no: str = ""  # flag: the sentence when false ("no prior stem-cell transplant")
    null: str = ""  # the sentence for "not recorded", when the plain "<label> not recorded" reads badly
    one: str = ""  # count: the noun for exactly one ("sinopulmonary infection or pneumonia")
    name: str = ""  # the value's name in a "why" text placeholder; the label when empty
    values: tuple[tuple[str, str], ...] = ()  # text: a value and its sentence ("BCMA", "a BCMA-targeted product")


def _months(since: str, null: str = "") -> FactWords:
    return FactWords("months", since, null=null, name=f"months since {since.removeprefix('the ')}")


FACT_WORDS: dict[str, FactWords] = {
    "day": FactWords("day", "day", name="day"),
    "months_since_infusion": _months("infusion"),
    "product": FactWords("text", "product"),
    "target": FactWords(
        "text",
        "product target",
        values=(("BCMA", "a BCMA-targeted product"), ("CD19", "a CD19-targeted product")),
    ),
    "label_era": FactWords(
        "text",
        "label era",
        values=(
            ("2025", "infusion on or after 2025-06-26 (2025 labels)"),
            ("pre-2025", "infusion before 2025-06-26 (pre-2025 labels)"),
        ),
    ),
    "ld_started": FactWords("flag", "lymphodepletion has started", no="lymphodepletion has not started"),
    "anc": FactWords("measure", "ANC", "×10⁹/L"),
    "anc_days_below": FactWords(
        "count", "days in a row with ANC below 0.5 ×10⁹/L", one="day with ANC below 0.5 ×10⁹/L", name="days ANC <0.5"
    ),
    "neutropenic": FactWords(
        "flag", "neutropenic (ANC ≤0.5, or ≤1.0 ×10⁹/L and falling)", no="not neutropenic", name="neutropenic"
    ),
    "platelets": FactWords("measure", "platelets", "×10⁹/L"),
    "hemoglobin": FactWords("measure", "hemoglobin", "g/dL"),
    "igg": FactWords("measure", "IgG", "mg/dL"),
    "cd4": FactWords("measure", "CD4", "/µL"),
    "b_cells": FactWords("measure", "CD19 B cells", "/µL"),
    "cmv_pcr": FactWords("measure", "CMV PCR", "IU/mL"),
    "cmv_pcr_detected": FactWords(
        "flag", "CMV PCR detectable (latest above 0)", no="CMV PCR undetectable (latest 0)", name="CMV PCR detected"
    ),
    "fever": FactWords(
        "flag", "fever today (≥38.3 °C once or ≥38.0 °C over an hour)", no="no fever today", name="fever"
    ),
    "fever_reading": FactWords("text", "the fever reading"),
    "temperature_max": FactWords("measure", "highest temperature today", "°C", name="temperature"),
    "steroid_days": FactWords(
        "count", "days with systemic corticosteroids", one="day with systemic corticosteroids", name="steroid days"
    ),
    "tocilizumab_given": FactWords("flag", "tocilizumab given", no="no tocilizumab given"),
    "days_since_last_ivig": FactWords("days", "the last IVIG", null="no IVIG given so far", name="days since IVIG"),
    "months_since_last_ivig": _months("the last IVIG", "no IVIG given so far"),
    "months_since_immunosuppression": _months(
        "the last steroid or immunosuppressant", "no steroid or immunosuppressant recorded"
    ),
    "months_since_chemotherapy": _months("the last chemotherapy", "no chemotherapy recorded"),
    "months_since_anti_cd19_cd20": _months("another anti-CD19/CD20 agent", "no other anti-CD19/CD20 agent recorded"),
    "months_since_anti_bcma": _months("another anti-BCMA agent", "no other anti-BCMA agent recorded"),
    "on_immunosuppression": FactWords(
        "flag", "a steroid or immunosuppressant given today", no="no steroid or immunosuppressant today"
    ),
    "on_chemotherapy": FactWords("flag", "chemotherapy given today", no="no chemotherapy today"),
    "infections": FactWords("count", "infections recorded", one="infection recorded", name="infections"),
    "sinopulmonary_infections": FactWords(
        "count",
        "sinopulmonary infections or pneumonias",
        one="sinopulmonary infection or pneumonia",
        name="sinopulmonary infections",
    ),
    "serious_infections": FactWords("count", "serious infections", one="serious infection"),
    "crs_grade": FactWords("grade", "latest CRS grade", name="CRS grade"),
    "crs_grade_max": FactWords("grade", "highest CRS grade so far", name="highest CRS grade"),
    "icans_grade": FactWords("grade", "latest ICANS grade", name="ICANS grade"),
    "icans_grade_max": FactWords("grade", "highest ICANS grade so far", name="highest ICANS grade"),
    "ice_score": FactWords("grade", "latest ICE score", name="ICE score"),
    "mucositis_grade": FactWords("grade", "latest mucositis grade", name="mucositis grade"),
    "prior_hct": FactWords("flag", "a prior stem-cell transplant", no="no prior stem-cell transplant"),
    "months_since_auto_hct": _months("an autologous transplant", "no autologous transplant recorded"),
    "months_since_allo_hct": _months("an allogeneic transplant", "no allogeneic transplant recorded"),
    "prior_mold_infection": FactWords(
        "flag", "a prior invasive mould infection", no="no prior invasive mould infection"
    ),
    "prior_fungal_infection": FactWords(
        "flag", "a prior invasive fungal infection", no="no prior invasive fungal infection"
    ),
    "bridging_therapy": FactWords("flag", "bridging therapy given", no="no bridging therapy"),
    "exposure_risk": FactWords(
        "flag", "a TB or Strongyloides exposure risk recorded", no="no TB or Strongyloides exposure risk recorded"
    ),
    "cmv_igg": FactWords("text", "CMV IgG"),
    "hbsag": FactWords("text", "HBsAg"),
    "anti_hbc": FactWords("text", "anti-HBc"),
    "hbv_dna": FactWords("text", "HBV DNA"),
    "car_hematotox": FactWords(
        "measure", "CAR-HEMATOTOX score", "points", null="CAR-HEMATOTOX score not yet known (a pre-LD lab is missing)"
    ),
    "car_hematotox_risk": FactWords("text", "CAR-HEMATOTOX risk"),
    "crs_active": FactWords("flag", "a CRS episode active", no="no active CRS episode", name="CRS episode active"),
    "icans_active": FactWords(
        "flag", "an ICANS episode active", no="no active ICANS episode", name="ICANS episode active"
    ),
    "anticytokine_given": FactWords(
        "flag",
        "tocilizumab or steroids for CRS/ICANS given since day 0",
        no="no tocilizumab or steroids since day 0",
        name="tocilizumab or steroids given",
    ),
    "days_since_steroid": FactWords(
        "days", "the last steroid day", null="no steroid since day 0", name="days since the last steroid"
    ),
    "days_since_prior_ivig": FactWords(
        "days", "the last IVIG before today", null="no earlier IVIG", name="days since the last IVIG"
    ),
    "gcsf_days": FactWords("count", "days with G-CSF since day 0", one="day with G-CSF since day 0", name="G-CSF days"),
    "mucositis_grade_max": FactWords("grade", "highest mucositis grade since day 0", name="highest mucositis grade"),
    "months_since_hsv_vzv": _months("the last HSV/VZV episode", "no HSV/VZV episode recorded"),
    "cmv_pcr_since_steroids": FactWords(
        "measure", "CMV PCR since steroids began", "IU/mL", name="CMV PCR since steroids"
    ),
    "hbv_dna_level": FactWords("measure", "HBV DNA", "IU/mL"),
    "hbv_dna_rising": FactWords("flag", "HBV DNA rising", no="HBV DNA not rising", name="HBV DNA rising"),
    "hiv": FactWords("text", "HIV"),
    "hcv_ab": FactWords("text", "HCV antibody"),
    "strongyloides_igg": FactWords("text", "Strongyloides IgG"),
    "tb_igra": FactWords("text", "latent TB test"),
    "cryopreserved_cells": FactWords(
        "flag", "cryopreserved stem cells stored", no="no cryopreserved stem cells", name="stored stem cells"
    ),
    "igg_before": FactWords("measure", "the IgG before the latest", "mg/dL", name="IgG before"),
    "cd4_before": FactWords("measure", "the CD4 before the latest", "/µL", name="CD4 before"),
    "unclassified_herpes_infection": FactWords(
        "flag",
        "an HSV/VZV-like infection without a pathogen group",
        no="no unclassified HSV/VZV-like infection",
        name="HSV/VZV-like infection without a group",
    ),
    "hematotox_missing": FactWords("text", "pre-LD labs still missing for CAR-HEMATOTOX", name="missing labs"),
    "days_before_label_change": FactWords(
        "count",
        "days from day 0 to the 2025-06-26 label change",
        one="day from day 0 to the 2025-06-26 label change",
        null="day 0 on or after the 2025-06-26 label change",
        name="days to the label change",
    ),
}


def words_for(fact: str) -> FactWords:
    """The wording of a fact; a fact not in the table reads by its FACT_DOCS line (or its name)."""
    known = FACT_WORDS.get(fact)
    if known is not None:
        return known
    doc = FACT_DOCS.get(fact) or fact.replace("_", " ")
    return FactWords("other", doc, name=fact.replace("_", " "))


def value_name(fact: str) -> str:
    """What a "why" placeholder {fact} stands for, e.g. "ANC" or "months since infusion"."""
    words = words_for(fact)
    return words.name or ("yes or no" if words.kind == "flag" else words.label)
