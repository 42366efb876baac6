"""The protocol book: conditions in ward words, every profile described, the docs kept current, the CLI and PDF."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bedside.printouts.render.book_pdf import render_book
from bedside.protocol import loader
from bedside.protocol.book import Line, build_book, rule_lines
from bedside.protocol.book_markdown import book_markdown
from bedside.protocol.coverage import MASTER_ITEMS, coverage, coverage_markdown
from bedside.protocol.expr import parse
from bedside.protocol.fact_vocabulary import FACT_DOCS, FACT_NAMES
from bedside.protocol.loader import load_protocol, shipped_protocols
from bedside.protocol.model import Item, Point, Protocol, Rule
from bedside.protocol.shipped_docs import COVERAGE_FILE, shipped_docs
from bedside.protocol.wording import condition_sentence, point_words, window_words
from tests.test_cli import Run, runner

REPO = Path(__file__).parents[1]
DOCS = REPO / "docs" / "protocols"
REGENERATE = "make protocol-books (or: python main.py protocol describe --all --out docs/protocols)"
RAW_CODE = (">=", "<=", "==", "!=", "and (", "or (", "not (", "{", "}")


def words(text: str, extra: frozenset[str] = frozenset()) -> str:
    return condition_sentence(parse(text, FACT_NAMES | extra))


# --- conditions in words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("anc < 0.5", "ANC below 0.5 ×10⁹/L"),
        ("anc <= 1.0", "ANC at most 1.0 ×10⁹/L"),
        ("0.5 > anc", "ANC below 0.5 ×10⁹/L"),
        ("cd4 > 200", "CD4 above 200/µL"),
        ("months_since_infusion >= 6", "6 months or more since infusion"),
        ("months_since_last_ivig >= 1", "1 month or more since the last IVIG"),
        ("months_since_allo_hct > 24", "more than 24 months since an allogeneic transplant"),
        ('cmv_igg == "positive"', "CMV IgG positive"),
        ('cmv_igg != "positive"', "CMV IgG not positive"),
        ("igg == null", "IgG not recorded"),
        ("igg != null", "IgG recorded"),
        ("months_since_last_ivig == null", "no IVIG given so far"),
        ("prior_hct", "a prior stem-cell transplant"),
        ("prior_hct == true", "a prior stem-cell transplant"),
        ("not prior_hct", "no prior stem-cell transplant"),
        ("on_chemotherapy != true", "no chemotherapy today"),
        ("steroid_days > 3", "more than 3 days with systemic corticosteroids"),
        ("sinopulmonary_infections >= 1", "at least 1 sinopulmonary infection or pneumonia"),
        ("sinopulmonary_infections >= 2", "at least 2 sinopulmonary infections or pneumonias"),
        ("crs_grade >= 1", "latest CRS grade 1 or higher"),
        ("day > 28", "after day +28"),
        ("day >= 0", "day 0 or later"),
        ("day < 14", "before day +14"),
        ("day <= 0", "day 0 or earlier"),
        ('target == "BCMA"', "a BCMA-targeted product"),
        ('product in ["axi-cel", "obe-cel"]', "product axi-cel or obe-cel"),
        ('not product in ["axi-cel", "obe-cel"]', "product neither axi-cel nor obe-cel"),
        ('target in ["CD19", "BCMA"]', "a CD19-targeted product or a BCMA-targeted product"),
        ('not target in ["BCMA"]', "not a BCMA-targeted product"),
        ("fever and neutropenic", "fever today (≥38.3 °C once or ≥38.0 °C over an hour) and neutropenic"),
        ("anc < 0.5 and cd4 > 200 and igg < 400", "ANC below 0.5 ×10⁹/L, CD4 above 200/µL and IgG below 400 mg/dL"),
        (
            "months_since_infusion >= 3 or cd4 > 200",
            "3 months or more since infusion or CD4 above 200/µL",
        ),
        (
            "not (crs_grade >= 1 or icans_grade >= 1)",
            "latest CRS grade below 1 and latest ICANS grade below 1",
        ),
        (
            "not (anc < 0.5 and cd4 > 200)",
            "ANC at least 0.5 ×10⁹/L or CD4 at most 200/µL",
        ),
        (
            "anc < 0.5 and (prior_hct == true or steroid_days > 3 or day > 28)",
            "ANC below 0.5 ×10⁹/L and any of: a prior stem-cell transplant, "
            "more than 3 days with systemic corticosteroids or after day +28",
        ),
        (
            "igg < 400 and (months_since_last_ivig == null or months_since_last_ivig >= 1)",
            "IgG below 400 mg/dL and either no IVIG given so far or 1 month or more since the last IVIG",
        ),
        (
            # A group that is not last would leave its end unclear: a semicolon closes it.
            "(cd4 > 200 or igg > 400) and anc < 0.5",
            "either CD4 above 200/µL or IgG above 400 mg/dL; and ANC below 0.5 ×10⁹/L",
        ),
    ],
)
def test_a_condition_reads_as_a_ward_sentence(code: str, expected: str) -> None:
    assert words(code) == expected.replace("neutropenic", "neutropenic (ANC ≤0.5, or ≤1.0 ×10⁹/L and falling)", 1)


@pytest.mark.parametrize("op", ["<", "<=", ">", ">=", "==", "!="])
def test_a_negated_comparison_reads_as_the_comparison_that_means_the_same(op: str) -> None:
    """ "not (anc < 0.5)" is written as "ANC at least 0.5": both must agree for every value, unknown included."""
    negated = parse(f"not (anc {op} 0.5)", FACT_NAMES)
    sentence = condition_sentence(negated)
    flipped = next(
        parse(f"anc {other} 0.5", FACT_NAMES)
        for other in ("<", "<=", ">", ">=", "==", "!=")
        if condition_sentence(parse(f"anc {other} 0.5", FACT_NAMES)) == sentence
    )
    for anc in (None, 0.4, 0.5, 0.6):
        assert negated.evaluate({"anc": anc}) == flipped.evaluate({"anc": anc}), (op, anc)


def test_a_fact_the_table_does_not_know_reads_by_its_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(FACT_DOCS, "crs_flagged", "CRS or ICANS flagged")
    new = frozenset({"crs_flagged", "hsv_episodes"})
    assert words("crs_flagged == true", new) == "CRS or ICANS flagged: yes"
    assert words("not crs_flagged", new) == "CRS or ICANS flagged: no"
    assert words("hsv_episodes >= 1 and anc < 0.5", new) == "hsv episodes at least 1 and ANC below 0.5 ×10⁹/L"
    assert words("hsv_episodes == null", new) == "hsv episodes not recorded"


def _conditions() -> st.SearchStrategy[str]:
    facts = st.sampled_from(sorted(FACT_NAMES))
    values = st.sampled_from(["0", "1", "2.5", "400", '"positive"', '"BCMA"', "true", "false", "null"])
    ops = st.sampled_from(["<", "<=", ">", ">=", "==", "!="])
    compare = st.builds(lambda f, o, v: f"{f} {o} {v}", facts, ops, values)
    listed = st.builds(lambda f: f'{f} in ["a", "b"]', facts)
    atoms = st.one_of(compare, listed, facts, st.builds(lambda f, v: f"{v} < {f}", facts, st.sampled_from(["0", "3"])))
    return st.recursive(
        atoms,
        lambda inner: st.one_of(
            st.builds(lambda a: f"not ({a})", inner),
            st.builds(lambda a, b, op: f"({a}) {op} ({b})", inner, inner, st.sampled_from(["and", "or"])),
        ),
        max_leaves=8,
    )


@settings(max_examples=300, deadline=None)
@given(code=_conditions())
def test_any_condition_reads_without_code(code: str) -> None:
    text = words(code)
    assert text.strip() and not any(raw in text for raw in RAW_CODE if raw not in "{}"), (code, text)
    assert not any(fact in text for fact in FACT_NAMES if "_" in fact), (code, text)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("ld", "d+365", "from lymphodepletion start to day +365"),
        ("d+6mo", None, "from 6 months after infusion, with no fixed end"),
        ("ld-1", "d+12mo", "from 1 day before lymphodepletion start to 12 months after infusion"),
        ("apheresis-30", "apheresis+0", "from 30 days before apheresis to apheresis"),
        ("d+0", "d+0", "on day 0 (infusion)"),
        ("steroid_day_5", None, "from the 5th day with systemic corticosteroids, with no fixed end"),
    ],
)
def test_a_window_reads_in_words(start: str, end: str | None, expected: str) -> None:
    assert window_words(Point.parse(start), Point.parse(end) if end else None) == expected


def test_days_after_an_event_read_in_words() -> None:
    assert point_words(Point.parse("last_ivig+2mo")) == "2 months after the last IVIG dose"
    assert point_words(Point.parse("steroid_day_1")) == "the 1st day with systemic corticosteroids"
    assert point_words(Point.parse("d-5")) == "day -5"


# --- every field, including ones the model gains later -------------------------------------------


def test_a_rule_field_added_later_appears_in_the_book() -> None:
    """Rule fields are walked generically: a new one shows under its own name, a condition in words."""
    protocol = load_protocol("ash-2024")
    item = protocol.items[0]
    cls = dataclasses.make_dataclass(
        "NewRule",
        [("escalate_note", str | None, None), ("escalate_when", object, None)],
        bases=(Rule,),
        frozen=True,
    )
    values = {f.name: getattr(item.rule, f.name) for f in dataclasses.fields(Rule)}
    rule = cls(**values, escalate_note="enter today's ANC", escalate_when=parse("anc < 0.1", FACT_NAMES))
    lines = rule_lines(rule, {})
    assert Line("Escalate note", "enter today's ANC") in lines
    assert Line("Escalate when", "ANC below 0.1 ×10⁹/L") in lines
    assert [line.label for line in lines][-2:] == ["Protocol text", "Sources"]


def test_an_item_field_added_later_appears_in_the_book() -> None:
    protocol = load_protocol("ash-2024")
    cls = dataclasses.make_dataclass("NewItem", [("follow_up_years", int, 0)], bases=(Item,), frozen=True)
    n, with_variant = next((n, i) for n, i in enumerate(protocol.items) if i.variants)
    values = {f.name: getattr(with_variant, f.name) for f in dataclasses.fields(Item)}
    items = list(protocol.items)
    items[n] = cls(**values, follow_up_years=15)
    changed = dataclasses.replace(protocol, items=tuple(items))
    text = book_markdown(build_book(changed))
    assert "- **Follow up years**: 15" in text
    assert "none in this variant" not in text  # an item's own field is not part of what a variant replaces


def test_a_protocol_setting_added_later_appears_in_the_header() -> None:
    protocol = load_protocol("ash-2024")
    cls = dataclasses.make_dataclass(
        "NewProtocol", [("crs_episode_days", int | None, None), ("strict", bool, False)], bases=(Protocol,), frozen=True
    )
    values = {f.name: getattr(protocol, f.name) for f in dataclasses.fields(Protocol) if f.init}
    text = book_markdown(build_book(cls(**values, crs_episode_days=7)))
    assert "| Crs episode days | 7 |" in text and "Strict" not in text


# --- the shipped profiles -----------------------------------------------------------------------


@pytest.mark.parametrize("profile", shipped_protocols())
def test_every_shipped_profile_reads_without_condition_code(profile: str) -> None:
    protocol = load_protocol(profile)
    text = book_markdown(build_book(protocol))
    for code in RAW_CODE:
        assert code not in text, f"{profile}: {code!r} in the book"
    for fact in FACT_NAMES:
        if "_" in fact:
            assert fact not in text and fact.replace("_", "\\_") not in text, f"{profile}: fact name {fact}"
    for item in protocol.items:
        assert f"### {item.id}: " in text
        for rule in (item.rule, *(v.rule for v in item.variants)):
            if rule.when is not None and " and " not in rule.when.text and " or " not in rule.when.text:
                assert condition_sentence(rule.when) in text
            for key in rule.sources:
                assert f"  - {key}: " in text  # the full citation under the item
    assert "| Signature | |" in text and "| Date | |" in text


def test_a_centre_book_says_what_it_changes_adds_disables_and_inherits(tmp_path: Path) -> None:
    path = tmp_path / "centre-h5.toml"
    path.write_text(CENTRE, encoding="utf-8")
    text = book_markdown(build_book(load_protocol(str(path))))
    assert "*Taken unchanged from ash-2024.*" in text  # an item ash-sap takes from ash-2024
    assert "changed from ash-sap" in text  # HSV-VZV, overridden here
    assert "set here: drug; removed here: review stopping when; everything else as in ash-sap" in text
    assert "Reason: Local formulary." in text
    assert "*Added by this protocol. Reason: Weekly phone follow-up.*" in text
    assert "- **LBL-DRIVE**: Driving advice given by the centre's own leaflet." in text
    assert "  - LOCAL-SOP: Centre H5 SOP 12 (2025)" in text and "- **LOCAL-SOP**: Centre H5 SOP 12 (2025)" in text
    assert "no CMV rule locally" in text and "The item never becomes due" in text
    # A variant lists only what differs from its item.
    call = text.split("### LOCAL-CALL: ")[1].split("###")[0]
    variant = call.split("**Variant 1** (when a BCMA-targeted product):")[1].strip().splitlines()
    assert variant == [
        "- **Window**: from day +7 to day +56",
        "- **Protocol text**: Centre SOP: BCMA products are called for 8 weeks.",
    ]


CENTRE = """
[protocol]
id = "centre-h5"
title = "Centre H5"
version = "3"
effective = 2025-01-01
approved_by = "Centre H5 committee"
extends = "ash-sap"

