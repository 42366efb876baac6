"""Keep None alive under PySide6 6.12.0 on Python 3.11.

That PySide6 drops one reference to None on every Qt call that returns nothing (setText, setVisible,
processEvents ...). On Python 3.11 None is counted like any object, so after a few thousand such calls its
count reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc"): a window open for a
shift would crash. Python 3.12 made None immortal (PEP 683); this gives 3.11 the same by raising None's
count far beyond what any run can drop (2**40 calls). PySide6 6.11 does not have the bug, but its QtPdf
add-on is published for 6.12 only. tests/test_none_guard.py shows the abort without the guard.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # references added to None's count, once


def keep_none_alive() -> bool:
    """Raise None's reference count once, where it can run out (CPython before 3.12, not a debug build)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already; or another object layout, where ob_refcnt is not the first field
    if sys.getrefcount(None) >= HEADROOM:
        return False  # done already (imported again)
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: the first field of every CPython object
    count.value += HEADROOM
    return True
