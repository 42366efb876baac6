"""Start-up: seconds from process start to the main window shown, on a database with the demo ward.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from datetime import date
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bedside.storage import Store
from ui.app import seed_demo_once
from ui.main_window import MainWindow
from ui.session import Session
from bedside.storage.audit import Actor
store = Store.open({db!r})
seed_demo_once(store, date(2026, 11, 21))
user = store.users()[0] if store.users() else store.add_user("Bench Nurse", "BN", Actor.here("bench"))
window = MainWindow(Session(store, user, date(2026, 11, 21)))
window.show()
app.processEvents()
print(time.perf_counter() - t0)
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.sqlite3")
        code = PROBE.format(root=str(ROOT), db=db)
        runs = [
            float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(5)
        ]
    print(
        f"window shown after {statistics.median(runs) * 1000:.0f} ms"
        " (median of 5; in-process, excludes interpreter start)"
    )


if __name__ == "__main__":
    main()
