"""No printed text under 8 pt, on every document Bedside prints: handover, follow-up plan, protocol book."""

from __future__ import annotations

import io
import math

from pypdf import PdfReader

from bedside.printouts.render.book_pdf import render_book
from bedside.printouts.render.layout import MIN_TEXT
from bedside.protocol.book import build_book
from bedside.protocol.loader import load_protocol
from bedside.services.printout_data import follow_up_plan_pdf, patient_handover_pdf, ward_handover_pdf
from bedside.storage import Store
from tests.test_handover import ON, PRINTED_AT, WARD, ward  # noqa: F401


def text_sizes(pdf: bytes) -> dict[str, float]:
    """Each piece of visible text and the smallest size it is drawn at, in points on the page."""
    sizes: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        scale = math.sqrt(abs(tm[0] * tm[3] - tm[1] * tm[2])) * math.sqrt(abs(cm[0] * cm[3] - cm[1] * cm[2]))
        key = text.strip()
        sizes[key] = min(sizes.get(key, size * scale), size * scale)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def assert_no_small_text(pdf: bytes) -> None:
    sizes = text_sizes(pdf)
    assert sizes, "no text found"
    small = {text: round(size, 2) for text, size in sizes.items() if size < MIN_TEXT - 0.01}
    assert not small, f"text under {MIN_TEXT} pt: {small}"


def test_the_ward_handover_has_no_text_under_8_pt(ward: Store) -> None:  # noqa: F811
    result = ward_handover_pdf(ward, WARD, ON, printed_by="Ann Berg (AB)", printed_at=PRINTED_AT)
    assert_no_small_text(result.pdf)


def test_a_patient_handover_and_the_plan_have_no_text_under_8_pt(ward: Store) -> None:  # noqa: F811
    assert_no_small_text(patient_handover_pdf(ward, "H-1", ON, printed_by="AB", printed_at=PRINTED_AT).pdf)
    assert_no_small_text(follow_up_plan_pdf(ward, "H-3", ON, printed_by="AB", printed_at=PRINTED_AT).pdf)


def test_the_protocol_book_has_no_text_under_8_pt() -> None:
    book = build_book(load_protocol("ash-2024"))
    assert_no_small_text(render_book(book, "Printed 2026-01-01 10:00 by test").pdf)


def test_the_measure_sees_small_text() -> None:
    """The check itself: a page drawn at 7 pt is caught (else the tests above could never fail)."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(50, 50, "tiny")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(50, 100, "large")
    canvas.save()
    sizes = text_sizes(out.getvalue())
    assert round(sizes["tiny"], 2) == 7 and round(sizes["large"], 2) == 12
