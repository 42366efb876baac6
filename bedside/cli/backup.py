"""`bedside backup` and `bedside restore`; bedside/cli/entry.py only parses arguments.

Neither opens a Store first: a restore replaces the database file, and must find it closed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bedside.domain.errors import BedsideError

if TYPE_CHECKING:  # the storage code loads only when a command runs, not for --help
    from bedside.services.records import Actor

KEEP_DEFAULT = 14  # bedside.storage.backup.KEEP, repeated so `bedside --help` does not load the storage code


def add_parsers(sub: Any) -> None:
    """The two sub-commands, on the parser's sub-parsers object."""
    back = sub.add_parser("backup", help="make a verified backup of the database (kept: the newest --keep)")
    back.add_argument("--to", type=Path, help="the backup folder (default: backups beside the database)")
    back.add_argument("--keep", type=int, default=KEEP_DEFAULT, help=f"backups to keep (default {KEEP_DEFAULT})")
    rest = sub.add_parser("restore", help="replace the database with a verified backup (the old file is kept)")
    rest.add_argument("file", type=Path, help="the backup file, e.g. backups/bedside-20261121T101500Z.sqlite3")
    rest.add_argument("--yes", action="store_true", help="do not ask before replacing the database")


def run(args: argparse.Namespace, database: Path, actor: Actor, ask: Callable[[str], str] = input) -> int:
    if args.command == "backup":
        return backup(database, args.to, args.keep, actor)
    return restore(database, args.file, actor, yes=args.yes, ask=ask)


def backup(database: Path, folder: Path | None, keep: int, actor: Actor) -> int:
    from bedside.services.backups import check_backup, make_backup

    if keep < 1:
        raise BedsideError(f"--keep: keep at least 1 backup, not {keep}")
    made = make_backup(database, folder, keep=keep, actor=actor)
    head = check_backup(made.path).head
    print(f"backed up {database} to {made.path} ({made.size} bytes, audit trail {head})")
    return 0


def backup_server(url: str, args: argparse.Namespace) -> int:
    """`bedside --db postgresql://… backup`: the same verified SQLite file, recorded in the server's trail;
    the address is shown without its password (docs/ward-server.md)."""
    from bedside.cli import auth as cli_auth
    from bedside.config.db_address import shown
    from bedside.services.backups import make_backup
    from bedside.services.database import open_database

    if args.keep < 1:
        raise BedsideError(f"--keep: keep at least 1 backup, not {args.keep}")
    store = open_database(url)
    try:
        actor = cli_auth.who_acts(store, args)
        made = make_backup(store, args.to, keep=args.keep, actor=actor)
    finally:
        store.close()
    print(f"backed up {shown(url)} to {made.path} ({made.size} bytes, audit trail {made.head})")
    return 0


def restore(database: Path, file: Path, actor: Actor, *, yes: bool, ask: Callable[[str], str] = input) -> int:
    from bedside.services.backups import check_backup, restore_backup

    checked = check_backup(file)
    if not checked.ok:
        raise BedsideError(f"{file} cannot be restored: {checked.problem}. Nothing was changed.")
    if not yes:
        question = (
            f"Replace {database} with the backup {file.name} (audit trail {checked.head})?\n"
            "Everything recorded after that backup will no longer be shown; the current file is kept aside.\n"
            "Restore? [y/N] "
        )
        try:
            answer = ask(question)
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            print("bedside: restore cancelled; nothing was changed", file=sys.stderr)
            return 1
    result = restore_backup(database, file, actor)
    print(f"restored {file} to {database} (audit trail {result.backup_head})")
    if result.set_aside is not None:
        print(f"the previous database is kept as {result.set_aside}")
    return 0
