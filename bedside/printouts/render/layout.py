"""Page layout shared by every Bedside document: styles, the header and footer, "page x of y".

Each patient's section starts on a new page with a `section_start` marker, so the identifiers printed
at the top and bottom of a page always belong to the patient on that page. Pages are held back until
the end (the usual reportlab recipe) so each one can say "page x of y".
Only the render path imports this module: it imports reportlab at the top.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, black  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate  # type: ignore[import-untyped]

from bedside.config.language import ENGLISH_WORDS, Words
from bedside.printouts.data import CONFIDENTIAL, Identifiers, Printout
from bedside.printouts.paper import PAPERS
from bedside.printouts.render.fonts import FONT, FONT_BOLD
from bedside.printouts.render.text import TextGuard

HEADER = 27 * mm  # from the top edge to the first line of the body
FOOTER = 29 * mm  # from the bottom edge to the last line of the body
MIN_TEXT = 8  # points: no printed text is smaller (issue 13; docs/printouts.md)
BODY_WIDTH = 180 * mm  # A4 less 15 mm margins; Letter has 186 mm, so the same body fits both
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.88, 0.88, 0.88)
DEMO_LINE = "DEMO RECORD: NOT A REAL PATIENT"


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What every page of one section carries; each string already went through the TextGuard."""

    title: str  # the document and its date, e.g. "Ward handover 2026-03-06"
    name: str
    id_line: str  # "MRN BX-100231 · born 1958-04-02"
    place: str  # "Ward H5 · bed 12"
    demo: bool
    printed: str  # "Printed 2026-03-06 14:05 by AB"
    protocol: str  # "Protocol ash-2024 2024.1"
    audit: str  # "Audit trail #120 3fa4c9e01b2d"
    confidential: str
    audit_warning: str = ""  # the chain did not verify when the sheet was made: across the top of every page
    demo_line: str = DEMO_LINE  # across the top of a DEMO record's pages
    page_words: tuple[str, str] = ("Page {page} of {count}", " (this patient {page} of {count})")


AUDIT_WARNING = "THE AUDIT TRAIL DOES NOT VERIFY: this sheet may not show what was recorded; tell your admin"


def furniture(
    guard: TextGuard,
    who: Identifiers | None,
    title: str,
    printout: Printout,
    protocol: tuple[str, str] | None,
    ward: str,
    w: Words = ENGLISH_WORDS,
) -> PageFurniture:
    """The header and footer texts for one patient's pages (who=None: a document about nobody)."""
    field = f"{who.mrn} " if who else ""
    born = w(" · born {date}").format(date=who.birth_date.isoformat()) if who and who.birth_date else ""
    bed = w(" · bed {bed}").format(bed=guard.plain(who.bed, field + "bed")) if who and who.bed else ""
    pinned = " ".join(guard.plain(part, "protocol") for part in protocol) if protocol else w("not pinned")
    problem = printout.audit_problem
    return PageFurniture(
        title=title,
        name=guard.plain(who.name, field + "name") if who else "",
        id_line=w("MRN {mrn}").format(mrn=guard.plain(who.mrn, "MRN")) + born if who else "",
        place=w("Ward {ward}").format(ward=guard.plain(who.ward if who else ward, field + "ward")) + bed,
        demo=bool(who and who.demo),
        printed=w("Printed {at} by {by}").format(
            at=printout.printed_at_text, by=guard.plain(printout.printed_by, "printed by")
        ),
        protocol=w("Protocol {pinned}").format(pinned=pinned),
        audit=w("Audit trail {head}").format(head=guard.plain(printout.audit_head, "audit head"))
        + (w(" DOES NOT VERIFY ({problem})").format(problem=guard.plain(problem, "audit")) if problem else ""),
        confidential=w(CONFIDENTIAL),
        audit_warning=w(AUDIT_WARNING) if problem else "",
        demo_line=w(DEMO_LINE),
        page_words=(w("Page {page} of {count}"), w(" (this patient {page} of {count})")),
    )


def stylesheet(size: float) -> dict[str, ParagraphStyle]:
    """One set of styles per document; `size` is the body text size in points."""
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=size, leading=size * 1.25, spaceAfter=size * 0.25, allowWidows=0
    )
    small = max(MIN_TEXT, size * 0.86)
    return {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=small, leading=small * 1.25, textColor=GREY),
        "item": ParagraphStyle("item", body, leftIndent=size * 1.4, firstLineIndent=-size * 1.4, spaceAfter=0),
        "why": ParagraphStyle("why", body, fontSize=small, leading=small * 1.25, leftIndent=size * 1.4, textColor=GREY),
        "detail": ParagraphStyle("detail", body, leftIndent=size * 1.4, spaceAfter=0),
        "h1": ParagraphStyle("h1", body, fontName=FONT_BOLD, fontSize=size * 1.6, leading=size * 1.95),
        "h2": ParagraphStyle(
            "h2", body, fontName=FONT_BOLD, fontSize=size * 1.15, leading=size * 1.4, spaceBefore=size * 0.7
        ),
        "h3": ParagraphStyle("h3", body, fontName=FONT_BOLD, spaceBefore=size * 0.4, spaceAfter=size * 0.15),
        "cell": ParagraphStyle("cell", body, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=FONT_BOLD, spaceAfter=0),
    }


