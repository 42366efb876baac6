"""A protocol book as Markdown: what docs/protocols/<id>.md holds and `bedside protocol describe` prints."""

from __future__ import annotations

import re

from bedside.protocol.book import Book, ItemPage, Line

READING_NOTES = (
    "Day 0 is the day of the CAR-T infusion; day +30 is 30 days after it and day -5 five days before. "
    "Months are calendar months.",
    "**Applies when**: the item is due only on days this holds; with no condition, for every patient in the window. "
    "Where a fact it needs is not recorded, the checklist says which.",
    "**Review stopping when**: once this holds the item shows as *review stopping*; a clinician decides.",
    "**Gates**: each must hold before the item can be done; otherwise the item shows as blocked, with the reason.",
    "**Variants** are checked in order; the first whose condition holds replaces the item's rule. "
    "A variant lists only what differs: the rest is as in the item above it.",
    "**Protocol text** is the item's own explanation; text in ‹angle quotes› is filled in with the patient's "
    "value on the checklist.",
    "**[GAP]**: the source gives no rule here; Bedside never shows the item as due and says why.",
)
DISCLAIMER = (
    "Bedside is a documentation aid for locally approved protocols, not a medical device. "
    "Check every item against its sources before approving this protocol."
)


def book_markdown(book: Book, command: str | None = None) -> str:
    """The whole book; `command` names how it was made (the generated-file note), if given."""
    out: list[str] = [f"# Protocol book: {book.protocol_id} {book.version}", "", f"**{_inline(book.title)}**", ""]
    if command:
        out += [f"<!-- Generated from the protocol file by `{command}`; do not edit by hand. -->", ""]
    out += [*_header(book), "", DISCLAIMER, ""]
    out += ["## How to read this book", ""] + [f"- {note}" for note in READING_NOTES] + [""]
    out += ["## Items at a glance", "", "| Item | Title | Category | Window | Frequency | Origin |"]
    out.append("|---|---|---|---|---|---|")
    for item in book.items:
        cells = (item.id, item.title, item.category, item.window, item.frequency, item.origin_short)
        out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    out.append("")
    category = None
    for item in book.items:
        if item.category != category:
            category = item.category
            out += [f"## {category.capitalize()}", ""]
        out += _item(item)
    if book.disabled:
        out += ["## Items this protocol disables", ""]
        out += [f"- **{item_id}**: {_inline(reason)}" for item_id, reason in book.disabled] + [""]
    out += ["## Sources", ""] + [f"- **{key}**: {_inline(text)}" for key, text in book.sources] + [""]
    out += _approval(book)
    return "\n".join(out).rstrip("\n") + "\n"


def _header(book: Book) -> list[str]:
    rows = [
        ("Protocol id", f"`{book.protocol_id}`"),
        ("Version", book.version),
        ("Effective from", book.effective),
        ("Approval stated in the file", book.approved_by),
        ("Extends", f"`{book.extends}`" if book.extends else "nothing (a base protocol)"),
        ("Items", f"{len(book.items)}" + (f" ({len(book.disabled)} disabled)" if book.disabled else "")),
        ("File fingerprint (SHA-256)", f"`{book.sha256}`"),
        *book.settings,
    ]
    lines = ["| | |", "|---|---|"] + [f"| {name} | {_cell(value)} |" for name, value in rows]
    if book.description:
        lines += ["", _inline(book.description)]
    return lines


def _item(item: ItemPage) -> list[str]:
    out = [f"### {item.id}: {_inline(item.title)}", ""]
    if item.origin:
        out += [f"*{_inline(item.origin)}*", ""]
    out += [line for part in item.lines for line in _line(part)]
    for n, variant in enumerate(item.variants, 1):
        out += ["", f"**Variant {n}** ({variant.condition.label.lower()} {_inline(variant.condition.text)}):"]
        out += [f"{'  ' * (depth + 1)}- {_inline(text)}" for depth, text in variant.condition.sub]
        out += [""] + [line for part in variant.lines for line in _line(part)]
    return [*out, ""]


def _line(line: Line) -> list[str]:
    out = [f"- **{line.label}**: {_inline(line.text)}"]
    out += [f"{'  ' * (depth + 1)}- {_inline(text)}" for depth, text in line.sub]
    return out


def _approval(book: Book) -> list[str]:
    return [
        "## Approval",
        "",
        f"I have read every item of protocol `{book.protocol_id}` version {book.version} "
        f"(file fingerprint `{book.sha256[:16]}`) as written above and approve it for use at this centre.",
        "",
        "| | |",
        "|---|---|",
        "| Centre | |",
        "| Approving physician (name) | |",
        "| Signature | |",
        "| Date | |",
    ]


def _inline(text: str) -> str:
    """Protocol text inside Markdown: characters that would start markup are escaped."""
    escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    return re.sub(r"<(?=[A-Za-z/!?])", "&lt;", escaped)  # "<0.5" stays; "<Jr>" would be read as a tag


def _cell(text: str) -> str:
    if text.startswith("`") and text.endswith("`"):
        return text.replace("|", "\\|")
    return _inline(text).replace("|", "\\|").replace("\n", " ")
