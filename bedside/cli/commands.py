"""What each CLI sub-command does; bedside/cli/entry.py only parses arguments."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path

from bedside.domain.checklist import Checklist
from bedside.domain.errors import BedsideError
from bedside.domain.patient import PatientRecord
from bedside.protocol.diff import diff_protocols
from bedside.protocol.loader import load_protocol, shipped_protocols
from bedside.services import patients, printouts
from bedside.services import users as users_service
from bedside.services.records import Actor, Store

read_patient_file = patients.read_file  # one reader for the window and the command line


def import_files(store: Store, files: list[Path], actor: Actor, replace: bool, protocol_id: str | None = None) -> int:
    # The protocol is loaded, and every file checked, before anything is stored: a bad one changes nothing.
    protocol = load_protocol(protocol_id) if protocol_id else None
    records = patients.import_files(store, actor, files, replace=replace, protocol=protocol)
    print(f"imported {len(records)} patient(s) into {store.path}")
    return 0


def export(store: Store, mrn: str, out: Path | None, actor: Actor) -> int:
    if out is None:
        text = patients.export_text(store, mrn)  # with its voided entries: the round trip is lossless
        patients.record_export(store, actor, mrn)  # recorded before it leaves
        sys.stdout.write(text)
        return 0
    patients.export_file(store, actor, mrn, out)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def handover(store: Store, args: argparse.Namespace, on: date, actor: Actor, printed_at: datetime) -> int:
    from bedside.services.printout_data import ward_handover_pdf

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
        paper=paper_of(store, args.paper),
        ward_list=getattr(args, "list", False),  # callers that build their own args need not know the flag
    )
    mrns = args.mrn or None
    one = mrns[0] if mrns and len(mrns) == 1 else None
    _warn(result.warnings)  # data leaves the system: recorded, or no file
    printouts.save_pdf(store, actor, "handover", args.out, result.pdf, result.pages, mrn=one, ward=args.ward)
    return _wrote(args.out, result.pages)


def plan(
    store: Store, mrn: str, on: date, actor: Actor, printed_at: datetime, out: Path, paper: str | None = None
) -> int:
    from bedside.services.printout_data import follow_up_plan_pdf

    chosen = paper_of(store, paper)
    result = follow_up_plan_pdf(store, mrn, on, printed_by=actor.user, printed_at=printed_at, paper=chosen)
    _warn(result.warnings)  # who took patient data off the system: recorded, or no file
    printouts.save_pdf(store, actor, "plan", out, result.pdf, result.pages, mrn=mrn, ward=None)
    return _wrote(out, result.pages)


def paper_of(store: Store, asked: str | None) -> str:
    """--paper, else the locale's (docs/printing.md); the window's workstation setting is not read here."""
    from bedside.printouts.paper import paper_for_locale, system_locale_name

    return asked or paper_for_locale(system_locale_name())


def _warn(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        print(f"bedside: warning: {warning}", file=sys.stderr)


def _wrote(out: Path, pages: int) -> int:
    print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''})", file=sys.stderr)
    return 0


def checklist(args: argparse.Namespace) -> int:
    from bedside.cli.dates import parse_day
    from bedside.engine.core import checklist as build

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
        from bedside.cli.auth import login_name
        from bedside.config.paths import database_path
        from bedside.services.database import open_database

        opener = Actor.here(login_name())  # reads the database: the same location rule as every other opening
        store = open_database(database_path(args.database), allow_network=args.allow_network_db, actor=opener)
        try:
            record = patients.load(store, args.mrn)
            protocol = load_protocol(args.protocol) if args.protocol else patients.protocol_for(store, record)
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
    patients.move_protocol(store, actor, args.mrn, protocol, args.reason)
    print(f"moved {args.mrn} to {protocol.id} {protocol.version}")
    return 0


def users(store: Store, args: argparse.Namespace, actor: Actor) -> int:
    if args.action == "list":
        for user in users_service.listed(store):
            flags = [user.role] + ([] if user.has_pin else ["no PIN yet"]) + (["LOCKED"] if user.locked else [])
            print(f"{user.initials:6} {user.name}  ({', '.join(flags)})")
        return 0
    if args.action == "add":
        role = "admin" if args.admin else "staff"
        users_service.check_identity(args.name, args.initials)  # a typo is named before the PIN is asked for
        user = users_service.add(store, actor, args.name, args.initials, read_new_pin(), role=role)
        print(f"added {user.name} ({user.initials}), {role}")
        return 0
    user = users_service.find(store, args.initials)
    if args.action == "pin":
        users_service.set_pin(store, actor, user, read_new_pin())
    elif args.action == "unlock":
        users_service.unlock(store, actor, user)
    elif args.action == "role":
        users_service.set_role(store, actor, user, args.role)
    else:
        users_service.remove(store, actor, user, args.reason)
    print(f"{args.action}: done for {user.name} ({user.initials})")
    return 0


def read_new_pin() -> str:
    """Twice at a terminal (never echoed); one line from standard input when it is not a terminal."""
    check_new_pin = users_service.check_new_pin
    if not sys.stdin.isatty():
        pin = sys.stdin.readline().strip()
        check_new_pin(pin)
        return pin
    import getpass

    pin = getpass.getpass("PIN (4-12 digits): ")
    check_new_pin(pin, getpass.getpass("the same PIN again: "))
    return pin
