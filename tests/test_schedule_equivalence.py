"""The fast schedule equals the day-by-day reference: every item of every day, under every shipped profile.

`schedule()` carries each item's state (its window, its open run of missed due dates, settled due dates)
from one day to the next. The reference works every day out on its own: a fresh `checklist()` on a fresh
index per day, so nothing is carried. Any difference (status, due, blocked-until, why) fails here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bedside.domain.checklist import Checklist
from bedside.domain.patient import PatientRecord
from bedside.engine.core import checklist, schedule
from bedside.engine.patient_index import PatientIndex
from bedside.patient_file.format import parse_document, parse_json_text
from bedside.protocol.loader import load_protocol, shipped_protocols
from bedside.protocol.model import Frequency, Item, Protocol, Rule
from benchmarks.synthetic import synthetic_record
from tests.test_engine import DATA, lab, patient, temp
from tests.test_engine_principles import (
    LD,
    bcma_with_baseline_cd4,
    crs_patient,
    iso,
    sap_steroids,
    shingles_at,
    ticked,
)
from tests.test_rules_by_profile import rich_patient

PROFILES = tuple(shipped_protocols())
BERLIN = ZoneInfo("Europe/Berlin")


def reference(
    protocol_id: str | Protocol, record: PatientRecord, days: list[date], explain: bool, zone: tzinfo | None
) -> list[Checklist]:
    """Each day on its own: a new index per day, so no state is carried from one day to the next."""
    protocol = load_protocol(protocol_id) if isinstance(protocol_id, str) else protocol_id
    return [checklist(protocol, PatientIndex(record, zone), on, explain=explain) for on in days]


def assert_same(fast: list[Checklist], slow: list[Checklist]) -> None:
    assert [c.date for c in fast] == [c.date for c in slow]
    for got, want in zip(fast, slow, strict=True):
        if got == want:
            continue
        mine, theirs = {i.id: i for i in got.items}, {i.id: i for i in want.items}
        for item_id in sorted(set(mine) | set(theirs)):
            assert mine.get(item_id) == theirs.get(item_id), (got.date, item_id)
        assert got == want, got.date  # the order of the items, the scores


def ticked_rich(product: str) -> dict[str, Any]:
    """A patient with ticks (on time, late, not done, for an earlier day), events and an ongoing course."""
    doc = rich_patient(product)
    doc["checks"] = [
        ticked("HSV-VZV", iso(0)),
        ticked("HSV-VZV", iso(2), "not-done", "vomiting"),
        {**ticked("HSV-VZV", iso(5)), "at": f"{iso(9)}T10:00:00Z"},  # recorded four days later
        {**ticked("ABX-PPX", iso(3)), "at": f"{iso(3)}T23:30:00Z"},  # the next day in Berlin
        ticked("PJP-PPX", iso(40)),
        {**ticked("PJP-PPX", iso(41), "not-done", "no stock"), "at": f"{iso(60)}T08:00:00Z"},
        ticked("CBC-MON", iso(14)),
        ticked("IGG-MON", iso(30), "not-applicable", "given elsewhere"),
        ticked("CD4-MON", iso(90)),
        ticked("CMV-PCR", iso(12)),
        ticked("VAX-INACT", iso(200)),
        ticked("LTFU-NEURO", iso(61)),
        # Late ticks of weekly and monthly items: they settle a due date in the middle of its week or month.
        {**ticked("CMV-PCR", iso(22)), "at": f"{iso(25)}T10:00:00Z"},
        {**ticked("LTFU-NEURO", iso(92)), "at": f"{iso(100)}T10:00:00Z"},
        {**ticked("LTFU-NEURO", iso(31), "not-done", "clinic closed"), "at": f"{iso(129)}T10:00:00Z"},
    ]
    doc["treatments"] += [
        {"type": "ivig", "date": iso(35)},
        {"type": "ivig", "date": iso(70)},
        {"type": "steroid", "start": iso(150), "ongoing": True, "indication": "icans"},
        {"type": "gcsf", "start": iso(12), "end": iso(20)},
        {"type": "tocilizumab", "date": iso(3)},
    ]
    doc["labs"] += [
        lab(iso(100), "cd4", 260, "/uL"),
        lab(iso(130), "cd4", 320, "/uL"),
        lab(iso(120), "igg", 450, "mg/dL"),
        lab(iso(160), "igg", 480, "mg/dL"),
        lab(iso(33), "cmv_pcr", 0, "IU/mL"),
        lab(iso(50), "hbv_dna", 30, "IU/mL"),
        *(lab(iso(n), "anc", 0.3 if n < 25 else 1.8, "10^9/L") for n in range(4, 60, 3)),
    ]
    doc["observations"] += [temp(iso(20), "02:00", 38.1), temp(iso(20), "03:10", 38.2), temp(iso(61), "22:00", 38.9)]
    doc["vaccinations"] = [{"date": iso(190), "vaccine": "influenza"}, {"date": iso(200), "vaccine": "covid19"}]
    doc["infections"] = [
        {"date": iso(80), "site": "skin", "pathogen_group": "hsv"},
        {"date": iso(95), "site": "pneumonia"},
    ]
    return doc


def documents() -> dict[str, tuple[PatientRecord, tzinfo | None]]:
    found: dict[str, tuple[PatientRecord, tzinfo | None]] = {}
    for n in (0, 1, 2, 3, 5, 9):  # each product of the synthetic ward; n % 3 == 0 has a steroid course
        found[f"synthetic-{n}"] = (synthetic_record(n, date(2025, 3, 3), days=420), None)
    for name in ("example-1.json", "example-2.json"):
        found[name] = (parse_json_text((DATA / name).read_text(encoding="utf-8")), None)
    for product in ("axi-cel", "cilta-cel"):
        found[f"rich-{product}"] = (parse_document(rich_patient(product)), None)
        found[f"ticked-{product}"] = (parse_document(ticked_rich(product)), None)
    found["ticked-berlin"] = (parse_document(ticked_rich("axi-cel")), BERLIN)
    found["crs-episode"] = (parse_document(crs_patient(3)), None)
    found["steroids-crs"] = (parse_document(sap_steroids("crs", 4, 9)), None)
    found["steroids-other"] = (parse_document(sap_steroids("other", -3, 2)), None)
    found["shingles"] = (parse_document(shingles_at(4)), None)
    found["bcma-baseline-cd4"] = (parse_document(bcma_with_baseline_cd4()), None)
    found["no-ld-no-labs"] = (parse_document(patient(product="ide-cel")), None)
    found["ld-only"] = (parse_document(patient(ld=LD, checks=[ticked("HSV-VZV", iso(1))])), None)
    return found


DOCUMENTS = documents()


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_whole_course_statuses_equal_each_day_worked_out_alone(profile: str, name: str) -> None:
    record, zone = DOCUMENTS[name]
    first = record.therapy.day0 - timedelta(days=30)
    days = [first + timedelta(days=n) for n in range(430)]
    fast = schedule(load_protocol(profile), record, days[0], days[-1], zone=zone)
    assert_same(fast, reference(profile, record, days, False, zone))


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize(
    "name", ["ticked-axi-cel", "ticked-berlin", "ticked-cilta-cel", "synthetic-0", "example-1.json"]
)
def test_the_why_of_every_day_equals_each_day_worked_out_alone(profile: str, name: str) -> None:
    record, zone = DOCUMENTS[name]
    first = record.therapy.day0 - timedelta(days=10)
    days = [first + timedelta(days=n) for n in range(220)]
    fast = schedule(load_protocol(profile), record, days[0], days[-1], explain=True, zone=zone)
    assert_same(fast, reference(profile, record, days, True, zone))


def test_the_patients_cover_what_the_fast_path_carries() -> None:
    # A test that cannot fail is a defect: these patients must reach carry-over, late ticks and events.
    statuses = {
        item.status
        for profile in PROFILES
        for day in schedule(
            load_protocol(profile), DOCUMENTS["ticked-axi-cel"][0], date(2025, 2, 20), date(2025, 12, 1)
        )
        for item in day.items
    }
    assert {"overdue", "due", "done", "not-done", "blocked", "stop-review", "needs-data"} <= statuses


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", ["ticked-axi-cel", "ticked-cilta-cel", "synthetic-3", "example-2.json"])
@pytest.mark.parametrize("offset", [3, 45, 250])
def test_a_schedule_that_starts_mid_course_equals_each_day_worked_out_alone(
    profile: str, name: str, offset: int
) -> None:
    # The first day has no yesterday to carry from: its open runs are looked up as the engine does.
    record, zone = DOCUMENTS[name]
    first = record.therapy.day0 + timedelta(days=offset)
    days = [first + timedelta(days=n) for n in range(40)]
    fast = schedule(load_protocol(profile), record, days[0], days[-1], zone=zone)
    assert_same(fast, reference(profile, record, days, False, zone))


def every(protocol: Protocol, item_id: str, frequency: Frequency) -> Protocol:
    """The protocol with one item (and its variants) on another frequency, and due whatever the facts."""

    def changed(item: Item) -> Item:
        def plain(rule: Rule) -> Rule:
            return replace(rule, frequency=frequency, when=None, stop=None, gates=())

        variants = tuple(replace(v, rule=plain(v.rule)) for v in item.variants)
        return replace(item, rule=plain(item.rule), variants=variants)

    return replace(protocol, items=tuple(changed(i) if i.id == item_id else i for i in protocol.items))


@pytest.mark.parametrize("frequency", [Frequency("every", 7), Frequency("months", 1), Frequency("every", 3)])
def test_an_ongoing_course_settles_a_periodic_item_on_any_day(frequency: Frequency) -> None:
    # No shipped item is both periodic and completed by a treatment; a centre's may be (IVIG weekly, say).
    doc = ticked_rich("cilta-cel")
    doc["labs"] += [lab(iso(n), "igg", 300, "mg/dL") for n in (10, 100, 200)]
    doc["treatments"] += [
        {"type": "ivig", "start": iso(150), "ongoing": True},
        {"type": "ivig", "start": iso(88), "end": iso(90)},
    ]
    doc["checks"] += [{**ticked("IVIG", iso(40)), "at": f"{iso(44)}T10:00:00Z"}]
    record = parse_document(doc)
    for profile in PROFILES:
        protocol = every(load_protocol(profile), "IVIG", frequency)
        days = [record.therapy.day0 + timedelta(days=n) for n in range(0, 260)]
        fast = schedule(protocol, record, days[0], days[-1])
        slow = reference(protocol, record, days, False, None)
        assert_same(fast, slow)
        assert any(i.id == "IVIG" and i.status == "done" for c in fast for i in c.items if c.date > days[150])