[sources]
LOCAL-SOP = "Centre H5 SOP 12 (2025)"

[[item]]
id = "HSV-VZV"
reason = "Local formulary."
drug = "Valaciclovir 500 mg BID"
stop = false

[[item]]
id = "LBL-DRIVE"
change = "disable"
reason = "Driving advice given by the centre's own leaflet."

[[item]]
id = "LOCAL-CALL"
reason = "Weekly phone follow-up."
title = "Phone call"
category = "monitoring"
start = "d+7"
end = "d+28"
frequency = "weekly"
why = "Centre SOP: weekly phone call."
sources = ["LOCAL-SOP"]

[[item.variant]]
if = 'target == "BCMA"'
end = "d+56"
why = "Centre SOP: BCMA products are called for 8 weeks."

[[item]]
id = "LOCAL-CMV"
reason = "Placeholder until the CMV SOP is agreed."
title = "CMV"
category = "monitoring"
start = "d+0"
frequency = "weekly"
gap = "no CMV rule locally [GAP]"
why = "Awaiting SOP."
sources = ["LOCAL-SOP"]
"""


# --- the coverage table -------------------------------------------------------------------------


def test_coverage_is_computed_from_the_files(tmp_path: Path) -> None:
    path = tmp_path / "centre-h5.toml"
    path.write_text(CENTRE, encoding="utf-8")
    centre, sap = load_protocol(str(path)), load_protocol("ash-sap")
    table = coverage([sap, centre])
    cells = {item_id: cells for item_id, _, cells in table.rows}
    assert list(cells)[: len(MASTER_ITEMS)] == list(MASTER_ITEMS)
    assert cells["HSV-VZV"] == ("encoded", "encoded")
    assert cells["SCR-OPT"] == ("inherited from ash-2024", "inherited from ash-2024")
    assert cells["IVIG"] == ("encoded", "inherited from ash-sap")
    assert cells["LBL-DRIVE"][1] == "disabled: Driving advice given by the centre's own leaflet."
    assert cells["LOCAL-CALL"] == ("absent", "encoded")
    assert cells["LOCAL-CMV"] == ("absent", "[GAP]: no CMV rule locally")
    assert "| LOCAL-CMV | CMV | absent | [GAP]: no CMV rule locally |" in coverage_markdown(table)


def test_coverage_lists_every_master_item_and_every_shipped_item() -> None:
    protocols = [load_protocol(p) for p in shipped_protocols()]
    table = coverage(protocols)
    ids = [row[0] for row in table.rows]
    assert set(MASTER_ITEMS) <= set(ids)
    assert {i.id for p in protocols for i in p.items} <= set(ids)
    form = re.compile(
        r"(encoded|inherited from [a-z0-9.-]+)( \(.+\))?$|(inherited from [a-z0-9.-]+; )?\[GAP\]: .+|absent"
    )
    for item_id, _, cells in table.rows:
        for profile, cell in zip(table.profiles, cells, strict=True):
            assert form.fullmatch(cell), (item_id, profile, cell)


# --- docs/protocols is current --------------------------------------------------------------------


def test_the_committed_protocol_books_match_the_profiles() -> None:
    expected = shipped_docs()
    committed = {p.name for p in DOCS.glob("*.md")}
    assert committed == set(expected), f"docs/protocols holds {sorted(committed)}; regenerate: {REGENERATE}"
    for name, text in expected.items():
        on_disk = (DOCS / name).read_text(encoding="utf-8").replace("\r\n", "\n")
        assert on_disk == text, f"docs/protocols/{name} is out of date: run {REGENERATE}, then commit it"


def test_the_check_fails_when_a_profile_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: the same comparison, after a profile's file changes."""
    shipped = tmp_path / "protocols"
    shutil.copytree(loader.shipped_dir(), shipped)
    sap = shipped / "ash-sap.toml"
    sap.write_text(sap.read_text(encoding="utf-8").replace('frequency = "every 28 days"', 'frequency = "weekly"'))
    monkeypatch.setattr(loader, "shipped_dir", lambda: shipped)
    changed = shipped_docs()
    assert changed["ash-sap.md"] != (DOCS / "ash-sap.md").read_text(encoding="utf-8")
    assert changed["ash-2024.md"] == (DOCS / "ash-2024.md").read_text(encoding="utf-8")
    assert COVERAGE_FILE in changed


