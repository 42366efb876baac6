"""Real renders, read back with pypdf: names intact, identifiers on every page, page x of y, stable bytes."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from bedside.printouts import MissingGlyphError, RenderedPdf, file_name, render_handover, render_plan
from bedside.printouts.plan import FEVER_CONTACT_KEY
from bedside.printouts.plan_words import patient_line
from bedside.services.printout_data import follow_up_plan, patient_handover
from bedside.storage import Store
from tests.factories import ACTOR, record_of
from tests.test_handover import NAMES, ON, PRINTED_AT, WARD, handover_of, patient_document, ward  # noqa: F401


def pages_text(result: RenderedPdf) -> list[str]:
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages
    return [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def ward_pdf(ward: Store) -> RenderedPdf:  # noqa: F811
    return render_handover(handover_of(ward), invariant=True)


def test_names_come_through_intact(ward_pdf: RenderedPdf) -> None:
    text = flat(" ".join(pages_text(ward_pdf)))

    for name in NAMES.values():
        assert name in text
    assert ward_pdf.warnings == ()


def test_every_page_carries_its_own_patients_identifiers(ward: Store, ward_pdf: RenderedPdf) -> None:  # noqa: F811
    mrns = [s.mrn for s in ward.patient_summaries(WARD)]
    seen = []
    for text in pages_text(ward_pdf):
        text = flat(text)
        on_page = [m for m in mrns if f"MRN {m}" in text]
        assert len(on_page) == 1, text[:200]  # one patient per page: the header belongs to that page
        mrn = on_page[0]
        assert text.count(f"MRN {mrn}") >= 2  # top and bottom
        assert NAMES[mrn] in text
        assert f"Ward {WARD}" in text
        assert "Printed 2026-03-06 14:05 by AB" in text
        assert "Protocol ash-2024" in text
        assert ward.verify_audit().head_label in text
        assert "Confidential patient information" in text
        seen.append(mrn)
    assert list(dict.fromkeys(seen)) == mrns  # each patient's pages together, in bed order


def test_page_x_of_y(ward: Store) -> None:  # noqa: F811
    handover = handover_of(ward)
    # A long action list pushes the second patient onto several pages.
    long = replace(handover.patients[1], actions=handover.patients[1].actions * 20 or handover.patients[0].actions * 20)
    handover = replace(handover, patients=(handover.patients[0], long, *handover.patients[2:]))
    result = render_handover(handover, invariant=True)
    texts = [flat(t) for t in pages_text(result)]
    total = len(texts)

    per_patient: dict[str, list[int]] = {}
    for number, text in enumerate(texts, 1):
        assert text.count(f"Page {number} of {total}") >= 2  # header and footer
        mrn = re.search(r"MRN (\S+)", text)
        assert mrn is not None
        per_patient.setdefault(mrn.group(1), []).append(number)
    assert len(per_patient[long.identifiers.mrn]) > 1
    assert len(per_patient) == len(handover.patients)  # every page belongs to one patient, each patient has pages
    assert total == sum(len(pages) for pages in per_patient.values())
    for pages in per_patient.values():
        for k, number in enumerate(pages, 1):
            assert f"(this patient {k} of {len(pages)})" in texts[number - 1]


def test_invariant_output_is_byte_stable(ward: Store) -> None:  # noqa: F811
    first = render_handover(handover_of(ward), invariant=True).pdf
    again = render_handover(handover_of(ward), invariant=True).pdf

    assert first == again
    assert first.startswith(b"%PDF")


def test_metadata_is_neutral(ward_pdf: RenderedPdf) -> None:
    meta = PdfReader(io.BytesIO(ward_pdf.pdf)).metadata
    assert meta is not None
    fields = " ".join(str(meta.get(k, "")) for k in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator"))
    for mrn, name in NAMES.items():
        assert mrn not in fields and name not in fields
    assert file_name("handover", ON, WARD) == f"bedside-handover-{WARD}-{ON.isoformat()}.pdf"


def test_markup_in_text_is_printed_literally(store: Store) -> None:
    name = 'Evil <img src="/etc/passwd"/> <b>bold & "quoted"'
    store.import_record(record_of(patient_document("E-1", name, "1", 3)), ACTOR)

    text = flat(" ".join(pages_text(render_handover(handover_of(store)))))
    assert name in text


def test_a_character_the_font_lacks_is_reported_and_shown(store: Store) -> None:
    store.import_record(record_of(patient_document("C-1", "王, 小明", "1", 3)), ACTOR)
    handover = handover_of(store)

    result = render_handover(handover)
    assert any("C-1 name" in w and "U+738B" in w for w in result.warnings)
    assert "[U+738B]" in flat(" ".join(pages_text(result)))
    with pytest.raises(MissingGlyphError, match=r"C-1 name.*王.*U\+738B"):
        render_handover(handover, strict=True)


def test_single_patient_handover_renders(ward: Store) -> None:  # noqa: F811
    handover = patient_handover(ward, "H-3", ON, printed_by="AB", printed_at=PRINTED_AT)
    texts = [flat(t) for t in pages_text(render_handover(handover, invariant=True))]

    assert all(NAMES["H-3"] in t and "MRN H-3" in t for t in texts)
    assert "this patient" not in " ".join(texts)  # one patient: plain page x of y


def test_plan_renders_in_large_type_with_a_blank_fever_line(ward: Store) -> None:  # noqa: F811
    plan = follow_up_plan(ward, "H-4", ON, printed_by="AB", printed_at=PRINTED_AT)
    result = render_plan(plan, invariant=True)
    texts = [flat(t) for t in pages_text(result)]
    joined = " ".join(texts)

    assert all(NAMES["H-4"] in t and "MRN H-4" in t and f"of {result.pages}" in t for t in texts)
    assert "24-hour number: ____" in joined
    for line in plan.vaccinations:
        assert patient_line(line).when in joined  # in the patient's words (bedside/printouts/plan_words.py)
    assert result.pdf == render_plan(plan, invariant=True).pdf


def test_plan_prints_the_fever_contact_when_set(ward: Store) -> None:  # noqa: F811
    ward.set_meta(FEVER_CONTACT_KEY, "CAR-T on call <24 h> +00 000 000", ACTOR)
    plan = follow_up_plan(ward, "H-2", ON, printed_by="AB", printed_at=PRINTED_AT)
    joined = flat(" ".join(pages_text(render_plan(plan))))

    assert "Call: CAR-T on call <24 h> +00 000 000" in joined
    assert "24-hour number: ____" not in joined


def test_importing_the_package_does_not_import_reportlab() -> None:
    probe = "import sys, bedside.printouts; print(any(m.startswith('reportlab') for m in sys.modules))"
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
