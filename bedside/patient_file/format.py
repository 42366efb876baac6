"""Read and write the `bedside-patient/1` JSON format (docs/patient-format.md).

Reading validates everything and reports every problem with its field path; nothing is guessed.
Writing gives back exactly what was read, so import -> export -> import is lossless.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from bedside.domain.errors import PatientFormatError, Problem
from bedside.domain.input_limits import quote, utc_time_problem
from bedside.domain.patient import (
    CHECK_STATUSES,
    HCT_TYPES,
    INFECTION_SITES,
    OBSERVATION_TYPES,
    PATHOGEN_GROUPS,
    SEROLOGY_KEYS,
    SEROLOGY_VALUES,
    SEXES,
    TREATMENT_INDICATIONS,
    TREATMENT_TYPES,
    VACCINES,
    Check,
    History,
    Identity,
    Infection,
    Lab,
    Observation,
    PatientRecord,
    PriorHct,
    ProtocolPin,
    Therapy,
    Treatment,
    Vaccination,
    VoidedEntry,
)
from bedside.domain.products import PRODUCTS
from bedside.domain.units import LAB_TESTS, TEMPERATURE_UNITS, UnitError, celsius, to_internal
from bedside.patient_file.reader import MAX_PROBLEMS, Reader, TooMany, printable, show

FORMAT_ID = "bedside-patient/1"
LIST_SECTIONS = ("labs", "observations", "treatments", "infections", "vaccinations", "checks")
TOP_KEYS = {"format", "patient", "therapy", "history", "serology", "protocol", "voided", *LIST_SECTIONS}
_MRN = re.compile(r"[A-Za-z0-9\-_/.]{1,32}")
_UTC = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?Z")


def parse_json_bytes(data: bytes, source: str | None = None) -> PatientRecord:
    """A patient file's bytes: UTF-8 (a byte-order mark is allowed), then as parse_json_text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        problem = Problem("", f"not UTF-8 text: byte {err.start + 1} (line {line}) is {data[err.start]:#04x}")
        raise PatientFormatError([problem], source) from None
    return parse_json_text(text, source)


def parse_json_text(text: str, source: str | None = None) -> PatientRecord:
    """Parse one patient document; raise PatientFormatError naming every bad field."""
    try:
        # A byte-order mark (Windows Notepad) is not part of the document.
        document = json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_no_repeated_keys)
    except json.JSONDecodeError as err:
        problem = Problem("", f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}")
        raise PatientFormatError([problem], source) from None
    except _RepeatedKey as err:
        problem = Problem("", f'the field "{quote(err.key)}" appears twice in one object; which one is meant?')
        raise PatientFormatError([problem], source) from None
    except RecursionError:
        raise PatientFormatError([Problem("", "not valid JSON: lists or objects nested too deeply")], source) from None
    except ValueError:  # json turns a number of thousands of digits into a bare ValueError
        raise PatientFormatError([Problem("", "not valid JSON: a number with far too many digits")], source) from None
    return parse_document(document, source)


class _RepeatedKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would keep the last of two equal keys silently: that is a guess, and nothing is guessed.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RepeatedKey(key)
        result[key] = value
    return result


def parse_document(document: Any, source: str | None = None) -> PatientRecord:
    reader = Reader()
    record: PatientRecord | None = None
    try:
        record = _parse(reader, document)
    except TooMany:
        reader.problems.append(Problem("", f"stopped after {MAX_PROBLEMS} problems"))
    if reader.problems or record is None:
        raise PatientFormatError(reader.problems, source)
    return record


Entry = Lab | Observation | Treatment | Infection | Vaccination | Check


def parse_entry(section: str, value: Any) -> Entry:
    """One entry typed into a form, checked by the same rules as a file; problems name the field ("value")."""
    reader = Reader()
    entry: Entry | None = _SECTION_PARSERS[section](reader, value, "")
    if reader.problems or entry is None:
        problems = [Problem(p.path.lstrip("."), p.message) for p in reader.problems]
        raise PatientFormatError(problems or [Problem("", "incomplete entry")])
    return entry