# --- the command and the PDF ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return runner(tmp_path_factory.mktemp("book") / "bedside.sqlite3")


def test_describe_prints_the_book(run: Run) -> None:
    result = run("protocol", "describe", "ash-2024")
    assert result.returncode == 0, result.stderr
    assert result.stdout == book_markdown(build_book(load_protocol("ash-2024")))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("no-such-protocol",), "no such protocol; shipped protocols: ash-2024"),
        (("missing-centre.toml",), "missing-centre.toml: cannot read the file"),
        ((), "name a protocol id or file"),
        (("ash-2024", "--format", "pdf"), "a PDF needs --out FILE"),
        (("ash-2024", "--all", "--out", "x"), "not both"),
        (("--all",), "needs --out FOLDER"),
    ],
)
def test_describe_refuses_bad_input_with_exit_2(run: Run, args: tuple[str, ...], message: str) -> None:
    result = run("protocol", "describe", *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and result.stdout == ""


def test_describe_names_a_broken_file_and_exits_2(run: Run, tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(CENTRE.replace('extends = "ash-sap"', 'extends = "nothing-here"'), encoding="utf-8")
    result = run("protocol", "describe", broken)
    assert result.returncode == 2
    assert f"{broken}" in result.stderr and 'no protocol "nothing-here" to extend' in result.stderr


def test_describe_all_writes_what_docs_protocols_holds(run: Run, tmp_path: Path) -> None:
    result = run("protocol", "describe", "--all", "--out", tmp_path / "books")
    assert result.returncode == 0, result.stderr
    written = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "books").iterdir()}
    assert written == shipped_docs()
    cover = run("protocol", "coverage")
    assert cover.returncode == 0 and cover.stdout.startswith("# Protocol coverage")


def test_the_pdf_holds_every_item_and_a_signature_block(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "stanford.pdf"
    result = run("protocol", "describe", "stanford-car19", "--out", out)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    protocol = load_protocol("stanford-car19")
    for item in protocol.items:
        assert f"{item.id}:" in text, item.id
    assert "Approving physician" in text and "Signature" in text and "Date" in text
    assert protocol.sha256[:16] in text and f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    assert "[U+" not in text and "warning" not in result.stderr


def test_the_pdf_is_the_same_for_the_same_file() -> None:
    book = build_book(load_protocol("eha-ebmt-2023"))
    first = render_book(book, "Printed 2026-01-01 10:00 by test", invariant=True)
    again = render_book(book, "Printed 2026-01-01 10:00 by test", invariant=True)
    assert first.pdf == again.pdf and first.warnings == () and first.pages >= 2
