"""A loaded item back as raw TOML fields, so a centre's override can replace some and keep the rest."""

from __future__ import annotations

from typing import Any

from bedside.protocol.model import Item, Rule


def raw_of(item: Item) -> dict[str, Any]:
    """An item back as raw fields, so an override can replace some and keep the rest."""
    r = item.rule
    raw: dict[str, Any] = {
        "id": item.id,
        "title": item.title,
        "category": item.category,
        "start": r.start.text,
        "frequency": r.frequency.text,
        "why": r.why,
        "sources": list(r.sources),
    }
    optional = {
        "done_by_lab": r.done_by_lab,
        "end": r.end.text if r.end else None,
        "when": r.when.text if r.when else None,
        "stop": r.stop.text if r.stop else None,
        "drug": r.drug,
        "gap": r.gap,
        **_event_fields(r),
    }
    raw.update({k: v for k, v in optional.items() if v is not None})
    if r.gates:
        raw["gates"] = [
            {
                "require": g.require.text,
                "why": g.why,
                **({"until": g.until.text} if g.until else {}),
            }
            for g in r.gates
        ]
    if item.variants:
        raw["variant"] = [variant_raw(v.rule, v.when.text) for v in item.variants]
    return raw


def variant_raw(rule: Rule, when: str) -> dict[str, Any]:
    raw: dict[str, Any] = {"if": when, "start": rule.start.text, "frequency": rule.frequency.text}
    raw["why"], raw["sources"] = rule.why, list(rule.sources)
    extra = (
        ("end", rule.end and rule.end.text),
        ("drug", rule.drug),
        ("gap", rule.gap),
        ("done_by_lab", rule.done_by_lab),
    )
    for key, value in (*extra, ("when", rule.when and rule.when.text)):
        if value is not None:
            raw[key] = value
    raw.update({k: v for k, v in _event_fields(rule).items() if v is not None})
    if rule.stop is not None:
        raw["stop"] = rule.stop.text
    if rule.gates:
        raw["gates"] = [
            {
                "require": g.require.text,
                "why": g.why,
                **({"until": g.until.text} if g.until else {}),
            }
            for g in rule.gates
        ]
    return raw


def _event_fields(rule: Rule) -> dict[str, Any]:
    return {
        "if_unknown": rule.if_unknown,
        "replaced_by": rule.replaced_by,
        "done_by_vaccine": list(rule.done_by_vaccine) or None,
        "done_by_treatment": rule.done_by_treatment,
        "done_by_serology": list(rule.done_by_serology) or None,
    }
