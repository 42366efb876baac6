"""A patient's record as Bedside holds it: plain, immutable values.

Field names follow the `bedside-patient/1` contract (docs/patient-format.md).
Optional fields are None when the source did not give them, so export writes back exactly
what was imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date

from bedside.domain.products import PRODUCTS, Product
from bedside.domain.units import celsius, to_internal

SEXES = ("female", "male", "other", "unknown")
SEROLOGY_KEYS = (
    "cmv_igg",
    "hsv_igg",
    "vzv_igg",
    "hbsag",
    "anti_hbc",
    "anti_hbs",
    "hbv_dna",
    "hcv_ab",
    "hiv",
    "strongyloides_igg",
    "tb_igra",
    "htlv1",
    "toxoplasma_igg",
    "syphilis",
)
SEROLOGY_VALUES = ("positive", "negative", "unknown")
OBSERVATION_TYPES: dict[str, tuple[float, float]] = {
    "temperature": (25.0, 45.0),  # degrees C, after conversion
    "crs_grade": (0, 4),
    "icans_grade": (0, 4),
    "ice_score": (0, 10),
    "mucositis_grade": (0, 4),
}
GRADED_OBSERVATIONS = ("crs_grade", "icans_grade", "ice_score", "mucositis_grade")
TREATMENT_TYPES = (
    "steroid",
    "tocilizumab",
    "anakinra",
    "ivig",
    "gcsf",
    "immunosuppressant",
    "chemotherapy",
    "anti_cd19",
    "anti_cd20",
    "anti_bcma",
    "other",
)
INFECTION_SITES = (
    "sinopulmonary",
    "pneumonia",
    "bloodstream",
    "urinary",
    "skin",
    "gastrointestinal",
    "cns",
    "other",
)
# What a treatment was given for; steroid rules count courses for CRS, ICANS or IEC-HS (docs/clinical-rules.md).
TREATMENT_INDICATIONS = ("crs", "icans", "iec_hs", "other")
# Structured pathogen beside the free text, so rules can ask "the last HSV/VZV episode" (docs/clinical-rules.md).
PATHOGEN_GROUPS = ("hsv", "vzv", "cmv", "pjp", "bacterial", "yeast", "mould", "respiratory_virus", "other")
VACCINES = (
    "influenza",
    "covid19",
    "pcv",
    "ppsv23",
    "tdap",
    "hbv",
    "hav",
    "hib",
    "menacwy",
    "rzv",
    "mmr",
    "varicella",
    "other",
)
CHECK_STATUSES = ("done", "not-done", "not-applicable")
HCT_TYPES = ("autologous", "allogeneic")


@dataclass(frozen=True, slots=True)
class Identity:
    mrn: str
    name: str
    birth_date: date | None = None
    sex: str | None = None
    weight_kg: float | None = None
    ward: str | None = None
    bed: str | None = None


@dataclass(frozen=True, slots=True)
class Therapy:
    product: str
    infusion_dates: tuple[date, ...]
    indication: str | None = None
    apheresis_date: date | None = None
    lymphodepletion_start: date | None = None
    lymphodepletion_end: date | None = None
    cryopreserved_autologous_cells: bool | None = None

    @property
    def day0(self) -> date:
        """Day 0 is the first infusion (for split doses too: FACTS §0)."""
        return self.infusion_dates[0]

    @property
    def product_info(self) -> Product:
        return PRODUCTS[self.product]


@dataclass(frozen=True, slots=True)
class PriorHct:
    type: str
    date: date | None = None


@dataclass(frozen=True, slots=True)
class History:
    prior_hct: tuple[PriorHct, ...] | None = None
    prior_invasive_fungal_infection: bool | None = None
    prior_invasive_mold_infection: bool | None = None
    bridging_therapy: bool | None = None
    exposure_risks: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Lab:
    date: date
    test: str
    value: float
    unit: str
    time: str | None = None

    @property
    def internal_value(self) -> float:
        return to_internal(self.test, self.value, self.unit)


@dataclass(frozen=True, slots=True)
class Observation:
    date: date
    type: str
    value: float
    time: str | None = None
    unit: str | None = None

    @property
    def celsius(self) -> float:
        return celsius(self.value, self.unit or "C")


@dataclass(frozen=True, slots=True)
class Treatment:
    type: str
    drug: str | None = None
    date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    ongoing: bool | None = None
    dose: float | None = None
    dose_unit: str | None = None
    indication: str | None = None  # crs, icans, iec_hs or other (TREATMENT_INDICATIONS)

    @property
    def first_day(self) -> dt.date:
        first = self.date or self.start
        assert first is not None  # validation guarantees date or start
        return first

    def last_day(self, as_of: dt.date) -> dt.date:
        """The last day given, as known on `as_of` (an ongoing course runs to that day)."""
        if self.date is not None:
            return self.date
        if self.end is not None:
            return self.end
        return as_of


@dataclass(frozen=True, slots=True)
class Infection:
    date: date
    site: str
    pathogen: str | None = None
    serious: bool | None = None
    pathogen_group: str | None = None  # PATHOGEN_GROUPS


@dataclass(frozen=True, slots=True)
class Vaccination:
    date: date
    vaccine: str


@dataclass(frozen=True, slots=True)
class Check:
    item: str
    due: date
    status: str
    by: str
    at: str  # ISO 8601 UTC, e.g. 2025-03-10T09:14:00Z
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class VoidedEntry:
    """An entry voided as a mistake, kept with when, by whom and why (export and import carry it)."""

    section: str  # "labs", "observations", "treatments", "infections", "vaccinations" or "checks"
    entry: Lab | Observation | Treatment | Infection | Vaccination | Check
    at: str  # ISO 8601 UTC
    by: str
    reason: str


@dataclass(frozen=True, slots=True)
class ProtocolPin:
    id: str
    version: str


@dataclass(frozen=True, slots=True)
class PatientRecord:
    """Everything Bedside knows about one patient. Sections absent in the file are None."""

    patient: Identity
    therapy: Therapy
    history: History | None = None
    serology: dict[str, str] | None = None
    labs: tuple[Lab, ...] = ()
    observations: tuple[Observation, ...] = ()
    treatments: tuple[Treatment, ...] = ()
    infections: tuple[Infection, ...] = ()
    vaccinations: tuple[Vaccination, ...] = ()
    checks: tuple[Check, ...] = ()
    protocol: ProtocolPin | None = None
    # Which optional list sections the source file carried (so an empty list round-trips).
    present_sections: frozenset[str] = field(default_factory=frozenset)
    voided: tuple[VoidedEntry, ...] = ()  # entries voided as mistakes; never part of any checklist

    @property
    def mrn(self) -> str:
        return self.patient.mrn
