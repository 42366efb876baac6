"""The `bedside` command: headless sub-commands. Exit 0 on success, 2 on bad input, 1 on other failure."""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from bedside import __version__
from bedside.errors import BedsideError
from bedside.paths import database_path

COMMANDS = ("import", "export", "checklist", "protocol", "users", "handover", "plan")


def wants_cli(argv: Sequence[str]) -> bool:
    """Sub-commands, --help and --version run headless; anything else opens the window."""
    return any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv)


def gui_options(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bedside")
    parser.add_argument("--db", help="database file (default: BEDSIDE_DB, then the app-data folder)")
    return parser.parse_args(list(argv))


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bedside",
        description="Bedside: CAR-T infection-prevention checklists. A documentation aid, not a medical device.",
    )
    p.add_argument("--version", action="version", version=f"bedside {__version__}")
    p.add_argument("--db", help="database file (default: BEDSIDE_DB, then the app-data folder)")
    p.add_argument("--user", help="initials recorded in the audit trail (default: cli:<login>)")
    sub = p.add_subparsers(dest="command", required=True)

    imp = sub.add_parser("import", help="load patients from bedside-patient/1 JSON files")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--replace", action="store_true", help="replace a patient whose MRN is already stored")
    imp.add_argument("--protocol", help="pin patients without a protocol to this id or file (default: ash-2024)")

    exp = sub.add_parser("export", help="write one patient as bedside-patient/1 JSON")
    exp.add_argument("--mrn", required=True)
    exp.add_argument("--out", type=Path, help="file to write (default: standard output)")

    chk = sub.add_parser("checklist", help="the checklist for one patient on one date")
    source = chk.add_mutually_exclusive_group(required=True)
    source.add_argument("--patient", type=Path, help="a bedside-patient/1 file")
    source.add_argument("--mrn", help="a patient in the database")
    chk.add_argument("--date", required=True, help="YYYY-MM-DD")
    chk.add_argument("--protocol", help="protocol id or file (default: the patient's, else ash-2024)")
    chk.add_argument("--format", choices=("json", "text"), default="text")
    chk.add_argument("--all", action="store_true", help="also list items that do not apply, with the reason")

    proto = sub.add_parser("protocol", help="check or compare protocol files")
    psub = proto.add_subparsers(dest="action", required=True)
    pcheck = psub.add_parser("check", help="load a protocol and report the first problem precisely")
    pcheck.add_argument("files", nargs="+")
    pdiff = psub.add_parser("diff", help="differences between two protocols, item by item")
    pdiff.add_argument("a")
    pdiff.add_argument("b")
    psub.add_parser("list", help="the shipped protocols")
    pmove = psub.add_parser("move", help="move a patient to another protocol or version (audited)")
    pmove.add_argument("--mrn", required=True)
    pmove.add_argument("--to", required=True, help="protocol id or file")
    pmove.add_argument("--reason", required=True)

    hand = sub.add_parser("handover", help="write the ward handover (I-PASS) as a PDF")
    hand.add_argument("--ward", required=True)
    hand.add_argument("--date", help="YYYY-MM-DD (default: today)")
    hand.add_argument("--mrn", nargs="+", action="extend", help="only these patients (default: every active one)")
    hand.add_argument(
        "--severity", action="append", metavar="MRN=LEVEL", help="the ward's severity: stable, watcher or unstable"
    )
    hand.add_argument("--out", type=Path, required=True, help="the PDF file to write")

    plan = sub.add_parser("plan", help="write a patient's follow-up plan as a PDF (large type)")
    plan.add_argument("--mrn", required=True)
    plan.add_argument("--date", help="YYYY-MM-DD (default: today)")
    plan.add_argument("--out", type=Path, required=True, help="the PDF file to write")

    users = sub.add_parser("users", help="list or add users")
    usub = users.add_subparsers(dest="action", required=True)
    usub.add_parser("list")
    uadd = usub.add_parser("add")
    uadd.add_argument("--name", required=True)
    uadd.add_argument("--initials", required=True)
    return p


def run(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    try:
        return _dispatch(args)
    except BedsideError as err:
        print(f"bedside: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    from bedside import commands

    if args.command == "checklist":
        return commands.checklist(args)
    if args.command == "protocol" and args.action != "move":
        return commands.protocol(args)
    from bedside.storage import Store
    from bedside.storage.audit import Actor

    actor = Actor.here(args.user or f"cli:{getpass.getuser()}")
    store = Store.open(database_path(args.db))
    try:
        if args.command == "import":
            return commands.import_files(store, args.files, actor, args.replace, args.protocol)
        if args.command == "protocol":
            return commands.move_protocol(store, args, actor)
        if args.command == "export":
            return commands.export(store, args.mrn, args.out)
        if args.command in ("handover", "plan"):
            # The core takes the date and time as parameters: "today" is decided here, once.
            on = parse_day(args.date) if args.date else date.today()
            printed_at = datetime.now().astimezone()
            if args.command == "plan":
                return commands.plan(store, args.mrn, on, actor, printed_at, args.out)
            return commands.handover(store, args, on, actor, printed_at)
        return commands.users(store, args, actor)
    finally:
        store.close()


def parse_day(text: str, what: str = "--date") -> date:
    # fullmatch first: Python's fromisoformat also takes week dates like 2025-W10-4.
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise BedsideError(f"{what}: must be a date YYYY-MM-DD, not {json.dumps(text)}")
