"""The core (bedside/) runs without Qt: the CLI, the tests and a headless server need no PySide6."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "bedside"

IMPORT_ALL_WITHOUT_QT = r"""
import importlib, json, pkgutil, sys
sys.modules["PySide6"] = None      # any "import PySide6..." now raises ImportError
sys.modules["shiboken6"] = None
import bedside
names, failures = ["bedside"], {}
def record(name):
    failures[name] = "walk failed"
for info in pkgutil.walk_packages(bedside.__path__, "bedside.", onerror=record):
    names.append(info.name)
    try:
        importlib.import_module(info.name)
    except BaseException as err:
        failures[info.name] = f"{type(err).__name__}: {err}"
loaded = sorted(m for m in sys.modules if m == "ui" or m.startswith("ui."))
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")
            and sys.modules[m] is not None)
print(json.dumps({"names": names, "failures": failures, "ui": loaded, "qt": qt}))
"""


def _run_without_qt() -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL_WITHOUT_QT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _source_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_core_module_imports_without_qt() -> None:
    outcome = _run_without_qt()

    assert outcome["failures"] == {}
    assert outcome["qt"] == []
    assert set(_source_modules()) <= set(outcome["names"])  # the walk really saw every file


def test_importing_the_core_loads_no_ui_module() -> None:
    assert _run_without_qt()["ui"] == []


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(str(node.args[0].value))
    return found


def test_no_core_source_imports_ui_or_qt_even_lazily() -> None:
    """Catches imports inside functions too, which importing the modules would not run."""
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        bad = {name for name in _imported_modules(path) if name.split(".")[0] in ("ui", "PySide6", "shiboken6")}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}
    assert len(list(PACKAGE.rglob("*.py"))) >= 10  # really looked at the package
