"""The `bedside` command: headless sub-commands. Exit 0 on success, 2 on bad input, 1 on other failure."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from bedside import __version__
from bedside.cli import audit as audit_commands
from bedside.cli import auth as cli_auth
from bedside.cli import backup as backup_commands
from bedside.cli import book as book_commands
from bedside.cli import interop as interop_commands
from bedside.cli import server as server_commands
from bedside.cli.dates import parse_day
from bedside.cli.launch import ALLOW_NETWORK_HELP, Parser
from bedside.cli.launch import gui_options as gui_options  # main.py and tests reach them here too
from bedside.cli.launch import wants_cli as wants_cli
from bedside.config.paths import DB_ENV, database_path
from bedside.domain.errors import BedsideError

PAPER_CHOICES = ("A4", "Letter")
PAPER_HELP = "paper size (default: the site's setting, else the locale: Letter in the US and Canada, A4 elsewhere)"


def _parser() -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = Parser(
        prog="bedside",
        description="Bedside: CAR-T infection-prevention checklists. A documentation aid, not a medical device.",
    )
    p.add_argument("--version", action="version", version=f"bedside {__version__}")
    p.add_argument("--db", dest="database", help="database file (default: BEDSIDE_DB, then the app-data folder)")
    cli_auth.add_arguments(p)
    p.add_argument("--allow-network-db", action="store_true", help=ALLOW_NETWORK_HELP)
    sub = p.add_subparsers(dest="command", required=True)

    imp = sub.add_parser("import", help="load patients from bedside-patient/1 JSON files")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--replace", action="store_true", help="replace a patient whose MRN is already stored")
    imp.add_argument("--protocol", help="pin patients without a protocol to this id or file (default: ash-2024)")
    imp.add_argument("--format", choices=("bedside", "fhir"), default="bedside", help="fhir: a FHIR R4 Bundle (JSON)")

    exp = sub.add_parser("export", help="write one patient as bedside-patient/1 JSON")
    exp.add_argument("--mrn", required=True)
    exp.add_argument("--out", type=Path, help="file to write (default: standard output)")
    exp.add_argument("--format", choices=("bedside", "fhir"), default="bedside", help="fhir: a FHIR R4 Bundle (JSON)")

    chk = sub.add_parser("checklist", help="the checklist for one patient on one date")
    source = chk.add_mutually_exclusive_group(required=True)
    source.add_argument("--patient", type=Path, help="a bedside-patient/1 file")
    source.add_argument("--mrn", help="a patient in the database")
    chk.add_argument("--date", required=True, help="YYYY-MM-DD")
    chk.add_argument("--protocol", help="protocol id or file (default: the patient's, else ash-2024)")
    chk.add_argument("--format", choices=("json", "text"), default="text")
    chk.add_argument("--all", action="store_true", help="also list items that do not apply, with the reason")

    proto = sub.add_parser("protocol", help="check, compare or describe protocol files")
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
    book_commands.add_parsers(psub)

    hand = sub.add_parser("handover", help="write the ward handover (I-PASS) as a PDF")
    hand.add_argument("--ward", required=True)
    hand.add_argument("--date", help="YYYY-MM-DD (default: today)")
    hand.add_argument("--mrn", nargs="+", action="extend", help="only these patients (default: every active one)")
    hand.add_argument(
        "--severity", action="append", metavar="MRN=LEVEL", help="the ward's severity: stable, watcher or unstable"
    )
    hand.add_argument("--list", action="store_true", help="the compact ward list (a row per patient), not the pages")
    hand.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    hand.add_argument("--paper", choices=PAPER_CHOICES, help=PAPER_HELP)

    plan = sub.add_parser("plan", help="write a patient's follow-up plan as a PDF (large type)")
    plan.add_argument("--mrn", required=True)
    plan.add_argument("--date", help="YYYY-MM-DD (default: today)")
    plan.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    plan.add_argument("--paper", choices=PAPER_CHOICES, help=PAPER_HELP)

    wlist = sub.add_parser("ward-list", help="write the ward list (bed, name, MRN, day, due counts) as CSV")
    wlist.add_argument("--ward", help="one ward (default: every ward)")
    wlist.add_argument("--date", help="YYYY-MM-DD (default: today)")
    wlist.add_argument("--out", type=Path, required=True, help="the CSV file to write, e.g. ward-list-2026-11-21.csv")

    users = sub.add_parser("users", help="list and manage users (an admin signs in with --user and their PIN)")
    usub = users.add_subparsers(dest="action", required=True)
    usub.add_parser("list")
    uadd = usub.add_parser("add", help="add a user; asks for their PIN (or reads it from standard input)")
    uadd.add_argument("--name", required=True)
    uadd.add_argument("--initials", required=True)
    uadd.add_argument("--admin", action="store_true", help="may manage users, protocols and settings")
    for verb, text in (("pin", "set a new PIN"), ("unlock", "unlock after wrong PINs")):
        usub.add_parser(verb, help=text).add_argument("--initials", required=True)
    urole = usub.add_parser("role", help="make a user admin or staff")
    urole.add_argument("--initials", required=True)
    urole.add_argument("role", choices=("admin", "staff"))
    uremove = usub.add_parser("remove", help="stop a user signing in (their name stays in the trail)")
    uremove.add_argument("--initials", required=True)
    uremove.add_argument("--reason", required=True)
    backup_commands.add_parsers(sub)
    audit_commands.add_parsers(sub)
    interop_commands.add_parsers(sub)
    server_commands.add_parsers(sub)
    server_commands.add_move_parser(sub)
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
    from bedside.cli import commands
    from bedside.config.db_address import is_server_url
    from bedside.services.database import check_location, network_allowed_by_environment, open_database

    allow_network = args.allow_network_db or network_allowed_by_environment()
    if args.command == "server":  # a ward server, not this workstation's database (docs/ward-server.md)
        return server_commands.run(args, cli_auth.login_name())
    if args.command == "checklist":
        return commands.checklist(args)
    if args.command == "protocol" and args.action in book_commands.ACTIONS:
        return book_commands.run(args)
    if args.command == "protocol" and args.action != "move":
        return commands.protocol(args)
    from bedside.services.records import Actor

    cli_auth.check_emergency(args)
    chosen = args.database or os.environ.get(DB_ENV)
    if args.command == "backup" and is_server_url(chosen):  # a ward server's backup is a SQLite file
        return backup_commands.backup_server(str(chosen), args)
    if args.command in ("backup", "restore"):  # the Store is closed again: a restore must find the file closed
        check_location(database_path(args.database), allow_network)
        actor = cli_auth.file_command_actor(args, database_path(args.database))
        return backup_commands.run(args, database_path(args.database), actor)
    opener = Actor.here(cli_auth.login_name())  # records a network override before anyone has signed in
    store = open_database(database_path(args.database), allow_network=args.allow_network_db, actor=opener)
    if store.restore_note:
        print(f"bedside: note: {store.restore_note}", file=sys.stderr)
    try:
        actor = cli_auth.who_acts(store, args)
        if args.command == "ward-list":
            from bedside.services import ward_list

            on = parse_day(args.date) if args.date else date.today()
            written = ward_list.write(store, actor, args.out, on, args.ward)
            print(f"wrote {written.path} ({written.patients} patients)", file=sys.stderr)
            return 0
        if interop_commands.handles(args):
            return interop_commands.run(store, args, actor)
        if args.command == "import":
            return commands.import_files(store, args.files, actor, args.replace, args.protocol)
        if args.command == "protocol":
            return commands.move_protocol(store, args, actor)
        if args.command == "audit":
            return audit_commands.verify(store, args)
        if args.command == "move-to":
            return server_commands.move(store, args, actor)
        if args.command == "export":
            return commands.export(store, args.mrn, args.out, actor)
        if args.command in ("handover", "plan"):
            # The core takes the date and time as parameters: "today" is decided here, once.
            on = parse_day(args.date) if args.date else date.today()
            printed_at = datetime.now().astimezone()
            if args.command == "plan":
                return commands.plan(store, args.mrn, on, actor, printed_at, args.out, args.paper)
            return commands.handover(store, args, on, actor, printed_at)
        return commands.users(store, args, actor)
    finally:
        store.close()
