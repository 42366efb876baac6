"""A small demo ward, clearly marked DEMO, seeded on first start so a new install shows something real.

Dates are relative to the day passed in, so the demo always shows patients at useful days.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bedside.domain.patient import PatientRecord
from bedside.patient_file.format import FORMAT_ID, parse_document

DEMO_WARD = "DEMO"
_PATIENTS: list[tuple[str, str, str, str, int, dict[str, Any]]] = [
    # mrn, name, bed, product, day today, extra facts
    (
        "DEMO-001",
        "DEMO O'Brien & <b>Kelly</b>, Declan",
        "1",
        "axi-cel",
        3,
        {"fever": 38.6, "anc": [0.4, 0.3]},
    ),
    ("DEMO-002", "DEMO Øster-Łukasz, Zoë", "2", "liso-cel", 20, {"anc": [0.8, 1.3]}),
    ("DEMO-003", "DEMO Παπαδόπουλος, Ελένη", "4", "cilta-cel", 45, {"igg": 350, "anc": [1.6]}),
    (
        "DEMO-004",
        "DEMO Иванов, Сергей",
        "7",
        "tisa-cel",
        9,
        {"anc": [0.2, 0.1], "steroids": 6, "cmv": True},
    ),
    (
        "DEMO-005",
        "DEMO Nguyễn Thị, Hằng",
        "10",
        "brexu-cel",
        200,
        {"ivig_days_ago": 30, "cd4": 150, "anc": [1.9]},
    ),
    ("DEMO-006", "DEMO Smith, Alex", "12", "ide-cel", -3, {"anc": [3.1]}),
]


def demo_records(today: date) -> list[PatientRecord]:
    return [_record(today, *spec) for spec in _PATIENTS]


def _record(today: date, mrn: str, name: str, bed: str, product: str, day: int, extra: dict[str, Any]) -> PatientRecord:
    day0 = today - timedelta(days=day)

    def d(n: int) -> str:
        return (day0 + timedelta(days=n)).isoformat()

    labs = [
        {"date": d(-6), "time": "07:30", "test": "platelets", "value": 160, "unit": "10^9/L"},
        {"date": d(-6), "time": "07:30", "test": "anc", "value": 2.4, "unit": "10^9/L"},
        {"date": d(-6), "time": "07:30", "test": "hemoglobin", "value": 10.1, "unit": "g/dL"},
        {"date": d(-6), "time": "07:30", "test": "crp", "value": 1.2, "unit": "mg/dL"},
        {"date": d(-6), "time": "07:30", "test": "ferritin", "value": 900, "unit": "ng/mL"},
    ]
    for i, anc in enumerate(extra.get("anc", [])):
        labs.append(
            {
                "date": d(max(day - len(extra["anc"]) + 1 + i, -6)),
                "time": "06:00",
                "test": "anc",
                "value": anc,
                "unit": "10^9/L",
            }
        )
    if "igg" in extra:
        labs.append({"date": d(day), "time": "06:00", "test": "igg", "value": extra["igg"], "unit": "mg/dL"})
    if "cd4" in extra:
        labs.append(
            {
                "date": d(day - 2),
                "time": "06:00",
                "test": "cd4",
                "value": extra["cd4"],
                "unit": "/uL",
            }
        )
    observations: list[dict[str, Any]] = []
    treatments: list[dict[str, Any]] = []
    if "fever" in extra:
        observations += [
            {
                "date": d(day),
                "time": "14:10",
                "type": "temperature",
                "value": extra["fever"],
                "unit": "C",
            },
            {"date": d(day), "type": "crs_grade", "value": 1},
            {"date": d(day), "type": "icans_grade", "value": 0},
        ]
    if "steroids" in extra:
        treatments.append(
            {
                "type": "steroid",
                "drug": "dexamethasone",
                "start": d(day - extra["steroids"] + 1),
                "ongoing": True,
            }
        )
        observations.append({"date": d(day - extra["steroids"]), "type": "crs_grade", "value": 2})
    if "ivig_days_ago" in extra:
        treatments.append(
            {
                "type": "ivig",
                "date": d(day - extra["ivig_days_ago"]),
                "dose": 0.4,
                "dose_unit": "g/kg",
            }
        )
    document = {
        "format": FORMAT_ID,
        "patient": {"mrn": mrn, "name": name, "ward": DEMO_WARD, "bed": bed, "weight_kg": 70},
        "therapy": {
            "product": product,
            "indication": "DEMO",
            "lymphodepletion_start": d(-5),
            "lymphodepletion_end": d(-3),
            "infusion_dates": [d(0)],
        },
        "history": {"prior_hct": [], "prior_invasive_mold_infection": False},
        "serology": {
            "cmv_igg": "positive" if extra.get("cmv") else "negative",
            "hbsag": "negative",
            "anti_hbc": "negative",
            "hiv": "negative",
            "hcv_ab": "negative",
        },
        "checks": _ticked_until_yesterday(day0, day),
        "labs": labs,
        "observations": observations,
        "treatments": treatments,
    }
    return parse_document(document, f"demo patient {mrn}")


def _ticked_until_yesterday(day0: date, day: int) -> list[dict[str, Any]]:
    """The daily doses of the last week ticked by a demo nurse, so today's list shows what is due today."""
    ticks = []
    for n in range(max(day - 7, -5), day):
        due = (day0 + timedelta(days=n)).isoformat()
        for item in ("HSV-VZV", "BLD-IRR"):
            ticks.append({"item": item, "due": due, "status": "done", "by": "DM", "at": f"{due}T09:00:00Z"})
    return ticks
