"""Run a restore and die (os._exit, like SIGKILL: no cleanup runs) at the Nth file-system step.

python -m tests.restore_kill DATABASE BACKUP N  ->  exit 9 when killed at step N, 0 when the restore ended
first. Steps counted: os.link, os.replace, os.unlink, os.fsync (every rename, delete and flush a restore makes).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from bedside.storage import backup
from bedside.storage.audit import Actor


def main(database: str, backup_file: str, kill_at: int) -> int:
    done = [0]

    def counted(real: Any) -> Any:
        def step(*args: Any, **kwargs: Any) -> Any:
            done[0] += 1
            if done[0] == kill_at:
                os._exit(9)
            return real(*args, **kwargs)

        return step

    for name in ("link", "replace", "unlink", "fsync"):
        setattr(os, name, counted(getattr(os, name)))
    backup.restore_backup(database, backup_file, Actor("RS", "ws-restore"))
    print(f"steps {done[0]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