def _parse(r: Reader, doc: Any) -> PatientRecord | None:
    top = r.obj(doc, "", {"format", "patient", "therapy"}, TOP_KEYS)
    if "format" in top and top["format"] != FORMAT_ID:
        r.fail("format", f'must be "{FORMAT_ID}", not {show(top["format"])}')
    identity = _identity(r, top["patient"]) if "patient" in top else None
    therapy = _therapy(r, top["therapy"]) if "therapy" in top else None
    history = _history(r, top["history"]) if "history" in top else None
    serology = _serology(r, top["serology"]) if "serology" in top else None
    protocol = _protocol(r, top["protocol"]) if "protocol" in top else None
    lists = _SECTION_PARSERS
    parsed: dict[str, tuple[Any, ...]] = {
        name: r.items(top[name], name, lambda v, p, f=fn: f(r, v, p))  # type: ignore[misc]
        for name, fn in lists.items()
        if name in top
    }
    voided = r.items(top["voided"], "voided", lambda v, p: _voided(r, v, p)) if "voided" in top else ()
    if identity is None or therapy is None or r.problems:
        return None
    return PatientRecord(
        patient=identity,
        therapy=therapy,
        history=history,
        serology=serology,
        protocol=protocol,
        present_sections=frozenset(parsed),
        voided=voided,
        **parsed,
    )


def _voided(r: Reader, value: Any, path: str) -> VoidedEntry | None:
    """An entry voided as a mistake, as an export writes it (docs/patient-format.md)."""
    o = r.obj(value, path, {"section", "entry", "at", "by", "reason"}, set())
    section = r.choice(o["section"], f"{path}.section", LIST_SECTIONS) if "section" in o else None
    entry = _SECTION_PARSERS[section](r, o["entry"], f"{path}.entry") if section and "entry" in o else None
    at = o.get("at")
    if "at" in o and not (isinstance(at, str) and _UTC.fullmatch(at) and utc_time_problem(at) is None):
        r.fail(f"{path}.at", f"must be a UTC time like 2025-03-10T09:14:00Z, not {show(at)}")
        at = None
    by = r.text(o["by"], f"{path}.by", 40) if "by" in o else None
    reason = r.text(o["reason"], f"{path}.reason", 500) if "reason" in o else None
    if section and entry is not None and isinstance(at, str) and by and reason:
        return VoidedEntry(section, entry, at, by, reason)
    return None


def _identity(r: Reader, value: Any) -> Identity | None:
    optional = {"birth_date", "sex", "weight_kg", "ward", "bed"}
    o = r.obj(value, "patient", {"mrn", "name"}, optional)
    mrn = o.get("mrn")
    if "mrn" in o and not (isinstance(mrn, str) and _MRN.fullmatch(mrn)):
        r.fail("patient.mrn", f"must be 1-32 characters of A-Z a-z 0-9 - _ / . , not {show(mrn)}")
        mrn = None
    name = r.name(o["name"], "patient.name") if "name" in o else None
    birth = r.day(o["birth_date"], "patient.birth_date") if "birth_date" in o else None
    sex = r.choice(o["sex"], "patient.sex", SEXES) if "sex" in o else None
    weight = r.number(o["weight_kg"], "patient.weight_kg", 1, 400) if "weight_kg" in o else None
    ward = r.text(o["ward"], "patient.ward", 40) if "ward" in o else None
    bed = r.text(o["bed"], "patient.bed", 20) if "bed" in o else None
    if not (isinstance(mrn, str) and name):
        return None
    return Identity(mrn, name, birth, sex, weight, ward, bed)


def _therapy(r: Reader, value: Any) -> Therapy | None:
    optional = {
        "indication",
        "apheresis_date",
        "lymphodepletion_start",
        "lymphodepletion_end",
        "cryopreserved_autologous_cells",
    }
    o = r.obj(value, "therapy", {"product", "infusion_dates"}, optional)
    product = r.choice(o["product"], "therapy.product", PRODUCTS) if "product" in o else None
    infusions: tuple[date, ...] = ()
    if "infusion_dates" in o:
        raw = o["infusion_dates"]
        if not isinstance(raw, list) or not raw:
            r.fail("therapy.infusion_dates", "must be a list of one or more dates (day 0 = the first)")
        else:
            days = [r.day(v, f"therapy.infusion_dates[{i}]") for i, v in enumerate(raw)]
            infusions = tuple(d for d in days if d is not None)
            if len(infusions) == len(raw) and list(infusions) != sorted(set(infusions)):
                r.fail("therapy.infusion_dates", "must be in date order, without repeats")
    dates = {k: r.day(o[k], f"therapy.{k}") if k in o else None for k in optional if "date" in k or "lympho" in k}
    ld_start, ld_end = dates["lymphodepletion_start"], dates["lymphodepletion_end"]
    if ld_start and ld_end and ld_end < ld_start:
        r.fail("therapy.lymphodepletion_end", "is before lymphodepletion_start")
    if infusions and ld_start and ld_start > infusions[0]:
        r.fail("therapy.lymphodepletion_start", "is after the first infusion")
    indication = r.text(o["indication"], "therapy.indication") if "indication" in o else None
    cryo_key = "cryopreserved_autologous_cells"
    cryo = r.flag(o[cryo_key], f"therapy.{cryo_key}") if cryo_key in o else None
    if product is None or not infusions:
        return None
    return Therapy(
        product,
        infusions,
        indication,
        dates["apheresis_date"],
        ld_start,
        ld_end,
        cryo,
    )


