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
WARD_SERVER_FILE = "ward-server"  # this workstation's choice of a ward server's address (docs/ward-server.md)


def data_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def database_path(explicit: str | None = None) -> Path:
    """A database file: --db wins, then BEDSIDE_DB, then the platform's app-data folder.

    For what works on a file only. A ward server address (postgresql://...) is refused here, before Path()
    folds its "//" into a folder name; database_target() takes one."""
    chosen = explicit or os.environ.get(DB_ENV)
    from bedside.config.db_address import refuse_server_url  # here: the storage package imports this module

    refuse_server_url(chosen)
    return Path(chosen).expanduser() if chosen else data_dir() / DB_FILENAME


def database_target(explicit: str | None = None) -> Path | str:
    """The ward's database: --db wins, then BEDSIDE_DB, then this workstation's chosen ward server
    (ward_server_choice()), then its own file in the app-data folder. A server address stays a str."""
    from bedside.config.db_address import is_server_url

    chosen = explicit or os.environ.get(DB_ENV)
    if is_server_url(chosen):
        return str(chosen).strip()
    if chosen:
        return database_path(chosen)
    return ward_server_choice() or database_path(None)


def ward_server_choice() -> str | None:
    """The ward server this workstation was set to use (`bedside server use`, docs/ward-server.md), or None:
    its own database file. One line, an address without a password."""
    from bedside.config.db_address import is_server_url

    try:
        text = (data_dir() / WARD_SERVER_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as err:
        from bedside.domain.errors import StorageError

        raise StorageError(f"cannot read this workstation's ward server setting: {err.strerror or err}") from err
    if not text:
        return None
    if not is_server_url(text):
        from bedside.domain.errors import StorageError

        raise StorageError(
            f"this workstation's ward server setting ({data_dir() / WARD_SERVER_FILE}) is not a postgresql:// "
            "address; set it again with `bedside server use ADDRESS`, or remove the file to use this computer's "
            "own database"
        )
    return text


def choose_ward_server(url: str | None) -> Path:
    """Keep (or with None, forget) this workstation's ward server; refused with a password in it, which
    belongs in pgpass or the keyring (docs/ward-server.md), never in a setting."""
    from bedside.config.db_address import has_password, is_server_url, shown
    from bedside.domain.errors import BedsideError

    setting = data_dir() / WARD_SERVER_FILE
    if url is None:
        setting.unlink(missing_ok=True)
        return setting
    if not is_server_url(url):
        raise BedsideError(f"{url!r} is not a postgresql:// address")
    if has_password(url):
        raise BedsideError(
            f"{shown(url)} carries a password; Bedside never keeps one in its settings. Give the address without "
            "it and put the password in this workstation's pgpass file or keyring (docs/ward-server.md)"
        )
    setting.parent.mkdir(parents=True, exist_ok=True)
    part = setting.with_name(setting.name + ".part")
    part.write_text(url.strip() + "\n", encoding="utf-8")
    os.replace(part, setting)
    return setting


def backup_dir(database: Path | str) -> Path:
    """Where verified backups of a database go by default: beside it (<data dir>/backups for the usual file)."""
    db = Path(database)
    # Another database file in the same folder gets its own folder, so two wards' backups never mix.
    return db.parent / ("backups" if db.name == DB_FILENAME else f"{db.stem}-backups")
