"""Plausible ranges for typed lab values, per test and per unit: one table, used by every entry path.

A value outside its range is probably a unit mix-up or a typo (ANC 50 x10^9/L is more likely 50 /uL or
0.50). Bedside then asks before saving; it never refuses or changes the value. These are data-entry
checks, not clinical thresholds (docs/typed-input.md).
"""

from __future__ import annotations

from bedside.domain.units import LAB_TESTS

# (test, unit as typed) -> (lowest, highest) plausible value in that unit.
PLAUSIBLE: dict[tuple[str, str], tuple[float, float]] = {
    ("anc", "10^9/L"): (0.0, 30.0),
    ("anc", "/uL"): (0.0, 30_000.0),
    ("platelets", "10^9/L"): (0.0, 2_000.0),
    ("platelets", "/uL"): (0.0, 2_000_000.0),
    ("hemoglobin", "g/dL"): (1.0, 25.0),
    ("hemoglobin", "g/L"): (10.0, 250.0),
    ("crp", "mg/dL"): (0.0, 100.0),
    ("crp", "mg/L"): (0.0, 1_000.0),
    ("ferritin", "ng/mL"): (0.0, 200_000.0),
    ("ferritin", "ug/L"): (0.0, 200_000.0),
    ("igg", "mg/dL"): (0.0, 6_000.0),
    ("igg", "g/L"): (0.0, 60.0),
    ("cd4", "/uL"): (0.0, 5_000.0),
    ("cd4", "10^9/L"): (0.0, 5.0),
    ("cd19_b_cells", "/uL"): (0.0, 5_000.0),
    ("cd19_b_cells", "10^9/L"): (0.0, 5.0),
    ("cmv_pcr", "IU/mL"): (0.0, 1e9),
    ("hbv_dna", "IU/mL"): (0.0, 1e10),
}


def plausible_range(test: str, unit: str) -> tuple[float, float]:
    """The range for this test in this unit; KeyError for a pair Bedside does not accept."""
    return PLAUSIBLE[(test, unit)]


def is_plausible(test: str, value: float, unit: str) -> bool:
    """`value` as typed, in `unit`."""
    low, high = plausible_range(test, unit)
    return low <= value <= high


def missing_pairs() -> list[tuple[str, str]]:
    """Every (test, unit) the forms offer that has no range: must stay empty (tested)."""
    return [(t.id, u) for t in LAB_TESTS.values() for u in t.factors if (t.id, u) not in PLAUSIBLE]
