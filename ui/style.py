"""The few colours and styles every window shares, in one place: an error line, a notice banner, a status badge.

Only constants (no Qt import): the sign-in window uses them before anything else is loaded (ui/app.py).
"""

from __future__ import annotations

ERROR_STYLE = "color: #a00000;"  # a problem beside the field it is about; dark red reads on white and grey
NOTICE_BANNER_STYLE = (
    "background:#fff3b0; color:#5a4500; padding:6px; font-weight:bold;"  # "the day changed", print warnings
)
EMERGENCY_BADGE_STYLE = "background: #a00000; color: white; font-weight: bold; padding: 2px 6px;"
READ_ONLY_BADGE_STYLE = "background: #7a5a00; color: white; font-weight: bold; padding: 2px 6px;"
OUTAGE_BANNER_STYLE = "background: #a00000; color: white; font-weight: bold; font-size: 12pt; padding: 8px;"
