"""Lab trends: series in the internal unit, and thresholds read only from the patient's protocol."""

from __future__ import annotations

from bedside.patient_file.format import parse_json_text
from bedside.protocol.expr import parse
from bedside.protocol.fact_vocabulary import FACT_NAMES
from bedside.protocol.loader import load_protocol, shipped_protocols
from bedside.views.trends import TREND_FACTS, _comparisons, thresholds, trends
from tests.conftest import DATA
from tests.factories import full_document, record_of


def example() -> str:
    return (DATA / "example-1.json").read_text(encoding="utf-8")


def test_series_are_the_five_tests_oldest_first_in_the_internal_unit() -> None:
    record = parse_json_text(example())
    series = {s.test: s for s in trends(load_protocol("ash-2024"), record)}
    assert list(series) == ["anc", "platelets", "igg", "cd4", "cmv_pcr"]
    anc = series["anc"]
    assert (anc.label, anc.unit) == ("ANC", "10^9/L")
    expected = sorted((x.date, x.time or "", x.internal_value) for x in record.labs if x.test == "anc")
    assert [(p.date, p.time or "", p.value) for p in anc.points] == expected
    assert series["cd4"].points == ()


def test_values_entered_in_another_unit_are_converted_never_mixed() -> None:
    record = record_of(full_document())  # ANC 0.4 x10^9/L and 400 /uL on the same day; IgG 4.2 g/L
    series = {s.test: s for s in trends(load_protocol("ash-2024"), record)}
    assert [p.value for p in series["anc"].points] == [0.4, 0.4]
    assert [p.value for p in series["igg"].points] == [420.0]
    assert series["igg"].unit == "mg/dL"


def test_ash_2024_thresholds_with_the_items_that_use_them() -> None:
    found = thresholds(load_protocol("ash-2024"))
    assert set(found) == {"anc", "igg", "cd4"}  # no platelet or CMV PCR number in ash-2024: none drawn
    (anc,) = found["anc"]
    assert anc.value == 0.5 and anc.comparisons == ("< 0.5",)
    assert {"ABX-PPX", "AF-YEAST"} <= set(anc.item_ids)
    (igg,) = found["igg"]
    assert igg.value == 400 and set(igg.comparisons) == {"< 400", "> 400"}
    assert set(igg.item_ids) == {"IGG-MON", "IVIG"}
    (cd4,) = found["cd4"]
    assert cd4.value == 200 and "VAX-LIVE" in cd4.item_ids  # a gate's requirement counts too


def test_every_threshold_is_written_in_a_condition_of_each_item_it_names() -> None:
    for profile in shipped_protocols():
        protocol = load_protocol(profile)
        for test, found in thresholds(protocol).items():
            for threshold in found:
                for item_id in threshold.item_ids:
                    item = protocol.item(item_id)
                    assert item is not None
                    rules = [item.rule, *(v.rule for v in item.variants)]
                    texts = [v.when.text for v in item.variants]
                    texts += [c.text for r in rules for c in (r.when, r.stop) if c is not None]
                    texts += [g.require.text for r in rules for g in r.gates]
                    assert any(TREND_FACTS[test] in t and f"{threshold.value:g}" in t for t in texts), (
                        profile,
                        item_id,
                        threshold,
                    )


def test_a_second_anc_threshold_comes_from_the_profile_that_has_it() -> None:
    found = thresholds(load_protocol("ash-sap"))
    assert [t.value for t in found["anc"]] == [0.5, 1.0]
    assert found["anc"][1].item_ids == ("GCSF",)
    assert "<= 400" in found["igg"][0].comparisons


def test_comparisons_are_read_with_the_fact_on_the_left_and_skip_flags_and_lists() -> None:
    condition = parse(
        '0.5 > anc or not (cd4 >= 200) and prior_hct == true and product in ["axi-cel"] and igg == null',
        FACT_NAMES,
    )
    assert sorted(_comparisons(condition.tree)) == [("anc", "<", 0.5), ("cd4", ">=", 200.0)]
