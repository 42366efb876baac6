"""Which way Bedside starts (the window or a sub-command), decided before anything heavy is imported.

main.py reads only this module first: the window's start must not wait for the command line's imports
(the storage, the engine, the printouts), which bedside/cli/entry.py pulls in.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import NoReturn

COMMANDS = (
    "import",
    "export",
    "checklist",
    "protocol",
    "users",
    "handover",
    "plan",
    "backup",
    "restore",
    "ward-list",
    "audit",
    "labs",
    "server",
    "move-to",
)
ALLOW_NETWORK_HELP = "open a database on a network file system anyway (unsafe; recorded in the audit trail)"


_PASSWORD_IN_URL = re.compile(r"((?:postgresql|postgres)://[^:/@\s]*:)[^@\s]*@", re.IGNORECASE)


def hide_passwords(text: str) -> str:
    """Any text with each server address's password as *** (bedside/config/db_address.py shows one address)."""
    return _PASSWORD_IN_URL.sub(r"\1***@", text)


class Parser(argparse.ArgumentParser):
    """argparse, whose complaints quote what was typed: a server address in them loses its password."""

    def error(self, message: str) -> NoReturn:
        super().error(hide_passwords(message))


def wants_cli(argv: Sequence[str]) -> bool:
    """Sub-commands, --help and --version run headless; anything else opens the window."""
    return any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv)


def gui_options(argv: Sequence[str]) -> argparse.Namespace:
    parser = Parser(prog="bedside")
    parser.add_argument("--db", dest="database", help="database file (default: BEDSIDE_DB, then the app-data folder)")
    parser.add_argument("--allow-network-db", action="store_true", help=ALLOW_NETWORK_HELP)
    return parser.parse_args(list(argv))
