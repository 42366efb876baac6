"""What each CLI sub-command does; bedside/cli.py only parses arguments."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from bedside.checklist import Checklist
from bedside.domain.patient import PatientRecord
from bedside.errors import BedsideError
from bedside.file_out import Recorder, write_private
from bedside.input_limits import mrn_key
from bedside.patient_export import to_json_text
from bedside.patient_format import parse_json_text
from bedside.protocol.diff import diff_protocols
from bedside.protocol.loader import load_protocol, shipped_protocols
from bedside.storage import Store
from bedside.storage.audit import Actor


def read_patient_file(path: Path) -> PatientRecord:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise BedsideError(f"{path}: cannot read the file: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise BedsideError(f"{path}: the file is not UTF-8 text") from None
    return parse_json_text(text, str(path))


def import_files(store: Store, files: list[Path], actor: Actor, replace: bool, protocol_id: str | None = None) -> int:
    # Validate every file (and the protocol) first, so a bad file in a batch changes nothing.
    records = [read_patient_file(f) for f in files]
    protocol = load_protocol(protocol_id) if protocol_id else None
    mrns = [mrn_key(r.mrn) for r in records]  # BX-1 and bx-1 are one patient
    duplicates = sorted({m for m in mrns if mrns.count(m) > 1})
    if duplicates:
        raise BedsideError(f'MRN "{duplicates[0]}" appears in more than one file')
    store.import_records(records, actor, replace=replace, protocol=protocol)  # one transaction: all or nothing
    print(f"imported {len(records)} patient(s) into {store.path}")
    return 0


def export(store: Store, mrn: str, out: Path | None) -> int:
    text = to_json_text(store.export_record(mrn))  # with its voided entries: the round trip is lossless
    if out is None:
        sys.stdout.write(text)
        return 0
    write_private(out, text.encode("utf-8"))  # 0600, whole or not at all, never onto a device or a link
    print(f"wrote {out}", file=sys.stderr)
    return 0


def handover(store: Store, args: argparse.Namespace, on: date, actor: Actor, printed_at: datetime) -> int:
    from bedside.handover import ward_handover_pdf

    severity: dict[str, str] = {}
    for pair in args.severity or []:
        mrn, sep, level = pair.partition("=")
        if not sep or not mrn or not level:
            raise BedsideError(f'--severity: expected MRN=LEVEL, not "{pair}"')
        severity[mrn] = level
    result = ward_handover_pdf(
        store,
        args.ward,
        on,
        printed_by=actor.user,
        printed_at=printed_at,
        mrns=args.mrn,
        severity=severity,
        ward_list=getattr(args, "list", False),  # callers that build their own args need not know the flag
    )
    mrns = args.mrn or None
    one = mrns[0] if mrns and len(mrns) == 1 else None

    def record(place: Callable[[], None]) -> None:  # data left the system: recorded, or no file
        store.record_print("handover", actor, one, args.ward, pages=result.pages, output="file", then=place)

    return _write_pdf(args.out, result.pdf, result.pages, result.warnings, record)


def plan(store: Store, mrn: str, on: date, actor: Actor, printed_at: datetime, out: Path) -> int:
    from bedside.handover import follow_up_plan_pdf

    result = follow_up_plan_pdf(store, mrn, on, printed_by=actor.user, printed_at=printed_at)

    def record(place: Callable[[], None]) -> None:  # who took patient data off the system: recorded, or no file
        store.record_print("plan", actor, mrn, pages=result.pages, output="file", then=place)

    return _write_pdf(out, result.pdf, result.pages, result.warnings, record)


def _write_pdf(out: Path, pdf: bytes, pages: int, warnings: tuple[str, ...], record: Recorder) -> int:
    for warning in warnings:
        print(f"bedside: warning: {warning}", file=sys.stderr)
    write_private(out, pdf, record)
    print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''})", file=sys.stderr)
    return 0


def checklist(args: argparse.Namespace) -> int:
    from bedside.cli import parse_day
    from bedside.engine import checklist as build

    on = parse_day(args.date)
    if args.patient is not None:
        record = read_patient_file(args.patient)
        protocol = load_protocol(args.protocol or (record.protocol.id if record.protocol else None))
        if not args.protocol and record.protocol and record.protocol.version != protocol.version:
            print(
                f"bedside: warning: the file is pinned to {record.protocol.id} {record.protocol.version}; "
                f"using the installed {protocol.version}",
                file=sys.stderr,
            )
    else:
        from bedside.paths import database_path

        store = Store.open(database_path(args.db))
        try:
            record = store.load_record(args.mrn)
            protocol = load_protocol(args.protocol) if args.protocol else store.protocol_for(record)
        finally:
            store.close()
    result = build(protocol, record, on, include_all=args.all)
    if args.format == "json":
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_text(record, result))
    return 0


def render_text(record: PatientRecord, result: Checklist) -> str:
    hematotox = result.scores["car_hematotox"]
    score = "not computable" if hematotox is None else f"{hematotox['score']} ({hematotox['risk']} risk)"
    lines = [
        f"{record.patient.name}  MRN {record.mrn}  {record.therapy.product}",
        f"{result.date.isoformat()}  day {result.day:+d}  protocol {result.protocol_id} {result.protocol_version}",
        f"CAR-HEMATOTOX: {score}",
        "",
    ]
    for item in result.items:
        until = f" until {item.blocked_until.isoformat()}" if item.blocked_until else ""
        lines.append(f"[{item.status.upper()}{until}] {item.id}  {item.title}")
        if item.drug:
            lines.append(f"    {item.drug}")
        lines.append(f"    why: {item.why}")
        lines.append(f"    sources: {', '.join(item.sources)}")
    if not result.items:
        lines.append("Nothing is due for this patient on this date.")
    lines.append("")
    lines.append("Bedside is a documentation aid for locally approved protocols, not a medical device.")
    return "\n".join(lines)


def protocol(args: argparse.Namespace) -> int:
    if args.action == "list":
        for pid in shipped_protocols():
            p = load_protocol(pid)
            print(f"{p.id:16} {p.version:8} {p.title}")
        return 0
    if args.action == "diff":
        lines = diff_protocols(load_protocol(args.a), load_protocol(args.b))
        print("\n".join(lines) if lines else "no differences")
        return 0
    for file in args.files:
        p = load_protocol(file)
        print(f"{file}: ok: {p.id} {p.version}, {len(p.items)} items")
    return 0


def move_protocol(store: Store, args: argparse.Namespace, actor: Actor) -> int:
    protocol = load_protocol(args.to)
    store.move_protocol(args.mrn, protocol, actor, args.reason)
    print(f"moved {args.mrn} to {protocol.id} {protocol.version}")
    return 0


def users(store: Store, args: argparse.Namespace, actor: Actor) -> int:
    from bedside.storage import access

    if args.action == "list":
        for user in store.users():
            flags = [user.role] + ([] if user.has_pin else ["no PIN yet"]) + (["LOCKED"] if user.locked else [])
            print(f"{user.initials:6} {user.name}  ({', '.join(flags)})")
        return 0
    if args.action == "add":
        role = "admin" if args.admin else "staff"
        access.check_identity(args.name, args.initials)  # a typo is named before the PIN is asked for
        user = store.add_user(args.name, args.initials, actor, pin=read_new_pin(), role=role)
        print(f"added {user.name} ({user.initials}), {role}")
        return 0
    user = access.find(store.db, args.initials)
    if args.action == "pin":
        access.set_pin(store.db, user, read_new_pin(), actor)
    elif args.action == "unlock":
        access.unlock(store.db, user, actor)
    elif args.action == "role":
        access.set_role(store.db, user, args.role, actor)
    else:
        access.deactivate(store.db, user, actor, args.reason)
    print(f"{args.action}: done for {user.name} ({user.initials})")
    return 0


def read_new_pin() -> str:
    """Twice at a terminal (never echoed); one line from standard input when it is not a terminal."""
    from bedside.storage.access import check_new_pin

    if not sys.stdin.isatty():
        pin = sys.stdin.readline().strip()
        check_new_pin(pin)
        return pin
    import getpass

    pin = getpass.getpass("PIN (4-12 digits): ")
    check_new_pin(pin, getpass.getpass("the same PIN again: "))
    return pin
