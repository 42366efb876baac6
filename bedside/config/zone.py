"""The ward's time zone: a check is stamped in UTC and counts on the local day it was made.

A named zone (Europe/Berlin) follows summer time; a fixed offset would not. The site may set one
in the database (meta "site_timezone"); otherwise the workstation's own zone is used.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def site_zone(setting: str | None = None) -> tzinfo:
    for name in (setting, os.environ.get("TZ"), _linux_zone_name()):
        if name:
            try:
                return ZoneInfo(name.lstrip(":"))
            except (ZoneInfoNotFoundError, ValueError):
                continue
    local = datetime.now().astimezone().tzinfo  # Windows and macOS without TZ: today's offset
    assert local is not None
    return local


def _linux_zone_name() -> str | None:
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve())
    except OSError:
        return None
    marker = "/zoneinfo/"
    if marker in target:
        return target.split(marker, 1)[1]
    timezone = Path("/etc/timezone")
    return timezone.read_text(encoding="utf-8").strip() if timezone.exists() else None
