"""The follow-up plan in a patient's words: plain titles and purposes, no dosing shorthand or source keys, dates
with the month's name, the fever threshold, the warning signs of neurotoxicity and the 24-hour number."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bedside.printouts import render_plan
from bedside.printouts.plan import FEVER_CONTACT_KEY, LONG_TERM, RESTRICTION_ITEMS, PlanLine
from bedside.printouts.plan_words import NEURO_SIGNS, PLAIN, patient_line, plain_date, plain_text
from bedside.protocol.loader import load_protocol, shipped_protocols
from bedside.services.printout_data import follow_up_plan
from bedside.storage import Store
from tests.factories import ACTOR
from tests.test_handover import NAMES, ON, PRINTED_AT, ward  # noqa: F401
from tests.test_handover_pdf import flat, pages_text

PLAN_CATEGORIES = ("prophylaxis", "vaccination", LONG_TERM)
# Clinicians' shorthand the issue found on the plan; none of it may reach the patient's page.
SHORTHAND = re.compile(r"\bBID\b|ICAHT23|AF-MOLD|ANC <0\.5|x10\^9/L|\bASH24\b|\bLATE21\b|HS20|VAX-ASH|Call: ____")


@pytest.mark.parametrize("profile", shipped_protocols())
def test_every_item_a_plan_can_list_has_its_own_plain_words(profile: str) -> None:
    protocol = load_protocol(profile)
    listed = [i.id for i in protocol.items if i.category in PLAN_CATEGORIES or i.id in RESTRICTION_ITEMS]
    missing = [item_id for item_id in listed if item_id not in PLAIN]
    assert not missing, f"{profile}: no plain words for {missing}"


def test_shorthand_is_spelled_out_and_dates_get_the_months_name() -> None:
    assert plain_text("Acyclovir 800 mg BID or valacyclovir 500 mg BID") == (
        "Acyclovir 800 mg twice a day or valacyclovir 500 mg twice a day"
    )
    assert plain_text("TMP-SMX daily") == "co-trimoxazole (TMP-SMX) once a day"
    assert plain_text("Filgrastim 5 ug/kg/day") == "Filgrastim 5 micrograms per kg of body weight a day"
    assert plain_text("until 2026-03-20") == "until 20 March 2026"
    assert plain_date(date(2027, 1, 2)) == "2 January 2027"


def test_a_line_keeps_its_dates_and_says_what_it_is_for() -> None:
    line = PlanLine(
        "HSV-VZV",
        "HSV/VZV prophylaxis",
        "Acyclovir 800 mg BID",
        "may be reviewed for stopping from 2026-09-03",
        date(2026, 9, 3),
        "ASH24 (FACTS 2.4): all patients from before LD for at least 6 months",
    )
    words = patient_line(line)
    assert words.title == "Medicine against herpes viruses"
    assert words.when == "your team may decide to stop it from 3 September 2026"
    assert words.medicine == "Acyclovir 800 mg twice a day"
    assert "cold sores" in words.purpose and "ASH24" not in words.purpose


def test_an_item_without_plain_words_keeps_its_why_without_the_source_clause() -> None:
    line = PlanLine("CTR-1", "Centre check", None, "from 2026-04-01", date(2026, 4, 1), "CTR21: a centre rule, daily.")
    assert patient_line(line).purpose == "a centre rule, once a day."


def test_the_printed_plan_is_in_plain_words_with_the_fever_line_signs_and_number(ward: Store) -> None:  # noqa: F811
    ward.set_meta(FEVER_CONTACT_KEY, "CAR-T team +49 30 1234 5678", ACTOR)
    plan = follow_up_plan(ward, "H-2", ON, printed_by="AB", printed_at=PRINTED_AT)
    text = flat(" ".join(pages_text(render_plan(plan))))
    assert NAMES["H-2"] in text
    assert not SHORTHAND.search(text), SHORTHAND.search(text)
    assert "If your temperature is 38.0 °C or higher, call straight away, day or night." in text
    assert "Call: CAR-T team +49 30 1234 5678" in text
    assert all(sign in text for sign in NEURO_SIGNS)
    assert "were given on 14 February 2026" in text
    for line in (*plan.prophylaxis, *plan.vaccinations, *plan.long_term):
        words = patient_line(line)
        assert f"{words.title}: {words.when}" in text
        assert f"What it is for: {words.purpose}" in text
