"""`bedside labs import FILE --mapping NAME [--dry-run] [--yes]`: preview, then save only when confirmed."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from bedside.domain.units import LAB_TESTS
from bedside.interop.labs.preview import READY, REFUSED, Preview
from bedside.services import settings
from bedside.services.lab_files import read_lab_file, save_lab_file
from bedside.services.records import Actor, Store


def import_lab_file(store: Store, args: argparse.Namespace, actor: Actor) -> int:
    now = datetime.now(settings.site_zone(store)).replace(tzinfo=None)
    lab_file = read_lab_file(store, args.file, args.mapping, now)
    print(render(lab_file.preview, args.file.name, lab_file.digest))
    if args.dry_run:
        print("dry run: nothing was saved")
        return 0
    if not lab_file.ready:
        print("nothing to save")
        return 0
    if not (args.yes or confirmed(lab_file.ready)):
        print("nothing was saved")
        return 1
    saved, seq = save_lab_file(store, lab_file, actor)
    print(f"saved {saved} result(s) from {args.file.name} in one step (audit event #{seq})")
    return 0


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
