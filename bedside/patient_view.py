"""What the top of a patient's screen (and a printed sheet) says about who this is and where they stand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bedside.domain.patient import PatientRecord
from bedside.patient_index import PatientIndex
from bedside.protocol.model import Protocol


@dataclass(frozen=True, slots=True)
class PatientHeader:
    mrn: str
    name: str
    birth_date: date | None
    ward: str
    bed: str
    product: str
    day0: date
    day: int
    hematotox: str  # "3 (high)", or "not computable: ... missing"
    protocol: str  # "ash-2024 2024.1"

    @property
    def line(self) -> str:
        born = f"born {self.birth_date.isoformat()} · " if self.birth_date else ""
        place = " ".join(
            p for p in (f"ward {self.ward}" if self.ward else "", f"bed {self.bed}" if self.bed else "") if p
        )
        return (
            f"{born}{place or 'no ward/bed'} · {self.product}, infused {self.day0.isoformat()} · day {self.day:+d} · "
            f"CAR-HEMATOTOX {self.hematotox} · protocol {self.protocol}"
        )


def header(record: PatientRecord, protocol: Protocol, on: date) -> PatientHeader:
    index = PatientIndex(record)
    score = index.hematotox_as_of(on)
    p, t = record.patient, record.therapy
    return PatientHeader(
        p.mrn,
        p.name,
        p.birth_date,
        p.ward or "",
        p.bed or "",
        t.product,
        t.day0,
        (on - t.day0).days,
        "not computable (a pre-LD lab is missing)" if score is None else f"{score.score} ({score.risk})",
        f"{protocol.id} {protocol.version}",
    )
