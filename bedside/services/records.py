"""The values the services take and give back, named once for the window and the command line.

Each is defined in storage, beside the table it reads; the layers above import them from here, so only
services reach into storage (the import contracts in pyproject.toml check it).
"""

from __future__ import annotations

from bedside.storage import Store
from bedside.storage.access import User
from bedside.storage.audit import Actor, ChainReport, Event, utc_now
from bedside.storage.entries import TABLES, EntryRow

__all__ = ["TABLES", "Actor", "ChainReport", "EntryRow", "Event", "Store", "User", "utc_now"]
