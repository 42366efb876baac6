"""The words a protocol's conditions may use about a patient, what each means, and how long state counts.

The protocol owns this vocabulary; the engine (bedside/engine/facts.py) computes a value for each word.
"""

from __future__ import annotations

from dataclasses import dataclass

EPISODE_DAYS = 2  # a CRS/ICANS grade >=1 counts as "active" today and the next day unless a protocol says otherwise


@dataclass(frozen=True, slots=True)
class FactSettings:
    """How long state and results count, set per protocol (docs/clinical-rules.md, "State has a time")."""

    episode_days: int = EPISODE_DAYS  # a CRS/ICANS grade >=1 stays active this many days unless a grade 0 follows
    anc_valid_days: int = 3  # to day +30: counts 2-3 times a week (FACTS 2.12 [C]); older ANC is not current
    anc_valid_days_late: int = 30  # after day +30: CBC at least every 30 days (LATE21)
    result_valid_months: int = 6  # CD4, IgG, B cells: rechecked every 3-6 months (STAN, ASH24)


DEFAULT_SETTINGS = FactSettings()

# name -> what it means, in the words the protocol book and the why of an item use
FACT_DOCS: dict[str, str] = {
    "day": "days since the first infusion (calendar days; negative before)",
    "months_since_infusion": "whole calendar months since day 0",
    "product": "product id, e.g. axi-cel",
    "target": '"CD19" or "BCMA"',
    "label_era": '"pre-2025" if day 0 is before 2025-06-26, else "2025"',
    "ld_started": "lymphodepletion has started",
    "anc": "latest ANC since LD, 10^9/L",
    "anc_days_below": "days of the current run of ANC <0.5 x10^9/L (0 if not)",
    "neutropenic": "ANC <=0.5, or <=1.0 and falling (FN definition), since LD",
    "platelets": "latest platelets since LD, 10^9/L",
    "hemoglobin": "latest hemoglobin since LD, g/dL",
    "igg": "latest IgG since LD, mg/dL",
    "cd4": "latest CD4 since LD, /uL",
    "b_cells": "latest CD19 B cells since LD, /uL",
    "cmv_pcr": "latest CMV PCR since LD, IU/mL",
    "cmv_pcr_detected": "latest CMV PCR since LD above 0",
    "cmv_pcr_since_steroids": "latest CMV PCR since the first steroid day after infusion, IU/mL",
    "hbv_dna_level": "latest HBV DNA since LD, IU/mL",
    "igg_before": "the IgG before the latest since LD, mg/dL",
    "cd4_before": "the CD4 before the latest since LD, /uL",
    "unclassified_herpes_infection": (
        "an infection whose free text names HSV, VZV, herpes, zoster or shingles has no pathogen group"
    ),
    "hbv_dna_rising": "the latest HBV DNA since LD is above the one before it",
    "fever": "T >=38.3 C once or >=38.0 C over an hour, today",
    "fever_reading": "the reading that met the fever definition",
    "temperature_max": "highest temperature today, C",
    "steroid_days": "calendar days since day 0 with a corticosteroid for CRS/ICANS/IEC-HS",
    "days_since_steroid": "days since the last such steroid day (0 = today; null if none)",
    "anticytokine_given": "tocilizumab or a counted steroid given since day 0",
    "gcsf_days": "calendar days with G-CSF since day 0",
    "tocilizumab_given": "any tocilizumab so far",
    "days_since_last_ivig": "days since the last IVIG (null if none)",
    "days_since_prior_ivig": "days since the last IVIG before today (null if none)",
    "months_since_last_ivig": "whole months since the last IVIG (null if none)",
    "months_since_immunosuppression": "months since the last steroid or immunosuppressant",
    "months_since_chemotherapy": "months since the last chemotherapy",
    "months_since_anti_cd19_cd20": "months since another anti-CD19/CD20 agent",
    "months_since_anti_bcma": "months since another anti-BCMA agent",
    "on_immunosuppression": "a steroid or immunosuppressant is given today",
    "on_chemotherapy": "chemotherapy is given today",
    "infections": "infections recorded so far",
    "sinopulmonary_infections": "sinopulmonary infections or pneumonias since treatment began",
    "serious_infections": "infections marked serious so far",
    "crs_grade": "latest CRS grade recorded",
    "crs_active": "a CRS grade >=1 recorded in the current episode",
    "icans_active": "an ICANS grade >=1 recorded in the current episode",
    "crs_grade_max": "highest CRS grade so far",
    "icans_grade": "latest ICANS grade recorded",
    "icans_grade_max": "highest ICANS grade so far",
    "ice_score": "latest ICE score (0-10)",
    "mucositis_grade": "latest mucositis grade",
    "mucositis_grade_max": "highest mucositis grade since day 0",
    "months_since_hsv_vzv": "whole months since the last HSV or VZV episode (null if none)",
    "prior_hct": "any prior stem-cell transplant",
    "months_since_auto_hct": "months since an autologous transplant",
    "months_since_allo_hct": "months since an allogeneic transplant",
    "prior_mold_infection": "prior invasive mold infection",
    "prior_fungal_infection": "prior invasive fungal infection",
    "bridging_therapy": "bridging therapy given",
    "exposure_risk": "TB or Strongyloides exposure risk recorded",
    "cmv_igg": 'CMV IgG: "positive", "negative" or null',
    "hbsag": "HBsAg",
    "anti_hbc": "anti-HBc",
    "hbv_dna": "HBV DNA: positive if the serology says so or any result so far is above 0",
    "hiv": "HIV screening",
    "hcv_ab": "HCV antibody",
    "strongyloides_igg": "Strongyloides IgG",
    "tb_igra": "latent TB test (IGRA)",
    "cryopreserved_cells": "cryopreserved autologous stem cells available (the format's default is no)",
    "days_before_label_change": "days from day 0 to the 2025-06-26 label change (null if day 0 is on or after it)",
    "car_hematotox": "CAR-HEMATOTOX points (null if an input is missing)",
    "hematotox_missing": "the pre-LD labs CAR-HEMATOTOX still lacks, in words (null when none is missing)",
    "car_hematotox_risk": '"low" (0-1) or "high" (>=2; also when the known points reach 2)',
}
FACT_NAMES = frozenset(FACT_DOCS)
