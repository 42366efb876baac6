"""A4 or Letter (issue 17 part 4): from the site's setting, else the printer or the locale; the handover and
the plan laid out on both with nothing outside the page or under the page furniture."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bedside.config import settings
from bedside.domain.errors import BedsideError
from bedside.printouts import render_handover, render_plan, render_ward_list
from bedside.printouts.paper import MM, PAPERS, chosen_paper, paper_for_locale
from bedside.services.database import open_database
from bedside.services.printout_data import follow_up_plan, ward_handover
from bedside.storage import Store
from bedside.storage.audit import Actor
from tests.factories import record_of
from tests.test_cli import Run, runner
from tests.test_handover import NAMES, ON, WARD, patient_document, ward_documents
from tests.test_printout_type import assert_no_small_text

AT = datetime(2026, 3, 6, 13, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", "Letter"),
        ("en_CA", "Letter"),
        ("fr_CA.UTF-8", "Letter"),
        ("es-MX", "Letter"),
        ("en_PH", "Letter"),
        ("en_GB.UTF-8", "A4"),
        ("de_DE@euro", "A4"),
        ("en_AU", "A4"),
        ("C.UTF-8", "A4"),
        ("POSIX", "A4"),
        ("", "A4"),
        (None, "A4"),
    ],
)
def test_the_locale_chooses_letter_only_where_letter_is_the_custom(name: str | None, paper: str) -> None:
    assert paper_for_locale(name) == paper


def test_the_sites_setting_wins_over_printer_and_locale() -> None:
    assert chosen_paper("", "Letter") == "Letter"
    assert chosen_paper("A4", "Letter") == "A4"
    assert chosen_paper("Letter", "A4") == "Letter"
    assert chosen_paper("", "A5") == "A4"  # a printer default Bedside does not lay out for


def test_the_paper_setting_is_checked_in_the_wards_words() -> None:
    assert settings.checked(settings.PAPER, " letter ") == "Letter"
    assert settings.checked(settings.PAPER, "") == ""
    with pytest.raises(BedsideError, match=r'Paper size: "A5" is not a paper size Bedside prints on \(A4 or Letter\)'):
        settings.checked(settings.PAPER, "A5")


def glyphs(pdf: bytes) -> list[tuple[int, str, float, float, float]]:
    """(page, text, x, y, font size) of every text run, in page coordinates."""
    runs: list[tuple[int, str, float, float, float]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, page_no: int = number) -> None:
            if text.strip():
                x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((page_no, text, x, y, size * abs(tm[3] or tm[0]) * abs(cm[3] or cm[0])))

        page.extract_text(visitor_text=visit)
    return runs


def sizes(pdf: bytes) -> set[tuple[float, float]]:
    return {
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in PdfReader(io.BytesIO(pdf)).pages
    }


@pytest.fixture(scope="module")
def ward_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = open_database(tmp_path_factory.mktemp("paper") / "bedside.sqlite3")
    for doc in ward_documents():
        store.import_record(record_of(doc), Actor("system", "ws-test"))
    return store


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_handover_and_plan_fit_each_paper(ward_store: Store, paper: str) -> None:
    handover = ward_handover(ward_store, WARD, ON, printed_by="AB", printed_at=AT)
    mrn = handover.patients[0].identifiers.mrn
    plan = follow_up_plan(ward_store, mrn, ON, printed_by="AB", printed_at=AT)
    width, height = PAPERS[paper]
    ward_list = render_ward_list(handover, paper=paper).pdf
    for pdf in (render_handover(handover, paper=paper).pdf, render_plan(plan, paper=paper).pdf, ward_list):
        assert sizes(pdf) == {(round(width, 1), round(height, 1))}
        assert_no_small_text(pdf)  # nothing under 8 pt on either paper (tests/test_printout_type.py measures)
        runs = glyphs(pdf)
        assert runs
        for page, text, x, y, _size in runs:  # nothing starts within 10 mm of an edge: nothing is clipped
            assert 10 * MM <= x <= width - 10 * MM, (paper, page, text, x)
            assert 5 * MM <= y <= height - 5 * MM, (paper, page, text, y)
        for page in {r[0] for r in runs}:  # the body stays between the header's rule and the footer's
            top = [t for p, t, _, y, _ in runs if p == page and y > height - 24 * MM]
            bottom = [t for p, t, _, y, _ in runs if p == page and y < 21 * MM]
            assert len(top) <= 6, (paper, page, top)  # name, id line, place and title, page, demo, audit warning
            assert len(bottom) <= 5, (paper, page, bottom)  # name and id, page, print details, two lines of notice
    text = " ".join(t for _, t, *_ in glyphs(render_handover(handover, paper=paper).pdf))
    for name in NAMES.values():
        assert name.split(",")[0] in text


def test_letter_holds_the_same_words_as_a4(ward_store: Store) -> None:
    """Letter is shorter, so pages may break elsewhere; no line of the body is lost on the way."""
    handover = ward_handover(ward_store, WARD, ON, printed_by="AB", printed_at=AT)

    def body_words(paper: str) -> list[str]:
        height = PAPERS[paper][1]
        runs = glyphs(render_handover(handover, paper=paper).pdf)
        return sorted(w for _, t, _, y, _ in runs if 25 * MM <= y <= height - 27 * MM for w in t.split())

    a4, letter = body_words("A4"), body_words("Letter")
    assert len(a4) > 200
    assert a4 == letter


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Run:
    import json

    folder = tmp_path_factory.mktemp("paper-cli")
    path = folder / "p.json"
    path.write_text(json.dumps(patient_document("P-1", "Paper, Pat", "1", 3)), encoding="utf-8")
    run = runner(folder / "bedside.sqlite3")
    assert run("import", path).returncode == 0
    return run


def pdf_size(path: Path) -> set[tuple[float, float]]:
    return sizes(path.read_bytes())


LETTER = {(612.0, 792.0)}
A4 = {(round(PAPERS["A4"][0], 1), round(PAPERS["A4"][1], 1))}


def test_cli_paper_option_and_locale(loaded: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "h.pdf"
    args = ("handover", "--ward", "H5", "--date", ON.isoformat(), "--out")
    assert loaded(*args, out, "--paper", "Letter").returncode == 0
    assert pdf_size(out) == LETTER
    plan = tmp_path / "plan.pdf"
    assert loaded("plan", "--mrn", "P-1", "--date", ON.isoformat(), "--out", plan, "--paper", "A4").returncode == 0
    assert pdf_size(plan) == A4
    bad = loaded(*args, tmp_path / "x.pdf", "--paper", "A5")
    assert bad.returncode == 2 and "--paper" in bad.stderr and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(("lang", "expected"), [("en_US.UTF-8", LETTER), ("de_DE.UTF-8", A4), ("C.UTF-8", A4)])
def test_cli_default_paper_follows_the_locale(tmp_path: Path, lang: str, expected: set[tuple[float, float]]) -> None:
    import json
    import os
    import subprocess
    import sys

    from tests.test_cli import REPO

    db = tmp_path / "bedside.sqlite3"
    path = tmp_path / "p.json"
    path.write_text(json.dumps(patient_document("P-1", "Paper, Pat", "1", 3)), encoding="utf-8")
    env = {**os.environ, "BEDSIDE_DB": str(db), "QT_QPA_PLATFORM": "offscreen", "LANG": lang}
    env.pop("LC_ALL", None)
    env.pop("LC_PAPER", None)

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "main.py", *map(str, args)]
        return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False)

    assert run("import", path).returncode == 0
    out = tmp_path / "plan.pdf"
    result = run("plan", "--mrn", "P-1", "--date", ON.isoformat(), "--out", out)
    assert result.returncode == 0, result.stderr
    assert pdf_size(out) == expected
