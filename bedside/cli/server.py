"""`bedside server init`: set up a ward database on a PostgreSQL server; bedside/cli/entry.py only parses arguments."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bedside.domain.errors import BedsideError

if TYPE_CHECKING:
    from bedside.services.records import Actor, Store


def add_parsers(sub: Any) -> None:
    server = sub.add_parser("server", help="set up a shared ward database on a PostgreSQL server")
    ssub = server.add_subparsers(dest="action", required=True)
    init = ssub.add_parser(
        "init", help="create the database, its schema and the ward role; prints what workstations connect with"
    )
    init.add_argument(
        "admin_url", help="the server as its administrator, e.g. postgresql://postgres@wardserver/postgres"
    )
    init.add_argument("--database", default="bedside", help="the ward database (default: bedside)")
    init.add_argument("--ward-role", default="bedside_ward", help="the role workstations use (default: bedside_ward)")


def add_move_parser(sub: Any) -> None:
    move = sub.add_parser(
        "move-to", help="move this database to a new, empty PostgreSQL ward database (both trails record it)"
    )
    move.add_argument("url", help="the new ward database, e.g. postgresql://postgres@wardserver/bedside")


def move(store: Store, args: argparse.Namespace, actor: Actor) -> int:
    """`bedside move-to URL`: copy, verify both ends, record on both; the address is shown without its password."""
    from bedside.services.ward_server import move_to_server

    moved = move_to_server(store, args.url, actor)
    print(f"moved {store.path} to {moved.target}: {moved.rows} rows, audit trail {moved.head} verified on both")
    print(
        "bedside: this file now records the move; from now on every workstation opens the ward server",
        file=sys.stderr,
    )
    return 0


def run(args: argparse.Namespace, login: str) -> int:
    from bedside.config.db_address import is_server_url
    from bedside.services.records import Actor
    from bedside.services.ward_server import initialise

    if not is_server_url(args.admin_url):
        raise BedsideError(f"server init: {args.admin_url!r} is not a postgresql:// address")
    done = initialise(args.admin_url, args.database, args.ward_role, Actor.here(login))
    said = "created" if done.database_created else "already there"
    print(f"bedside: ward database {args.database}: {said}; schema {done.schema}", file=sys.stderr)
    if done.applied:
        print(f"bedside: migrations applied: {', '.join(done.applied)}", file=sys.stderr)
    if done.password is not None:
        parts = urlsplit(done.ward_url)
        line = f"{parts.hostname}:{parts.port or 5432}:{args.database}:{args.ward_role}:{done.password}"
        print(
            f"bedside: the ward role {args.ward_role} was created. Its password is shown this once: put this line\n"
            f"    {line}\n"
            "in each workstation's pgpass file (~/.pgpass, mode 0600; on Windows %APPDATA%\\postgresql\\pgpass.conf).",
            file=sys.stderr,
        )
    print(done.ward_url)  # the one line a script or the other workstations need
    return 0
