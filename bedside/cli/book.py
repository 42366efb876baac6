"""`bedside protocol describe` and `bedside protocol coverage`; bedside/cli/entry.py only wires them in.

describe writes one protocol's book (Markdown, or a PDF to sign); with --all, every shipped profile's
book and the coverage table into a folder, as docs/protocols/ holds them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from bedside.config.file_out import write_private
from bedside.domain.errors import BedsideError

ACTIONS = ("describe", "coverage")


def add_parsers(psub: Any) -> None:
    """The two actions, on the `protocol` command's sub-parsers object."""
    describe = psub.add_parser("describe", help="every item of a protocol in words (Markdown, or a PDF to sign)")
    describe.add_argument("protocol", nargs="?", help="protocol id (e.g. ash-2024) or a protocol file")
    describe.add_argument("--format", choices=("md", "pdf"), help="md (default) or pdf; a .pdf --out implies pdf")
    describe.add_argument("--out", type=Path, help="file to write (default: standard output, Markdown only)")
    describe.add_argument(
        "--all", action="store_true", help="every shipped protocol and COVERAGE.md into the folder --out"
    )
    cover = psub.add_parser("coverage", help="which shipped protocol encodes which item (a Markdown table)")
    cover.add_argument("--out", type=Path, help="file to write (default: standard output)")


def run(args: argparse.Namespace) -> int:
    if args.action == "coverage":
        from bedside.protocol.coverage import coverage, coverage_markdown
        from bedside.protocol.loader import load_protocol, shipped_protocols

        table = coverage([load_protocol(pid) for pid in shipped_protocols()])
        return _emit(coverage_markdown(table).encode(), args.out)
    if args.all:
        return _describe_all(args)
    if not args.protocol:
        raise BedsideError("protocol describe: name a protocol id or file (e.g. ash-2024), or give --all --out FOLDER")
    from bedside.protocol.book import build_book
    from bedside.protocol.loader import load_protocol

    book = build_book(load_protocol(args.protocol))
    pdf = args.format == "pdf" or (args.format is None and args.out is not None and args.out.suffix == ".pdf")
    if not pdf:
        from bedside.protocol.book_markdown import book_markdown

        return _emit(book_markdown(book).encode(), args.out)
    if args.out is None:
        raise BedsideError("protocol describe: a PDF needs --out FILE (it is not written to the terminal)")
    from bedside.printouts.render.book_pdf import render_book

    rendered = render_book(book, f"Printed {datetime.now().astimezone():%Y-%m-%d %H:%M} by Bedside")
    for warning in rendered.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    write_private(args.out, rendered.pdf)
    print(f"wrote {args.out} ({rendered.pages} pages)", file=sys.stderr)
    return 0


def _describe_all(args: argparse.Namespace) -> int:
    if args.protocol:
        raise BedsideError("protocol describe: give a protocol or --all, not both")
    if args.out is None or args.format == "pdf":
        raise BedsideError("protocol describe --all: needs --out FOLDER and writes Markdown (e.g. docs/protocols)")
    if args.out.exists() and not args.out.is_dir():
        raise BedsideError(f"protocol describe --all: --out {args.out} is a file, not a folder")
    from bedside.protocol.shipped_docs import shipped_docs

    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in shipped_docs().items():
        write_private(args.out / name, text.encode())
        print(f"wrote {args.out / name}", file=sys.stderr)
    return 0


def _emit(data: bytes, out: Path | None) -> int:
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_private(out, data)
        print(f"wrote {out}", file=sys.stderr)
    return 0
