"""Ticks and entries: tick an item, enter a lab or event, void a mistake; each one audited transaction."""

from __future__ import annotations

from bedside.domain.patient import Check, Lab
from bedside.storage import Store
from bedside.storage.audit import Actor
from bedside.storage.entries import EntryRow
from bedside.storage.records import Entry


def tick(store: Store, actor: Actor, mrn: str, check: Check) -> int:
    """Record done / not done / not applicable for an item's due day (the last two need a reason)."""
    return store.record_check(mrn, check, actor)


def add(store: Store, actor: Actor, mrn: str, entry: Entry) -> int:
    """Store one lab, observation, treatment, infection, vaccination or check; returns its row id."""
    return store.add_entry(mrn, entry, actor)


def void(store: Store, actor: Actor, mrn: str, entity: str, row_id: int, reason: str) -> None:
    """Void a mistaken entry or undo a tick, with a reason; the row and the trail keep it."""
    store.void_entry(mrn, entity, row_id, reason, actor)


def import_lab_file(
    store: Store, actor: Actor, results: list[tuple[str, Lab]], file_name: str, sha256: str, skipped: dict[str, int]
) -> int:
    """A laboratory file's results, all or none, with one audit event naming the file; returns its seq."""
    return store.import_lab_file(results, actor, file_name, sha256, skipped)


def rows(store: Store, mrn: str, entity: str, *, include_voided: bool = True) -> list[EntryRow]:
    """The patient's stored labs (or observations, ...), voided ones marked, for the labs tab."""
    return store.entry_rows(mrn, entity, include_voided=include_voided)
