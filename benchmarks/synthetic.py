"""Synthetic but realistic patient records for benchmarks: daily labs early, then weekly, for N days."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bedside.domain.patient import PatientRecord
from bedside.domain.products import PRODUCTS
from bedside.patient_file.format import FORMAT_ID, parse_document


def synthetic_record(n: int, day0: date, days: int = 730, seed: int = 0) -> PatientRecord:
    rng = random.Random(seed * 100_003 + n)
    labs: list[dict[str, Any]] = []
    observations: list[dict[str, Any]] = []
    for offset in range(-6, days):
        # Daily labs for the first month, then about weekly, as a ward would draw them.
        if offset > 30 and offset % 7:
            continue
        day = (day0 + timedelta(days=offset)).isoformat()
        anc = max(0.05, rng.gauss(0.4 if 0 <= offset <= 14 else 2.0, 0.3))
        labs.append({"date": day, "time": "06:00", "test": "anc", "value": round(anc, 2), "unit": "10^9/L"})
        labs.append(
            {"date": day, "time": "06:00", "test": "platelets", "value": rng.randint(20, 250), "unit": "10^9/L"}
        )
        labs.append(
            {"date": day, "time": "06:00", "test": "hemoglobin", "value": round(rng.uniform(7, 13), 1), "unit": "g/dL"}
        )
        if offset < 7:
            labs.append(
                {"date": day, "time": "06:00", "test": "crp", "value": round(rng.uniform(0.2, 8), 1), "unit": "mg/dL"}
            )
            labs.append(
                {"date": day, "time": "06:00", "test": "ferritin", "value": rng.randint(100, 3000), "unit": "ng/mL"}
            )
        if offset % 30 == 0 and offset > 0:
            labs.append({"date": day, "time": "06:00", "test": "igg", "value": rng.randint(250, 700), "unit": "mg/dL"})
            labs.append({"date": day, "time": "06:00", "test": "cd4", "value": rng.randint(50, 400), "unit": "/uL"})
        temp = round(rng.gauss(37.0, 0.6), 1)
        observations.append({"date": day, "time": "08:00", "type": "temperature", "value": temp, "unit": "C"})
        if 0 <= offset <= 14:
            observations.append({"date": day, "type": "crs_grade", "value": rng.choice([0, 0, 1, 2])})
    products = sorted(PRODUCTS)
    doc = {
        "format": FORMAT_ID,
        "patient": {
            "mrn": f"BENCH-{seed}-{n:05d}",
            "name": f"Bench Patient {n}",
            "ward": f"W{n % 4}",
            "bed": str(n % 30 + 1),
        },
        "therapy": {
            "product": products[n % len(products)],
            "lymphodepletion_start": (day0 - timedelta(days=5)).isoformat(),
            "infusion_dates": [day0.isoformat()],
        },
        "history": {"prior_hct": [], "prior_invasive_mold_infection": False},
        "serology": {"cmv_igg": rng.choice(["positive", "negative"]), "hbsag": "negative", "anti_hbc": "negative"},
        "labs": labs,
        "observations": observations,
        "treatments": [
            {
                "type": "steroid",
                "drug": "dexamethasone",
                "start": (day0 + timedelta(days=3)).isoformat(),
                "end": (day0 + timedelta(days=8)).isoformat(),
            }
        ]
        if n % 3 == 0
        else [],
    }
    return parse_document(doc)
