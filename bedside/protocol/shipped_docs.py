"""The shipped profiles' books and coverage table, as docs/protocols/ holds them (file name -> Markdown)."""

from __future__ import annotations

from bedside.protocol.book import REGENERATE, build_book
from bedside.protocol.book_markdown import book_markdown
from bedside.protocol.coverage import coverage, coverage_markdown
from bedside.protocol.loader import load_protocol, shipped_protocols

DOCS_FOLDER = "docs/protocols"
COVERAGE_FILE = "COVERAGE.md"


def shipped_docs() -> dict[str, str]:
    """Every shipped protocol's book (<id>.md) and docs/protocols/COVERAGE.md, from the protocol files as they are."""
    protocols = [load_protocol(pid) for pid in shipped_protocols()]
    files = {f"{p.id}.md": book_markdown(build_book(p), REGENERATE) for p in protocols}
    files[COVERAGE_FILE] = coverage_markdown(coverage(protocols), REGENERATE)
    return files
