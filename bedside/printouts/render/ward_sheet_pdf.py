"""The compact ward list on paper: a table, one row per patient, the header row on every page.

Call it through `bedside.printouts.render_ward_list`; only rendering imports reportlab.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.lib.colors import black  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, Table  # type: ignore[import-untyped]

from bedside.config.language import Words, words_for
from bedside.printouts.data import Handover
from bedside.printouts.render.fonts import register
from bedside.printouts.render.layout import BODY_WIDTH, LIGHT, MIN_TEXT, build_pdf, furniture, section_start, stylesheet
from bedside.printouts.render.text import RenderedPdf, TextGuard
from bedside.printouts.ward_sheet import WardLine, ward_lines

WIDTHS = (0.24, 0.12, 0.15, 0.16, 0.13, 0.20)


def render(handover: Handover, *, invariant: bool = False, strict: bool = False, paper: str = "A4") -> RenderedPdf:
    guard = TextGuard(register().__contains__, strict=strict)
    styles = stylesheet(MIN_TEXT)
    w = words_for(handover.language)
    lines = ward_lines(handover)
    headings = (
        w("Bed · patient"),
        w("Day"),
        w("Severity"),
        "CRS · ICANS · ICE",
        w("Open items"),
        w("Alert · last 24 hours"),
    )
    rows: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", styles["cell"]) for h in headings]]
    rows += [_row(line, guard, styles, w) for line in lines]
    table = Table(rows, colWidths=[BODY_WIDTH * share for share in WIDTHS], repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, black),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    style += [("BOX", (0, n), (-1, n), 1.6, black) for n, line in enumerate(lines, 1) if line.alert]
    table.setStyle(style)
    count = (w("1 patient") if len(lines) == 1 else w("{n} patients")).format(n=len(lines))
    intro = Paragraph(
        w(
            "Ward list: {count}. Each patient's full handover follows on the per-patient sheet; severity is printed "
            "as a word (☒ set by the ward, ☐ suggested by Bedside); !! marks an open febrile-neutropenia bundle."
        ).format(count=count),
        styles["small"],
    )
    title = w("Ward list {date}").format(date=handover.on.isoformat())
    page = furniture(guard, None, title, handover.printout, None, handover.ward, w)
    where = page.place if handover.ward else w("All wards")
    page = replace(
        page,
        name=w("Ward list · {where}").format(where=where),
        id_line=handover.on.isoformat(),
        place=where,
        protocol=w("Protocols: as on each patient's handover"),
        demo=any(line.demo for line in lines),
    )
    story = [section_start(0), intro, table]
    pdf, pages = build_pdf(story, [page], title=w("Bedside ward list"), invariant=invariant, paper=paper)
    return RenderedPdf(pdf, tuple(guard.warnings), pages)


def _row(line: WardLine, guard: TextGuard, styles: dict[str, Any], w: Words) -> list[Any]:
    def text(value: object, field: str) -> str:
        return guard.markup(value, f"{line.mrn} {field}")

    bed = w("Bed {bed} · ").format(bed=text(line.bed, "bed")) if line.bed else ""
    born = w(" · born {date}").format(date=line.born) if line.born else ""
    demo = " · DEMO" if line.demo else ""
    mark = "☒" if line.severity_note == "set by the ward" else "☐"
    cell = styles["cell"]
    return [
        Paragraph(f"<b>{bed}{text(line.name, 'name')}</b><br/>MRN {text(line.mrn, 'MRN')}{born}{demo}", cell),
        Paragraph(f"<b>{line.day:+d}</b><br/>{text(line.product, 'product')}", cell),
        Paragraph(f"<b>{mark} {w(line.severity)}</b>", cell),
        Paragraph(text(line.grades, "grades"), cell),
        Paragraph(text(line.open_items, "open items"), cell),
        Paragraph(
            (f"<b>{text(line.alert, 'alert')}</b><br/>" if line.alert else "") + text(line.last_24h, "last 24 hours"),
            cell,
        ),
    ]
