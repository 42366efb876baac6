"""The follow-up plan in words a patient reads: plain titles, what each item is for, doses without shorthand,
dates with the month's name, the fever threshold and the warning signs of neurotoxicity.

Every phrase restates what the protocol item or the clinical sources already say (docs/plan-wording.md): the
purposes name the infection or condition the item's own title and "why" name, and the warning signs are the
domains of the ICE score and the ICANS grading. Nothing here changes a date or decides anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bedside.printouts.plan import PlanLine

FEVER_THRESHOLD_C = 38.0  # the CRS fever threshold; every fever at or above it opens the work-up (docs/plan-wording.md)
FEVER_ADVICE = (
    f"If your temperature is {FEVER_THRESHOLD_C:.1f} °C or higher, call straight away, day or night. "
    "Do not wait until the morning."
)
# The ICE score's tasks and the ICANS grading's domains, as a patient or carer notices them (docs/plan-wording.md).
NEURO_SIGNS = (
    "confusion: not knowing the year, the month or where you are",
    "trouble speaking, finding words or naming everyday things",
    "handwriting that changes, or trouble writing a sentence",
    "trouble following simple requests or paying attention",
    "unusual sleepiness, or being hard to wake",
    "a fit (seizure)",
    "new weakness of an arm or a leg",
)
NEURO_ADVICE = "Call straight away too if you, or the people with you, notice any of these:"


@dataclass(frozen=True, slots=True)
class Plain:
    title: str
    purpose: str
    medicine: bool = True  # False: the item's drug line is a list of vaccine abbreviations the purpose spells out


# Item id -> the title and purpose a patient reads; the purpose restates the item's own title and why.
PLAIN: dict[str, Plain] = {
    "HSV-VZV": Plain(
        "Medicine against herpes viruses", "To prevent cold sores (herpes simplex, HSV) and shingles (zoster, VZV)."
    ),
    "PJP-PPX": Plain(
        "Medicine against Pneumocystis pneumonia",
        "To prevent a lung infection called Pneumocystis pneumonia (PJP).",
    ),
    "HBV-PPX": Plain(
        "Medicine against hepatitis B",
        "One of your hepatitis B (liver virus) blood tests was positive: this keeps the virus from becoming active.",
    ),
    "ABX-PPX": Plain(
        "Antibiotic to prevent infection",
        "To prevent bacterial infections while your white cells (neutrophils) are very low.",
    ),
    "AF-YEAST": Plain(
        "Medicine against yeast infections",
        "To prevent yeast (fungal) infections while your white cells (neutrophils) are very low.",
    ),
    "AF-MOLD": Plain(
        "Medicine against mould infections",
        "To prevent mould (fungal) infections while your white cells (neutrophils) are very low.",
    ),
    "GCSF": Plain("Injections to raise your white cells", "To help your body make white cells (neutrophils) again."),
    "BLD-IRR": Plain(
        "Irradiated blood only",
        "If you need a blood transfusion, it must be irradiated blood: tell the staff. This is because of the "
        "fludarabine in your treatment.",
    ),
    "IVIG": Plain(
        "Antibody infusions (IVIG)",
        "To replace antibodies (immunoglobulin G) when your level is low and infections keep coming back.",
    ),
    "VAX-PRE": Plain(
        "Flu and COVID-19 vaccines before your cells are collected",
        "Vaccines against influenza (flu) and COVID-19, before the collection of your cells (apheresis).",
    ),
    "VAX-FLU-COV": Plain("Flu and COVID-19 vaccines", "Vaccines against influenza (flu) and COVID-19."),
    "VAX-INACT": Plain(
        "Other vaccines (not live)",
        "Vaccines that contain no live germs, for example against pneumonia (pneumococcus), tetanus, diphtheria "
        "and whooping cough, hepatitis A and B, and meningitis.",
        medicine=False,
    ),
    "VAX-LIVE": Plain(
        "Live vaccines and the shingles vaccine",
        "Measles-mumps-rubella, chickenpox and the shingles vaccine: only when every condition your team checks "
        "is met.",
        medicine=False,
    ),
    "LBL-DRIVE": Plain(
        "Do not drive or use dangerous machines",
        "The label of your CAR-T cell product asks for this for the first weeks after the infusion.",
    ),
    "LBL-PROX": Plain(
        "Stay near the treating centre",
        "The label of your CAR-T cell product asks you to stay near the centre for the first weeks after the infusion.",
    ),
    "LTFU-NEURO": Plain(
        "Check-up for memory, mood and thinking",
        "A regular check for changes in memory, mood or thinking (neuropsychiatric late effects).",
    ),
    "LTFU-IRAE": Plain(
        "Check-up for immune side effects",
        "A regular check for inflammation caused by the immune system, for example in the lungs or the bowel.",
    ),
    "LTFU-IRAE-LATE": Plain(
        "Check-up for immune side effects (after the first year)",
        "A check every 6 months for inflammation caused by the immune system, for example in the lungs or the bowel.",
    ),
    "LTFU-REVIEW": Plain(
        "Yearly check-up for late effects and new cancers",
        "A yearly review of late effects of the treatment, with screening for new (second) cancers.",
    ),
}

_SHORTHAND = (
    (re.compile(r"\bBID\b"), "twice a day"),
    (re.compile(r"\bTID\b"), "three times a day"),
    (re.compile(r"\bdaily\b"), "once a day"),
    (re.compile(r"\bmonthly\b"), "once a month"),
    (re.compile(r"\bug/kg/day\b"), "micrograms per kg of body weight a day"),
    (re.compile(r"\bmg/kg\b"), "mg per kg of body weight"),
    (re.compile(r"\bg/kg\b"), "g per kg of body weight"),
    (re.compile(r"\bTMP-SMX\b"), "co-trimoxazole (TMP-SMX)"),
    (re.compile(r"\be\.g\."), "for example"),
    (re.compile(r">="), "≥"),
    (re.compile(r"<="), "≤"),
    (re.compile(r"x10\^9/L"), "×10⁹/L"),
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SOURCE_CLAUSE = re.compile(r"^[^:]{0,80}:\s+")  # the source clause before the rule: "ASH24: ", "Pre-2025 label: "


def plain_date(day: date) -> str:
    """A date as a patient reads it, e.g. "6 March 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def plain_text(text: str) -> str:
    """Dosing shorthand spelled out and ISO dates with the month's name."""
    for pattern, words in _SHORTHAND:
        text = pattern.sub(words, text)
    return _ISO_DATE.sub(lambda m: plain_date(date(int(m[1]), int(m[2]), int(m[3]))), text)


