"""The patient's follow-up plan on paper, in large type. Call it through `bedside.printouts.render_plan`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.lib.colors import black  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table  # type: ignore[import-untyped]

from bedside.config.language import ENGLISH, Words, words_for
from bedside.printouts.plan import FollowUpPlan, PlanLine
from bedside.printouts.plan_words import FEVER_ADVICE, MONTHS, NEURO_ADVICE, NEURO_SIGNS, PatientLine, patient_line
from bedside.printouts.render.fonts import register
from bedside.printouts.render.layout import BODY_WIDTH, LIGHT, build_pdf, furniture, section_start, stylesheet
from bedside.printouts.render.text import RenderedPdf, TextGuard

BODY_SIZE = 13
BLANK_CONTACT = "Call your treating centre's 24-hour number: ______________________ (ask the ward to write it in)"


def render(plan: FollowUpPlan, *, invariant: bool = False, strict: bool = False, paper: str = "A4") -> RenderedPdf:
    guard = TextGuard(register().__contains__, strict=strict)
    styles = stylesheet(BODY_SIZE)
    mrn = plan.identifiers.mrn
    w = words_for(plan.language)

    def text(value: object, field: str) -> str:
        return guard.markup(value, f"{mrn} {field}")

    def day(value: date) -> str:  # "6 March 2026"; in German "6. März 2026"
        month = w(MONTHS[value.month - 1])
        return f"{value.day} {month} {value.year}" if w.language == ENGLISH else f"{value.day}. {month} {value.year}"

    story: list[Any] = [section_start(0), Paragraph(w("Your follow-up plan after CAR-T cell therapy"), styles["h1"])]
    given = w("were given") if plan.on >= plan.infusion_date else w("are to be given")
    opening = w("{name}: your CAR-T cells ({product}) {given} on {date}. This plan was made on {on}, {after}.")
    story.append(
        Paragraph(
            opening.format(
                name=text(plan.identifiers.name, "name"),
                product=text(plan.product, "product"),
                given=given,
                date=day(plan.infusion_date),
                on=day(plan.on),
                after=_days_after(plan, w),
            ),
            styles["body"],
        )
    )
    story.append(_fever_box(plan, text, styles, w))
    story.append(_warning_signs(styles, w))
    story.extend(_part(w("Driving and staying near the treating centre"), plan.restrictions, text, styles, w))
    story.extend(_part(w("Medicines to prevent infection"), plan.prophylaxis, text, styles, w))
    story.extend(_part(w("Vaccinations"), plan.vaccinations, text, styles, w))
    story.extend(_part(w("Long-term check-ups: late effects and second cancers"), plan.long_term, text, styles, w))
    if plan.vaccines_given:
        so_far = ", ".join(f"{text(v, 'vaccine')} ({day(d)})" for d, v in plan.vaccines_given)
        story.append(Paragraph(w("Vaccinations recorded so far: {given}.").format(given=so_far), styles["body"]))
    worked_out = w(
        "The dates above were worked out on {on} from your record as it stood then, assuming no new results "
        "or treatments, with the centre's protocol {id} {version}, up to {horizon}. Your care team may change "
        "them: keep to what they tell you."
    )
    story.append(
        Paragraph(
            worked_out.format(
                on=day(plan.on),
                id=text(plan.protocol_id, "protocol"),
                version=text(plan.protocol_version, "protocol"),
                horizon=day(plan.horizon),
            ),
            styles["small"],
        )
    )
    title = w("Follow-up plan {date}").format(date=plan.on.isoformat())
    pinned = (plan.protocol_id, plan.protocol_version)
    page = furniture(guard, plan.identifiers, title, plan.printout, pinned, plan.identifiers.ward, w)
    pdf, pages = build_pdf(story, [page], title=w("Bedside follow-up plan"), invariant=invariant, paper=paper)
    return RenderedPdf(pdf, tuple(guard.warnings), pages)


def _days_after(plan: FollowUpPlan, w: Words) -> str:
    days = (plan.on - plan.infusion_date).days
    if days == 0:
        return w("the day of your infusion")
    if abs(days) == 1:
        return w("1 day after it") if days > 0 else w("1 day before it")
    return (w("{n} days after it") if days > 0 else w("{n} days before it")).format(n=abs(days))


def _fever_box(
    plan: FollowUpPlan, text: Callable[[object, str], str], styles: dict[str, Any], w: Words
) -> KeepTogether:
    if plan.fever_contact:
        contact = w("Call: {contact}").format(contact=text(plan.fever_contact, "fever contact"))
    else:
        contact = w(BLANK_CONTACT)
    big = styles["h2"].clone("fever", spaceBefore=0, spaceAfter=0)
    rows = [[Paragraph(w("If you have a fever"), big)], [Paragraph(w(FEVER_ADVICE), styles["body"])]]
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


def _warning_signs(styles: dict[str, Any], w: Words) -> KeepTogether:
    """The warning signs of neurotoxicity, in a box of their own beside the fever box."""
    big = styles["h2"].clone("signs", spaceBefore=0, spaceAfter=0)
    rows = [[Paragraph(w("Warning signs in the brain and nerves"), big)], [Paragraph(w(NEURO_ADVICE), styles["body"])]]
    rows += [[Paragraph(f"• {w(sign)}", styles["item"])] for sign in NEURO_SIGNS]
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
        # The patient's words are English; in another language the plan keeps the protocol's own text.
        words = patient_line(line) if w.language == ENGLISH else PatientLine(line.title, line.when, line.drug, line.why)
        head = f"<b>{text(words.title, line.item_id)}: {text(words.when, line.item_id)}</b>"
        block = [Paragraph(head, styles["item"])]
        if words.medicine:
            medicine = text(words.medicine, line.item_id + " drug")
            block.append(Paragraph(w("Medicine: {medicine}").format(medicine=medicine), styles["detail"]))
        purpose = text(words.purpose, line.item_id + " why")
        block.append(Paragraph(w("What it is for: {purpose}").format(purpose=purpose), styles["why"]))
        story.append(KeepTogether(block))
    return story