def _history(r: Reader, value: Any) -> History:
    flags = ("prior_invasive_fungal_infection", "prior_invasive_mold_infection", "bridging_therapy")
    o = r.obj(value, "history", set(), {"prior_hct", "exposure_risks", *flags})

    def hct(v: Any, path: str) -> PriorHct | None:
        h = r.obj(v, path, {"type"}, {"date"})
        kind = r.choice(h["type"], f"{path}.type", HCT_TYPES) if "type" in h else None
        when = r.day(h["date"], f"{path}.date") if "date" in h else None
        return PriorHct(kind, when) if kind else None

    def risk(v: Any, path: str) -> str | None:
        return r.text(v, path, 60)

    return History(
        prior_hct=r.items(o["prior_hct"], "history.prior_hct", hct) if "prior_hct" in o else None,
        exposure_risks=(
            r.items(o["exposure_risks"], "history.exposure_risks", risk) if "exposure_risks" in o else None
        ),
        **{f: r.flag(o[f], f"history.{f}") if f in o else None for f in flags},
    )


def _serology(r: Reader, value: Any) -> dict[str, str]:
    o = r.obj(value, "serology", set(), set(SEROLOGY_KEYS))
    result = {k: r.choice(v, f"serology.{k}", SEROLOGY_VALUES) for k, v in o.items() if k in SEROLOGY_KEYS}
    return {k: v for k, v in result.items() if v is not None}


def _protocol(r: Reader, value: Any) -> ProtocolPin | None:
    o = r.obj(value, "protocol", {"id", "version"}, set())
    pid = r.text(o["id"], "protocol.id", 80) if "id" in o else None
    version = r.text(o["version"], "protocol.version", 40) if "version" in o else None
    return ProtocolPin(pid, version) if pid and version else None


def _lab(r: Reader, value: Any, path: str) -> Lab | None:
    o = r.obj(value, path, {"date", "test", "value", "unit"}, {"time"})
    when = r.day(o["date"], f"{path}.date") if "date" in o else None
    time = r.clock(o["time"], f"{path}.time") if "time" in o else None
    test = r.choice(o["test"], f"{path}.test", LAB_TESTS) if "test" in o else None
    number = r.number(o["value"], f"{path}.value", 0) if "value" in o else None
    unit = o.get("unit")
    if "unit" in o and not isinstance(unit, str):
        r.fail(f"{path}.unit", f"must be text, not {show(unit)}")
        unit = None
    if test and isinstance(unit, str):
        try:
            to_internal(test, 0.0, unit)
        except UnitError as err:
            # A unit is a few characters: a long one is shown by its start, like every other value.
            known = printable(str(err)) if len(unit) <= 20 else f'unknown unit {show(unit)} for test "{test}"'
            r.fail(f"{path}.unit", known)
            unit = None
    if when is None or test is None or number is None or not isinstance(unit, str):
        return None
    return Lab(when, test, number, unit, time)


def _observation(r: Reader, value: Any, path: str) -> Observation | None:
    o = r.obj(value, path, {"date", "type", "value"}, {"time", "unit"})
    when = r.day(o["date"], f"{path}.date") if "date" in o else None
    time = r.clock(o["time"], f"{path}.time") if "time" in o else None
    kind = r.choice(o["type"], f"{path}.type", OBSERVATION_TYPES) if "type" in o else None
    number = r.number(o["value"], f"{path}.value") if "value" in o else None
    unit = o.get("unit")
    if kind == "temperature":
        if unit not in TEMPERATURE_UNITS:
            r.fail(f"{path}.unit", f"a temperature needs unit C or F, not {show(unit)}")
            return None
    elif "unit" in o:
        r.fail(f"{path}.unit", f"{kind} has no unit")
        return None
    if when is None or kind is None or number is None:
        return None
    low, high = OBSERVATION_TYPES[kind]
    shown = celsius(number, str(unit)) if kind == "temperature" else number
    if not low <= shown <= high:
        r.fail(f"{path}.value", f"{kind} must be between {low:g} and {high:g}, not {number:g}")
        return None
    if kind != "temperature" and number != int(number):
        r.fail(f"{path}.value", f"{kind} must be a whole number, not {number:g}")
        return None
    return Observation(when, kind, number, time, unit)


