"""Printouts: the record that a handover or plan went to a printer or a file, and the severity nurses set.

The sheets themselves are built by bedside.printouts (reads only); printing or saving one is recorded here,
with the page count and never the content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from bedside.config.file_out import write_private
from bedside.storage import Store
from bedside.storage.audit import Actor


def record_print(
    store: Store,
    actor: Actor,
    kind: str,
    mrn: str | None = None,
    ward: str | None = None,
    *,
    pages: int,
    output: str = "printer",
    patients: int | None = None,
    then: Callable[[], None] | None = None,
) -> int:
    """Note that a "handover" or "plan" went to the "printer" or a "file"; `then` runs in the same transaction."""
    return store.record_print(kind, actor, mrn, ward, pages=pages, output=output, patients=patients, then=then)


def save_pdf(
    store: Store, actor: Actor, kind: str, out: Path, pdf: bytes, pages: int, *, mrn: str | None, ward: str | None
) -> None:
    """Write a sheet to `out` (0600, whole or not at all) and record it: the rename happens inside the
    record's transaction, so there is a record and a file, or neither."""

    def record(place: Callable[[], None]) -> None:
        store.record_print(kind, actor, mrn, ward, pages=pages, output="file", then=place)

    write_private(out, pdf, record)


def chosen_severity(store: Store, mrns: Iterable[str], day: date) -> dict[str, str]:
    """MRN -> the I-PASS level a nurse set for `day`, for those that have one."""
    return store.chosen_severity(mrns, day)


def choose_severity(store: Store, actor: Actor, mrn: str, day: date, level: str | None) -> None:
    """Keep `level` for the patient and day on every sheet (None: back to Bedside's suggestion), audited."""
    store.choose_severity(mrn, day, level, actor)
