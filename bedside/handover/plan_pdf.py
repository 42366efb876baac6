"""The patient's follow-up plan on paper, in large type. Call it through `bedside.handover.render_plan`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import black  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table  # type: ignore[import-untyped]

from bedside.handover.fonts import register
from bedside.handover.layout import BODY_WIDTH, LIGHT, build_pdf, furniture, section_start, stylesheet
from bedside.handover.plan import FollowUpPlan, PlanLine
from bedside.handover.text import RenderedPdf, TextGuard
from bedside.language import Words, words_for

BODY_SIZE = 13
BLANK_CONTACT = "Call: ________________________________"


def render(plan: FollowUpPlan, *, invariant: bool = False, strict: bool = False, paper: str = "A4") -> RenderedPdf:
    guard = TextGuard(register().__contains__, strict=strict)
    styles = stylesheet(BODY_SIZE)
    mrn = plan.identifiers.mrn
    w = words_for(plan.language)

    def text(value: object, field: str) -> str:
        return guard.markup(value, f"{mrn} {field}")

    story: list[Any] = [section_start(0), Paragraph(w("Your follow-up plan after CAR-T cell therapy"), styles["h1"])]
    given = w("given") if plan.on >= plan.infusion_date else w("to be given")
    opening = w("{name}: {product} {given} on {date} (day 0). This plan was made on {on} (day {day:+d}).")
    story.append(
        Paragraph(
            opening.format(
                name=text(plan.identifiers.name, "name"),
                product=text(plan.product, "product"),
                given=given,
                date=plan.infusion_date.isoformat(),
                on=plan.on.isoformat(),
                day=(plan.on - plan.infusion_date).days,
            ),
            styles["body"],
        )
    )
    story.append(_fever_box(plan, text, styles, w))
    story.extend(_part(w("Driving and staying near the treating centre"), plan.restrictions, text, styles, w))
    story.extend(_part(w("Medicines to prevent infection"), plan.prophylaxis, text, styles, w))
    story.extend(_part(w("Vaccinations"), plan.vaccinations, text, styles, w))
    story.extend(_part(w("Long-term check-ups: late effects and second cancers"), plan.long_term, text, styles, w))
    if plan.vaccines_given:
        so_far = ", ".join(f"{text(v, 'vaccine')} ({d.isoformat()})" for d, v in plan.vaccines_given)
        story.append(Paragraph(w("Vaccinations recorded so far: {given}.").format(given=so_far), styles["body"]))
    worked_out = w(
        "The dates above were worked out on {on} from your record as it stood then, assuming no new results "
        "or treatments, with the centre's protocol {id} {version}, up to {horizon}. Your care team may change them."
    )
    story.append(
        Paragraph(
            worked_out.format(
                on=plan.on.isoformat(),
                id=text(plan.protocol_id, "protocol"),
                version=text(plan.protocol_version, "protocol"),
                horizon=plan.horizon.isoformat(),
            ),
            styles["small"],
        )
    )
    title = w("Follow-up plan {date}").format(date=plan.on.isoformat())
    pinned = (plan.protocol_id, plan.protocol_version)
    page = furniture(guard, plan.identifiers, title, plan.printout, pinned, plan.identifiers.ward, w)
    pdf, pages = build_pdf(story, [page], title=w("Bedside follow-up plan"), invariant=invariant, paper=paper)
    return RenderedPdf(pdf, tuple(guard.warnings), pages)


def _fever_box(
    plan: FollowUpPlan, text: Callable[[object, str], str], styles: dict[str, Any], w: Words
) -> KeepTogether:
    if plan.fever_contact:
        contact = w("Call: {contact}").format(contact=text(plan.fever_contact, "fever contact"))
    else:
        contact = w(BLANK_CONTACT)
    big = styles["h2"].clone("fever", spaceBefore=0, spaceAfter=0)
    box = Table([[Paragraph(w("If you have a fever"), big)], [Paragraph(contact, big)]], colWidths=[BODY_WIDTH])
    box.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 2, black),
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (0, 0), 6),
            ("BOTTOMPADDING", (0, -1), (0, -1), 8),
        ]
    )
    return KeepTogether([Spacer(1, 6), box])


def _part(
    heading: str,
    lines: tuple[PlanLine, ...],
    text: Callable[[object, str], str],
    styles: dict[str, Any],
    w: Words,
) -> list[Any]:
    story: list[Any] = [Paragraph(heading, styles["h2"])]
    if not lines:
        story.append(Paragraph(w("Nothing listed by the protocol for you at present."), styles["body"]))
    for line in lines:
        head = f"<b>{text(line.title, line.item_id)}: {text(line.when, line.item_id)}</b>"
        block = [Paragraph(head, styles["item"])]
        if line.drug:
            block.append(Paragraph(text(line.drug, line.item_id + " drug"), styles["detail"]))
        block.append(Paragraph(w("Why: {why}").format(why=text(line.why, line.item_id + " why")), styles["why"]))
        story.append(KeepTogether(block))
    return story