@dataclass(frozen=True, slots=True)
class PatientLine:
    """One line of the plan in the patient's words."""

    title: str
    when: str
    medicine: str | None
    purpose: str


def patient_line(line: PlanLine) -> PatientLine:
    """The plan line in plain words; an item without its own wording keeps its why, without the source clause."""
    plain = PLAIN.get(line.item_id)
    title = plain.title if plain else line.title
    purpose = plain.purpose if plain else _SOURCE_CLAUSE.sub("", line.why, count=1)
    when = line.when
    for ward_words, patient_words in _WHEN:
        when = when.replace(ward_words, patient_words)
    medicine = plain_text(line.drug) if line.drug and (plain is None or plain.medicine) else None
    return PatientLine(plain_text(title), plain_text(when), medicine, plain_text(purpose))


# The plan's own date phrases (bedside/printouts/plan.py) that point at the ward's "why", which a patient's
# plan does not print.
_WHEN = (
    ("may be reviewed for stopping", "your team may decide to stop it"),
    ("no stop date can be given yet (see why)", "no stop date yet: your team will tell you"),
    ("not yet: the conditions below are not met", "not yet: only when your team finds the conditions met"),
    ("and only once the conditions below are met", "and only when your team finds the conditions met"),
    ("no end date on file: ask your team", "no end date on file: ask your team"),
)
