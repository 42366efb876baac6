"""What a loaded protocol is: items with windows, frequency, conditions, gates and stop criteria."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from bedside.domain.dates import add_months
from bedside.protocol.expr import Condition
from bedside.protocol.fact_vocabulary import FactSettings

# Categories whose items must never disappear because a fact is unknown (docs/clinical-rules.md).
SAFETY_CATEGORIES = ("prophylaxis", "febrile neutropenia", "monitoring", "cytopenia")
IF_UNKNOWN = ("needs-data", "due", "not-applicable")
CATEGORIES = (
    "screening",
    "prophylaxis",
    "monitoring",
    "febrile neutropenia",
    "vaccination",
    "immunoglobulin",
    "label",
    "cytopenia",
    "long-term follow-up",
)
# Window anchors: infusion day 0, lymphodepletion start, apheresis, or an event in the record.
FIXED_ANCHORS = ("d", "ld", "apheresis")
EVENT_ANCHORS = ("last_ivig",)
_STEROID_ANCHOR = re.compile(r"^steroid_day_([1-9]|[12]\d|30)$")
_POINT = re.compile(r"^(?P<anchor>[a-z_0-9]+?)(?:(?P<sign>[+-])(?P<n>\d{1,4})(?P<unit>mo|d)?)?$")
_EVERY = re.compile(r"^every (?P<n>\d{1,3}) (?P<unit>days|months)$")


class PointError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Point:
    """A date relative to an anchor: "d+30", "ld", "apheresis-7", "d+6mo", "steroid_day_5"."""

    text: str
    anchor: str
    offset: int
    months: bool

    @classmethod
    def parse(cls, text: str) -> Point:
        m = _POINT.match(text.replace(" ", ""))
        anchor = m.group("anchor") if m else ""
        if not m or not (anchor in FIXED_ANCHORS or anchor in EVENT_ANCHORS or _STEROID_ANCHOR.match(anchor)):
            raise PointError(
                f'"{text}" is not a day like d+30, d-5, ld, ld+0, apheresis-7, d+6mo, steroid_day_5 or last_ivig+2mo'
            )
        n = int(m.group("n") or 0) * (-1 if m.group("sign") == "-" else 1)
        return cls(text, anchor, n, m.group("unit") == "mo")

    def resolve(self, anchor_date: date) -> date:
        return add_months(anchor_date, self.offset) if self.months else anchor_date + timedelta(days=self.offset)

    def order_key(self) -> float:
        """Rough day count, to catch windows whose end comes before their start."""
        return self.offset * (30.4 if self.months else 1)


@dataclass(frozen=True, slots=True)
class Frequency:
    kind: str  # once | daily | every | monthly | per-event
    days: int = 0  # for "every"

    @classmethod
    def parse(cls, text: str) -> Frequency:
        if text in ("once", "daily", "monthly", "per-event"):
            return cls(text)
        if text == "weekly":
            return cls("every", 7)
        m = _EVERY.match(text)
        if m and int(m.group("n")) >= 1:
            return cls("every" if m.group("unit") == "days" else "months", int(m.group("n")))
        raise ValueError(f'"{text}" is not once, daily, weekly, monthly, per-event, "every N days" or "every N months"')

    @property
    def text(self) -> str:
        if self.kind == "every":
            return f"every {self.days} days"
        return f"every {self.days} months" if self.kind == "months" else self.kind


@dataclass(frozen=True, slots=True)
class Gate:
    """A requirement that must hold before the item can be done; otherwise the item is blocked."""

    require: Condition
    why: str
    until: Point | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """The parts of an item that a variant may replace."""

    start: Point
    end: Point | None
    frequency: Frequency
    when: Condition | None
    stop: Condition | None
    gates: tuple[Gate, ...]
    why: str
    drug: str | None
    sources: tuple[str, ...]
    gap: str | None  # the source gives no rule ([GAP]): the item never becomes due and says why
    done_by_lab: str | None = None  # a result of this lab test dated in [due, today] completes the item
    # What a fact the condition needs being unknown means: "needs-data" (say what is missing and count it),
    # "due" (treat as met and say so) or "not-applicable"; None = needs-data for safety categories.
    if_unknown: str | None = None
    replaced_by: str | None = None  # an alternative: when that item applies today, this one is not listed
    done_by_vaccine: tuple[str, ...] = ()  # vaccinations that, all recorded in [due, today], complete the item
    done_by_treatment: str | None = None  # a treatment of this type given in [due, today] completes the item
    done_by_serology: tuple[str, ...] = ()  # serology results that, all recorded, complete the item


@dataclass(frozen=True, slots=True)
class Variant:
    when: Condition
    rule: Rule


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    title: str
    category: str
    rule: Rule
    variants: tuple[Variant, ...] = ()
    inherited_from: str | None = None  # set when a profile takes the item unchanged from its base
    change_reason: str | None = None  # a center's reason for adding or overriding it


@dataclass(frozen=True, slots=True)
class Protocol:
    id: str
    title: str
    version: str
    effective: date
    approved_by: str
    sources: tuple[str, ...]
    items: tuple[Item, ...]
    path: str = ""
    extends: str | None = None
    description: str = ""
    disabled: dict[str, str] = field(default_factory=dict)  # item id -> reason (center protocols)
    episode_days: int = 2  # a CRS/ICANS grade >=1 stays "active" this many days unless a grade 0 follows
    anc_valid_days: int = 3  # an ANC older than this no longer counts, to day +30
    anc_valid_days_late: int = 30  # the same after day +30
    result_valid_months: int = 6  # CD4, IgG and B cells older than this no longer count
    # Derived in __post_init__: items by id, and the ids of items that give way to another (replaced_by).
    by_id: dict[str, Item] = field(init=False, repr=False, compare=False)
    alternatives: frozenset[str] = field(init=False, repr=False, compare=False)
    fact_settings: FactSettings = field(init=False, repr=False, compare=False)  # what facts.py reads
    # The TOML texts it was built from, bases included (file name -> text): what a snapshot stores.
    files: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def sha256(self) -> str:
        digest = hashlib.sha256()
        for name in sorted(self.files):
            digest.update(name.encode() + b"\0" + self.files[name].encode() + b"\0")
        return digest.hexdigest()

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {i.id: i for i in self.items})
        rules = [(i.id, r) for i in self.items for r in (i.rule, *(v.rule for v in i.variants))]
        object.__setattr__(self, "alternatives", frozenset(item_id for item_id, r in rules if r.replaced_by))
        settings = FactSettings(
            self.episode_days, self.anc_valid_days, self.anc_valid_days_late, self.result_valid_months
        )
        object.__setattr__(self, "fact_settings", settings)

    def item(self, item_id: str) -> Item | None:
        return self.by_id.get(item_id)
