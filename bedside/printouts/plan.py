"""The patient's follow-up plan: restrictions, prophylaxis, vaccinations and whom to call, as plain data.

Every date comes from the engine: the patient's schedule is worked out day by day from today with
the record as it stands (no new results, no new doses), and each line keeps the engine's "why".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta, tzinfo

from bedside.config.language import ENGLISH, ENGLISH_WORDS, Words
from bedside.config.settings import FEVER_CONTACT
from bedside.domain.checklist import ChecklistItem
from bedside.domain.dates import add_months
from bedside.domain.patient import PatientRecord
from bedside.engine.course import Course
from bedside.printouts.data import Identifiers, Printout
from bedside.printouts.sections import IN_FORCE, OPEN, identifiers_of
from bedside.protocol.model import Protocol

LONG_TERM = "long-term follow-up"
RESTRICTION_ITEMS = ("LBL-DRIVE", "LBL-PROX")  # the label's no-driving and stay-near-the-centre items
HORIZON_MONTHS = 24  # dates are looked for up to this many months after day 0 (at least a year ahead)
FEVER_CONTACT_KEY = FEVER_CONTACT.key  # whom a patient calls with a fever (a site setting)
NOT_YET = "not yet: the conditions below are not met"


@dataclass(frozen=True, slots=True)
class PlanLine:
    """One line of the plan: what, from or until when, and the engine's reason."""

    item_id: str
    title: str
    drug: str | None
    when: str  # "until 2026-03-20", "not before 2026-04-04", "due now", "may be reviewed for stopping from ..."
    day: date | None  # the date in `when`, if there is one
    why: str


@dataclass(frozen=True, slots=True)
class FollowUpPlan:
    identifiers: Identifiers
    on: date
    product: str
    infusion_date: date
    protocol_id: str
    protocol_version: str
    restrictions: tuple[PlanLine, ...]
    prophylaxis: tuple[PlanLine, ...]
    vaccinations: tuple[PlanLine, ...]
    vaccines_given: tuple[tuple[date, str], ...]
    fever_contact: str | None  # None: the sheet prints a blank line for the ward to fill in
    horizon: date  # the last day the schedule was worked out to
    printout: Printout
    long_term: tuple[PlanLine, ...] = ()  # late-effects and second-cancer reviews (docs/clinical-rules.md)
    language: str = ENGLISH  # of the sheet's fixed words (bedside/config/language.py); protocol text prints as written


def build_plan(
    protocol: Protocol,
    record: PatientRecord,
    on: date,
    *,
    printout: Printout,
    fever_contact: str | None = None,
    demo: bool = False,
    zone: tzinfo | None = None,
    words: Words = ENGLISH_WORDS,
) -> FollowUpPlan:
    """Pure: the plan from (protocol, record, date); `zone` as for the handover (the local day of a check)."""
    day0 = record.therapy.day0
    horizon = max(add_months(day0, HORIZON_MONTHS), on + timedelta(days=365))
    first = min(on, day0)
    course = _Course(protocol, record, first, horizon, zone, words)
    return FollowUpPlan(
        identifiers=identifiers_of(record, demo),
        on=on,
        product=record.therapy.product,
        infusion_date=day0,
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        restrictions=tuple(line for i in RESTRICTION_ITEMS if (line := course.restriction(i, on)) is not None),
        prophylaxis=tuple(
            course.prophylaxis(i.id, on)
            for i in protocol.items
            if i.category == "prophylaxis" and course.status(i.id, on) in IN_FORCE
        ),
        vaccinations=tuple(
            sorted(
                (
                    line
                    for i in protocol.items
                    if i.category == "vaccination" and (line := course.vaccination(i.id, on))
                ),
                key=lambda line: line.day or date.max,
            )
        ),
        vaccines_given=tuple(sorted((v.date, v.vaccine) for v in record.vaccinations if v.date <= on)),
        fever_contact=(fever_contact or "").strip() or None,
        horizon=horizon,
        printout=printout,
        long_term=tuple(
            line for i in protocol.items if i.category == LONG_TERM and (line := course.follow_up(i.id, on)) is not None
        ),
        language=words.language,
    )


