"""Privacy (docs/reliability.md, decision 6): a canary patient goes through every feature; its name and MRN
then appear only in the database (and its verified backups) and in the files the user chose to write.

Everything runs in separate processes whose HOME, TMPDIR and XDG folders point into one sandbox, so
every file Bedside writes (settings, caches, temp files, logs) is searched, along with every file name,
every process's output, and the PDF metadata of the exports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import DATA

REPO = Path(__file__).parents[1]
NAME, MRN = "Zyqcanary, Vexilla", "CANARY-7731"
NEEDLES = [text.encode(enc) for text in (NAME, MRN, "Zyqcanary") for enc in ("utf-8", "utf-16-le")]


def canary_document() -> dict[str, object]:
    doc = json.loads((DATA / "example-1.json").read_text(encoding="utf-8"))
    doc["patient"].update({"mrn": MRN, "name": NAME, "ward": "H5"})
    doc["therapy"]["infusion_dates"] = [time.strftime("%Y-%m-%d", time.localtime(time.time() - 5 * 86400))]
    return doc


def holds_canary(path: Path) -> bool:
    data = path.read_bytes()
    return any(needle in data for needle in NEEDLES)


@pytest.mark.skipif(sys.platform == "win32", reason="the sandbox relies on XDG folders (Linux)")
def test_the_canary_appears_only_in_the_database_and_chosen_exports(tmp_path: Path) -> None:
    sandbox, inputs, exports = tmp_path / "sandbox", tmp_path / "inputs", tmp_path / "exports"
    home, tmp, work = sandbox / "home", sandbox / "tmp", sandbox / "work"
    for folder in (home, tmp, work, inputs, exports):
        folder.mkdir(parents=True)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(sandbox / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
    }
    (sandbox / "runtime").mkdir(mode=0o700)
    patient_file = inputs / "canary.json"
    patient_file.write_text(json.dumps(canary_document()), encoding="utf-8")
    outputs: list[str] = []

    def run(*args: str | Path, script: Path = REPO / "main.py") -> None:
        done = subprocess.run(
            [sys.executable, str(script), *map(str, args)],
            cwd=work,
            env=env,
            capture_output=True,
            input="2580\n",  # WN's PIN, once the walk has added WN as a user
            text=True,
            timeout=180,
            check=False,
        )
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        outputs.extend((done.stdout if args[:1] not in (("export",),) else "", done.stderr))

    run("--user", "WN", "import", patient_file)
    run("checklist", "--mrn", MRN, "--date", time.strftime("%Y-%m-%d"), "--format", "json")
    run("--user", "WN", "handover", "--ward", "H5", "--out", exports / "handover.pdf")
    run("--user", "WN", "plan", "--mrn", MRN, "--out", exports / "plan.pdf")
    run("--user", "WN", "export", "--mrn", MRN, "--out", exports / "patient.json")
    run("--user", "WN", "ward-list", "--ward", "H5", "--out", exports / "ward.csv")
    run("--user", "WN", "backup")
    run(exports, script=REPO / "tests" / "canary_walk.py")
    run("--user", "WN", "backup", "--keep", "3")

    data_dir = home / ".local" / "share" / "Bedside"
    database_files = {"bedside.sqlite3", "bedside.sqlite3-wal", "bedside.sqlite3-shm"}
    allowed = []
    found_in = []
    for path in sorted(sandbox.rglob("*")):
        assert not any(n.decode("utf-8", "ignore") in str(path) for n in NEEDLES[::2]), f"a file name: {path}"
        if not path.is_file():
            continue
        is_database = path.parent == data_dir and path.name in database_files
        is_backup = path.parent == data_dir / "backups" and path.suffix == ".sqlite3"
        if is_database or is_backup:
            allowed.append(path)
        elif holds_canary(path):
            found_in.append(path.relative_to(sandbox))
    assert found_in == [], f"the canary leaked into {found_in}"
    assert any(holds_canary(p) for p in allowed)  # it was really stored, so the search could find it
    assert not any(n.decode("utf-8", "ignore") in text for text in outputs for n in NEEDLES[::2])
    # The exports the user asked for hold the patient, but PDF metadata and file names never do.
    assert {p.name for p in exports.iterdir()} >= {"handover.pdf", "plan.pdf", "patient.json", "ward.csv"}
    assert all(MRN not in p.name for p in exports.iterdir())
    for pdf in exports.glob("*.pdf"):
        metadata = PdfReader(pdf).metadata or {}
        assert not any("Zyqcanary" in str(v) or MRN in str(v) for v in metadata.values()), pdf
    assert holds_canary(exports / "patient.json") and holds_canary(exports / "ward.csv")
