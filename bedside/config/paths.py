"""Where Bedside keeps its data, without Qt.

Matches QStandardPaths.AppLocalDataLocation for application "Bedside" (a ui test checks this),
so the CLI and the window always open the same file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Bedside"
DB_FILENAME = "bedside.sqlite3"
DB_ENV = "BEDSIDE_DB"


def data_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def database_path(explicit: str | None = None) -> Path:
    """--db wins, then BEDSIDE_DB, then the platform's app-data folder.

    A ward server address (postgresql://...) is refused here, before Path() folds its "//" into a folder name."""
    chosen = explicit or os.environ.get(DB_ENV)
    from bedside.config.db_address import refuse_server_url  # here: the storage package imports this module

    refuse_server_url(chosen)
    return Path(chosen).expanduser() if chosen else data_dir() / DB_FILENAME


def backup_dir(database: Path | str) -> Path:
    """Where verified backups of a database go by default: beside it (<data dir>/backups for the usual file)."""
    db = Path(database)
    # Another database file in the same folder gets its own folder, so two wards' backups never mix.
    return db.parent / ("backups" if db.name == DB_FILENAME else f"{db.stem}-backups")
