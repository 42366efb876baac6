"""The mark on a window that stays usable while the screen is locked (ui/access/lock.py lets its keys through)."""

LOCK_OK = "bedside_usable_while_locked"
