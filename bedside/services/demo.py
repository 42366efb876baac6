"""The DEMO ward: added once to a brand-new database, and removed by an admin."""

from __future__ import annotations

from datetime import date

from bedside.storage import Store
from bedside.storage.access import User
from bedside.storage.audit import Actor

DEMO_SEEDED = "demo_seeded"  # the meta key: set once, so an emptied DEMO ward never comes back


def seed_demo_once(store: Store, today: date) -> int:
    """On a brand-new database, add the DEMO ward once; never again, even if it is emptied later."""
    if store.meta(DEMO_SEEDED) is not None or store.patient_summaries():
        return 0
    from bedside.patient_file.demo import demo_records  # only on a brand-new database: not on every start

    actor = Actor.here("system")
    records = demo_records(today)
    for record in records:
        store.import_record(record, actor, demo=True)
    store.set_meta(DEMO_SEEDED, today.isoformat(), actor)
    return len(records)


def remove_demo_ward(store: Store, actor: Actor, by: User | None) -> int:
    """Delete every demo patient and their data (never a real one): admin work; returns how many."""
    return store.remove_demo_ward(actor, by)
