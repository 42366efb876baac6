"""The paper checklist: each patient's items for today with boxes to tick by hand (a ward server outage),
the same items the checklist screen lists, in English and German, no text under 8 pt."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from bedside.domain.patient import Check
from bedside.printouts import render_paper_checklist
from bedside.services.demo import seed_demo_once
from bedside.services.paper_checklist import paper_checklist
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.views.day import day_view
from tests.test_printout_type import assert_no_small_text

pytestmark = pytest.mark.both_engines  # the store fixture: SQLite, then PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 21)
AT = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
UTC_ZONE = ZoneInfo("UTC")


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def ward(store: Store) -> Store:
    seed_demo_once(store, TODAY)
    return store


def sheet_of(store: Store, language: str = "en", **kwargs: object) -> tuple[object, str]:
    sheet = paper_checklist(
        store, None, TODAY, printed_by="Tess Nurse (TN)", printed_at=AT, zone=UTC_ZONE, language=language, **kwargs
    )  # type: ignore[arg-type]
    return sheet, text_of(render_paper_checklist(sheet).pdf)


def test_every_item_of_today_is_on_paper_with_a_box_and_its_patient_on_every_page(ward: Store) -> None:
    sheet, text = sheet_of(ward)
    for patient in sheet.patients:  # type: ignore[attr-defined]
        record = ward.load_record(patient.identifiers.mrn)
        listed = day_view(ward.protocol_for(record), record, TODAY, TODAY, zone=UTC_ZONE)
        assert [i.title for i in patient.items] == [r.item.title for r in listed.rows]
        for row in listed.rows:
            assert row.item.title.split()[0] in text
        assert f"MRN {patient.identifiers.mrn}" in text
    assert text.count("☐") >= sum(i.to_tick for p in sheet.patients for i in p.items)  # type: ignore[attr-defined]
    assert "Paper checklist 2026-11-21" in text and "Time" in text and "Initials" in text
    assert "downtime copy" not in text  # printed live: no copy time to state


def test_an_item_already_ticked_shows_who_and_when_instead_of_a_box(ward: Store) -> None:
    record = ward.load_record("DEMO-002")
    item = next(
        r.item for r in day_view(ward.protocol_for(record), record, TODAY, TODAY, zone=UTC_ZONE).rows if r.can_check
    )
    ward.record_check("DEMO-002", Check(item.id, item.due, "done", "TN", "2026-11-21T08:14:00Z"), Actor("TN", "ws"))
    sheet, text = sheet_of(ward)
    patient = next(p for p in sheet.patients if p.identifiers.mrn == "DEMO-002")  # type: ignore[attr-defined]
    ticked = next(i for i in patient.items if i.title == item.title)
    assert ticked.recorded == ("done", "08:14", "TN") and not ticked.to_tick
    assert "Already in Bedside: done at 08:14 by TN" in text


def test_from_a_downtime_copy_the_sheet_says_of_when_on_every_page(ward: Store) -> None:
    sheet, _text = sheet_of(ward)
    copied = replace(sheet, printout=replace(sheet.printout, copy_taken=datetime(2026, 11, 21, 8, 55)))  # type: ignore[type-var,attr-defined]
    pages = PdfReader(io.BytesIO(render_paper_checklist(copied).pdf)).pages
    assert "From the downtime copy of 2026-11-21 08:55" in pages[0].extract_text()
    assert all("by Tess Nurse (TN) from the downtime copy of 2026-11-21 08:55" in p.extract_text() for p in pages)


def test_in_german_and_never_under_8_pt(ward: Store) -> None:
    sheet = paper_checklist(ward, None, TODAY, printed_by="TN", printed_at=AT, zone=UTC_ZONE, language="de")
    pdf = render_paper_checklist(sheet).pdf
    text = text_of(pdf)
    assert "Papiercheckliste 2026-11-21" in text and "Kürzel" in text and "Uhrzeit" in text
    assert "Paper checklist" not in text and "Initials" not in text
    assert_no_small_text(pdf)
    assert_no_small_text(render_paper_checklist(sheet_of(ward)[0], paper="Letter").pdf)  # type: ignore[arg-type]
