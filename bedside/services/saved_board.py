"""The board's memo kept between starts: a workstation that has shown the ward's board today shows it again at
the next start without counting every patient (docs/architecture.md, "The board's memo": "Kept between starts").

One file per database in this user's data folder (0600 in a 0700 folder, as the downtime copy), holding for each
active patient, by its row number in the database, the counted part of the board row (clinical values) and the
patient's change mark it was counted at. No MRN, name, bed or address is written: those are read from the
database at every board.
A saved row is a shortcut only; it is taken when all of these hold, and the patient is counted again otherwise:
- the file was written by the same Bedside code (a digest of its source files, or of the bundle);
- for the same database (the file's name is a digest of its address), the same local day and time zone;
- the audit trail still holds the newest row it held then, unchanged (not another copy of the database);
- the newest event without an MRN that may change a row is the same (a lab file, a setting, a restore);
- every protocol the rows were counted with has the same digest now;
- the patient's own newest event is the same (checked by BoardMemo.stale, as for the memo in memory).
A file that is missing, unreadable or of another shape is ignored (and overwritten at the next save).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

import bedside
from bedside.config.file_out import write_private
from bedside.config.paths import data_dir
from bedside.domain.checklist import Status
from bedside.domain.errors import BedsideError
from bedside.domain.patient import ProtocolPin
from bedside.engine.urgency import FnEpisode
from bedside.protocol.model import Protocol
from bedside.storage import Store
from bedside.storage.store_ward import Mark
from bedside.views.board import BoardRow

FORMAT = "bedside-board-memo/1"
KEEP_DAYS = 2  # a memo file not written for this long is removed
FOLDER = "board-memo"
FROM_DATABASE = ("mrn", "name", "ward", "bed", "product", "demo")  # read from the database at every board
log = logging.getLogger(__name__)
_HEX = re.compile(r"[0-9a-f]{12,128}")

Key = tuple[object, ...]  # BoardMemo.key: (database address, day, zone, the newest mark without an MRN)
Pinned = tuple[str, str] | None  # a protocol pin (id, version); None: the default protocol


def file_for(address: str) -> Path:
    """This user's memo file for one database (a file path or a ward server's address)."""
    name = hashlib.sha256(address.encode()).hexdigest()[:32]  # the address itself (a server's) is not written
    return data_dir() / FOLDER / f"{name}.json"


def _code_digest() -> str:
    """What the saved rows were computed by: Bedside's source files (else its compiled files), or the bundle's
    executable, which each build rewrites; and Python's version."""
    digest = hashlib.sha256(f"{bedside.__version__}\0{sys.version}\0".encode())
    package = Path(bedside.__file__).resolve().parent
    files = sorted(package.rglob("*.py")) or sorted(package.rglob("*.pyc"))
    for found in files:
        digest.update(found.relative_to(package).as_posix().encode() + b"\0" + found.read_bytes() + b"\0")
    if not files:  # a bundle: the code is inside the executable
        stat = os.stat(sys.executable)
        digest.update(f"{sys.executable}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


CODE = _code_digest()  # read when the code is loaded: an update installed while Bedside runs is not this code


def code_digest() -> str:
    return CODE


def save(
    path: Path, store: Store, key: Key, rows: Mapping[str, tuple[Mark, BoardRow]], protocols: Mapping[Pinned, Protocol]
) -> None:
    """Write the memo (after a whole board was counted). A failure is logged: the next start only counts more."""
    _address, day, zone, ward = key  # the address names the file (file_for), and is not written in it
    seq, head = store.trail_head()
    numbers = store.patient_numbers()
    text = {
        "format": FORMAT,
        "code": code_digest(),
        "day": day.isoformat() if isinstance(day, date) else None,
        "zone": _zone_name(zone),
        "ward_mark": _mark_out(ward),
        "trail_head": [seq, head],
        "protocols": [[list(pin) if pin else None, protocol.sha256] for pin, protocol in protocols.items()],
        "rows": {  # by the patient's row number: no MRN leaves the database (docs/reliability.md, decision 6)
            str(numbers[mrn]): {"mark": _mark_out(mark), **_row_out(row)}
            for mrn, (mark, row) in rows.items()
            if mrn in numbers
        },
    }
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private(path, json.dumps(text, separators=(",", ":")).encode())
        _remove_old(path.parent)
    except (OSError, BedsideError) as err:
        log.warning("the board's memo was not kept in %s: %s", path.name, type(err).__name__)


def load(
    path: Path, store: Store, key: Key, protocol_for: Callable[[ProtocolPin | None], Protocol]
) -> dict[str, tuple[Mark, BoardRow]]:
    """The saved rows still valid for `key` (BoardMemo.stale then drops those whose patient changed since)."""
    try:
        text = json.loads(path.read_bytes())
        return _valid_rows(text, store, key, protocol_for)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as err:
        # Unreadable, or of another shape: counted as if there were no file. The log names the kind of
        # problem only: a message could quote a saved value (docs/reliability.md, decision 6).
        log.warning("the board's memo in %s was not used: %s", path.name, type(err).__name__)
        return {}


def _valid_rows(
    text: dict[str, Any], store: Store, key: Key, protocol_for: Callable[[ProtocolPin | None], Protocol]
) -> dict[str, tuple[Mark, BoardRow]]:
    _address, day, zone, ward = key  # the same address: the same file (file_for)
    if (
        text["format"] != FORMAT
        or text["code"] != code_digest()
        or text["day"] != (day.isoformat() if isinstance(day, date) else None)
        or text["zone"] != _zone_name(zone)
        or _mark_in(text["ward_mark"]) != ward
    ):
        return {}
    seq, head = text["trail_head"]
    if not (_count(seq) and 0 <= seq < 2**63 and isinstance(head, str) and _HEX.fullmatch(head)):
        raise ValueError("a trail head of another shape")
    if store.head_problem(seq, head) is not None:  # another copy of the database, or a cut trail
        return {}
    for pin, sha in text["protocols"]:
        try:
            now = protocol_for(ProtocolPin(str(pin[0]), str(pin[1])) if pin else None)
        except BedsideError:
            return {}
        if now.sha256 != sha:
            return {}
    summaries = {s.mrn: s for s in store.patient_summaries()}
    mrns = {str(number): mrn for mrn, number in store.patient_numbers().items()}
    rows = {}
    for number, saved in text["rows"].items():
        mrn = mrns.get(number)
        if mrn in summaries:
            s = summaries[mrn]
            ids = {"mrn": s.mrn, "name": s.name, "ward": s.ward or "", "bed": s.bed or "", "product": s.product}
            rows[mrn] = (_mark_in(saved["mark"]), _row_in(saved, ids | {"demo": s.demo}, _zone(zone)))
    return rows


def _remove_old(folder: Path) -> None:
    """A memo serves its day only: files not written for KEEP_DAYS days (another database, or one no longer
    used) are removed, so the folder holds no more than the ward's recent counts."""
    too_old = time.time() - KEEP_DAYS * 86_400
    for found in folder.glob("*.json"):
        try:
            if found.stat().st_mtime < too_old:
                found.unlink()
        except OSError:
            continue  # gone meanwhile, or held by another start: tried again at the next save


def _row_out(row: BoardRow) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in dataclasses.fields(BoardRow):
        value = getattr(row, field.name)
        if field.name in FROM_DATABASE:
            continue
        if isinstance(value, FnEpisode):
            at = value.fever_at.replace(tzinfo=None).isoformat() if value.fever_at else None  # the ward's clock
            value = {"reading": value.reading, "anc": value.anc, "fever_at": at, "status": str(value.status)}
        elif isinstance(value, tuple):
            value = list(value)
        out[field.name] = value
    return out


def _row_in(saved: dict[str, Any], ids: dict[str, Any], zone: tzinfo | None) -> BoardRow:
    values: dict[str, Any] = dict(ids)
    for field in dataclasses.fields(BoardRow):
        if field.name in FROM_DATABASE:
            continue
        value = saved[field.name]
        if field.name == "fn" and value is not None:
            at = datetime.fromisoformat(value["fever_at"]).replace(tzinfo=zone) if value["fever_at"] else None
            value = FnEpisode(reading=value["reading"], anc=value["anc"], fever_at=at, status=Status(value["status"]))
        elif isinstance(value, list):
            value = tuple(value)
        if not SHAPES[field.name](value):
            raise ValueError(f"a saved {field.name} of another shape")  # never the value: it may be clinical
        values[field.name] = value
    return BoardRow(**values)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fn(value: object) -> bool:
    return value is None or (
        isinstance(value, FnEpisode)
        and (value.reading is None or isinstance(value.reading, str))
        and (value.anc is None or _number(value.anc))
    )


# What each saved field must be (a field added to BoardRow without a shape here fails the round-trip test).
SHAPES: dict[str, Callable[[object], bool]] = {
    "day": _count,
    "crs_grade": lambda v: v is None or _number(v),
    "icans_grade": lambda v: v is None or _number(v),
    "due": _count,
    "overdue": _count,
    "blocked": _count,
    "severity": lambda v: v in ("unstable", "watcher", "stable"),
    "protocol": lambda v: isinstance(v, str),
    "fn": _fn,
    "needs_data": _count,
    "missing_dates": lambda v: isinstance(v, tuple) and all(isinstance(d, str) for d in v),
}


def _zone_name(zone: object) -> str | None:
    return None if zone is None else str(zone)


def _mark_out(mark: object) -> list[Any] | None:
    return list(mark) if isinstance(mark, tuple) else None


def _zone(zone: object) -> tzinfo | None:
    if zone is None or isinstance(zone, tzinfo):
        return zone
    raise TypeError(f"a time zone, not {zone!r}")


def _mark_in(value: object) -> Mark:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError(f"a mark is [seq, text], not {value!r}")
    return (int(value[0]), str(value[1]))