def _treatment(r: Reader, value: Any, path: str) -> Treatment | None:
    optional = {"drug", "date", "start", "end", "ongoing", "dose", "dose_unit", "indication"}
    o = r.obj(value, path, {"type"}, optional)
    kind = r.choice(o["type"], f"{path}.type", TREATMENT_TYPES) if "type" in o else None
    days = {k: r.day(o[k], f"{path}.{k}") if k in o else None for k in ("date", "start", "end")}
    ongoing = r.flag(o["ongoing"], f"{path}.ongoing") if "ongoing" in o else None
    drug = r.text(o["drug"], f"{path}.drug", 80) if "drug" in o else None
    dose = r.number(o["dose"], f"{path}.dose", 0) if "dose" in o else None
    dose_unit = r.text(o["dose_unit"], f"{path}.dose_unit", 20) if "dose_unit" in o else None
    indication = r.choice(o["indication"], f"{path}.indication", TREATMENT_INDICATIONS) if "indication" in o else None
    shapes = ("date" in o and not {"start", "end", "ongoing"} & o.keys()) or (
        "start" in o and "date" not in o and (("end" in o) != bool(o.get("ongoing")))
    )
    if not shapes:
        r.fail(path, 'needs "date", or "start" with "end", or "start" with "ongoing": true')
        return None
    if days["start"] and days["end"] and days["end"] < days["start"]:
        r.fail(f"{path}.end", "is before start")
        return None
    if kind is None or None in [days[k] for k in ("date", "start", "end") if k in o]:
        return None
    return Treatment(kind, drug, days["date"], days["start"], days["end"], ongoing, dose, dose_unit, indication)


def _infection(r: Reader, value: Any, path: str) -> Infection | None:
    o = r.obj(value, path, {"date", "site"}, {"pathogen", "serious", "pathogen_group"})
    when = r.day(o["date"], f"{path}.date") if "date" in o else None
    site = r.choice(o["site"], f"{path}.site", INFECTION_SITES) if "site" in o else None
    pathogen = r.text(o["pathogen"], f"{path}.pathogen", 120) if "pathogen" in o else None
    serious = r.flag(o["serious"], f"{path}.serious") if "serious" in o else None
    group = r.choice(o["pathogen_group"], f"{path}.pathogen_group", PATHOGEN_GROUPS) if "pathogen_group" in o else None
    return Infection(when, site, pathogen, serious, group) if when and site else None


def _vaccination(r: Reader, value: Any, path: str) -> Vaccination | None:
    o = r.obj(value, path, {"date", "vaccine"}, set())
    when = r.day(o["date"], f"{path}.date") if "date" in o else None
    vaccine = r.choice(o["vaccine"], f"{path}.vaccine", VACCINES) if "vaccine" in o else None
    return Vaccination(when, vaccine) if when and vaccine else None


def _check(r: Reader, value: Any, path: str) -> Check | None:
    o = r.obj(value, path, {"item", "due", "status", "by", "at"}, {"reason"})
    item = r.text(o["item"], f"{path}.item", 40) if "item" in o else None
    due = r.day(o["due"], f"{path}.due") if "due" in o else None
    status = r.choice(o["status"], f"{path}.status", CHECK_STATUSES) if "status" in o else None
    by = r.text(o["by"], f"{path}.by", 40) if "by" in o else None
    at = o.get("at")
    if "at" in o and not (isinstance(at, str) and _UTC.fullmatch(at)):
        r.fail(f"{path}.at", f"must be a UTC time like 2025-03-10T09:14:00Z, not {show(at)}")
        at = None
    elif isinstance(at, str) and (problem := utc_time_problem(at)) is not None:
        r.fail(f"{path}.at", problem)
        at = None
    reason = r.text(o["reason"], f"{path}.reason", 500) if "reason" in o else None
    if status in ("not-done", "not-applicable") and not reason:
        r.fail(f"{path}.reason", f'a "{status}" check needs a reason')
        return None
    if item and due and status and by and isinstance(at, str):
        return Check(item, due, status, by, at, reason)
    return None


# Each list section of a document and the reader of one of its entries (used by files and by forms).
_SECTION_PARSERS: dict[str, Callable[[Reader, Any, str], Any]] = {
    "labs": _lab,
    "observations": _observation,
    "treatments": _treatment,
    "infections": _infection,
    "vaccinations": _vaccination,
    "checks": _check,
}
