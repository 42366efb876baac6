"""A ward server outage as the window sees it: how soon the red banner shows after the server stops, and how
soon it goes after the server is ready again; and how long one downtime copy of the demo ward takes.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_outage.py [--rounds 3]
A throwaway PostgreSQL server on loopback (tests/pg_server.py) is stopped with `pg_ctl -m immediate` and
started again; the times run from pg_ctl's return, so they include the window's checks (every 1.5 s while
reachable, a reconnect every 2 s while away: ui/outage.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="bedside-bench-data-"))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="bedside-bench-config-"))

from PySide6.QtWidgets import QApplication

from bedside.services import downtime
from bedside.services.database import open_database
from bedside.services.demo import seed_demo_once
from bedside.storage.audit import Actor
from tests import pg_server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    app = QApplication([])
    from ui.access.session import Session
    from ui.main_window import MainWindow

    def wait(done: Callable[[], bool], limit: float = 60) -> float:
        start = time.monotonic()
        while not done():
            app.processEvents()
            time.sleep(0.005)
            if time.monotonic() - start > limit:
                raise TimeoutError("the window did not get there in time")
        return time.monotonic() - start

    server = pg_server.start_server(durable=True)
    try:
        url = server.create_database()
        store = open_database(url)
        seed_demo_once(store, date.today())
        start = time.monotonic()
        copy = downtime.refresh(url, Path(tempfile.mkdtemp(prefix="bedside-bench-copy-")))
        print(f"one downtime copy of the demo ward: {time.monotonic() - start:.2f} s, {copy.path.stat().st_size} bytes")
        nurse = store.add_user("Bench Nurse", "BN", Actor("system", "bench"))
        window = MainWindow(Session(store, nurse, date.today(), zone=ZoneInfo("UTC")))
        window.show()
        outage = window.outage
        assert outage is not None
        wait(lambda: outage.copy is not None)
        shown, gone = [], []
        for _ in range(rounds):
            server.stop("immediate")
            shown.append(wait(outage.banner.isVisible))
            server.start()
            gone.append(wait(lambda: not outage.banner.isVisible()))
        print("server stopped -> banner shown (s):", ", ".join(f"{t:.2f}" for t in shown))
        print("server ready -> banner gone, views reloading (s):", ", ".join(f"{t:.2f}" for t in gone))
        outage.stop()
        window.session.close()
        window.close()
        store.close()
    finally:
        pg_server.discard(server)


if __name__ == "__main__":
    main()
