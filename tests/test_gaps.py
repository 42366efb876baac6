"""Every gap in the sources (docs/clinical-basis.md) a profile encodes: the item never invents a rule, and says so."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

import pytest

from bedside.domain.checklist import ChecklistItem
from bedside.engine.core import checklist
from bedside.patient_file.format import parse_document
from bedside.protocol.loader import load_protocol, shipped_protocols
from bedside.protocol.model import Protocol, Rule

LISTED = ("due", "overdue", "done")


@cache
def protocol(profile: str) -> Protocol:
    return load_protocol(profile)


def patient(product: str = "axi-cel", infusion: str = "2025-03-03", **sections: Any) -> dict[str, Any]:
    day0 = date.fromisoformat(infusion)
    therapy = {
        "product": product,
        "infusion_dates": [infusion],
        "lymphodepletion_start": (day0 - timedelta(days=5)).isoformat(),
    }
    doc = {"format": "bedside-patient/1", "patient": {"mrn": "G-1", "name": "Gap, Test"}, "therapy": therapy}
    return {**doc, **sections}


def item_on(doc: dict[str, Any], profile: str, item_id: str, on: date) -> ChecklistItem:
    found = checklist(protocol(profile), parse_document(doc), on, include_all=True).item(item_id)
    assert found is not None, f"{item_id} missing from {profile} even with include_all"
    return found


# --- CMV surveillance: ASH24's row is truncated; every profile uses the rule the sources share -------


def steroid_patient() -> dict[str, Any]:
    steroid = {"type": "steroid", "drug": "dexamethasone", "start": "2025-03-05", "end": "2025-03-14"}
    return patient(serology={"cmv_igg": "positive"}, treatments=[steroid])


@pytest.mark.parametrize("profile", ["ash-2024", "eha-ebmt-2023", "ash-sap"])
def test_cmv_pcr_where_the_source_row_is_truncated_follows_the_shared_rule_and_says_so(profile: str) -> None:
    found = item_on(steroid_patient(), profile, "CMV-PCR", date(2025, 3, 9))  # the fifth steroid day
    assert found.status == "due"
    assert "[GAP]" in found.why and "STAN" in found.why and "STAN" in found.sources
    assert item_on(steroid_patient(), profile, "CMV-PCR", date(2025, 3, 8)).status == "not-applicable"


def test_the_same_patient_gets_cmv_pcr_where_a_source_gives_the_rule() -> None:
    found = item_on(steroid_patient(), "stanford-car19", "CMV-PCR", date(2025, 3, 9))
    assert found.status == "due"  # the steroid course above is enough to trigger a real rule


# --- PJP duration under EBMT20: not retrievable, so the ash-2024 rule is inherited and named --------


@pytest.mark.parametrize(
    ("day", "expected"), [("2025-02-26", LISTED), ("2025-09-02", LISTED), ("2025-09-03", ("stop-review",))]
)
def test_eha_ebmt_pjp_says_the_duration_is_not_retrievable(day: str, expected: tuple[str, ...]) -> None:
    found = item_on(patient(), "eha-ebmt-2023", "PJP-PPX", date.fromisoformat(day))
    assert found.status in expected  # EBMT20 starts at LD; the stop rule is ASH24's 6 months
    assert re.search(r"duration is not retrievable", found.why, re.I)
    assert "[GAP]" in found.why and "inherited from ash-2024" in found.why


# --- obe-cel label values -------------------------------------------------------------------------


@pytest.mark.parametrize("profile", shipped_protocols())
@pytest.mark.parametrize("infusion", ["2025-03-03", "2025-08-01"])
@pytest.mark.parametrize("item_id", ["LBL-MON", "LBL-PROX", "LBL-DRIVE"])
def test_obe_cel_label_items_give_no_day_count(profile: str, infusion: str, item_id: str) -> None:
    doc = patient(product="obe-cel", infusion=infusion)
    found = item_on(doc, profile, item_id, date.fromisoformat(infusion))
    assert found.status == "due"
    assert "check the product label" in found.why
    shown = re.sub(r"\(Rule inherited from [^)]*\)", "", found.why)  # names ash-2024, not a count
    assert not re.search(r"\d", shown), f"obe-cel {item_id} shows a number: {found.why}"
    assert not re.search(r"\b(day|days|week|weeks|month|months)\b", shown, re.I), found.why


@pytest.mark.parametrize("item_id", ["LBL-PROX", "LBL-DRIVE"])
def test_obe_cel_does_not_get_another_products_window(item_id: str) -> None:
    doc = patient(product="obe-cel", infusion="2025-03-03")
    for n in (1, 7, 14, 28, 56):
        on = date(2025, 3, 3) + timedelta(days=n)
        listed = checklist(protocol("ash-2024"), parse_document(doc), on).item(item_id)
        assert listed is None, f"obe-cel {item_id} listed on day {n}: {listed}"


# --- ICAHT23 antifungal row: inherited from ash-2024 -------------------------------------------


def test_eha_ebmt_antifungal_is_inherited_from_ash_2024() -> None:
    eha, ash = protocol("eha-ebmt-2023"), protocol("ash-2024")
    inherited, base = eha.item("AF-YEAST"), ash.item("AF-YEAST")
    assert inherited is not None and base is not None
    assert inherited.inherited_from == "ash-2024"
    assert rule_text(inherited.rule) == rule_text(base.rule)
    assert rule_text(inherited.rule)[3] == "anc < 0.5"


def rule_text(rule: Rule) -> tuple[object, ...]:
    when = None if rule.when is None else rule.when.text
    return (rule.start.text, rule.end and rule.end.text, rule.frequency.text, when, rule.why, rule.sources)


@pytest.mark.parametrize(("anc", "expected"), [(0.3, "due"), (2.0, "not-applicable")])
def test_eha_ebmt_antifungal_why_says_inherited(anc: float, expected: str) -> None:
    labs = [{"date": "2025-03-05", "test": "anc", "value": anc, "unit": "10^9/L"}]
    found = item_on(patient(labs=labs), "eha-ebmt-2023", "AF-YEAST", date(2025, 3, 5))
    assert found.status == expected
    assert "inherited from ash-2024" in found.why
    own = item_on(patient(labs=labs), "ash-2024", "AF-YEAST", date(2025, 3, 5))
    assert "inherited" not in own.why
