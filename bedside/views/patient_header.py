"""What the top of a patient's screen (and a printed sheet) says about who this is and where they stand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bedside.config.language import ENGLISH, ENGLISH_WORDS, Words, words_for
from bedside.domain.patient import PatientRecord
from bedside.engine.patient_index import PatientIndex
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
    language: str = ENGLISH  # of the fixed words (bedside/config/language.py)

    @property
    def line(self) -> str:
        w = words_for(self.language)
        born = w("born {date} · ").format(date=self.birth_date.isoformat()) if self.birth_date else ""
        ward = w("ward {ward}").format(ward=self.ward) if self.ward else ""
        place = " ".join(p for p in (ward, w("bed {bed}").format(bed=self.bed) if self.bed else "") if p)
        line = w("{place} · {product}, infused {date} · day {day:+d} · CAR-HEMATOTOX {score} · protocol {protocol}")
        return (
            born
            + line.format(
                place=place or w("no ward/bed"),
                product=self.product,
                date=self.day0.isoformat(),
                day=self.day,
                score=self.hematotox,
                protocol=self.protocol,
            )
            + self.missing_note
        )

    @property
    def missing_note(self) -> str:
        if not self.missing_dates:
            return ""
        w = words_for(self.language)
        dates = w(" and ").join(w(d) for d in self.missing_dates)
        return w(" · {dates} date not recorded: items anchored on it count from day 0").format(dates=dates)


def missing_dates(record: PatientRecord) -> tuple[str, ...]:
    """The dates protocol windows are anchored on that the record lacks (docs/clinical-rules.md)."""
    therapy = record.therapy
    found = (("lymphodepletion start", therapy.lymphodepletion_start), ("apheresis", therapy.apheresis_date))
    return tuple(label for label, day in found if day is None)


def header(record: PatientRecord, protocol: Protocol, on: date, words: Words = ENGLISH_WORDS) -> PatientHeader:
    """`words`: the language of the fixed words (the screen's, ui/i18n.py); record and protocol text as written."""
    index = PatientIndex(record)
    score = index.hematotox_as_of(on)
    lacking = ", ".join(words(name) for name in index.hematotox_missing(on))
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
        _hematotox_text(score.score if score else None, score.risk if score else None, lacking, partial, words),
        f"{protocol.id} {protocol.version}",
        missing_dates(record),
        words.language,
    )


def _hematotox_text(score: int | None, risk: str | None, lacking: str, partial: bool, w: Words) -> str:
    if score is not None:
        return w("{score} ({risk})").format(score=score, risk=w(risk or ""))
    if partial:  # the known points reach the high cut-off already
        return w("at least 2 (high; {lacking} missing)").format(lacking=lacking)
    return w("not computable ({lacking} missing)").format(lacking=lacking)
