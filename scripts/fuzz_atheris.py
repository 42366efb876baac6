"""Coverage-guided fuzzing of the patient importer and the protocol loader with atheris (libFuzzer).

The hypothesis fuzz tests (tests/test_fuzz_*.py) run in CI; this runs for as long as you like and
keeps what it learns in a corpus folder. atheris is not a Bedside dependency: install it by hand.

    .venv/bin/pip install atheris
    .venv/bin/python scripts/fuzz_atheris.py patient -max_total_time=300
    .venv/bin/python scripts/fuzz_atheris.py protocol -max_total_time=300 fuzz-corpus/protocol

Without a corpus folder it starts from a temporary one seeded with tests/data/*.json or the
shipped protocols. Only PatientFormatError / ProtocolError may come out: anything else is a crash,
and libFuzzer writes the input that caused it to ./crash-<hash>. Replay one with:

    .venv/bin/python scripts/fuzz_atheris.py patient crash-<hash>
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

with atheris.instrument_imports(include=["bedside"]):
    from bedside.domain.errors import PatientFormatError
    from bedside.patient_file.format import parse_json_bytes
    from bedside.protocol.loader import ProtocolError, load_bundle, shipped_dir

SHIPPED = {p.name: p.read_text(encoding="utf-8") for p in shipped_dir().glob("*.toml")}


def patient(data: bytes) -> None:
    with contextlib.suppress(PatientFormatError):  # a clear refusal is the right answer to most inputs
        parse_json_bytes(data, "fuzz.json")


def protocol(data: bytes) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return  # bytes are checked by read_text; the loader proper takes text
    with contextlib.suppress(ProtocolError):
        load_bundle({**SHIPPED, "fuzz.toml": text}, "fuzz")  # may extend a shipped profile


TARGETS: dict[str, tuple[Callable[[bytes], None], list[Path], int]] = {
    "patient": (patient, sorted((REPO / "tests" / "data").glob("*.json")), 16_384),
    "protocol": (protocol, sorted(shipped_dir().glob("*.toml")), 65_536),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} patient|protocol [libFuzzer options] [corpus folder]")
    target, seeds, max_len = TARGETS[sys.argv[1]]
    options = sys.argv[2:]
    if not any(not o.startswith("-") for o in options):
        corpus = Path(tempfile.mkdtemp(prefix=f"bedside-atheris-{sys.argv[1]}-"))
        for seed in seeds:
            shutil.copy(seed, corpus)
        options.append(str(corpus))
    if not any(o.startswith("-max_len=") for o in options):
        options.insert(0, f"-max_len={max_len}")
    atheris.Setup([sys.argv[0], *options], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
