"""The command-line side of FHIR export/import and lab-file import; bedside/cli/entry.py only registers them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bedside.domain.errors import BedsideError
from bedside.services.records import Actor, Store


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    labs = sub.add_parser("labs", help="import the laboratory's result files (CSV with a mapping, or HL7 v2 ORU^R01)")
    lsub = labs.add_subparsers(dest="action", required=True)
    limp = lsub.add_parser("import", help="match each result to a patient, test and unit; save after a preview")
    limp.add_argument("file", type=Path)
    limp.add_argument("--mapping", required=True, help="a mapping name from resources/lab-mappings, or a .toml file")
    limp.add_argument("--dry-run", action="store_true", help="print the preview only; save nothing")
    limp.add_argument("--yes", action="store_true", help="save without asking (a script); the preview is printed first")


def handles(args: argparse.Namespace) -> bool:
    if args.command == "labs":
        return True
    return args.command in ("import", "export") and getattr(args, "format", "bedside") == "fhir"


def run(store: Store, args: argparse.Namespace, actor: Actor) -> int:
    if args.command == "export":
        return export_fhir(store, args.mrn, args.out, actor)
    if args.command == "import":
        return import_fhir(store, args.files, actor, args.replace, args.protocol)
    from bedside.cli.labs import import_lab_file

    return import_lab_file(store, args, actor)


def export_fhir(store: Store, mrn: str, out: Path | None, actor: Actor) -> int:
    from bedside.services import patients

    text = patients.fhir_text(store, actor, mrn)
    if out is None:
        patients.record_export(store, actor, mrn, patients.FHIR_FORMAT)  # recorded before it leaves
        sys.stdout.write(text)
        return 0
    patients.export_file(store, actor, mrn, out, fmt=patients.FHIR_FORMAT, text=text)
    print(f"wrote {out} (FHIR R4 Bundle)", file=sys.stderr)
    return 0


def import_fhir(store: Store, files: list[Path], actor: Actor, replace: bool, protocol_id: str | None) -> int:
    from bedside.interop.fhir_import import read_bundle_text
    from bedside.protocol.loader import load_protocol
    from bedside.services import patients, settings

    zone = settings.site_zone(store)
    # Read every bundle first, so a bad file in a batch changes nothing (as the JSON import does).
    read = [read_bundle_text(read_text(f), zone, str(f)) for f in files]
    protocol = load_protocol(protocol_id) if protocol_id else None
    mrns = [r.record.mrn for r in read]
    duplicates = sorted({m for m in mrns if mrns.count(m) > 1})
    if duplicates:
        raise BedsideError(f'MRN "{duplicates[0]}" appears in more than one file')
    patients.import_records(store, actor, [r.record for r in read], replace=replace, protocol=protocol)
    for path, result in zip(files, read, strict=True):
        if result.skipped:
            left = ", ".join(f"{n} {kind}" for kind, n in result.skipped.items())
            print(f"bedside: {path}: not read (not a resource Bedside reads; docs/interoperability.md): {left}")
    print(f"imported {len(read)} patient(s) from FHIR into {store.path}")
    return 0


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise BedsideError(f"{path}: cannot read the file: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise BedsideError(f"{path}: the file is not UTF-8 text") from None
