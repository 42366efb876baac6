"""Checklist engine speed: the ward (500 active patients) on one date, and a 365-day schedule.

Run: .venv/bin/python benchmarks/bench_checklist.py   (prints medians of repeated runs)
Targets (issue 3, 2-core machine): ward <= 100 ms; 365-day schedule <= 20 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.engine.core import checklist, schedule
from bedside.engine.course import Course
from bedside.engine.patient_index import PatientIndex
from bedside.protocol.loader import load_protocol
from benchmarks.synthetic import synthetic_record


def median_ms(fn, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    on = date(2026, 11, 21)
    protocol = load_protocol("ash-2024")
    # 500 active patients spread over their first year, each with two years of data.
    records = [synthetic_record(n, on - timedelta(days=(n * 7) % 365), days=730) for n in range(500)]
    indexes = [PatientIndex(r) for r in records]
    courses = [Course(protocol, ix) for ix in indexes]
    rows = sum(len(r.labs) + len(r.observations) for r in records)
    print(f"500 patients, {rows:,} dated rows")
    # A course keeps what it worked out (the day's facts, windows, variants), as the index did before
    # issue 15 part 4: asked again for the same date, it answers from that.
    ward = median_ms(lambda: [course.day(on) for course in courses])
    print(f"ward checklist, 500 patients, courses built at load: {ward:.1f} ms (target 100)")
    fresh = median_ms(lambda: [checklist(protocol, ix, on) for ix in indexes])
    print(f"ward checklist, 500 patients, indexes built at load, a new course each: {fresh:.1f} ms")
    cold = median_ms(lambda: [checklist(protocol, r, on) for r in records], repeat=3)
    print(f"ward checklist, 500 patients, indexing included:   {cold:.1f} ms")
    one = records[0]
    year = median_ms(lambda: schedule(protocol, one, one.therapy.day0, one.therapy.day0 + timedelta(days=364)))
    print(f"365-day schedule, one patient: {year:.1f} ms (target 20)")


if __name__ == "__main__":
    main()
