"""The ward's chosen severity on a handover, in place of Bedside's suggestion: pure, so a preview re-renders."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from bedside.domain.errors import BedsideError
from bedside.printouts.data import SEVERITIES, Handover


def choose_severity(handover: Handover, severity: Mapping[str, str]) -> Handover:
    """The same handover with the ward's chosen levels (MRN -> level) in place of Bedside's suggestion.

    Pure and cheap: a preview re-renders with it instead of gathering again. Patients not in
    `severity` keep what they had.
    """
    refuse_unknown(severity, {p.identifiers.mrn for p in handover.patients})
    for mrn, level in severity.items():
        if level not in SEVERITIES:
            raise BedsideError(f'{mrn}: severity must be one of {", ".join(SEVERITIES)}, not "{level}"')
    patients = tuple(
        replace(p, severity=replace(p.severity, level=severity[p.identifiers.mrn], set_by_ward=True))
        if p.identifiers.mrn in severity
        else p
        for p in handover.patients
    )
    return replace(handover, patients=patients)


def refuse_unknown(severity: Mapping[str, str], chosen: set[str]) -> None:
    """A severity for someone who is not on the sheet is a typo or a wrong patient: say so, never drop it."""
    stray = sorted(set(severity) - chosen)
    if stray:
        raise BedsideError(f'a severity was given for "{stray[0]}", who is not in this handover')
