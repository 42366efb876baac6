"""Issue 14 F15: two first starts at the same moment take turns (the open lock, bedside/storage/open_lock.py).

Before: both created the schema at once, and one of them failed with "database is locked" or
"duplicate column name".
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from bedside.services.database import open_database
from bedside.storage.migrations import SCHEMA_VERSION

STARTS, ROUNDS = 4, 8


def _start(db: str, start: Any, results: Any) -> None:
    start.wait()
    try:
        store = open_database(db)
        results.put(("ok", store.schema_version))
        store.close()
    except Exception as err:  # reported to the test, which names it
        results.put(("failed", f"{type(err).__name__}: {err}"))


def test_simultaneous_first_starts_all_open_the_same_new_database(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    for round_ in range(ROUNDS):
        db = tmp_path / f"round-{round_}" / "data" / "bedside.sqlite3"  # not even the folder exists yet
        start, results = context.Barrier(STARTS), context.Queue()
        workers = [context.Process(target=_start, args=(str(db), start, results)) for _ in range(STARTS)]
        for w in workers:
            w.start()
        outcomes = [results.get(timeout=60) for _ in range(STARTS)]
        for w in workers:
            w.join(30)
        assert outcomes == [("ok", SCHEMA_VERSION)] * STARTS, (round_, outcomes)
