"""`bedside labs import FILE --mapping NAME [--dry-run] [--yes]`: preview, then save only when confirmed."""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import datetime

from bedside.domain.units import LAB_TESTS
from bedside.errors import BedsideError, NotFoundError
from bedside.interop.labs.mapping import load_mapping
from bedside.interop.labs.preview import READY, REFUSED, Preview, StoredKey, build_preview, lab_key
from bedside.interop.labs.readers import read_results
from bedside.services import entries, patients, settings
from bedside.storage import Store
from bedside.storage.audit import Actor


def import_lab_file(store: Store, args: argparse.Namespace, actor: Actor) -> int:
    mapping = load_mapping(args.mapping)
    try:
        data = args.file.read_bytes()
    except OSError as err:
        raise BedsideError(f"{args.file}: cannot read the file: {err.strerror or err}") from None
    digest = hashlib.sha256(data).hexdigest()
    raw = read_results(data, mapping, str(args.file))
    known, stored = patients_of(store, {r.mrn for r in raw if r.mrn})
    now = datetime.now(settings.site_zone(store)).replace(tzinfo=None)
    preview = build_preview(raw, mapping, known, stored, now)
    print(render(preview, args.file.name, digest))
    ready = preview.of(READY)
    if args.dry_run:
        print("dry run: nothing was saved")
        return 0
    if not ready:
        print("nothing to save")
        return 0
    if not (args.yes or confirmed(len(ready))):
        print("nothing was saved")
        return 1
    results = [(line.mrn, line.lab) for line in ready if line.lab is not None]
    skipped = {k: v for k, v in preview.counts.items() if k != READY}
    seq = entries.import_lab_file(store, actor, results, args.file.name, digest, skipped)
    print(f"saved {len(results)} result(s) from {args.file.name} in one step (audit event #{seq})")
    return 0


def patients_of(store: Store, mrns: set[str]) -> tuple[set[str], set[StoredKey]]:
    """Which MRNs are patients here, and their stored (not voided) labs, for the duplicate check."""
    known: set[str] = set()
    stored: set[StoredKey] = set()
    for mrn in mrns:
        try:
            record = patients.load(store, mrn)
        except NotFoundError:
            continue
        known.add(mrn)
        stored |= {lab_key(mrn, lab) for lab in record.labs}
    return known, stored


def confirmed(count: int) -> bool:
    """Asked at a terminal; from a pipe, the first line of standard input is the answer."""
    question = f"Save {count} result(s)? [y/N] "
    if sys.stdin.isatty():
        answer = input(question)
    else:
        print(question)
        answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def render(preview: Preview, name: str, digest: str) -> str:
    lines = []
    for line in preview.lines:
        if line.lab is not None:
            lab = line.lab
            when = lab.date.isoformat() + (f" {lab.time}" if lab.time else "")
            what = f"{LAB_TESTS[lab.test].label} {lab.value:g} {lab.unit}  {when}"
            if line.reason:
                what += f"  ({line.reason})"
        else:
            what = line.reason
        lines.append(f"{line.outcome:9}  {line.where:20}  {line.mrn or '-':12}  {what}")
    c = preview.counts
    lines.append(
        f"{name} (SHA-256 {digest[:16]}…): {c[READY]} ready, {c['duplicate']} duplicate (skipped), {c[REFUSED]} refused"
    )
    return "\n".join(lines)
