"""The engine's principles (docs/clinical-rules.md), each at its edges: one step below, at and above.

Thresholds and windows come from the clinical sources as docs/clinical-rules.md states them, not from
what the program printed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest

from bedside.domain.dates import add_months
from bedside.engine.core import checklist
from bedside.patient_file.format import parse_document
from tests.test_engine import LISTED, item_on, lab, patient, protocol, status_on, temp

NOT_DUE = ("not-applicable", "blocked", "stop-review")
D0 = date(2025, 3, 3)
LD = "2025-02-26"


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def iso(n: int) -> str:
    return day(n).isoformat()


def ticked(item: str, due: str, status: str = "done", reason: str | None = None) -> dict[str, Any]:
    check: dict[str, Any] = {"item": item, "due": due, "status": status, "by": "AB", "at": f"{due}T09:00:00Z"}
    if reason:
        check["reason"] = reason
    return check


# --- 1. Provenance: a result from before treatment never meets a stop rule or gate ----------------


def bcma_with_baseline_cd4() -> dict[str, Any]:
    # CD4 450/uL drawn ten days before infusion, before LD (the example).
    return patient(product="ide-cel", ld=LD, labs=[lab(iso(-10), "cd4", 450, "/uL")])


def test_a_pre_ld_cd4_does_not_end_hsv_vzv_prophylaxis_on_the_first_ld_day() -> None:
    found = item_on(bcma_with_baseline_cd4(), "HSV-VZV", LD)
    assert found is not None and found.status == "due"
    assert "450 on 2025-02-21 was before treatment: not counted" in found.why


def test_a_pre_ld_cd4_does_not_end_pjp_prophylaxis_on_day_0() -> None:
    assert status_on(bcma_with_baseline_cd4(), "PJP-PPX", D0) == "due"


def test_a_cd4_after_ld_counts_for_the_bcma_stop_rule() -> None:
    doc = bcma_with_baseline_cd4()
    month6 = add_months(D0, 6)
    doc["labs"].append(lab(iso(100), "cd4", 250, "/uL"))
    assert status_on(doc, "PJP-PPX", month6) == "stop-review"
    assert status_on(doc, "PJP-PPX", month6 - timedelta(days=1)) in LISTED  # ASH24's 6 months not yet reached


def test_a_live_vaccine_is_not_unblocked_by_cd4_and_b_cells_from_before_ld() -> None:
    doc = patient(ld=LD, labs=[lab(iso(-8), "cd4", 600, "/uL"), lab(iso(-8), "cd19_b_cells", 90, "/uL")])
    year = add_months(D0, 12)
    found = item_on(doc, "VAX-LIVE", year)
    assert found is not None and found.status == "blocked"
    assert "CD4 not recorded since lymphodepletion start" in found.why
    doc["labs"] += [lab(iso(330), "cd4", 600, "/uL"), lab(iso(330), "cd19_b_cells", 90, "/uL")]
    assert status_on(doc, "VAX-LIVE", year) in LISTED


# --- 2. Unknown is not "no" ------------------------------------------------------------------------


def test_no_anc_since_ld_makes_antibacterial_prophylaxis_need_data_not_vanish() -> None:
    doc = patient(ld=LD, labs=[lab(iso(-8), "anc", 3.0, "10^9/L")])
    plain = checklist(protocol(), parse_document(doc), day(2))  # the default view, without --all
    found = plain.item("ABX-PPX")
    assert found is not None and found.status == "needs-data"
    assert "enter today's ANC" in found.why and "before treatment: not counted" in found.why
    assert plain.counts()["needs-data"] >= 2  # AF-YEAST needs it too


def test_fever_with_no_anc_since_ld_opens_the_fn_bundle() -> None:
    doc = patient(ld=LD, observations=[temp(iso(2), "14:10", 38.6)])
    found = item_on(doc, "FN-BUNDLE", day(2))
    assert found is not None and found.status == "due"
    assert "handled as" in found.why and "ANC" in found.why


def test_fever_with_a_recovered_anc_does_not_open_the_fn_bundle() -> None:
    doc = patient(ld=LD, observations=[temp(iso(2), "14:10", 38.6)], labs=[lab(iso(2), "anc", 2.0, "10^9/L")])
    assert status_on(doc, "FN-BUNDLE", day(2)) == "not-applicable"


def test_an_unrecorded_crs_grade_does_not_hide_gcsf_at_high_risk() -> None:
    # Platelets 50 (2 points) alone reach the high cut-off: a partial score.
    doc = patient(ld=LD, labs=[lab(iso(-6), "platelets", 50, "10^9/L"), lab(iso(2), "anc", 0.8, "10^9/L")])
    assert status_on(doc, "GCSF", day(2), "eha-ebmt-2023") == "due"


def test_cmv_serology_unknown_needs_data_once_the_steroid_threshold_is_met() -> None:
    doc = patient(ld=LD, treatments=[{"type": "steroid", "start": iso(3), "end": iso(9), "indication": "crs"}])
    found = item_on(doc, "CMV-PCR", day(7))  # the fifth steroid day
    assert found is not None and found.status == "needs-data" and "CMV IgG" in found.why


# --- 3. State has a time -----------------------------------------------------------------------------


def crs_patient(grade_day: int, grade: int = 2) -> dict[str, Any]:
    obs = [{"date": iso(grade_day), "type": "crs_grade", "value": grade}]
    labs = [lab(iso(-6), "platelets", 50, "10^9/L"), *(lab(iso(n), "anc", 0.3, "10^9/L") for n in range(2, 20))]
    return patient(ld=LD, observations=obs, labs=labs)


@pytest.mark.parametrize(("on", "expected"), [(3, "blocked"), (4, "blocked"), (5, "due")])
def test_a_crs_episode_ends_two_days_after_its_last_grade(on: int, expected: str) -> None:
    found = item_on(crs_patient(3), "GCSF", day(on), "eha-ebmt-2023")
    assert found is not None and found.status in ((expected,) if expected == "blocked" else LISTED)


def test_a_grade_0_ends_the_crs_episode_at_once() -> None:
    doc = crs_patient(3)
    doc["observations"].append({"date": iso(4), "type": "crs_grade", "value": 0})
    assert status_on(doc, "GCSF", day(4), "eha-ebmt-2023") in LISTED


def sap_steroids(indication: str | None, start: int, end: int) -> dict[str, Any]:
    course: dict[str, Any] = {"type": "steroid", "drug": "dexamethasone", "start": iso(start), "end": iso(end)}
    if indication:
        course["indication"] = indication
    return patient(ld=LD, treatments=[course], labs=[lab(iso(n), "anc", 2.5, "10^9/L") for n in range(1, 12)])


def test_prolonged_steroid_antifungal_ends_with_the_course() -> None:
    doc = sap_steroids("crs", 2, 5)  # 4 steroid days: more than 3
    assert status_on(doc, "AF-YEAST", day(5), "ash-sap") in LISTED
    assert status_on(doc, "AF-YEAST", day(6), "ash-sap") == "not-applicable"
    doc["labs"].append(lab(iso(364), "anc", 2.5, "10^9/L"))  # a current ANC a year on
    assert status_on(doc, "AF-YEAST", day(365), "ash-sap") == "not-applicable"


@pytest.mark.parametrize(("indication", "start", "end"), [("other", 2, 5), ("crs", -12, -9), (None, -12, -9)])
def test_steroids_before_infusion_or_for_other_reasons_are_not_counted(
    indication: str | None, start: int, end: int
) -> None:
    assert status_on(sap_steroids(indication, start, end), "AF-YEAST", day(max(end, 3)), "ash-sap") == "not-applicable"


def test_a_steroid_course_without_indication_after_infusion_is_counted() -> None:
    assert status_on(sap_steroids(None, 2, 5), "AF-YEAST", day(5), "ash-sap") in LISTED


# --- 4. Carry-over -----------------------------------------------------------------------------------


def test_a_daily_item_not_ticked_yesterday_is_overdue_today() -> None:
    doc = patient(ld=LD)
    found = item_on(doc, "HSV-VZV", day(3))
    assert found is not None and found.status == "overdue"
    assert found.due is not None and found.due < day(3)


def test_a_daily_item_ticked_yesterday_is_just_due_today() -> None:
    doc = patient(ld=LD, checks=[ticked("HSV-VZV", iso(2))])
    found = item_on(doc, "HSV-VZV", day(3))
    assert found is not None and found.status == "due" and found.due == day(3)


def test_not_done_with_a_reason_settles_the_day() -> None:
    doc = patient(ld=LD, checks=[ticked("HSV-VZV", iso(2), "not-done", "vomiting, given IV later")])
    assert status_on(doc, "HSV-VZV", day(3)) == "due"


def test_carry_over_names_the_oldest_open_day_within_a_week() -> None:
    doc = patient(ld=LD, checks=[ticked("HSV-VZV", iso(0))])
    found = item_on(doc, "HSV-VZV", day(4))
    assert found is not None and found.status == "overdue" and found.due == day(1)
    far = item_on(patient(ld=LD), "HSV-VZV", day(30))
    assert far is not None and far.due == day(23)  # seven days back at most


def test_a_weekly_pcr_missed_last_week_stays_overdue() -> None:
    course = {"type": "steroid", "start": iso(1), "end": iso(8), "indication": "crs"}
    doc = patient(ld=LD, serology={"cmv_igg": "positive"}, treatments=[course])
    assert status_on(doc, "CMV-PCR", day(5)) == "due"  # steroid day 5
    found = item_on(doc, "CMV-PCR", day(12))
    assert found is not None and found.status == "overdue" and found.due == day(5)
    doc["labs"] = [lab(iso(6), "cmv_pcr", 120, "IU/mL")]
    assert status_on(doc, "CMV-PCR", day(12)) == "due"


# --- 5. Calendar edges -------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "months"), [("allogeneic", 24), ("autologous", 12)])
def test_the_hct_gate_opens_the_day_the_months_have_passed(kind: str, months: int) -> None:
    hct = date(2024, 1, 15)
    opens = add_months(hct, months)
    infusion = opens - timedelta(days=400)  # the 12-month vaccine window is already open
    counts = [
        lab((infusion + timedelta(days=300)).isoformat(), t, v, "/uL") for t, v in (("cd4", 400), ("cd19_b_cells", 50))
    ]
    history = {"prior_hct": [{"type": kind, "date": hct.isoformat()}]}
    doc = patient(infusions=(infusion.isoformat(),), labs=counts, history=history)
    assert status_on(doc, "VAX-LIVE", opens - timedelta(days=1)) == "blocked"
    assert status_on(doc, "VAX-LIVE", opens) in LISTED
    assert status_on(doc, "VAX-LIVE", opens + timedelta(days=1)) in LISTED


@pytest.mark.parametrize(("gap", "expected"), [(27, "not-applicable"), (28, "due"), (29, "due")])
def test_ivig_is_reassessed_28_days_after_the_last_dose(gap: int, expected: str) -> None:
    doc = patient(
        product="ide-cel",
        ld=LD,
        labs=[lab(iso(40), "igg", 300, "mg/dL")],
        treatments=[{"type": "ivig", "date": iso(41)}],
    )
    found = item_on(doc, "IVIG", day(41 + gap))
    assert found is not None
    assert found.status in ((expected,) if expected == "not-applicable" else LISTED)


def test_an_ivig_dose_recorded_today_completes_the_item() -> None:
    doc = patient(product="ide-cel", ld=LD, labs=[lab(iso(40), "igg", 300, "mg/dL")])
    doc["treatments"] = [{"type": "ivig", "date": iso(41)}]
    found = item_on(doc, "IVIG", day(41))
    assert found is not None and found.status == "done" and iso(41) in found.why


# --- 6. Alternatives ---------------------------------------------------------------------------------


def test_fluconazole_gives_way_to_a_mould_active_azole_when_af_mold_applies() -> None:
    history = {"prior_hct": [{"type": "autologous", "date": "2022-05-01"}]}
    doc = patient(ld=LD, history=history, labs=[lab(iso(2), "anc", 0.2, "10^9/L")])
    listed = checklist(protocol(), parse_document(doc), day(2))
    assert listed.item("AF-MOLD") is not None and listed.item("AF-YEAST") is None
    doc["history"] = {"prior_hct": []}
    listed = checklist(protocol(), parse_document(doc), day(2))
    assert listed.item("AF-YEAST") is not None and listed.item("AF-MOLD") is None
    every = checklist(protocol(), parse_document({**doc, "history": history}), day(2), include_all=True)
    replaced = every.item("AF-YEAST")
    assert replaced is not None and "AF-MOLD applies today" in replaced.why


# --- 7. Events complete items ------------------------------------------------------------------------


def test_recorded_influenza_and_covid_vaccines_complete_their_item() -> None:
    month3 = add_months(D0, 3)
    doc = patient(vaccinations=[{"date": month3.isoformat(), "vaccine": "influenza"}])
    assert status_on(doc, "VAX-FLU-COV", month3) == "due"  # COVID-19 still to give
    doc["vaccinations"].append({"date": month3.isoformat(), "vaccine": "covid19"})
    found = item_on(doc, "VAX-FLU-COV", month3)
    assert found is not None and found.status == "done" and "COVID-19" in found.why


def test_an_hbv_dna_result_above_zero_starts_entecavir() -> None:
    doc = patient(
        ld=LD, labs=[lab(iso(-20), "hbv_dna", 25, "IU/mL")], serology={"hbsag": "negative", "anti_hbc": "negative"}
    )
    assert status_on(doc, "HBV-PPX", LD) in LISTED
    doc["labs"] = [lab(iso(-20), "hbv_dna", 0, "IU/mL")]
    assert status_on(doc, "HBV-PPX", LD) == "not-applicable"


def shingles_at(month: int) -> dict[str, Any]:
    episode = {"date": add_months(D0, month).isoformat(), "site": "skin", "pathogen_group": "vzv"}
    return patient(ld=LD, infections=[episode])


def test_a_shingles_episode_extends_hsv_vzv_prophylaxis_six_months_beyond_it() -> None:
    doc = shingles_at(4)
    ends = add_months(D0, 10)
    assert status_on(doc, "HSV-VZV", add_months(D0, 6)) in LISTED
    assert status_on(doc, "HSV-VZV", ends - timedelta(days=1)) in LISTED
    assert status_on(doc, "HSV-VZV", ends) == "stop-review"
    assert status_on(patient(ld=LD), "HSV-VZV", add_months(D0, 6)) == "stop-review"


def test_screening_results_on_file_complete_required_screening() -> None:
    results = {"hiv": "negative", "hbsag": "negative", "anti_hbc": "negative"}
    assert status_on(patient(ld=LD, serology=results), "SCR-REQ", day(-20)) in ("due", "overdue")
    found = item_on(patient(ld=LD, serology={**results, "hcv_ab": "negative"}), "SCR-REQ", day(-20))
    assert found is not None and found.status == "done" and "HCV antibody negative" in found.why


# --- 8. Partial scores, 9. missing anchors, 10. words ----------------------------------------------


@pytest.mark.parametrize(("platelets", "expected"), [(74, "due"), (75, "needs-data"), (176, "needs-data")])
def test_partial_car_hematotox_is_high_once_known_points_reach_two(platelets: float, expected: str) -> None:
    doc = patient(ld=LD, labs=[lab(iso(-6), "platelets", platelets, "10^9/L"), lab(iso(2), "anc", 0.3, "10^9/L")])
    found = item_on(doc, "ABX-PPX", day(2), "eha-ebmt-2023")
    assert found is not None and found.status in ((expected,) if expected != "due" else LISTED)
    if expected == "needs-data":
        assert "CAR-HEMATOTOX" in found.why


def test_an_item_anchored_on_a_missing_ld_date_says_so() -> None:
    found = item_on(patient(), "HSV-VZV", day(1))
    assert found is not None and "lymphodepletion start not recorded: assumed on day -5" in found.why


@pytest.mark.parametrize("profile", ["ash-2024", "eha-ebmt-2023", "stanford-car19", "ash-sap"])
def test_no_why_shows_condition_code(profile: str) -> None:
    course = {"type": "steroid", "start": iso(2), "end": iso(9), "indication": "crs"}
    doc = patient(
        product="cilta-cel",
        ld=LD,
        labs=[lab(iso(-20), "cd4", 300, "/uL"), lab(iso(3), "anc", 0.2, "10^9/L")],
        treatments=[course],
        observations=[temp(iso(3), "10:00", 39.0)],
        serology={"cmv_igg": "positive"},
    )
    for n in (-5, 3, 9, 40, 200, 400):
        for item in checklist(protocol(profile), parse_document(doc), day(n), include_all=True).items:
            for code in ("==", "!=", " and (", " or (", "null"):
                assert code not in item.why, (item.id, n, item.why)
            assert not re.search(r"\b[a-z0-9]+_[a-z0-9_]+\b", item.why), (item.id, n, item.why)  # a fact's code name


def test_the_header_says_which_anchor_date_is_missing_and_names_missing_score_labs() -> None:
    from bedside.views.patient_header import header

    record = parse_document(patient(labs=[lab(iso(-6), "platelets", 50, "10^9/L")]))
    head = header(record, protocol(), day(2))
    assert head.missing_dates == ("lymphodepletion start", "apheresis")
    assert "lymphodepletion start and apheresis date not recorded: items anchored on it count from day 0" in head.line
    assert head.hematotox == "at least 2 (high; ANC, hemoglobin, CRP, ferritin missing)"
    complete = parse_document(patient(ld=LD, labs=[lab(iso(-6), "platelets", 100, "10^9/L")]))
    later = header(complete, protocol(), day(2))
    assert "lymphodepletion start" not in later.missing_dates
    assert later.hematotox == "not computable (ANC, hemoglobin, CRP, ferritin missing)"


def test_the_board_counts_needs_data_and_names_a_missing_ld_date(store: Any) -> None:
    from bedside.services.board import rows as board
    from tests.factories import ACTOR, record_of

    store.import_record(record_of(patient()), ACTOR)  # no LD date, no ANC
    (row,) = board(store, day(2))
    assert row.missing_dates[0] == "lymphodepletion start"
    assert row.needs_data >= 2  # antibacterial and antifungal prophylaxis cannot be decided without an ANC


# --- Results have an age: an out-of-date value is unknown, not a reason (docs/clinical-rules.md) -------


@pytest.mark.parametrize(("age", "expected"), [(2, "not-applicable"), (3, "due")])
def test_an_anc_three_days_old_no_longer_rules_out_the_fn_bundle_to_day_30(age: int, expected: str) -> None:
    doc = patient(ld=LD, labs=[lab(iso(10 - age), "anc", 2.0, "10^9/L")], observations=[temp(iso(10), "09:00", 39.0)])
    found = item_on(doc, "FN-BUNDLE", day(10))
    assert found is not None and found.status == expected
    if expected == "due":
        assert "days old" in found.why and "enter today's ANC" in found.why


@pytest.mark.parametrize(("age", "expected"), [(29, ("overdue", "due")), (30, ("needs-data",))])
def test_after_day_30_an_anc_counts_for_30_days(age: int, expected: tuple[str, ...]) -> None:
    doc = patient(ld=LD, labs=[lab(iso(200 - age), "anc", 0.3, "10^9/L")])
    assert status_on(doc, "ABX-PPX", day(200)) in expected


@pytest.mark.parametrize(("months_old", "expected"), [(5, LISTED), (6, ("blocked",))])
def test_cd4_and_b_cells_count_for_six_months_at_the_live_vaccine_gate(
    months_old: int, expected: tuple[str, ...]
) -> None:
    year = add_months(D0, 13)
    drawn = add_months(year, -months_old).isoformat()
    doc = patient(ld=LD, labs=[lab(drawn, "cd4", 400, "/uL"), lab(drawn, "cd19_b_cells", 60, "/uL")])
    assert status_on(doc, "VAX-LIVE", year) in expected


def test_with_no_ld_date_ld_is_assumed_on_day_minus_5_so_a_fever_before_infusion_is_covered() -> None:
    doc = patient(labs=[lab(iso(-2), "anc", 0.3, "10^9/L")], observations=[temp(iso(-2), "10:00", 38.8)])
    assert status_on(doc, "FN-BUNDLE", day(-2)) == "due"
    assert status_on(doc, "HSV-VZV", day(-2)) in LISTED
    assert status_on(doc, "HSV-VZV", day(-6)) == "not-applicable"


def test_igg_monitoring_stops_only_on_two_results_above_400() -> None:
    doc = patient(product="ide-cel", ld=LD, labs=[lab(iso(30), "igg", 450, "mg/dL")])
    assert status_on(doc, "IGG-MON", day(125)) in LISTED
    doc["labs"].append(lab(iso(120), "igg", 470, "mg/dL"))
    assert status_on(doc, "IGG-MON", day(125)) == "stop-review"


def test_igg_monitoring_reads_the_result_before_the_latest_and_only_since_ld() -> None:
    low_then_high = patient(
        product="ide-cel", ld=LD, labs=[lab(iso(30), "igg", 300, "mg/dL"), lab(iso(120), "igg", 470, "mg/dL")]
    )
    assert status_on(low_then_high, "IGG-MON", day(125)) in LISTED
    baseline = patient(
        product="ide-cel", ld=LD, labs=[lab(iso(-10), "igg", 450, "mg/dL"), lab(iso(120), "igg", 470, "mg/dL")]
    )
    assert status_on(baseline, "IGG-MON", day(125)) in LISTED  # a result from before LD is not "the one before"


def test_bcma_ivig_asks_for_an_igg_rather_than_vanishing() -> None:
    doc = patient(product="ide-cel", ld=LD, labs=[lab(iso(-8), "igg", 300, "mg/dL")])
    listed = checklist(protocol(), parse_document(doc), day(10))
    found = listed.item("IVIG")
    assert found is not None and found.status == "needs-data" and "send serum IgG" in found.why


def test_a_herpes_infection_without_a_group_keeps_hsv_vzv_prophylaxis_running() -> None:
    episode = {"date": add_months(D0, 4).isoformat(), "site": "skin", "pathogen": "VZV (shingles)"}
    doc = patient(ld=LD, infections=[episode])
    assert status_on(doc, "HSV-VZV", add_months(D0, 6)) in LISTED
    doc["infections"][0]["pathogen_group"] = "bacterial"  # classified as something else: no extension
    assert status_on(doc, "HSV-VZV", add_months(D0, 6)) == "stop-review"


def test_infections_before_treatment_do_not_count_as_recurrent_sinopulmonary() -> None:
    old = [{"date": "2023-01-10", "site": "sinopulmonary"}, {"date": "2023-06-10", "site": "pneumonia"}]
    doc = patient(ld=LD, infections=old, labs=[lab(iso(60), "igg", 300, "mg/dL")])
    assert status_on(doc, "IVIG", day(61)) == "not-applicable"
    doc["infections"] += [{"date": iso(40), "site": "sinopulmonary"}, {"date": iso(55), "site": "pneumonia"}]
    assert status_on(doc, "IVIG", day(61)) in LISTED


def test_a_day_held_by_a_gate_is_not_carried_over_as_a_missed_dose() -> None:
    obs = [{"date": iso(2), "type": "crs_grade", "value": 2}, {"date": iso(3), "type": "crs_grade", "value": 2}]
    high = [lab(iso(-6), "platelets", 50, "10^9/L"), *(lab(iso(n), "anc", 0.3, "10^9/L") for n in range(2, 8))]
    doc = patient(ld=LD, observations=obs, labs=high)
    found = item_on(doc, "GCSF", day(5), "eha-ebmt-2023")
    assert found is not None and found.status == "due"  # days 2-4 were blocked by CRS: nothing was missed


def test_a_not_done_reason_shows_in_the_why() -> None:
    doc = patient(ld=LD, checks=[ticked("HSV-VZV", iso(2), "not-done", "vomiting, given IV later")])
    found = item_on(doc, "HSV-VZV", day(2))
    assert found is not None and found.status == "not-done" and "vomiting, given IV later" in found.why