class _Course:
    """The patient's statuses day by day (statuses only), with the full item for any day on demand."""

    def __init__(
        self, protocol: Protocol, record: PatientRecord, first: date, last: date, zone: tzinfo | None, words: Words
    ) -> None:
        self.protocol = protocol
        self.w = words
        self.course = Course(protocol, record, zone)  # the days asked for below reuse what the schedule worked out
        self.last = last
        self.days: dict[str, dict[date, str]] = {}
        for day in self.course.schedule(first, last):
            for item in day.items:
                self.days.setdefault(item.id, {})[day.date] = item.status

    def status(self, item_id: str, day: date) -> str | None:
        return self.days.get(item_id, {}).get(day)

    def item_on(self, item_id: str, day: date) -> ChecklistItem:
        found = self.course.day(day).item(item_id)
        assert found is not None  # only asked for days the schedule listed the item
        return found

    def restriction(self, item_id: str, on: date) -> PlanLine | None:
        listed = sorted(self.days.get(item_id, {}))
        if not listed:
            return None
        start, end = listed[0], listed[-1]
        item = self.item_on(item_id, min(max(on, start), end))
        w = self.w
        if "[GAP]" in item.why:  # the protocol has no value for this product: no date to print
            return PlanLine(item_id, item.title, item.drug, w("no end date on file: ask your team"), None, item.why)
        when = (w("until {date}") if end >= on else w("ended {date}")).format(date=end.isoformat())
        return PlanLine(item_id, item.title, item.drug, when, end, item.why)

    def prophylaxis(self, item_id: str, on: date) -> PlanLine:
        item, w = self.item_on(item_id, on), self.w
        if item.status == "stop-review":
            return PlanLine(item_id, item.title, item.drug, w("may be reviewed for stopping now"), on, item.why)
        day, when, found = on, w("no stop date can be given yet (see why)"), None
        while day < self.last:
            day += timedelta(days=1)
            status = self.status(item_id, day)
            if status == "stop-review":
                when, found = w("may be reviewed for stopping from {date}").format(date=day.isoformat()), day
                break
            if status is None:
                end = day - timedelta(days=1)
                when, found = w("until {date}").format(date=end.isoformat()), end
                break
        return PlanLine(item_id, item.title, item.drug, when, found, item.why)

    def follow_up(self, item_id: str, on: date) -> PlanLine | None:
        """A long-term review: when it is next due and how often it comes back."""
        line = self.vaccination(item_id, on)
        item = self.protocol.item(item_id)
        if line is None or item is None:
            return None
        then = self.w(_how_often(item.rule.frequency.text))
        return replace(line, when=self.w("{when}; then {how_often}").format(when=line.when, how_often=then))

    def vaccination(self, item_id: str, on: date) -> PlanLine | None:
        ahead = sorted((d, s) for d, s in self.days.get(item_id, {}).items() if d >= on)
        if not ahead:
            return None  # its window has passed, or it does not apply within the horizon
        first, status = ahead[0]
        item, w = self.item_on(item_id, first), self.w
        opens = next((d for d, s in ahead if s in OPEN), None)
        day: date | None
        if status in OPEN and first == on:
            since = item.due if status == "overdue" and item.due else None
            when, day = (w("due since {date}").format(date=since.isoformat()), since) if since else (w("due now"), on)
        elif status in OPEN:
            when, day = w("from {date}").format(date=first.isoformat()), first
        elif status == "blocked":
            day = opens or item.blocked_until
            when = w("not before {date}").format(date=day.isoformat()) if day else w(NOT_YET)
            if opens is None and day is not None:  # another gate, with no date of its own, still blocks it
                when += w(", and only once the conditions below are met")
        else:  # done, not-done or not-applicable, as checked by the ward
            said = w(status)
            when, day = (
                w("{status} ({date})").format(status=said, date=item.due.isoformat()) if item.due else said,
                item.due,
            )
        return PlanLine(item_id, item.title, item.drug, when, day, item.why)


def _how_often(frequency: str) -> str:
    words = {"monthly": "every month", "every 12 months": "every year", "daily": "every day", "once": "once"}
    return words.get(frequency, frequency)
