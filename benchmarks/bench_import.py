"""Importing 1,000 patients with the command line, `bedside import` on 1,000 bedside-patient/1 files.

Run: .venv/bin/python benchmarks/bench_import.py [--patients 1000] [--days 730]
Each file is a synthetic patient with two years of data (benchmarks/synthetic.py: daily labs for the first month,
then weekly; a daily temperature). The whole command is timed, as a user runs it: start-up, reading and checking
every file first (a bad file changes nothing), then one transaction per patient with its audit event.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.patient_file.export import to_json_text
from benchmarks.synthetic import synthetic_record
from benchmarks.ward_db import TODAY

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=1000)
    parser.add_argument("--days", type=int, default=730, help="days of data per patient (default: two years)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "patients"
        folder.mkdir()
        files, rows = [], 0
        for n in range(args.patients):
            record = synthetic_record(n, TODAY - timedelta(days=(n * 7) % 365), days=args.days)
            rows += len(record.labs) + len(record.observations) + len(record.treatments)
            path = folder / f"patient-{n:05d}.json"
            path.write_text(to_json_text(record), encoding="utf-8")
            files.append(str(path))
        size = sum(os.path.getsize(f) for f in files)
        db = Path(tmp) / "import.sqlite3"
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", *files]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=tmp)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"bedside import failed (exit {done.returncode}): {done.stderr}")
        assert f"imported {args.patients} patient(s)" in done.stdout, done.stdout
    print(f"bedside import, {args.patients:,} files ({size / 1e6:.0f} MB JSON, {rows:,} dated rows), one command:")
    print(f"  {seconds:.1f} s, {args.patients / seconds:.0f} patients/s")
    print("  command: .venv/bin/python benchmarks/bench_import.py")


if __name__ == "__main__":
    main()
