"""docs/reliability.md, decision 9: day N is a calendar date. An infusion at 23:30 and a checklist the next
morning is day +1, never day 0, in every time zone and across a daylight-saving change."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bedside.engine.core import checklist
from bedside.engine.patient_index import recorded_day
from bedside.protocol.loader import load_protocol
from tests.factories import minimal_document, record_of

ZONES = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"]
# Nights before a clock change: Europe springs forward on 30 March 2025, the US falls back on 2 November.
NIGHTS = [date(2025, 3, 29), date(2025, 11, 1), date(2025, 4, 5), date(2025, 7, 15)]


@pytest.mark.parametrize("zone_name", ZONES)
@pytest.mark.parametrize("night", NIGHTS)
def test_the_morning_after_a_late_infusion_is_day_one(zone_name: str, night: date) -> None:
    zone = ZoneInfo(zone_name)
    infused = datetime.combine(night, time(23, 30), zone)
    doc = minimal_document()
    doc["therapy"]["infusion_dates"] = [infused.date().isoformat()]  # the format holds the calendar date
    record = record_of(doc)
    morning = datetime.combine(night + timedelta(days=1), time(7, 0), zone)
    stamp = morning.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")  # how a tick is stored
    local_day = recorded_day(stamp, zone)
    assert local_day == night + timedelta(days=1)
    assert checklist(load_protocol(None), record, local_day).day == 1
    # Elapsed time would say 0 (7.5 hours); the calendar says 1.
    assert (morning - infused).days == 0
