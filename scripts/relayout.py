"""Move modules into the layout of docs/architecture.md and rewrite every reference to them.

    python scripts/relayout.py              move the files (git mv) and rewrite every import and path
    python scripts/relayout.py --fix-imports [FILE ...]
                                            rewrite only (default: the files that differ from main), for a
                                            branch that was written before the move and has merged it since

Kept in the repository so a branch started before the move can catch up with one command.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# old module -> new module (dotted). A package maps its __init__.
MOVES: dict[str, str] = {
    # the command line
    "bedside.cli": "bedside.cli.entry",
    "bedside.commands": "bedside.cli.commands",
    "bedside.cli_auth": "bedside.cli.auth",
    "bedside.audit_commands": "bedside.cli.audit",
    "bedside.backup_commands": "bedside.cli.backup",
    "bedside.book_commands": "bedside.cli.book",
    "bedside.server_commands": "bedside.cli.server",
    "bedside.interop.commands": "bedside.cli.interop",
    "bedside.interop.labs.command": "bedside.cli.labs",
    "bedside.interop.labs.session": "bedside.services.lab_files",
    "bedside.launch": "bedside.cli.launch",
    # the engine: protocol + patient facts + date -> checklist
    "bedside.engine": "bedside.engine.core",
    "bedside.course": "bedside.engine.course",
    "bedside.course_memo": "bedside.engine.course_memo",
    "bedside.completion": "bedside.engine.completion",
    "bedside.facts": "bedside.engine.facts",
    "bedside.fact_words": "bedside.engine.fact_words",
    "bedside.why_text": "bedside.engine.why_text",
    "bedside.patient_index": "bedside.engine.patient_index",
    "bedside.scores": "bedside.engine.scores",
    "bedside.urgency": "bedside.engine.urgency",
    # plain values every layer shares
    "bedside.checklist": "bedside.domain.checklist",
    "bedside.dates": "bedside.domain.dates",
    "bedside.errors": "bedside.domain.errors",
    "bedside.input_limits": "bedside.domain.input_limits",
    "bedside.plausibility": "bedside.domain.plausibility",
    # this workstation and site: where data lives, the time zone, the language, the settings, files written
    "bedside.paths": "bedside.config.paths",
    "bedside.settings": "bedside.config.settings",
    "bedside.site_zone": "bedside.config.zone",
    "bedside.language": "bedside.config.language",
    "bedside.file_out": "bedside.config.file_out",
    "bedside.storage.backend": "bedside.config.db_address",
    # the bedside-patient/1 file
    "bedside.patient_format": "bedside.patient_file.format",
    "bedside.patient_reader": "bedside.patient_file.reader",
    "bedside.patient_export": "bedside.patient_file.export",
    "bedside.demo": "bedside.patient_file.demo",
    # what a screen shows, as plain data
    "bedside.day_view": "bedside.views.day",
    "bedside.patient_view": "bedside.views.patient_header",
    "bedside.ward": "bedside.views.board",
    "bedside.follow_up": "bedside.views.follow_up",
    "bedside.timeline": "bedside.views.timeline",
    "bedside.trends": "bedside.views.trends",
    # printed sheets: data first, then render/
    "bedside.handover": "bedside.printouts",
    "bedside.handover.data": "bedside.printouts.data",
    "bedside.handover.gather": "bedside.printouts.gather",
    "bedside.handover.sections": "bedside.printouts.sections",
    "bedside.handover.recent": "bedside.printouts.recent",
    "bedside.handover.plan": "bedside.printouts.plan",
    "bedside.handover.plan_words": "bedside.printouts.plan_words",
    "bedside.handover.ward_sheet": "bedside.printouts.ward_sheet",
    "bedside.handover.paper": "bedside.printouts.paper",
    "bedside.ward_list": "bedside.printouts.ward_list_csv",
    "bedside.handover.pdf": "bedside.printouts.render.handover_pdf",
    "bedside.handover.book_pdf": "bedside.printouts.render.book_pdf",
    "bedside.handover.plan_pdf": "bedside.printouts.render.plan_pdf",
    "bedside.handover.ward_sheet_pdf": "bedside.printouts.render.ward_sheet_pdf",
    "bedside.handover.fonts": "bedside.printouts.render.fonts",
    "bedside.handover.layout": "bedside.printouts.render.layout",
    "bedside.handover.text": "bedside.printouts.render.text",
    # ui: the board
    "ui.board_model": "ui.board.model",
    "ui.board_page": "ui.board.page",
    "ui.filtering": "ui.board.filtering",
    "ui.follow_up_view": "ui.board.follow_up",
    # ui: one patient
    "ui.patient_view": "ui.patient.view",
    "ui.checklist_model": "ui.patient.checklist_model",
    "ui.checklist_tab": "ui.patient.checklist_tab",
    "ui.history_model": "ui.patient.history_model",
    "ui.history_tab": "ui.patient.history_tab",
    "ui.labs_tab": "ui.patient.labs_tab",
    "ui.timeline_canvas": "ui.patient.timeline_canvas",
    "ui.timeline_tab": "ui.patient.timeline_tab",
    "ui.trend_chart": "ui.patient.trend_chart",
    "ui.entry_forms": "ui.patient.entry_forms",
    "ui.patient_fields": "ui.patient.fields",
    "ui.typed_input": "ui.patient.typed_input",
    "ui.unsaved": "ui.patient.unsaved",
    # ui: dialogs
    "ui.patient_dialog": "ui.dialogs.patient_dialog",
    "ui.settings_form": "ui.dialogs.settings_form",
    "ui.workstation_form": "ui.dialogs.workstation_form",
    "ui.lab_import": "ui.dialogs.lab_import",
    "ui.users_dialog": "ui.dialogs.users_dialog",
    "ui.recovery": "ui.dialogs.recovery",
    # ui: who is at the keyboard
    "ui.sign_in": "ui.access.sign_in",
    "ui.emergency": "ui.access.emergency",
    "ui.lock": "ui.access.lock",
    "ui.session": "ui.access.session",
    # ui: menu actions that are not printing
    "ui.backup_actions": "ui.actions.backups",
    "ui.export_actions": "ui.actions.export",
    "ui.interop_actions": "ui.actions.interop",
    "ui.stay_actions": "ui.actions.stays",
    "ui.patient_files": "ui.actions.patient_files",
    "ui.audit_check": "ui.actions.audit_check",
    "ui.file_check": "ui.actions.file_check",
    # ui: printing
    "ui.handover_preview": "ui.printing.preview",
    "ui.print_actions": "ui.printing.actions",
    "ui.paper": "ui.printing.paper",
    "ui.printer_defaults": "ui.printing.printer_defaults",
}

# (module, name) -> (module, name): names that left their module in the move (the module as named after it).
NAME_MOVES: dict[tuple[str, str], tuple[str, str]] = {
    **{
        (module, name): ("bedside.services.printout_data", name)
        for module in ("bedside.printouts", "bedside.printouts.gather", "bedside.printouts.plan")
        for name in (
            "ward_handover",
            "patient_handover",
            "follow_up_plan",
            "printout_of",
            "language_for",
            "is_demo",
            "ward_handover_pdf",
            "patient_handover_pdf",
            "follow_up_plan_pdf",
        )
    },
    ("bedside.printouts.gather", "choose_severity"): ("bedside.printouts.severity", "choose_severity"),
    ("bedside.printouts.ward_list_csv", "write_ward_list"): ("bedside.services.ward_list", "write_ward_list"),
    ("bedside.printouts.ward_list_csv", "ward_rows"): ("bedside.services.ward_list", "ward_rows"),
    ("bedside.printouts.ward_list_csv", "AUDIT_ACTION"): ("bedside.storage.store_ward", "WARD_LIST_ACTION"),
    ("bedside.views.board", "board"): ("bedside.services.board", "rows"),
    ("bedside.views.follow_up", "follow_up_list"): ("bedside.services.board", "follow_up"),
    **{
        ("bedside.engine.facts", name): ("bedside.protocol.fact_vocabulary", name)
        for name in ("FACT_DOCS", "FACT_NAMES", "FactSettings", "DEFAULT_SETTINGS", "EPISODE_DAYS")
    },
    ("bedside.storage.backup", "make_backup"): ("bedside.storage.any_backup", "make_backup"),
    ("bedside.storage.backup", "backup_if_due"): ("bedside.storage.any_backup", "backup_if_due"),
    ("bedside.cli.entry", "parse_day"): ("bedside.cli.dates", "parse_day"),
    ("ui.access.sign_in", "LOCK_OK"): ("ui.access.lock_ok", "LOCK_OK"),
    **{
        ("ui.printing.actions", name): ("ui.printing.printable", name)
        for name in (
            "KINDS",
            "PRINT_DPI",
            "printed_by",
            "printed_at",
            "Gathered",
            "Printable",
            "page_image",
            "print_pages",
        )
    },
    ("bedside.storage.access", "LOCK_MINUTES_RANGE"): ("bedside.config.settings", "LOCK_MINUTES_RANGE"),
    ("bedside.storage.access", "LOCK_MINUTES_DEFAULT"): ("bedside.config.settings", "LOCK_MINUTES_DEFAULT"),
}

PACKAGE_DOCS = {
    "bedside.cli": "The `bedside` command line: parsing (entry.py) and one module per group of sub-commands.",
    "bedside.engine": "The checklist engine: a pure function of protocol, patient facts and date.",
    "bedside.config": "This workstation and site: where data lives, time zone, language, settings, files written.",
    "bedside.patient_file": "The bedside-patient/1 file: read, validate and write it (docs/patient-format.md).",
    "bedside.views": "What a screen shows, as plain data computed in the core: the board, a day, a patient's header.",
    "bedside.printouts.render": "Printed sheets drawn with reportlab from the data the printouts package gathered.",
    "ui.board": "The ward board: the patients on the ward, today's counts, filters, discharged patients' follow-up.",
    "ui.patient": "One patient's window: checklist, labs, history, timeline and the forms that record them.",
    "ui.dialogs": "Dialogs: patient details, users and settings, this workstation, lab import, recovery.",
    "ui.access": "Who is at the keyboard: sign-in, lock, emergency access, the session.",
    "ui.actions": "Menu actions that are not printing: backups, exports, patient files, stays, checks of the file.",
    "ui.printing": "Printing: the preview, the print actions, paper and the workstation's printer defaults.",
}

TEXT_SUFFIXES = {".py", ".md", ".toml", ".spec", ".sh", ".cfg", ".ini", ".txt", ".yml", ".yaml"}
TEXT_NAMES = {"Makefile", "run"}


def module_path(module: str) -> Path:
    """Where a module's file is (or will be): a package is its __init__.py."""
    parts = module.split(".")
    if module in PACKAGES_AFTER or module in PACKAGES_BEFORE:
        return Path(*parts, "__init__.py")
    return Path(*parts).with_suffix(".py")


