"""Who acts at the command line: the PIN of --user, or an explicit emergency with a reason.

Issue 14 F4: the command line once recorded any initials given with --user, without a PIN. Now, once
a database has users, --user needs that user's PIN (counted like any sign-in: delays, lockout), a
change needs a signed-in user or `--emergency --reason`, and admin work needs an admin. Until the first
user exists there is nobody to act as, and the command line records --user (default cli:<login>).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bedside.domain.errors import AccessError, BedsideError
from bedside.services import session, users
from bedside.services.records import Actor
from bedside.services.session import Attempt, Outcome

if TYPE_CHECKING:
    from bedside.services.records import Store

PinReader = Callable[[str], str]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user", help="your initials; your PIN is asked (or read from standard input) once the database has users"
    )
    parser.add_argument(
        "--emergency",
        action="store_true",
        help="act without a PIN in an emergency (needs --reason; recorded as an emergency for review)",
    )
    parser.add_argument(
        "--reason", dest="emergency_reason", metavar="REASON", help="why an emergency needs this (with --emergency)"
    )


def login_name() -> str:
    return f"cli:{getpass.getuser()}"


def changes_data(args: argparse.Namespace) -> bool:
    """Commands that change patients, users or the whole file."""
    if args.command in ("import", "restore", "move-to"):
        return True
    if args.command == "labs":  # a lab file saves results; its --dry-run only reads
        return not args.dry_run
    if args.command == "protocol":
        return bool(args.action == "move")
    return bool(args.command == "users" and args.action != "list")


def admin_work(args: argparse.Namespace, signer: str) -> bool:
    """What only an admin may do; a user may still set their own PIN."""
    if args.command in ("restore", "move-to") or (args.command == "protocol" and args.action == "move"):
        return True
    if args.command == "import":
        return bool(args.replace)  # replacing a stored patient voids what the file leaves out (F17)
    if args.command != "users" or args.action == "list":
        return False
    return not (args.action == "pin" and args.initials.strip().upper() == signer)


def check_emergency(args: argparse.Namespace) -> None:
    """Refuse a half-given emergency before anything is opened."""
    if args.emergency and not (args.emergency_reason or "").strip():
        raise AccessError('--emergency needs --reason, e.g. --reason "admin unreachable, patient arriving"')
    if args.emergency_reason and not args.emergency:
        raise BedsideError("--reason is for --emergency; commands that need a reason have their own")


def who_acts(store: Store, args: argparse.Namespace, read_pin: PinReader | None = None) -> Actor:
    """The Actor every event of this command is recorded under; raises AccessError when nobody may act."""
    check_emergency(args)
    workstation = Actor.here("").workstation
    if args.emergency:
        initials = args.user or getpass.getuser()
        reason = args.emergency_reason.strip()
        return session.start_emergency(store, login_name(), initials[:5], reason, workstation)
    if not session.has_users(store):
        return Actor(args.user or login_name(), workstation)  # the first user is not added yet: nobody to act as
    if not args.user:
        if not changes_data(args):
            return Actor(login_name(), workstation)  # reading and printing, recorded as the login
        raise AccessError(
            "this database has users: give --user INITIALS (your PIN is asked), "
            'or in an emergency --emergency --reason "why"'
        )
    user = users.find(store, args.user)
    pin = (read_pin or read_pin_line)(f"PIN for {user.initials}: ")
    if not pin:  # a script that forgot the PIN: refused without counting it against the user
        raise AccessError(f"no PIN was given for {user.initials} (type it when asked, or one line on standard input)")
    attempt = session.sign_in(store, user, pin, workstation)
    if attempt.outcome is not Outcome.SIGNED_IN:
        raise AccessError(refusal(attempt))
    if admin_work(args, user.initials) and not user.is_admin:
        raise AccessError(f"only an admin can do this; {user.name} is not an admin")
    return Actor(user.initials, workstation)


def file_command_actor(args: argparse.Namespace, database: Path) -> Actor:
    """backup and restore: who acts, found with the database opened and closed again."""
    from bedside.domain.errors import DamagedDatabaseError
    from bedside.services.database import open_database

    if not database.exists():
        return _unrecorded(args)  # nothing to back up or restore into yet: the command says so
    try:
        store = open_database(database, allow_network=args.allow_network_db)  # the one location rule
    except DamagedDatabaseError:
        if args.command != "restore":
            raise
        return _unrecorded(args, "(damaged database)")  # its users cannot be read: the restore records who
    if store.restore_note:
        print(f"bedside: note: {store.restore_note}", file=sys.stderr)
    try:
        return who_acts(store, args)
    finally:
        store.close()


def _unrecorded(args: argparse.Namespace, note: str = "") -> Actor:
    """Who acts when no database can record a sign-in: the login (or the emergency), never a user's initials."""
    workstation = Actor.here("").workstation
    if args.emergency:
        initials = (args.user or getpass.getuser())[:5]
        return session.emergency_actor(login_name(), initials, args.emergency_reason, workstation)
    return Actor(f"{login_name()} {note}".strip(), workstation)


def refusal(attempt: Attempt) -> str:
    """What a refused sign-in says at the command line: never which part was wrong."""
    if attempt.problem:
        return attempt.problem
    if attempt.outcome is Outcome.LOCKED:
        return "too many wrong PINs: this user is locked until an admin unlocks them; nothing was done"
    if attempt.outcome is Outcome.WAIT:
        return f"too many wrong PINs: wait {attempt.wait_s} s before the next try; nothing was done"
    if attempt.outcome is Outcome.NO_PIN:
        return "this user has no PIN yet: choose one in the app first; nothing was done"
    return "the initials and PIN do not match; nothing was done"


def read_pin_line(prompt: str) -> str:
    """A PIN at a terminal (never echoed), or one line of standard input when it is not a terminal."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    return getpass.getpass(prompt)
