"""Moving a workstation's ward database to a PostgreSQL ward server (`bedside move-to`, docs/ward-server.md),
and setting up a ward server (`bedside server init`), offered here as the one way in for the command line."""

from __future__ import annotations

from bedside.storage.postgres.server_init import initialise
from bedside.storage.server_move import Moved, move_to_server

__all__ = ["Moved", "initialise", "move_to_server"]
