"""The paper checklist on paper: one patient per section, each item a row with a box to tick by hand, the
time, initials and a reason when not done (docs/ward-server.md, "Outage"). Same fonts, paper and page
furniture as the handover; no text under 8 pt (docs/printouts.md).

Call it through `bedside.printouts.render_paper_checklist`; only rendering imports reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table  # type: ignore[import-untyped]

from bedside.config.language import Words, words_for
from bedside.printouts.paper_checklist import PaperChecklist, PaperItem, PaperPatient
from bedside.printouts.render.fonts import register
from bedside.printouts.render.layout import BODY_WIDTH, LIGHT, build_pdf, furniture, section_start, stylesheet
from bedside.printouts.render.text import RenderedPdf, TextGuard

BODY_SIZE = 9  # a little larger than the handover's: it is read and written on at the bedside
WIDTHS = (0.11, 0.45, 0.10, 0.11, 0.23)  # box, item, time, initials, not done: reason
BOX_SIZE = 15  # the box to tick: large enough to tick with a pen
WRITE_IN_ROWS = 3  # empty rows for what was done that the sheet does not list


def render(sheet: PaperChecklist, *, invariant: bool = False, strict: bool = False, paper: str = "A4") -> RenderedPdf:
    guard = TextGuard(register().__contains__, strict=strict)
    styles = stylesheet(BODY_SIZE)
    styles["box"] = ParagraphStyle("box", styles["body"], fontSize=BOX_SIZE, leading=BOX_SIZE * 1.2, alignment=1)
    w = words_for(sheet.language)
    story: list[Any] = []
    pages = []
    for n, patient in enumerate(sheet.patients):
        if n:
            story.append(PageBreak())
        story.append(section_start(n))
        title = w("Paper checklist {date}").format(date=sheet.on.isoformat())
        title += w(" (day {day:+d})").format(day=patient.day)
        pinned = (patient.protocol_id, patient.protocol_version)
        pages.append(furniture(guard, patient.identifiers, title, sheet.printout, pinned, sheet.ward, w))
        story.extend(_section(sheet, patient, guard, styles, w))
    pdf, count = build_pdf(story, pages, title=w("Bedside paper checklist"), invariant=invariant, paper=paper)
    return RenderedPdf(pdf, tuple(guard.warnings), count)


def _section(sheet: PaperChecklist, p: PaperPatient, guard: TextGuard, styles: dict[str, Any], w: Words) -> list[Any]:
    mrn = p.identifiers.mrn
    heading = w("Paper checklist for today, {date}: tick each item by hand as you do it").format(
        date=sheet.on.isoformat()
    )
    intro = w(
        "Bedside cannot save now. Write the time and your initials beside each tick, and a reason for anything not "
        "done. When Bedside can save again, enter every tick there: it shows as \u201crecorded later\u201d. "
        "Then keep this sheet as the ward's downtime procedure asks."
    )
    story: list[Any] = [Paragraph(heading, styles["h2"]), Paragraph(intro, styles["body"])]
    taken = sheet.printout.copy_taken
    if taken is not None:
        source = w("From the downtime copy of {at}: anything recorded after that is not on this sheet.")
        story.append(Paragraph(f"<b>{source.format(at=f'{taken:%Y-%m-%d %H:%M}')}</b>", styles["body"]))
    cell = styles["cell"]
    blocks: list[tuple[str, list[list[Any]]]] = []
    for item in p.items:
        if not blocks or blocks[-1][0] != item.group:
            blocks.append((item.group, []))
        blocks[-1][1].append(_row(item, mrn, guard, styles, w))
    titled = [(_group(group, w), rows) for group, rows in blocks]
    if not p.items:
        titled.append((w("Nothing is listed for today."), []))
    write_in = [[Paragraph("☐", styles["box"]), "", "", "", ""] for _ in range(WRITE_IN_ROWS)]
    titled.append((w("Anything else done (write it in):"), write_in))
    tables: list[Any] = []
    for title, rows in titled:
        tables += [_table(title, rows, cell, w), Spacer(1, 3)]
    entered = w("Entered into Bedside on ____________ at ______ by ______________")
    return [*story, Spacer(1, 4), *tables, Spacer(1, 8), Paragraph(entered, styles["body"])]


def _table(title: str, rows: list[list[Any]], cell: Any, w: Words) -> Any:
    """One group: the column names and the group's name head it, on every page it runs onto, so a heading
    never stands alone at the foot of a page."""
    head = (w("Done"), w("Item"), w("Time"), w("Initials"), w("Not done: reason"))
    heading = [Paragraph(f"<b>{title}</b>", cell), "", "", "", ""]
    table = Table(
        [[Paragraph(f"<b>{h}</b>", cell) for h in head], heading, *rows],
        colWidths=[BODY_WIDTH * share for share in WIDTHS],
        repeatRows=2,
    )
    table.setStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, black),
            ("BACKGROUND", (0, 0), (-1, 1), LIGHT),
            ("SPAN", (0, 1), (-1, 1)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 2), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 2), (-1, -1), 6),
        ]
    )
    return table


def _row(item: PaperItem, mrn: str, guard: TextGuard, styles: dict[str, Any], w: Words) -> list[Any]:
    def text(value: object, field: str) -> str:
        return guard.markup(value, f"{mrn} {field}")

    state = _status(item.status, w)
    if item.status == "overdue" and item.due is not None:
        state += w(", was due {date}").format(date=item.due.isoformat())
    head = f"<b>{text(item.title, 'item')}</b>: {state}"
    if item.drug:
        head += f". {text(item.drug, 'drug')}"
    why = w("Why: {why}").format(why=text(item.why, "why"))
    if item.recorded is not None:
        status, when, by = item.recorded
        done = w("Already in Bedside: {status} at {time} by {by}").format(
            status=_status(status, w), time=when, by=text(by, "initials")
        )
        return [
            Paragraph("☒", styles["box"]),
            [Paragraph(head, styles["cell"]), Paragraph(done, styles["why"])],
            "",
            "",
            "",
        ]
    mark = "☐" if item.to_tick else "–"
    return [
        Paragraph(mark, styles["box"]),
        [Paragraph(head, styles["cell"]), Paragraph(why, styles["why"])],
        "",
        "",
        "",
    ]


def _status(status: str, w: Words) -> str:
    words = {
        "overdue": w("OVERDUE"),
        "due": w("due today"),
        "needs-data": w("NEEDS DATA"),
        "blocked": w("blocked"),
        "stop-review": w("REVIEW STOPPING"),
        "done": w("done"),
        "not-done": w("not done"),
        "not-applicable": w("not applicable"),
    }
    return words.get(status, status)


def _group(group: str, w: Words) -> str:
    words = {
        "overdue from earlier days": w("Overdue from earlier days"),
        "febrile neutropenia": w("Febrile neutropenia"),
        "monitoring": w("Monitoring"),
        "cytopenia": w("Cytopenia"),
        "prophylaxis": w("Prophylaxis"),
        "immunoglobulin": w("Immunoglobulin"),
        "screening": w("Screening"),
        "vaccination": w("Vaccination"),
        "label": w("Label"),
        "long-term follow-up": w("Long-term follow-up"),
    }
    return words.get(group, group[:1].upper() + group[1:])
