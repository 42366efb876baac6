"""`bedside audit verify`: the chain, its key marks, the user seals, and heads known from outside.

Issue 14 F10 (docs/audit-trail.md). A head comes from a printed sheet (`--head 120:3fa4c9e01b2d`) or
from the newest backup, whose own trail ends at the head it was copied with: rows deleted from the
end of the trail, or a trail rewritten and re-chained, no longer contain that head.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bedside.domain.errors import BedsideError

if TYPE_CHECKING:  # the storage code loads only when a command runs, not for --help
    from bedside.services.records import Store


def add_parsers(sub: Any) -> None:
    aud = sub.add_parser("audit", help="verify the audit trail")
    asub = aud.add_subparsers(dest="action", required=True)
    ver = asub.add_parser(
        "verify", help="verify the chain, its key marks and the users; compare with known heads and the newest backup"
    )
    ver.add_argument(
        "--head",
        action="append",
        default=[],
        metavar="SEQ:HASH",
        help="a head printed on a sheet, e.g. 120:3fa4c9e01b2d",
    )
    ver.add_argument("--backups", type=Path, help="the backup folder (default: backups beside the database)")


def verify(store: Store, args: argparse.Namespace) -> int:
    """Print what was checked and what failed; exit 1 when anything does not verify."""
    from bedside.config.paths import backup_dir
    from bedside.services import audit_trail

    heads = []
    for text in args.head:
        try:
            heads.append((text, *audit_trail.parse_head(text)))
        except ValueError as err:
            raise BedsideError(f"--head: {err}") from None
    report = audit_trail.verify(store)
    problems: list[str] = []
    if report.ok:
        print(f"chain: intact, {report.rows} rows, head {report.head_label}; {report.marked} rows carry a key mark")
    else:
        problems.append(f"chain: first bad row #{report.first_bad_seq}: {report.problem}")
    if report.key_note:
        print(f"note: {report.key_note}")
    problems += [f"users: {p}" for p in audit_trail.tampered_users(store)]
    rebuilt = audit_trail.rebuild_and_compare(store)  # the tables against the events (docs/audit-trail.md)
    if rebuilt.ok:
        print(
            f"state: the tables match the audit trail ({rebuilt.patients} patients and {rebuilt.entries} entries "
            f"rebuilt from {rebuilt.events} events)"
        )
    problems += [f"state: {p}" for p in rebuilt.problems]
    for text, seq, digest in heads:
        found = audit_trail.head_problem(store, seq, digest)
        if found:
            problems.append(f"head {text}: {found}")
        else:
            print(f"head {text}: held by the trail")
    problems += _against_newest_backup(store, args.backups or backup_dir(Path(store.path)))
    for problem in problems:
        print(f"DOES NOT VERIFY: {problem}")
    print("the audit trail verifies" if not problems else f"the audit trail does not verify ({len(problems)} problems)")
    return 1 if problems else 0


def _against_newest_backup(store: Store, folder: Path) -> list[str]:
    """The newest backup taken since the last restore holds a head the live trail must still contain."""
    from bedside.services import audit_trail
    from bedside.services.backups import check_backup, list_backups

    if not folder.is_dir():
        print(f"backup: no backup folder {folder} to compare with")
        return []
    # A restore puts an older trail back on purpose: backups taken before it are no longer its past.
    since = audit_trail.last_restore(store)
    candidates = [b for b in list_backups(folder) if since is None or b.taken_at >= since]
    if not candidates:
        print(f"backup: none in {folder} since the last restore to compare with")
        return []
    newest = candidates[0]
    checked = check_backup(newest.path)
    if not checked.ok:
        return [f"backup {newest.path.name}: {checked.problem}"]
    seq, digest = audit_trail.parse_head(checked.head)
    found = audit_trail.head_problem(store, seq, digest)
    if found:
        return [f"newest backup {newest.path.name} ({checked.head}): {found}"]
    print(f"backup {newest.path.name}: its head {checked.head} is held by the trail")
    return []
