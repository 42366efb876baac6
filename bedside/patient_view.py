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
    missing_dates: tuple[str, ...] = ()  # anchors items count from, not recorded: "lymphodepletion start"

    @property
    def line(self) -> str:
        born = f"born {self.birth_date.isoformat()} · " if self.birth_date else ""
        place = " ".join(
            p for p in (f"ward {self.ward}" if self.ward else "", f"bed {self.bed}" if self.bed else "") if p
        )
        return (
            f"{born}{place or 'no ward/bed'} · {self.product}, infused {self.day0.isoformat()} · day {self.day:+d} · "
            f"CAR-HEMATOTOX {self.hematotox} · protocol {self.protocol}" + self.missing_note
        )

    @property
    def missing_note(self) -> str:
        if not self.missing_dates:
            return ""
        return f" · {' and '.join(self.missing_dates)} date not recorded: items anchored on it count from day 0"


def missing_dates(record: PatientRecord) -> tuple[str, ...]:
    """The dates protocol windows are anchored on that the record lacks (docs/clinical-rules.md)."""
    therapy = record.therapy
    found = (("lymphodepletion start", therapy.lymphodepletion_start), ("apheresis", therapy.apheresis_date))
    return tuple(label for label, day in found if day is None)


def header(record: PatientRecord, protocol: Protocol, on: date) -> PatientHeader:
    index = PatientIndex(record)
    score = index.hematotox_as_of(on)
    lacking = ", ".join(index.hematotox_missing(on))
    partial = index.hematotox_known_points(on) >= 2
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
        _hematotox_text(score.score if score else None, score.risk if score else None, lacking, partial),
        f"{protocol.id} {protocol.version}",
        missing_dates(record),
    )


def _hematotox_text(score: int | None, risk: str | None, lacking: str, partial: bool) -> str:
    if score is not None:
        return f"{score} ({risk})"
    if partial:  # the known points reach the high cut-off already
        return f"at least 2 (high; {lacking} missing)"
    return f"not computable ({lacking} missing)"
