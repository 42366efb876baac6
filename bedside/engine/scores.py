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
    points = _points(platelets, anc, hemoglobin, crp, ferritin)
    if len(points) < 5:
        return None
    total = sum(points.values())
    return HematotoxScore(total, "low" if total <= 1 else "high", points)


def hematotox_points(
    platelets: float | None,
    anc: float | None,
    hemoglobin: float | None,
    crp: float | None,
    ferritin: float | None,
) -> int:
    """The points of the labs that are known (a partial score: at least this many)."""
    return sum(_points(platelets, anc, hemoglobin, crp, ferritin).values())


def _points(
    platelets: float | None,
    anc: float | None,
    hemoglobin: float | None,
    crp: float | None,
    ferritin: float | None,
) -> dict[str, int]:
    points: dict[str, int] = {}
    if platelets is not None:
        points["platelets"] = 0 if platelets > 175 else (1 if platelets >= 75 else 2)
    if anc is not None:
        points["anc"] = 0 if anc >= 1.2 else 1
    if hemoglobin is not None:
        points["hemoglobin"] = 0 if hemoglobin >= 9.0 else 1
    if crp is not None:
        points["crp"] = 0 if crp < 3.0 else 1
    if ferritin is not None:
        points["ferritin"] = 0 if ferritin < 650 else (1 if ferritin <= 2000 else 2)
    return points
