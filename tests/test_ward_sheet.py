"""The compact ward list: one row per patient from the same handover as the per-patient pages."""

from __future__ import annotations

from datetime import datetime

from bedside.printouts import choose_severity, render_ward_list
from bedside.printouts.ward_sheet import ward_lines
from bedside.services.printout_data import ward_handover
from bedside.storage import Store
from tests.factories import ACTOR, record_of
from tests.test_handover import NAMES, ON, PRINTED_AT, WARD, patient_document, ward  # noqa: F401
from tests.test_handover_pdf import flat, pages_text
from tests.test_handover_recent import febrile_document
from tests.test_printout_type import assert_no_small_text


def test_one_row_per_patient_in_bed_order_with_what_the_pages_say(ward: Store) -> None:  # noqa: F811
    handover = ward_handover(ward, WARD, ON, printed_by="AB", printed_at=PRINTED_AT)
    lines = ward_lines(handover)
    assert [line.mrn for line in lines] == [p.identifiers.mrn for p in handover.patients]
    first, section = lines[0], handover.patients[0]
    assert (first.bed, first.name, first.day) == ("1", NAMES["H-1"], 3)
    assert first.severity == section.severity.level.upper() and first.severity_note == "suggested"
    open_now = [a for a in (*section.actions, *section.prophylaxis) if a.status in ("overdue", "due", "needs-data")]
    numbers = [int(word) for word in first.open_items.replace(",", "").split() if word.isdigit()]
    assert sum(numbers) == len(open_now) > 0


def test_an_open_bundle_a_fever_and_a_treatment_reach_the_row(store: Store) -> None:
    store.import_record(record_of(febrile_document()), ACTOR)
    handover = ward_handover(store, WARD, ON, printed_by="AB", printed_at=datetime(2026, 3, 6, 14, 5))
    (line,) = ward_lines(handover)
    assert line.alert == "!! FN bundle OPEN (due)"
    assert "fever 09:30" in line.last_24h and "steroid" in line.last_24h and "tocilizumab" in line.last_24h
    assert "1 not done / not applicable" in line.last_24h and "1 voided" in line.last_24h
    assert line.severity == "WATCHER"


def test_the_severity_the_ward_set_is_marked(ward: Store) -> None:  # noqa: F811
    handover = choose_severity(
        ward_handover(ward, WARD, ON, printed_by="AB", printed_at=PRINTED_AT), {"H-2": "unstable"}
    )
    line = next(line for line in ward_lines(handover) if line.mrn == "H-2")
    assert (line.severity, line.severity_note) == ("UNSTABLE", "set by the ward")
    text = flat(" ".join(pages_text(render_ward_list(handover))))
    assert "☒ UNSTABLE" in text


def test_the_printed_list_names_every_patient_on_one_page(ward: Store) -> None:  # noqa: F811
    result = render_ward_list(ward_handover(ward, WARD, ON, printed_by="AB", printed_at=PRINTED_AT))
    text = flat(" ".join(pages_text(result)))
    assert result.pages == 1
    for mrn in ("H-1", "H-2", "H-3", "H-4"):
        assert f"MRN {mrn}" in text
    assert "Ward list · Ward H5" in text and "Page 1 of 1" in text
    assert_no_small_text(result.pdf)


def test_a_full_ward_of_thirty_fits_on_two_pages(store: Store) -> None:
    for n in range(30):
        store.import_record(record_of(patient_document(f"F-{n:02d}", f"Patient {n:02d}, Full", str(n), 5 + n)), ACTOR)
    result = render_ward_list(ward_handover(store, WARD, ON, printed_by="AB", printed_at=PRINTED_AT))
    assert result.pages <= 2
    text = flat(" ".join(pages_text(result)))
    assert all(f"MRN F-{n:02d}" in text for n in range(30))
