"""The handover sheet: one section per patient, I-PASS order, laid out from `Handover` data.

Only the render path imports this module (it imports reportlab at the top); call it through
`bedside.printouts.render_handover`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, PolyLine  # type: ignore[import-untyped]
from reportlab.lib.colors import Color, black, white  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table  # type: ignore[import-untyped]

from bedside.config.language import Words, words_for
from bedside.printouts.data import SEVERITIES, Handover, LabTrend, PatientHandover
from bedside.printouts.render.fonts import register
from bedside.printouts.render.layout import (
    BODY_WIDTH,
    LIGHT,
    PageFurniture,
    build_pdf,
    furniture,
    section_start,
    stylesheet,
)
from bedside.printouts.render.text import RenderedPdf, TextGuard

BODY_SIZE = 8.5
STATUS_TEXT = {
    "overdue": "OVERDUE",
    "due": "due today",
    "needs-data": "NEEDS DATA",
    "done": "done today",
    "stop-review": "REVIEW STOPPING",
}
UNITS = {"10^9/L": "×10⁹/L"}
NOTE_LINES = 6


def render(handover: Handover, *, invariant: bool = False, strict: bool = False, paper: str = "A4") -> RenderedPdf:
    guard = TextGuard(register().__contains__, strict=strict)
    styles = stylesheet(BODY_SIZE)
    w = words_for(handover.language)
    story: list[Any] = []
    furniture = []
    for n, patient in enumerate(handover.patients):
        if n:
            story.append(PageBreak())
        story.append(section_start(n))
        furniture.append(_furniture(handover, patient, guard, w))
        story.extend(_section(patient, guard, styles, w))
    if not handover.patients:
        story.append(Paragraph(w("No patients were chosen for this handover."), styles["body"]))
        furniture.append(_furniture(handover, None, guard, w))
    pdf, pages = build_pdf(story, furniture, title=w("Bedside handover"), invariant=invariant, paper=paper)
    return RenderedPdf(pdf, tuple(guard.warnings), pages)


def _furniture(handover: Handover, patient: PatientHandover | None, guard: TextGuard, w: Words) -> PageFurniture:
    kind = w("Ward handover") if len(handover.patients) != 1 else w("Handover")
    title = f"{kind} {handover.on.isoformat()}"
    title += w(" (day {day:+d})").format(day=patient.summary.day) if patient else ""
    who = patient.identifiers if patient else None
    pinned = (patient.protocol_id, patient.protocol_version) if patient else None
    return furniture(guard, who, title, handover.printout, pinned, handover.ward, w)


def _section(p: PatientHandover, guard: TextGuard, styles: dict[str, Any], w: Words) -> list[Any]:
    mrn = p.identifiers.mrn

    def text(value: object, field: str) -> str:
        return guard.markup(value, f"{mrn} {field}")

    story: list[Any] = [Paragraph(w("I · Illness severity"), styles["h2"]), _severity_row(p, styles, w)]
    s = p.severity
    if s.set_by_ward:
        note = w("Set by the ward; Bedside suggested: {level}.").format(level=w(s.suggested))
    else:
        note = w("Suggested by Bedside from {reasons}. Confirm or correct by hand.").format(
            reasons="; ".join(s.reasons)
        )
    story.append(Paragraph(note, styles["small"]))
    story.append(Paragraph(w("P · Patient summary"), styles["h2"]))
    story.append(Paragraph(text(p.summary.text_in(w), "summary"), styles["body"]))
    weight = w("Weight {kg} kg. ").format(kg=w.number(p.weight_kg)) if p.weight_kg is not None else ""
    story.append(Paragraph(weight + w("Counts: latest results with the ones before them."), styles["small"]))
    story.append(_labs(p.labs, styles, w))
    story.extend(_recent(p, text, styles, w))

    story.append(Paragraph(w("A · Action list: due and overdue today, and why"), styles["h2"]))
    if not p.actions:
        story.append(Paragraph(w("Nothing is due or overdue today."), styles["body"]))
    for a in p.actions:
        story.extend(_item(a.title, a.status, a.due, p.on, a.drug, a.why, a.item_id, text, styles, w))
    story.append(Paragraph(w("Pending results"), styles["h3"]))
    if not p.pending:
        story.append(Paragraph(w("No protocol item is waiting for a lab result."), styles["body"]))
    for r in p.pending:
        result = w("no {test} result on file since {date}").format(
            test=text(w(r.test), r.item_id), date=r.due.isoformat()
        )
        line = f"☐ <b>{text(r.title, r.item_id)}</b>: {result}"
        story.append(Paragraph(line, styles["item"]))
    story.append(Paragraph(w("Prophylaxis in force"), styles["h3"]))
    if not p.prophylaxis:
        story.append(Paragraph(w("None listed by the protocol today."), styles["body"]))
    for a in p.prophylaxis:
        story.extend(_item(a.title, a.status, a.due, p.on, a.drug, a.why, a.item_id, text, styles, w))

    story.append(Paragraph(w("S · Situation awareness: if / then (from the protocol)"), styles["h2"]))
    if not p.contingencies:
        story.append(Paragraph(w("No if/then item applies today beyond those in the action list."), styles["body"]))
    for c in p.contingencies:
        drug = f" {text(c.drug, c.item_id + ' drug')}." if c.drug else ""
        trigger = w("<b>If {trigger}</b>").format(trigger=text(c.trigger, c.item_id))
        trigger += f" → <b>{text(c.title, c.item_id)}</b>"
        line = f"{trigger}:{drug} {text(c.then, c.item_id)}"
        story.append(Paragraph(f"{line} [{text(c.item_id, 'item')}]", styles["item"]))
    story.append(KeepTogether([Paragraph(w("S · Synthesis by receiver"), styles["h2"]), *_sign_off(styles, w)]))
    return story


KIND_MARK = {"fever": "!!", "void": "✗", "check": "✓", "treatment": "Rx"}


def _recent(p: PatientHandover, text: Callable[[object, str], str], styles: dict[str, Any], w: Words) -> list[Any]:
    """What happened in the 24 hours before printing, oldest first, and the febrile-neutropenia bundle."""
    if p.recent_since is None:
        return []
    since = p.recent_since.strftime("%Y-%m-%d %H:%M")
    story: list[Any] = [Paragraph(w("Last 24 hours (since {since})").format(since=since), styles["h3"])]
    if p.bundle is not None:
        bundle = w("<b>Febrile-neutropenia bundle:</b> {state}").format(state=text(p.bundle, "bundle"))
        story.append(Paragraph(bundle, styles["item"]))
    if not p.recent:
        story.append(Paragraph(w("Nothing was recorded in these 24 hours."), styles["body"]))
    for event in p.recent:
        mark = KIND_MARK.get(event.kind, "·")
        line = f"{mark} {text(event.when, 'time')}: {text(event.text, event.kind)}"
        story.append(Paragraph(f"<b>{line}</b>" if event.kind in ("fever", "void") else line, styles["item"]))
    return story


def _severity_row(p: PatientHandover, styles: dict[str, Any], w: Words) -> Table:
    """All three levels with the chosen one ticked, in capitals and shaded: readable in greyscale."""
    index = SEVERITIES.index(p.severity.level)
    dark = p.severity.level == "unstable"
    chosen_style = styles["cell_bold"].clone("chosen", textColor=white if dark else black)
    cells = [
        Paragraph(f"☒ {w(level).upper()}", chosen_style) if n == index else Paragraph(f"☐ {w(level)}", styles["cell"])
        for n, level in enumerate(SEVERITIES)
    ]
    table = Table([cells], colWidths=[BODY_WIDTH / 3] * 3)
    table.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.5, black),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, black),
            ("BACKGROUND", (index, 0), (index, 0), Color(0.25, 0.25, 0.25) if dark else LIGHT),
            ("BOX", (index, 0), (index, 0), 2, black),
        ]
    )
    return table


def _item(
    title: str,
    status: str,
    due: date | None,
    on: date,
    drug: str | None,
    why: str,
    item_id: str,
    text: Callable[[object, str], str],
    styles: dict[str, Any],
    w: Words,
) -> list[Any]:
    state = w(STATUS_TEXT.get(status, status))
    if status == "overdue" and due is not None:
        state += w(", was due {date}").format(date=due.isoformat())
    elif due is not None and due != on:
        state += w(" (due {date})").format(date=due.isoformat())
    head = f"☐ <b>{text(title, item_id)}</b>: {state}"
    if drug:
        head += f". {text(drug, item_id + ' drug')}"
    why_line = w("Why: {why}").format(why=text(why, item_id + " why"))
    return [Paragraph(head, styles["item"]), Paragraph(why_line, styles["why"])]


def _labs(labs: tuple[LabTrend, ...], styles: dict[str, Any], w: Words) -> Table:
    rows = []
    for lab in labs:
        unit = UNITS.get(lab.unit, lab.unit)
        latest = lab.latest
        now = (
            w("not recorded")
            if latest is None
            else w("<b>{value}</b> on {date}").format(value=w.number(latest[1]), date=latest[0].isoformat())
        )
        earlier = ", ".join(f"{w.number(v)} ({d.isoformat()[5:]})" for d, v in reversed(lab.points[:-1])) or w("none")
        rows.append(
            [
                Paragraph(f"<b>{w(lab.label)}</b> {unit}", styles["cell"]),
                Paragraph(now, styles["cell"]),
                Paragraph(w("before: {values}").format(values=earlier), styles["small"]),
                _sparkline(lab),
            ]
        )
    table = Table(rows, colWidths=[BODY_WIDTH * 0.2, BODY_WIDTH * 0.22, BODY_WIDTH * 0.43, BODY_WIDTH * 0.15])
    table.setStyle(
        [
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return table


def _sparkline(lab: LabTrend, width: float = 60, height: float = 13) -> Drawing:
    """A tiny line of the values, oldest left; its shape only: the numbers are printed beside it."""
    drawing = Drawing(width, height)
    values = [v for _, v in lab.points]
    if len(values) < 2:
        return drawing  # one value has no trend
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = width / max(len(values) - 1, 1)
    xy = [
        (i * step if len(values) > 1 else width / 2, 2 + (v - low) / span * (height - 4)) for i, v in enumerate(values)
    ]
    if len(xy) > 1:
        drawing.add(PolyLine([c for point in xy for c in point], strokeColor=black, strokeWidth=0.8))
    drawing.add(Circle(xy[-1][0], xy[-1][1], 1.6, fillColor=black, strokeColor=None))
    return drawing


def _sign_off(styles: dict[str, Any], w: Words) -> list[Any]:
    lines = Table([[""]] * NOTE_LINES, colWidths=[BODY_WIDTH], rowHeights=[16] * NOTE_LINES)
    lines.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, Color(0.6, 0.6, 0.6))])
    sign = Paragraph(
        w("Received by ______________________  Time ________  Signature ______________________"),
        styles["body"],
    )
    return [Paragraph(w("Notes (handwritten):"), styles["small"]), lines, Spacer(1, 10), sign]