PACKAGES_BEFORE = {"bedside.handover", "bedside.interop", "bedside.interop.labs"}
PACKAGES_AFTER = {m for m in {n.rsplit(".", 1)[0] for n in MOVES.values()}} | {"bedside.printouts"}
NEW_MODULES = set(MOVES.values()) | PACKAGES_AFTER


def _old_prefix(dotted: str) -> str | None:
    """The longest old module name that `dotted` starts with, unless a new module explains it better."""
    parts = dotted.split(".")
    for n in range(len(parts), 0, -1):
        head = ".".join(parts[:n])
        if head in MOVES and head not in NEW_MODULES:
            return head
        if head in MOVES and head in NEW_MODULES:  # bedside.engine, bedside.cli: old module, new package
            return head if n == len(parts) or parts[n] not in _new_children(head) else None
        if head in NEW_MODULES:
            return None
    return None


def _new_children(package: str) -> set[str]:
    return {m[len(package) + 1 :].split(".")[0] for m in NEW_MODULES if m.startswith(package + ".")}


DOTTED = re.compile(r"(?<![\w.])((?:bedside|ui)(?:\.\w+)+)")
SLASHED = re.compile(r"(?<![\w./])((?:bedside|ui)(?:/\w+)+(?:\.py)?/?)")


def _rewrite_dotted(match: re.Match[str]) -> str:
    dotted = match.group(1)
    old = _old_prefix(dotted)
    return MOVES[old] + dotted[len(old) :] if old else dotted


