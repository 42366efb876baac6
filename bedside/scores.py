"""Scores computed from the record: CAR-HEMATOTOX (FACTS §3.1). Null when an input is missing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HematotoxScore:
    score: int
    risk: str  # "low" (0-1) or "high" (>=2)
    points: dict[str, int]


def car_hematotox(
    platelets: float | None,
    anc: float | None,
    hemoglobin: float | None,
    crp: float | None,
    ferritin: float | None,
) -> HematotoxScore | None:
    """Points per HT21/EMCL (internal units: 10^9/L, 10^9/L, g/dL, mg/dL, ng/mL)."""
    if None in (platelets, anc, hemoglobin, crp, ferritin):
        return None
    assert platelets is not None and anc is not None and hemoglobin is not None
    assert crp is not None and ferritin is not None
    points = {
        "platelets": 0 if platelets > 175 else (1 if platelets >= 75 else 2),
        "anc": 0 if anc >= 1.2 else 1,
        "hemoglobin": 0 if hemoglobin >= 9.0 else 1,
        "crp": 0 if crp < 3.0 else 1,
        "ferritin": 0 if ferritin < 650 else (1 if ferritin <= 2000 else 2),
    }
    total = sum(points.values())
    return HematotoxScore(total, "low" if total <= 1 else "high", points)
