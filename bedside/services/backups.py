"""Backups and restore: File > Back up now, the daily backup, File > Restore, the recovery screen, and
`bedside backup` / `bedside restore`.

They work on the database file, not on an open Store (a restore needs the file closed, and a backup copies
it on a connection of its own), so they are storage's own functions, offered here as the one way in for the
window and the command line. record_backup() notes a backup made in a worker on the window's connection.
"""

from __future__ import annotations

from bedside.storage.any_backup import backup_if_due, make_backup
from bedside.storage.backup import (
    KEEP,
    Backup,
    BackupCheck,
    Restored,
    check_backup,
    list_backups,
    record_backup,
    restore_backup,
    verified_backups,
)

__all__ = [
    "KEEP",
    "Backup",
    "BackupCheck",
    "Restored",
    "backup_if_due",
    "check_backup",
    "list_backups",
    "make_backup",
    "record_backup",
    "restore_backup",
    "verified_backups",
]