def _rewrite_slashed(match: re.Match[str]) -> str:
    text = match.group(1)
    trail = "/" if text.endswith("/") else ""
    bare = text.rstrip("/")
    if bare.endswith(".py"):
        mod = bare[:-3].replace("/", ".")
        if mod.endswith(".__init__"):
            mod = mod[: -len(".__init__")]
            if mod in MOVES and MOVES[mod] in PACKAGES_AFTER | {"bedside.printouts"}:
                return "/".join(MOVES[mod].split(".")) + "/__init__.py" + trail
        if mod in MOVES and _old_prefix(mod) == mod:
            return str(module_path(MOVES[mod])) + trail
        return text
    mod = bare.replace("/", ".")
    if mod in MOVES and mod in PACKAGES_BEFORE:  # a folder: bedside/handover/ -> bedside/printouts/
        return "/".join(MOVES[mod].split(".")) + trail
    return text


def absolute(module: str | None, level: int, here: str, is_package: bool) -> str:
    if not level:
        return module or ""
    base = here.split(".") if is_package else here.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def rewrite_imports(source: str, here: str, is_package: bool) -> str:
    """`from X import m` where X.m moved becomes `from new_parent import new_leaf as m` (local names stay)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    lines = source.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):  # import old.module [as name]
            parts = []
            for alias in node.names:
                old = _old_prefix(alias.name)
                name = MOVES[old] + alias.name[len(old) :] if old else alias.name
                parts.append(name + (f" as {alias.asname}" if alias.asname else ""))
            if any(_old_prefix(a.name) for a in node.names):
                first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
                indent = re.match(r"\s*", lines[first]).group(0)  # type: ignore[union-attr]
                edits.append((first, last, f"{indent}import {', '.join(parts)}\n"))
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        mod = absolute(node.module, node.level, here, is_package)
        if not (mod == "bedside" or mod == "ui" or mod.startswith(("bedside.", "ui."))):
            continue
        names_are_new_children = any(a.name in _new_children(mod) for a in node.names if mod in NEW_MODULES)
        kept: list[str] = []
        statements: list[str] = []
        moved = False
        for alias in node.names:
            local = alias.asname or alias.name
            full = f"{mod}.{alias.name}"
            if full in MOVES and _old_prefix(full) == full:
                moved = True
                parent, leaf = MOVES[full].rsplit(".", 1)
                statements.append(f"from {parent} import {leaf}" + (f" as {local}" if leaf != local else ""))
            else:
                kept.append(alias.name + (f" as {alias.asname}" if alias.asname else ""))
        target = mod
        if not names_are_new_children and mod in MOVES and _old_prefix(mod) == mod:
            target = MOVES[mod]
        staying = []
        for entry in kept:  # a name that left its module in the move goes where it lives now
            name, _, asname = entry.partition(" as ")
            if (target, name) in NAME_MOVES:
                moved = True
                new_module, new_name = NAME_MOVES[(target, name)]
                local = asname or name
                statements.append(
                    f"from {new_module} import {new_name}" + (f" as {local}" if local != new_name else "")
                )
            else:
                staying.append(entry)
        kept = staying
        if kept:
            statements.insert(0, f"from {target} import {', '.join(kept)}")
        first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        indent = re.match(r"\s*", lines[first]).group(0)  # type: ignore[union-attr]
        tail = lines[last][node.end_col_offset :].rstrip("\n") if node.end_col_offset is not None else ""
        new = "".join(indent + s + "\n" for s in statements)
        if tail.strip():
            new = new.rstrip("\n") + tail + "\n"
        if moved or target != mod:
            edits.append((first, last, new))
    for first, last, new in sorted(edits, reverse=True):
        lines[first : last + 1] = [new]
    return "".join(lines)


IMPORT_LINE = re.compile(r"^\s*(from|import)\s")


def rewrite_text(text: str, python: bool = False) -> str:
    """Dotted names and paths in prose, strings and comments; a Python file's import lines are the AST's job."""
    out = []
    for line in text.splitlines(keepends=True):
        if not (python and IMPORT_LINE.match(line)):
            line = DOTTED.sub(_rewrite_dotted, line)
        out.append(SLASHED.sub(_rewrite_slashed, line))
    return "".join(out)


def module_of(path: Path) -> tuple[str, bool]:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def fix(paths: list[Path]) -> int:
    changed = 0
    for path in paths:
        if not path.is_file() or not (path.suffix in TEXT_SUFFIXES or path.name in TEXT_NAMES):
            continue
        text = path.read_text(encoding="utf-8")
        new = text
        if path.suffix in (".py", ".spec"):
            here, is_package = module_of(path)
            new = rewrite_imports(new, here, is_package)
        new = rewrite_text(new, python=path.suffix in (".py", ".spec"))
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed += 1
    return changed


def tracked() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / p for p in out.splitlines() if not p.startswith("scripts/relayout.py")]


def differing_from_main() -> list[Path]:
    diff = subprocess.run(["git", "diff", "--name-only", "main"], cwd=ROOT, capture_output=True, text=True).stdout
    new = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    return [ROOT / p for p in (diff + new).splitlines() if p and not p.startswith("scripts/relayout.py")]


def move() -> None:
    for old, new in sorted(MOVES.items(), key=lambda kv: kv[0].count("."), reverse=True):
        src = ROOT / module_path(old)
        dst = ROOT / module_path(new)
        if old == "bedside.handover":
            continue  # the folder moves as a whole below
        dst.parent.mkdir(parents=True, exist_ok=True)
        if old in ("bedside.engine", "bedside.cli"):
            src = ROOT / Path(*old.split(".")).with_suffix(".py")
        if src.exists():
            subprocess.run(["git", "mv", str(src), str(dst)], cwd=ROOT, check=True)
    handover = ROOT / "bedside" / "handover"
    printouts = ROOT / "bedside" / "printouts"
    for f in sorted(handover.glob("*.py")):
        target = printouts / f.name
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "mv", str(f), str(target)], cwd=ROOT, check=True)
    for package, doc in PACKAGE_DOCS.items():
        init = ROOT / Path(*package.split(".")) / "__init__.py"
        if not init.exists():
            init.write_text(f'"""{doc}"""\n', encoding="utf-8")
            subprocess.run(["git", "add", str(init)], cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fix-imports", action="store_true")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    if args.fix_imports:
        files = [p.resolve() for p in args.files] if args.files else differing_from_main()
        print(f"relayout: rewrote {fix(files)} file(s)")
        return 0
    before = tracked()
    sources = {p: p.read_text(encoding="utf-8") for p in before if p.suffix in (".py", ".spec")}
    # imports first, while each file still knows its old module name (relative imports resolve there)
    for path, text in sources.items():
        here, is_package = module_of(path)
        new = rewrite_imports(text, here, is_package)
        if new != text:
            path.write_text(new, encoding="utf-8")
    move()
    print(f"relayout: moved, rewrote {fix(tracked())} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
