"""The patient's follow-up plan on paper, in large type. Call it through `bedside.handover.render_plan`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import black  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table  # type: ignore[import-untyped]

from bedside.handover.fonts import register
from bedside.handover.layout import BODY_WIDTH, LIGHT, build_pdf, furniture, section_start, stylesheet
from bedside.handover.plan import FollowUpPlan, PlanLine
from bedside.handover.plan_words import FEVER_ADVICE, NEURO_ADVICE, NEURO_SIGNS, patient_line, plain_date
from bedside.handover.text import RenderedPdf, TextGuard

BODY_SIZE = 13
BLANK_CONTACT = "Call your treating centre's 24-hour number: ______________________ (ask the ward to write it in)"


def render(plan: FollowUpPlan, *, invariant: bool = False, strict: bool = False) -> RenderedPdf:
    guard = TextGuard(register().__contains__, strict=strict)
    styles = stylesheet(BODY_SIZE)
    mrn = plan.identifiers.mrn

    def text(value: object, field: str) -> str:
        return guard.markup(value, f"{mrn} {field}")

    story: list[Any] = [section_start(0), Paragraph("Your follow-up plan after CAR-T cell therapy", styles["h1"])]
    story.append(
        Paragraph(
            f"{text(plan.identifiers.name, 'name')}: your CAR-T cells ({text(plan.product, 'product')}) "
            f"{'were given' if plan.on >= plan.infusion_date else 'are to be given'} on "
            f"{plain_date(plan.infusion_date)}. This plan was made on {plain_date(plan.on)}, "
            f"{_days_after(plan)}.",
            styles["body"],
        )
    )
    story.append(_fever_box(plan, text, styles))
    story.append(_warning_signs(styles))
    story.extend(_part("Driving and staying near the treating centre", plan.restrictions, text, styles))
    story.extend(_part("Medicines to prevent infection", plan.prophylaxis, text, styles))
    story.extend(_part("Vaccinations", plan.vaccinations, text, styles))
    story.extend(_part("Long-term check-ups: late effects and second cancers", plan.long_term, text, styles))
    if plan.vaccines_given:
        given = ", ".join(f"{text(v, 'vaccine')} ({plain_date(d)})" for d, v in plan.vaccines_given)
        story.append(Paragraph(f"Vaccinations recorded so far: {given}.", styles["body"]))
    story.append(
        Paragraph(
            f"The dates above were worked out on {plain_date(plan.on)} from your record as it stood then, "
            f"assuming no new results or treatments, with the centre's protocol "
            f"{text(plan.protocol_id, 'protocol')} {text(plan.protocol_version, 'protocol')}, up to "
            f"{plain_date(plan.horizon)}. Your care team may change them: keep to what they tell you.",
            styles["small"],
        )
    )
    title = f"Follow-up plan {plan.on.isoformat()}"
    pinned = (plan.protocol_id, plan.protocol_version)
    page = furniture(guard, plan.identifiers, title, plan.printout, pinned, plan.identifiers.ward)
    pdf, pages = build_pdf(story, [page], title="Bedside follow-up plan", invariant=invariant)
    return RenderedPdf(pdf, tuple(guard.warnings), pages)


def _days_after(plan: FollowUpPlan) -> str:
    days = (plan.on - plan.infusion_date).days
    if days == 0:
        return "the day of your infusion"
    return f"{abs(days)} day{'s' if abs(days) != 1 else ''} {'after' if days > 0 else 'before'} it"


def _fever_box(plan: FollowUpPlan, text: Callable[[object, str], str], styles: dict[str, Any]) -> KeepTogether:
    contact = f"Call: {text(plan.fever_contact, 'fever contact')}" if plan.fever_contact else BLANK_CONTACT
    big = styles["h2"].clone("fever", spaceBefore=0, spaceAfter=0)
    rows = [[Paragraph("If you have a fever", big)], [Paragraph(FEVER_ADVICE, styles["body"])]]
    box = Table([*rows, [Paragraph(contact, big)]], colWidths=[BODY_WIDTH])
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


def _warning_signs(styles: dict[str, Any]) -> KeepTogether:
    """The warning signs of neurotoxicity, in a box of their own beside the fever box."""
    big = styles["h2"].clone("signs", spaceBefore=0, spaceAfter=0)
    rows = [[Paragraph("Warning signs in the brain and nerves", big)], [Paragraph(NEURO_ADVICE, styles["body"])]]
    rows += [[Paragraph(f"• {sign}", styles["item"])] for sign in NEURO_SIGNS]
    box = Table(rows, colWidths=[BODY_WIDTH])
    box.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 2, black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (0, 0), 6),
            ("BOTTOMPADDING", (0, -1), (0, -1), 8),
        ]
    )
    return KeepTogether([Spacer(1, 6), box])


def _part(
    heading: str, lines: tuple[PlanLine, ...], text: Callable[[object, str], str], styles: dict[str, Any]
) -> list[Any]:
    story: list[Any] = [Paragraph(heading, styles["h2"])]
    if not lines:
        story.append(Paragraph("Nothing listed by the protocol for you at present.", styles["body"]))
    for line in lines:
        words = patient_line(line)
        head = f"<b>{text(words.title, line.item_id)}: {text(words.when, line.item_id)}</b>"
        block = [Paragraph(head, styles["item"])]
        if words.medicine:
            block.append(Paragraph(f"Medicine: {text(words.medicine, line.item_id + ' drug')}", styles["detail"]))
        block.append(Paragraph(f"What it is for: {text(words.purpose, line.item_id + ' why')}", styles["why"]))
        story.append(KeepTogether(block))
    return story
