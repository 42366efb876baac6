"""A protocol book on paper, for the approving physician to read and sign. Lays out `bedside.protocol.book.Book`.

Only the render path imports this module (it imports reportlab at the top).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.colors import black  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table  # type: ignore[import-untyped]

from bedside.printouts.render.fonts import register
from bedside.printouts.render.layout import BODY_WIDTH, LIGHT, PageFurniture, build_pdf, section_start, stylesheet
from bedside.printouts.render.text import RenderedPdf, TextGuard
from bedside.protocol.book import Book, ItemPage, Line
from bedside.protocol.book_markdown import DISCLAIMER, READING_NOTES

BODY_SIZE = 9.5
SIGNATURE_ROWS = ("Centre", "Approving physician (name)", "Signature", "Date")


def render_book(book: Book, printed: str, *, invariant: bool = False, strict: bool = False) -> RenderedPdf:
    """printed: when and by whom, for the footer (e.g. "Printed 2026-12-03 09:10 by cli:ab")."""
    guard = TextGuard(register().__contains__, strict=strict)
    styles = stylesheet(BODY_SIZE)

    def text(value: object, field: str) -> str:
        return guard.markup(value, f"{book.protocol_id} {field}")

    story: list[Any] = [section_start(0)]
    story.append(
        Paragraph(f"Protocol book: {text(book.protocol_id, 'id')} {text(book.version, 'version')}", styles["h1"])
    )
    story.append(Paragraph(f"<b>{text(book.title, 'title')}</b>", styles["body"]))
    story.append(_header_table(book, text, styles))
    if book.description:
        story.append(Paragraph(text(book.description, "description"), styles["body"]))
    story.append(Paragraph(text(DISCLAIMER, "note"), styles["small"]))
    story.append(Paragraph("How to read this book", styles["h2"]))
    story.extend(Paragraph("•  " + _emphasis(text(note, "note")), styles["item"]) for note in READING_NOTES)
    story.append(Paragraph("Items at a glance", styles["h2"]))
    story.append(_summary(book, text, styles))
    category = None
    for item in book.items:
        if item.category != category:
            category = item.category
            story.append(Paragraph(text(category.capitalize(), "category"), styles["h2"]))
        story.extend(_item(item, text, styles))
    if book.disabled:
        story.append(Paragraph("Items this protocol disables", styles["h2"]))
        for item_id, reason in book.disabled:
            story.append(Paragraph(f"<b>{text(item_id, 'id')}</b>: {text(reason, item_id)}", styles["detail"]))
    story.append(Paragraph("Sources", styles["h2"]))
    for key, citation in book.sources:
        story.append(Paragraph(f"<b>{text(key, 'source')}</b>: {text(citation, key)}", styles["detail"]))
    story.append(_approval(book, text, styles))
    page = PageFurniture(
        title=f"Protocol book {book.protocol_id} {book.version}",
        name=guard.plain(book.title, "title"),
        id_line=guard.plain(f"{book.protocol_id} {book.version}", "id"),
        place=guard.plain(f"Effective {book.effective}", "effective"),
        demo=False,
        printed=guard.plain(printed, "printed"),
        protocol=guard.plain(f"Protocol {book.protocol_id} {book.version}", "id"),
        audit=f"File SHA-256 {book.sha256[:16]}",
        confidential=DISCLAIMER,
    )
    pdf, pages = build_pdf(story, [page], title="Bedside protocol book", invariant=invariant)
    return RenderedPdf(pdf, tuple(guard.warnings), pages)


Text = Any  # the `text(value, field)` helper above


def _header_table(book: Book, text: Text, styles: dict[str, Any]) -> Table:
    rows = [
        ("Protocol id", book.protocol_id),
        ("Version", book.version),
        ("Effective from", book.effective),
        ("Approval stated in the file", book.approved_by),
        ("Extends", book.extends or "nothing (a base protocol)"),
        ("Items", f"{len(book.items)}" + (f" ({len(book.disabled)} disabled)" if book.disabled else "")),
        ("File fingerprint (SHA-256)", book.sha256),
        *book.settings,
    ]
    cells = [
        [Paragraph(name, styles["cell_bold"]), Paragraph(text(value, name), styles["cell"])] for name, value in rows
    ]
    table = Table(cells, colWidths=[BODY_WIDTH * 0.3, BODY_WIDTH * 0.7])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT)])
    return table


def _summary(book: Book, text: Text, styles: dict[str, Any]) -> Table:
    small = styles["small"].clone("summary", textColor=black)
    head = ["Item", "Title", "Window", "Frequency", "Origin"]
    rows = [[Paragraph(f"<b>{h}</b>", small) for h in head]]
    for item in book.items:
        values = (item.id, item.title, item.window, item.frequency, item.origin_short)
        rows.append([Paragraph(text(v, item.id), small) for v in values])
    widths = [0.15, 0.25, 0.27, 0.17, 0.16]
    table = Table(rows, colWidths=[BODY_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
        ]
    )
    return table


def _item(item: ItemPage, text: Text, styles: dict[str, Any]) -> list[Any]:
    head = [Paragraph(f"{text(item.id, 'id')}: {text(item.title, item.id)}", styles["h3"])]
    if item.origin:
        head.append(Paragraph(text(item.origin, item.id), styles["small"]))
    body = [p for line in item.lines for p in _line(line, item.id, text, styles, 0)]
    story: list[Any] = [KeepTogether(head + body[:2]), *body[2:]]  # a heading never ends a page
    for n, variant in enumerate(item.variants, 1):
        when = f"<b>Variant {n}</b> ({text(variant.condition.label.lower(), item.id)} "
        when += f"{text(variant.condition.text, item.id)}):"
        block = [Paragraph(when, styles["detail"])]
        block += [_sub(depth + 1, t, item.id, text, styles) for depth, t in variant.condition.sub]
        block += [p for line in variant.lines for p in _line(line, item.id, text, styles, 1)]
        story.append(KeepTogether(block[:3]))
        story.extend(block[3:])
    return story


def _line(line: Line, item_id: str, text: Text, styles: dict[str, Any], indent: int) -> list[Any]:
    style = styles["detail"].clone(f"line{indent}", leftIndent=BODY_SIZE * 1.4 * (indent + 1))
    first = Paragraph(f"<b>{text(line.label, item_id)}:</b> {text(line.text, item_id)}", style)
    subs = [_sub(indent + depth + 1, t, item_id, text, styles, line.references) for depth, t in line.sub]
    return [first, *subs]


def _sub(depth: int, value: str, item_id: str, text: Text, styles: dict[str, Any], small: bool = False) -> Paragraph:
    """An indented line under a field: part of a condition or a gate, or (small) a citation."""
    indent = BODY_SIZE * 1.4 * (depth + 1)
    style = styles["why" if small else "detail"].clone(
        f"sub{depth}{small}", leftIndent=indent + BODY_SIZE * 0.8, firstLineIndent=-BODY_SIZE * 0.8
    )
    return Paragraph(f"– {text(value, item_id)}", style)


def _approval(book: Book, text: Text, styles: dict[str, Any]) -> KeepTogether:
    intro = (
        f"I have read every item of protocol {text(book.protocol_id, 'id')} version {text(book.version, 'version')} "
        f"(file fingerprint {book.sha256[:16]}) as written above and approve it for use at this centre."
    )
    rows = [[Paragraph(name, styles["cell_bold"]), ""] for name in SIGNATURE_ROWS]
    table = Table(rows, colWidths=[BODY_WIDTH * 0.3, BODY_WIDTH * 0.7], rowHeights=[BODY_SIZE * 3.2] * len(rows))
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.8, black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    heading = Paragraph("Approval", styles["h2"])
    return KeepTogether([heading, Paragraph(intro, styles["body"]), Spacer(1, 4), table])


def _emphasis(markup: str) -> str:
    """The reading notes' Markdown emphasis (**x**, *x*) as Paragraph markup, after escaping."""
    markup = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", markup)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", markup)
