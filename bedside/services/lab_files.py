"""One lab file from reading to saving, the same for the command line and the window: read and preview
(nothing saved), then save the ready results in one transaction and one audit event.

Also the watched import folder (a site setting): which of its files have not been imported yet, known
by their SHA-256 from the audit trail's "labs.import" events (docs/interoperability.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bedside.domain.errors import BedsideError, NotFoundError
from bedside.interop.labs.mapping import load_mapping
from bedside.interop.labs.preview import READY, Preview, StoredKey, build_preview, lab_key
from bedside.interop.labs.readers import MAX_FILE_BYTES, read_results
from bedside.storage import Store
from bedside.storage.audit import Actor

LAB_FILE_SUFFIXES = (".csv", ".txt", ".hl7", ".oru")  # what the watched folder offers; other files are ignored


@dataclass(frozen=True, slots=True)
class LabFile:
    """A file read and checked against the database: what would be saved, and what not and why."""

    path: Path
    mapping: str
    digest: str  # SHA-256 of the file's bytes, named in the audit event
    preview: Preview

    @property
    def ready(self) -> int:
        return self.preview.counts.get(READY, 0)


def read_lab_file(store: Store, path: Path, mapping_name: str, now: datetime) -> LabFile:
    """Read, match and check every result; raises BedsideError naming the file when it cannot be read.
    `now` is the site's local time without a zone (results stamped later are refused)."""
    mapping = load_mapping(mapping_name)
    data = file_bytes(path)
    raw = read_results(data, mapping, str(path))
    known, stored = patients_of(store, {r.mrn for r in raw if r.mrn})
    preview = build_preview(raw, mapping, known, stored, now)
    return LabFile(path, mapping.name, hashlib.sha256(data).hexdigest(), preview)


def save_lab_file(store: Store, lab_file: LabFile, actor: Actor) -> tuple[int, int]:
    """Save the ready results, all or none; returns (results saved, audit event number)."""
    ready = [(line.mrn, line.lab) for line in lab_file.preview.of(READY) if line.lab is not None]
    if not ready:
        raise BedsideError(f"{lab_file.path.name}: no result is ready to save; nothing was saved")
    skipped = {k: v for k, v in lab_file.preview.counts.items() if k != READY}
    seq = store.import_lab_file(ready, actor, lab_file.path.name, lab_file.digest, skipped)
    return len(ready), seq


def patients_of(store: Store, mrns: set[str]) -> tuple[set[str], set[StoredKey]]:
    """Which MRNs are patients here, and their stored (not voided) labs, for the duplicate check."""
    known: set[str] = set()
    stored: set[StoredKey] = set()
    for mrn in mrns:
        try:
            record = store.load_record(mrn)
        except NotFoundError:
            continue
        known.add(mrn)
        stored |= {lab_key(mrn, lab) for lab in record.labs}
    return known, stored


def file_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BedsideError(f"{path}: a lab file is at most 20 MB")
        return path.read_bytes()
    except OSError as err:
        raise BedsideError(f"{path}: cannot read the file: {err.strerror or err}") from None


def new_lab_files(store: Store, folder: Path, known: dict[tuple[str, int, int], str] | None = None) -> list[Path]:
    """The folder's lab files not imported yet (by content, so a renamed copy is not offered twice), oldest first.
    A file that cannot be read now (still being written, no permission) is offered: the import will say why.
    `known` caches each file's digest by (name, size, mtime) between calls, so an unchanged file is read once."""
    try:
        candidates = [p for p in folder.iterdir() if p.suffix.lower() in LAB_FILE_SUFFIXES and p.is_file()]
    except OSError:
        return []
    cache = known if known is not None else {}
    done = store.imported_lab_files()
    fresh = []
    for path in candidates:
        try:
            found = path.stat()
            key = (path.name, found.st_size, found.st_mtime_ns)
            if key not in cache:
                cache[key] = hashlib.sha256(file_bytes(path)).hexdigest()
        except (OSError, BedsideError):
            fresh.append(path)
            continue
        if cache[key][:16] not in done:
            fresh.append(path)
    return sorted(fresh, key=lambda p: (_mtime(p), p.name))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