class _SectionStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the page it lands on starts section `index`."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.section_starts[self.canv.getPageNumber()] = self.index


def section_start(index: int) -> Flowable:
    return _SectionStart(index)


def build_pdf(
    story: list[Any], furniture: Sequence[PageFurniture], *, title: str, invariant: bool, paper: str = "A4"
) -> tuple[bytes, int]:
    """Lay out `story` on A4 or Letter pages; the PDF's metadata is neutral (no patient data). Returns (pdf, pages)."""
    out = io.BytesIO()
    width, height = PAPERS[paper]
    left = (width - BODY_WIDTH) / 2  # the same body width on every paper, centred
    doc = BaseDocTemplate(
        out,
        pagesize=(width, height),
        leftMargin=left,
        rightMargin=left,
        topMargin=HEADER,
        bottomMargin=FOOTER,
        title=title,
        author="Bedside",
        subject="",
        keywords="",
        creator="Bedside",
        invariant=int(invariant),
    )
    frame = Frame(left, FOOTER, BODY_WIDTH, height - HEADER - FOOTER, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    pages: list[int] = []
    doc.build(story, canvasmaker=_canvas_class(furniture, pages))
    return out.getvalue(), pages[0]


def _canvas_class(furniture: Sequence[PageFurniture], pages: list[int]) -> type[Canvas]:
    class FurnishedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.held: list[dict[str, Any]] = []
            self.section_starts: dict[int, int] = {}

        def showPage(self) -> None:
            self.held.append(dict(self.__dict__))  # hold the page back until the total is known
            self._startPage()

        def save(self) -> None:
            total = len(self.held)
            sections, current = [], 0
            for number in range(1, total + 1):
                current = self.section_starts.get(number, current)
                sections.append(current)
            for number, state in enumerate(self.held, 1):
                self.__dict__.update(state)
                section = sections[number - 1]
                first = sections.index(section)
                of_section = (number - first, sections.count(section)) if len(furniture) > 1 else None
                _furnish(self, furniture[section], (number, total), of_section)
                Canvas.showPage(self)
            pages.append(total)
            Canvas.save(self)

    return FurnishedCanvas


def _furnish(canvas: Canvas, page: PageFurniture, number: tuple[int, int], of_section: tuple[int, int] | None) -> None:
    width, height = canvas._pagesize
    left = (width - BODY_WIDTH) / 2
    right = left + BODY_WIDTH
    page_text = page.page_words[0].format(page=number[0], count=number[1])
    if of_section is not None:
        page_text += page.page_words[1].format(page=of_section[0], count=of_section[1])
    canvas.saveState()
    canvas.setFillColor(black)
    # Top: who this page is about, where, and which page.
    top = height - 13 * mm
    _fit(canvas, page.name, FONT_BOLD, 12, left, top, BODY_WIDTH * 0.6)
    _fit(canvas, page.id_line, FONT_BOLD, 10, right, top, BODY_WIDTH * 0.38, align="right")
    _fit(canvas, f"{page.place} · {page.title}", FONT, 8.5, left, top - 5 * mm, BODY_WIDTH * 0.7)
    _fit(canvas, page_text, FONT, 8.5, right, top - 5 * mm, BODY_WIDTH * 0.29, align="right")
    if page.audit_warning:
        _fit(canvas, page.audit_warning, FONT_BOLD, 9, width / 2, height - 7 * mm, BODY_WIDTH, "c")
    if page.demo:
        _fit(canvas, page.demo_line, FONT_BOLD, 9, width / 2, top - 9.5 * mm, BODY_WIDTH, "c")
    canvas.setLineWidth(0.8)
    canvas.line(left, height - HEADER + 3 * mm, right, height - HEADER + 3 * mm)
    # Bottom: the same patient again, then print details and the confidentiality line, none under 8 pt.
    canvas.line(left, FOOTER - 4 * mm, right, FOOTER - 4 * mm)
    line = FOOTER - 8 * mm
    _fit(canvas, f"{page.name} · {page.id_line}", FONT_BOLD, 8.5, left, line, BODY_WIDTH * 0.62)
    _fit(canvas, page_text, FONT_BOLD, 8.5, right, line, BODY_WIDTH * 0.37, align="right")
    canvas.setFillColor(GREY)
    details = f"{page.printed} · {page.protocol} · {page.audit}"
    lines = (
        simpleSplit(details, FONT, MIN_TEXT, BODY_WIDTH)[:2]
        + simpleSplit(page.confidential, FONT, MIN_TEXT, BODY_WIDTH)[:3]
    )
    for text in lines:
        line -= 3.4 * mm
        canvas.setFont(FONT, MIN_TEXT)
        canvas.drawString(left, line, text)
    canvas.restoreState()


def _fit(
    canvas: Canvas, text: str, font: str, size: float, x: float, y: float, width: float, align: str = "left"
) -> None:
    """Draw one line, shrinking the type when it would not fit `width`, but never under 8 pt: what still does
    not fit then runs on in the margin rather than being cut."""
    natural = canvas.stringWidth(text, font, size)
    if natural > width:
        size = max(MIN_TEXT, size * width / natural)
    canvas.setFont(font, size)
    if align == "right":
        canvas.drawRightString(x, y, text)
    elif align == "c":
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)
