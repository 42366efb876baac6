"""Which protocol encodes which item: a row per item, a column per profile, computed from the loaded files.

A cell says "encoded" (the profile's own file sets the item), "inherited from X" (taken unchanged from
its base), "[GAP]: reason" (the rule says its source gives none), "disabled: reason" or "absent".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bedside.protocol.model import Item, Protocol
from bedside.protocol.wording import ward_text

# The items of the FACTS §2.0 master table, in its order (docs/protocols/COVERAGE.md shows each one).
MASTER_ITEMS = (
    "SCR-REQ",
    "SCR-OPT",
    "SCR-TB-STR",
    "VAX-PRE",
    "HT-SCORE",
    "BLD-IRR",
    "HBV-PPX",
    "HSV-VZV",
    "PJP-PPX",
    "ABX-PPX",
    "AF-YEAST",
    "AF-MOLD",
    "GCSF",
    "FN-BUNDLE",
    "CRS-FEVER",
    "CBC-MON",
    "CMV-PCR",
    "OTHER-VIR",
    "IGG-MON",
    "IVIG",
    "CD4-MON",
    "VAX-FLU-COV",
    "VAX-INACT",
    "VAX-LIVE",
    "LBL-MON",
    "LBL-PROX",
    "LBL-DRIVE",
)


@dataclass(frozen=True, slots=True)
class Coverage:
    profiles: tuple[str, ...]  # protocol ids, one column each
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]  # (item id, title, one cell per profile)


def coverage(protocols: list[Protocol]) -> Coverage:
    extra: list[str] = []
    for protocol in protocols:
        extra.extend(i.id for i in protocol.items if i.id not in MASTER_ITEMS and i.id not in extra)
    rows = []
    for item_id in (*MASTER_ITEMS, *extra):
        found = [i for p in protocols if (i := p.item(item_id)) is not None]
        title = ward_text(found[0].title) if found else "(in no shipped profile)"
        rows.append((item_id, title, tuple(cell(p, item_id) for p in protocols)))
    return Coverage(tuple(p.id for p in protocols), tuple(rows))


def cell(protocol: Protocol, item_id: str) -> str:
    item = protocol.item(item_id)
    if item is None:
        reason = protocol.disabled.get(item_id)
        return f"disabled: {ward_text(reason)}" if reason else "absent"
    # The loader marks an item taken unchanged from a base; one the file adds or overrides has no mark.
    inherited = item.inherited_from is not None and item.inherited_from != protocol.id
    where = f"inherited from {item.inherited_from}" if inherited else "encoded"
    gap = item.rule.gap
    if gap is not None:
        text = "[GAP]: " + re.sub(r"\s*\[GAP\]", "", ward_text(gap)).strip(" :")
        return text if where == "encoded" else f"{where}; {text}"
    return where + _partial_gaps(item)


def _partial_gaps(item: Item) -> str:
    """A note when a variant has no rule, or the item's own text marks part of it as [GAP]."""
    notes = []
    variant_gaps = [n for n, v in enumerate(item.variants, 1) if v.rule.gap is not None]
    if variant_gaps:
        notes.append(f"variant {', '.join(map(str, variant_gaps))} [GAP]")
    texts = [item.rule.why, *(v.rule.why for v in item.variants)]
    if not variant_gaps and any("[GAP]" in t for t in texts):
        notes.append("its text marks a part [GAP]")
    return f" ({'; '.join(notes)})" if notes else ""


def coverage_markdown(table: Coverage, command: str | None = None) -> str:
    out = ["# Protocol coverage", ""]
    if command:
        out += [f"<!-- Generated from the shipped protocol files by `{command}`; do not edit by hand. -->", ""]
    out += [
        "One row per item of the FACTS §2.0 master table, then any other item a shipped profile has; one column "
        "per shipped profile. **encoded**: the profile's own file sets the item. **inherited from X**: taken "
        "unchanged from its base. **[GAP]**: the item says its source gives no rule, and why; it never becomes "
        "due. **absent**: the profile has no such item. A note in brackets says where only part of an item "
        "is a [GAP].",
        "",
        "| Item | Title | " + " | ".join(table.profiles) + " |",
        "|---|---|" + "---|" * len(table.profiles),
    ]
    for item_id, title, cells in table.rows:
        shown = [c.replace("|", "\\|") for c in (item_id, title, *cells)]
        out.append("| " + " | ".join(shown) + " |")
    return "\n".join(out) + "\n"
