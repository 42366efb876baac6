"""Hypothesis strategies for valid `bedside-patient/1` documents (the spec's vocabularies)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from bedside.domain.input_limits import name_problem
from bedside.domain.patient import (
    CHECK_STATUSES,
    HCT_TYPES,
    INFECTION_SITES,
    SEROLOGY_KEYS,
    SEROLOGY_VALUES,
    SEXES,
    TREATMENT_TYPES,
    VACCINES,
)
from bedside.domain.products import PRODUCTS
from bedside.domain.units import LAB_TESTS

Doc = dict[str, Any]

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
iso_days = days.map(date.isoformat)
clock = st.times().map(lambda t: t.strftime("%H:%M"))
utc_stamp = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)).map(
    lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
)
mrns = st.from_regex(r"[A-Za-z0-9\-_/.]{1,32}", fullmatch=True)


def text(max_size: int) -> st.SearchStrategy[str]:
    """Any Unicode a UTF-8 file can hold (no lone surrogates), 1..max_size, not blank."""
    chars = st.characters(codec="utf-8")
    return st.text(chars, min_size=1, max_size=max_size).filter(lambda s: bool(s.strip()))


def names(max_size: int) -> st.SearchStrategy[str]:
    """A person's name: visible characters of any script (no controls, bidi or invisible characters)."""
    chars = st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"))
    return st.text(chars, min_size=1, max_size=max_size).filter(lambda s: name_problem(s) is None and bool(s.strip()))


def _number(low: float, high: float) -> st.SearchStrategy[float]:
    return st.one_of(
        st.integers(int(low), int(high)),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


@st.composite
def therapies(draw: st.DrawFn) -> Doc:
    infusions = sorted(draw(st.sets(days, min_size=1, max_size=3)))
    doc: Doc = {
        "product": draw(st.sampled_from(sorted(PRODUCTS))),
        "infusion_dates": [d.isoformat() for d in infusions],
    }
    if draw(st.booleans()):
        start = infusions[0] - timedelta(days=draw(st.integers(0, 10)))
        doc["lymphodepletion_start"] = start.isoformat()
        doc["lymphodepletion_end"] = (start + timedelta(days=draw(st.integers(0, 5)))).isoformat()
    optional = {
        "indication": text(200),
        "apheresis_date": iso_days,
        "cryopreserved_autologous_cells": st.booleans(),
    }
    doc.update(draw(st.fixed_dictionaries({}, optional=optional)))
    return doc


patients = st.fixed_dictionaries(
    {"mrn": mrns, "name": names(200)},
    optional={
        "birth_date": iso_days,
        "sex": st.sampled_from(SEXES),
        "weight_kg": _number(1, 400),
        "ward": text(40),
        "bed": text(20),
    },
)

histories = st.fixed_dictionaries(
    {},
    optional={
        "prior_hct": st.lists(
            st.fixed_dictionaries({"type": st.sampled_from(HCT_TYPES)}, optional={"date": iso_days}),
            max_size=2,
        ),
        "prior_invasive_fungal_infection": st.booleans(),
        "prior_invasive_mold_infection": st.booleans(),
        "bridging_therapy": st.booleans(),
        "exposure_risks": st.lists(text(60), max_size=3),
    },
)


@st.composite
def labs(draw: st.DrawFn) -> Doc:
    test = draw(st.sampled_from(sorted(LAB_TESTS)))
    lab: Doc = {
        "date": draw(iso_days),
        "test": test,
        "value": draw(_number(0, 1_000_000)),
        "unit": draw(st.sampled_from(sorted(LAB_TESTS[test].factors))),
    }
    if draw(st.booleans()):
        lab["time"] = draw(clock)
    return lab


@st.composite
def observations(draw: st.DrawFn) -> Doc:
    kind = draw(st.sampled_from(["temperature", "crs_grade", "icans_grade", "ice_score", "mucositis_grade"]))
    obs: Doc = {"date": draw(iso_days), "type": kind}
    if kind == "temperature":
        unit = draw(st.sampled_from(["C", "F"]))
        obs["value"] = draw(_number(25, 45) if unit == "C" else _number(77, 113))
        obs["unit"] = unit
    else:
        obs["value"] = draw(st.integers(0, 10 if kind == "ice_score" else 4))
    if draw(st.booleans()):
        obs["time"] = draw(clock)
    return obs


@st.composite
def treatments(draw: st.DrawFn) -> Doc:
    first = draw(days)
    shape = draw(st.sampled_from(["date", "range", "ongoing"]))
    entry: Doc = {"type": draw(st.sampled_from(TREATMENT_TYPES))}
    if shape == "date":
        entry["date"] = first.isoformat()
    else:
        entry["start"] = first.isoformat()
        if shape == "range":
            entry["end"] = (first + timedelta(days=draw(st.integers(0, 30)))).isoformat()
        else:
            entry["ongoing"] = True
    optional = {"drug": text(80), "dose": _number(0, 10_000), "dose_unit": text(20)}
    entry.update(draw(st.fixed_dictionaries({}, optional=optional)))
    return entry


infections = st.fixed_dictionaries(
    {"date": iso_days, "site": st.sampled_from(INFECTION_SITES)},
    optional={"pathogen": text(120), "serious": st.booleans()},
)
vaccinations = st.fixed_dictionaries({"date": iso_days, "vaccine": st.sampled_from(VACCINES)})


@st.composite
def checks(draw: st.DrawFn) -> Doc:
    status = draw(st.sampled_from(CHECK_STATUSES))
    entry: Doc = {
        "item": draw(text(40)),
        "due": draw(iso_days),
        "status": status,
        "by": draw(text(40)),
        "at": draw(utc_stamp),
    }
    if status != "done" or draw(st.booleans()):
        entry["reason"] = draw(text(500))
    return entry


documents = st.fixed_dictionaries(
    {"format": st.just("bedside-patient/1"), "patient": patients, "therapy": therapies()},
    optional={
        "history": histories,
        "serology": st.dictionaries(st.sampled_from(SEROLOGY_KEYS), st.sampled_from(SEROLOGY_VALUES)),
        "protocol": st.fixed_dictionaries({"id": text(80), "version": text(40)}),
        "labs": st.lists(labs(), max_size=4),
        "observations": st.lists(observations(), max_size=4),
        "treatments": st.lists(treatments(), max_size=3),
        "infections": st.lists(infections, max_size=2),
        "vaccinations": st.lists(vaccinations, max_size=2),
        "checks": st.lists(checks(), max_size=3),
    },
)
