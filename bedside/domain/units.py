"""Lab and temperature units: every value is converted to one internal unit per test.

An unknown or missing unit is an error, never a guess: IgG 4 g/L and 400 mg/dL are the same.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LabTest:
    id: str
    label: str
    internal_unit: str
    factors: dict[str, float]  # accepted unit -> multiplier to the internal unit (ranges: domain/plausibility.py)


LAB_TESTS: dict[str, LabTest] = {
    t.id: t
    for t in (
        LabTest("anc", "ANC", "10^9/L", {"10^9/L": 1.0, "/uL": 0.001}),
        LabTest("platelets", "Platelets", "10^9/L", {"10^9/L": 1.0, "/uL": 0.001}),
        LabTest("hemoglobin", "Hemoglobin", "g/dL", {"g/dL": 1.0, "g/L": 0.1}),
        LabTest("crp", "CRP", "mg/dL", {"mg/dL": 1.0, "mg/L": 0.1}),
        LabTest("ferritin", "Ferritin", "ng/mL", {"ng/mL": 1.0, "ug/L": 1.0}),
        LabTest("igg", "IgG", "mg/dL", {"mg/dL": 1.0, "g/L": 100.0}),
        LabTest("cd4", "CD4", "/uL", {"/uL": 1.0, "10^9/L": 1000.0}),
        LabTest("cd19_b_cells", "CD19 B cells", "/uL", {"/uL": 1.0, "10^9/L": 1000.0}),
        LabTest("cmv_pcr", "CMV PCR", "IU/mL", {"IU/mL": 1.0}),
        LabTest("hbv_dna", "HBV DNA", "IU/mL", {"IU/mL": 1.0}),
    )
}

TEMPERATURE_UNITS = ("C", "F")


class UnitError(ValueError):
    """A unit that Bedside does not accept for this test."""


def to_internal(test: str, value: float, unit: str) -> float:
    """Convert a lab value to the test's internal unit; raise UnitError on any other unit."""
    lab = LAB_TESTS.get(test)
    if lab is None:
        raise UnitError(f'unknown lab test "{test}"')
    factor = lab.factors.get(unit)
    if factor is None:
        accepted = " or ".join(lab.factors)
        raise UnitError(f'unknown unit "{unit}" for test "{test}" (use {accepted})')
    if factor == 1.0:
        return float(value)  # the internal unit already: nothing to round (most rows on a board)
    # Round away binary noise (0.1 * 3 = 0.30000000000000004) that would show on screens.
    return round(value * factor, 9)


def celsius(value: float, unit: str) -> float:
    if unit == "C":
        return value
    if unit == "F":
        return round((value - 32.0) * 5.0 / 9.0, 2)
    raise UnitError(f'unknown temperature unit "{unit}" (use C or F)')
