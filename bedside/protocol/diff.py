"""Compare two protocols item by item, as a reviewer reads them."""

from __future__ import annotations

from bedside.protocol.model import Item, Protocol, Rule


def _rule_fields(rule: Rule) -> dict[str, str]:
    return {
        "window": f"{rule.start.text} .. {rule.end.text if rule.end else 'open'}",
        "frequency": rule.frequency.text,
        "when": rule.when.text if rule.when else "always",
        "stop": rule.stop.text if rule.stop else "none",
        "gates": "; ".join(g.require.text for g in rule.gates) or "none",
        "drug": rule.drug or "none",
        "sources": ", ".join(rule.sources),
        "gap": rule.gap or "none",
        "why": rule.why,
    }


def _item_fields(item: Item) -> dict[str, str]:
    fields = {"title": item.title, "category": item.category, **_rule_fields(item.rule)}
    for variant in item.variants:
        for key, value in _rule_fields(variant.rule).items():
            fields[f"[if {variant.when.text}] {key}"] = value
    return fields


def diff_protocols(a: Protocol, b: Protocol) -> list[str]:
    lines = [f"--- {a.id} {a.version}", f"+++ {b.id} {b.version}"]
    a_items, b_items = {i.id: i for i in a.items}, {i.id: i for i in b.items}
    for item_id in sorted(a_items.keys() | b_items.keys()):
        if item_id not in b_items:
            reason = b.disabled.get(item_id)
            lines.append(f"- {item_id}: only in {a.id}" + (f" (disabled: {reason})" if reason else ""))
            continue
        if item_id not in a_items:
            lines.append(f"+ {item_id}: only in {b.id}")
            continue
        fa, fb = _item_fields(a_items[item_id]), _item_fields(b_items[item_id])
        changed = [k for k in sorted(fa.keys() | fb.keys()) if fa.get(k) != fb.get(k)]
        if changed:
            lines.append(f"~ {item_id}:")
            for key in changed:
                lines.append(f"    {key}: {fa.get(key, '(none)')}")
                lines.append(f"    {' ' * len(key)}  -> {fb.get(key, '(none)')}")
    return lines if len(lines) > 2 else []
