"""Ward handover speed: 30 patients (synthetic, two years of data each) from the database to PDF bytes.

Run: .venv/bin/python benchmarks/bench_handover.py   (prints medians of repeated runs)
Targets (issue 5, 2-core machine): whole handover <= 2 s, and <= 1.5 x what reportlab alone needs for the
same pages. "reportlab alone" is measured two ways on the same Handover data: the render step (building
the flowables and laying them out) and the layout step only (doc.build on a story built beforehand).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.platypus import PageBreak

from bedside.config.language import words_for
from bedside.printouts import Handover, render_handover
from bedside.printouts.render.fonts import register
from bedside.printouts.render.handover_pdf import BODY_SIZE, _furniture, _section
from bedside.printouts.render.layout import PageFurniture, build_pdf, section_start, stylesheet
from bedside.printouts.render.text import TextGuard
from bedside.services.database import open_database
from bedside.services.printout_data import ward_handover
from bedside.storage import Store
from bedside.storage.audit import Actor
from benchmarks.synthetic import synthetic_record

WARD, PATIENTS, REPEAT = "BENCH", 30, 7
ON = date(2026, 11, 21)
NAMES = ["Øster-Łukasz, Zoë", "Παπαδόπουλος, Ελένη", "Иванов, Сергей", "O'Brien <b>x</b> & Co", "Nguyễn Thị, Hằng"]


def median_s(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def accelerated() -> bool:
    try:
        import _rl_accel  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


def fill_ward(store: Store) -> None:
    actor = Actor("BENCH", "bench")
    for n in range(PATIENTS):
        # Spread over the first two months after infusion: the busiest part of a CAR-T ward.
        record = synthetic_record(n, ON - timedelta(days=(n * 2) % 60), days=730)
        patient = replace(record.patient, ward=WARD, bed=str(n + 1), name=f"{NAMES[n % len(NAMES)]} {n}")
        store.import_record(replace(record, patient=patient), actor)


def layout_only(handover: Handover) -> float:
    """doc.build alone: the story is built before the clock starts (a build uses its flowables up)."""
    guard = TextGuard(register().__contains__)
    styles = stylesheet(BODY_SIZE)
    story: list[object] = []
    furniture: list[PageFurniture] = []
    w = words_for(handover.language)
    for n, patient in enumerate(handover.patients):
        story += [PageBreak(), section_start(n)] if n else [section_start(n)]
        furniture.append(_furniture(handover, patient, guard, w))
        story.extend(_section(patient, guard, styles, w))
    start = time.perf_counter()
    build_pdf(story, furniture, title="Bedside handover", invariant=False)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "bench.sqlite3")
        try:
            fill_ward(store)
            printed_at = datetime(2026, 11, 21, 7, 0)

            def gather() -> Handover:
                return ward_handover(store, WARD, ON, printed_by="BENCH", printed_at=printed_at)

            cold = time.perf_counter()
            first = render_handover(gather())
            cold = time.perf_counter() - cold
            handover = gather()
            whole = median_s(lambda: render_handover(gather()))
            gathering = median_s(gather)
            render = median_s(lambda: render_handover(handover))
            layout = statistics.median(layout_only(handover) for _ in range(REPEAT))
        finally:
            store.close()
    print(f"{PATIENTS} patients, {first.pages} pages, {len(first.pdf) / 1024:.0f} KB")
    print(f"reportlab C accelerator (rl_accel) installed: {'yes' if accelerated() else 'no'}")
    print(f"first handover in this process (fonts registered): {cold:.2f} s")
    print(f"whole handover, database to PDF bytes:              {whole:.2f} s (target 2.0)")
    print(f"  gathering the data (Store + engine):              {gathering:.2f} s")
    print(f"  rendering the same data (flowables + layout):     {render:.2f} s")
    print(f"  layout alone (reportlab doc.build):               {layout:.2f} s")
    print(f"whole / render = {whole / render:.2f}x, whole / layout alone = {whole / layout:.2f}x (target 1.5x)")


if __name__ == "__main__":
    main()
