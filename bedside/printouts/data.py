"""What a printed handover holds, as plain data: the PDF only lays it out (docs/architecture.md).

I-PASS order (docs/architecture.md, "Paper"): illness severity, patient summary, action list, situation awareness
and contingencies, synthesis by receiver (a blank line on paper). Nothing here is a clinical rule:
every line comes from the engine's checklist, the protocol's items or the patient's record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bedside.config.language import ENGLISH, ENGLISH_WORDS, Words
from bedside.printouts.recent import RecentEvent

SEVERITIES = ("stable", "watcher", "unstable")
CONFIDENTIAL = (
    "Confidential patient information: keep it out of public view and dispose of it as confidential waste. "
    "Bedside is a documentation aid for locally approved protocols, not a medical device."
)


@dataclass(frozen=True, slots=True)
class Printout:
    """Who printed a document, when, and the audit-trail head it was printed against."""

    printed_at: datetime
    printed_by: str
    audit_head: str  # e.g. "#120 3fa4c9e01b2d"
    audit_problem: str | None = None  # the chain did not verify when the sheet was made: printed on every page

    @property
    def printed_at_text(self) -> str:
        return self.printed_at.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class Identifiers:
    """What tells one patient's sheet from another's: printed on every page of it."""

    mrn: str
    name: str
    birth_date: date | None
    ward: str
    bed: str
    demo: bool  # a DEMO record, not a real patient: the sheet says so


@dataclass(frozen=True, slots=True)
class Severity:
    """I-PASS illness severity: Bedside suggests, the ward may set another level."""

    level: str  # one of SEVERITIES: what is printed as chosen
    suggested: str  # what Bedside suggested (bedside.views.board.severity)
    reasons: tuple[str, ...]  # the facts the suggestion used, e.g. "latest CRS grade 1"
    set_by_ward: bool  # the ward chose `level` instead of (or confirming) the suggestion


@dataclass(frozen=True, slots=True)
class Summary:
    """The one-line patient summary, kept as values so any screen can show them too."""

    on: date
    day: int
    product: str
    indication: str | None
    infusion_date: date
    crs_now: float | None  # the latest grade recorded, as on the ward board
    crs_max: float | None
    icans_now: float | None
    icans_max: float | None
    graded_on: dict[str, date]  # "crs" / "icans" -> the date of the latest grade, when there is one
    last_ice: tuple[date, str, float] | None  # date, time ("" if none), score 0-10
    hematotox: tuple[int, str] | None  # points, "low" / "high"

    def _infusion(self, indication: str, w: Words) -> str:
        on = self.infusion_date.isoformat()
        if self.day < 0:
            return w("before {product}{indication}, infusion on {date}").format(
                product=self.product, indication=indication, date=on
            )
        return w("after {product}{indication}, infused {date}").format(
            product=self.product, indication=indication, date=on
        )

    def _grades(self, kind: str, now: float | None, highest: float | None, w: Words) -> str:
        if now is None and highest is None:
            return w("{kind} not recorded").format(kind=kind)
        day = self.graded_on.get(kind.lower())
        if now is None or day is None or day == self.on:
            latest = w("now {grade}").format(grade=w("not recorded") if now is None else w.number(now))
        else:
            latest = w("latest {grade} on {date}").format(grade=w.number(now), date=day.isoformat())
        return w("{kind} {latest}, max {highest}").format(kind=kind, latest=latest, highest=w.number(highest or 0))

    @property
    def text(self) -> str:
        return self.text_in(ENGLISH_WORDS)

    def text_in(self, w: Words) -> str:
        """The summary line with its fixed words in `w`'s language (docs/translation.md)."""
        indication = f" ({self.indication})" if self.indication else ""
        ice = w("not recorded")
        if self.last_ice is not None:
            when, time, points = self.last_ice
            ice = w("{points}/10 on {date}").format(points=w.number(points), date=when.isoformat())
            ice += f" {time}" if time else ""
        score = (
            w("not computable")
            if self.hematotox is None
            else w("{points} ({risk} risk)").format(points=self.hematotox[0], risk=w(self.hematotox[1]))
        )
        return w("Day {day:+d} {infusion}. {crs}; {icans}; last ICE {ice}; CAR-HEMATOTOX {score}.").format(
            day=self.day,
            infusion=self._infusion(indication, w),
            crs=self._grades("CRS", self.crs_now, self.crs_max, w),
            icans=self._grades("ICANS", self.icans_now, self.icans_max, w),
            ice=ice,
            score=score,
        )


@dataclass(frozen=True, slots=True)
class ActionLine:
    """One checklist item as the next shift reads it: what, status, when due, the drug and why."""

    item_id: str
    title: str
    category: str
    status: str  # engine status: overdue, due, done, stop-review...
    due: date | None
    drug: str | None
    why: str


@dataclass(frozen=True, slots=True)
class PendingResult:
    """An open item that a lab result completes, with no result on file since it fell due."""

    item_id: str
    title: str
    test: str  # lab label, e.g. "IgG"
    due: date


@dataclass(frozen=True, slots=True)
class Contingency:
    """An if/then line: a protocol item that starts with an event (per-event), in its window today."""

    item_id: str
    trigger: str  # the protocol's condition text, e.g. "fever and neutropenic"
    title: str
    drug: str | None
    then: str  # the item's why without its description of the triggering event
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LabTrend:
    """The latest few results of one test, oldest first, in the internal unit."""

    test: str
    label: str
    unit: str
    points: tuple[tuple[date, float], ...]

    @property
    def latest(self) -> tuple[date, float] | None:
        return self.points[-1] if self.points else None


@dataclass(frozen=True, slots=True)
class PatientHandover:
    """One patient's section of a handover: printed on its own page(s)."""

    identifiers: Identifiers
    on: date
    protocol_id: str
    protocol_version: str
    severity: Severity
    summary: Summary
    weight_kg: float | None
    actions: tuple[ActionLine, ...]  # due and overdue today, prophylaxis excluded (listed below)
    pending: tuple[PendingResult, ...]
    contingencies: tuple[Contingency, ...]
    prophylaxis: tuple[ActionLine, ...]  # prophylaxis in force today (due, done or stop-review)
    labs: tuple[LabTrend, ...]  # ANC, platelets, IgG
    recent: tuple[RecentEvent, ...] = ()  # the last 24 hours, oldest first (bedside/printouts/recent.py)
    recent_since: datetime | None = None  # where those 24 hours begin; None: not asked for
    bundle: str | None = None  # the febrile-neutropenia bundle's state in words; None: no bundle in the protocol


@dataclass(frozen=True, slots=True)
class Handover:
    """A ward handover (or a single patient's): one section per patient, in bed order."""

    ward: str
    on: date
    printout: Printout
    patients: tuple[PatientHandover, ...]
    language: str = ENGLISH  # of the sheet's fixed labels (bedside/config/language.py); protocol text prints as written
