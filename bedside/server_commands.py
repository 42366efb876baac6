"""`bedside server init`: set up a ward database on a PostgreSQL server; bedside/cli.py only parses arguments."""

from __future__ import annotations

import argparse
import sys
from typing import Any
from urllib.parse import urlsplit

from bedside.errors import BedsideError


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


def run(args: argparse.Namespace, login: str) -> int:
    from bedside.storage.audit import Actor
    from bedside.storage.backend import is_server_url
    from bedside.storage.postgres.server_init import initialise

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
