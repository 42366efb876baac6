"""The paper checklist's data from the store: every active patient of a ward, today's items to tick by hand
(bedside/printouts/paper_checklist.py builds each patient's part; docs/ward-server.md, "Outage")."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from bedside.domain.errors import BedsideError
from bedside.printouts.paper_checklist import PaperChecklist, paper_patient
from bedside.services.printout_data import language_for, printout_of
from bedside.storage import Store


def paper_checklist(
    store: Store,
    ward: str | None,
    on: date,
    *,
    printed_by: str,
    printed_at: datetime,
    zone: tzinfo | None = None,
    language: str | None = None,
) -> PaperChecklist:
    """Every active patient on `ward` (None: every ward; the DEMO ward only when nothing else is there)."""
    on_ward = store.patient_summaries(ward)
    if not on_ward:
        raise BedsideError(f'ward "{ward}" has no active patients' if ward is not None else "no active patients")
    chosen = on_ward
    if ward is None and any(not s.demo for s in on_ward):
        chosen = [s for s in on_ward if not s.demo]  # the DEMO ward is never printed with real wards
    patients = []
    for summary in chosen:
        record = store.load_record(summary.mrn)
        patients.append(paper_patient(store.protocol_for(record), record, on, demo=summary.demo, zone=zone))
    return PaperChecklist(
        ward or "", on, printout_of(store, printed_by, printed_at), tuple(patients), language_for(store, language)
    )
