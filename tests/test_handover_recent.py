"""The handover's last 24 hours: what was recorded, given, ticked or voided, and the febrile-neutropenia bundle."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bedside.printouts import patient_section, render_handover
from bedside.printouts.data import Handover, Printout
from bedside.printouts.recent import Window, window_until
from bedside.protocol.loader import load_protocol
from tests.factories import record_of
from tests.test_handover import ON, patient_document
from tests.test_handover_pdf import flat, pages_text

ZONE = ZoneInfo("Europe/Berlin")
PRINTED = datetime(2026, 3, 6, 14, 5, tzinfo=ZONE)


def febrile_document() -> dict[str, Any]:
    """Day 3: ANC 0.3 at 06:00, fever 38.6 at 12:00 the day before (outside the window) and 38.9 today, a steroid
    for CRS given today, tocilizumab yesterday, a prophylaxis dose held with its reason, a voided lab."""
    doc = patient_document(
        "R-1",
        "Recent, Rita",
        "1",
        3,
        labs=((2, "anc", 0.4, "10^9/L"), (3, "anc", 0.3, "10^9/L")),
        observations=((2, "temperature", 38.6), (3, "temperature", 38.9), (3, "crs_grade", 2)),
        treatments=(
            {"type": "steroid", "date": 3, "drug": "dexamethasone", "dose": 10, "dose_unit": "mg", "indication": "crs"},
            {"type": "tocilizumab", "date": 2, "dose": 8, "dose_unit": "mg/kg", "indication": "crs"},
            {"type": "ivig", "date": 0, "dose": 0.4, "dose_unit": "g/kg"},
        ),
    )
    doc["observations"][0]["time"] = "12:00"  # yesterday's fever, 26 hours before the sheet: outside the window
    doc["observations"][1]["time"] = "09:30"  # today's fever, inside the window
    doc["checks"] = [
        {
            "item": "HSV-VZV",
            "due": ON.isoformat(),
            "status": "not-done",
            "by": "AB",
            "at": "2026-03-06T08:00:00Z",
            "reason": "nil by mouth, IV form ordered",
        },
        {"item": "HSV-VZV", "due": "2026-03-04", "status": "done", "by": "CD", "at": "2026-03-04T08:00:00Z"},
    ]
    doc["voided"] = [
        {
            "section": "labs",
            "entry": {"date": ON.isoformat(), "test": "anc", "value": 3.0, "unit": "10^9/L"},
            "at": "2026-03-06T07:00:00Z",
            "by": "AB",
            "reason": "wrong patient",
        },
    ]
    return doc


def section_of(doc: dict[str, Any], window: Window | None) -> Any:
    return patient_section(load_protocol("ash-2024"), record_of(doc), ON, zone=ZONE, window=window)


def texts(section: Any) -> list[str]:
    return [f"{e.when} {e.text}" for e in section.recent]


def test_the_last_24_hours_list_fever_results_grades_treatments_holds_and_voids_in_time_order() -> None:
    section = section_of(febrile_document(), window_until(PRINTED, ON, ZONE))
    lines = texts(section)
    assert section.recent_since == PRINTED - timedelta(hours=24)
    assert "2026-03-06 09:30 Temperature 38.9 °C" in lines
    assert "2026-03-06 09:30 FEVER: T 38.9 C at 09:30" in lines  # the engine's fever reading, with its time
    assert "2026-03-06 14:10 CRS grade 2" not in lines  # 14:10 is after the sheet was printed at 14:05
    assert "2026-03-06 06:00 ANC 0.3 ×10⁹/L" in lines
    assert "2026-03-06 Steroid dexamethasone 10 mg for CRS: given" in lines
    assert "2026-03-05 Tocilizumab 8 mg/kg for CRS: given" in lines  # a day-only entry of yesterday counts
    assert "2026-03-06 09:00 HSV/VZV prophylaxis: NOT DONE: nil by mouth, IV form ordered (AB)" in lines
    assert any(line.startswith("2026-03-06 08:00 VOIDED ANC 3 ×10⁹/L of 2026-03-06: wrong patient") for line in lines)
    joined = "\n".join(lines)
    assert "38.6" not in joined  # yesterday 12:00 is more than 24 hours before 14:05 today
    assert "IVIG" not in joined and "(CD)" not in joined  # day 0 and the tick of 2026-03-04 are older
    assert [e.day for e in section.recent] == sorted(e.day for e in section.recent)
    assert lines.index("2026-03-06 06:00 ANC 0.3 ×10⁹/L") < lines.index("2026-03-06 09:30 Temperature 38.9 °C")


def test_the_bundle_is_open_while_febrile_and_neutropenic_and_says_when_it_was_ticked() -> None:
    doc = febrile_document()
    section = section_of(doc, window_until(PRINTED, ON, ZONE))
    assert section.bundle is not None and section.bundle.startswith("OPEN (due)")
    doc["checks"].append(
        {"item": "FN-BUNDLE", "due": ON.isoformat(), "status": "done", "by": "EF", "at": "2026-03-06T09:05:00Z"}
    )
    ticked = section_of(doc, window_until(PRINTED, ON, ZONE))
    assert ticked.bundle == "done 2026-03-06 10:05 (EF)"
    assert any("Febrile neutropenia bundle: done (EF)" in line for line in texts(ticked))


def test_a_quiet_patient_gets_a_not_open_bundle_and_no_lines() -> None:
    doc = patient_document("Q-1", "Quiet, Quentin", "2", 40)
    section = section_of(doc, window_until(PRINTED, ON, ZONE))
    assert section.recent == ()
    assert section.bundle == "not open"


def test_a_sheet_for_an_earlier_day_covers_that_days_last_24_hours() -> None:
    window = window_until(PRINTED, ON - timedelta(days=1), ZONE)
    assert window.until == datetime(2026, 3, 6, 0, 0, tzinfo=ZONE)
    lines = texts(section_of(febrile_document(), window))
    assert "2026-03-05 12:00 Temperature 38.6 °C" in lines
    assert not any(line.startswith("2026-03-06") for line in lines)


def test_a_naive_print_time_is_the_wards_clock() -> None:
    assert window_until(datetime(2026, 3, 6, 14, 5), ON, ZONE).until == PRINTED


def test_without_a_window_nothing_is_listed() -> None:
    section = section_of(febrile_document(), None)
    assert section.recent == () and section.recent_since is None and section.bundle is None


def test_the_sheet_prints_the_last_24_hours() -> None:
    section = section_of(febrile_document(), window_until(PRINTED, ON, ZONE))
    printout = Printout(PRINTED, "AB", "#1 abc")
    text = flat(" ".join(pages_text(render_handover(Handover("H5", ON, printout, (section,))))))
    assert "Last 24 hours (since 2026-03-05 14:05)" in text
    assert "Febrile-neutropenia bundle: OPEN (due)" in text
    assert "HSV/VZV prophylaxis: NOT DONE: nil by mouth, IV form ordered (AB)" in text
    assert "FEVER: T 38.9 C at 09:30" in text
    assert date(2026, 3, 6).isoformat() in text
