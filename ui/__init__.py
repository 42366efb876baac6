"""Bedside's thin Qt layer (docs/architecture.md). Importing it guards None first (ui/none_guard.py)."""

from ui.none_guard import keep_none_alive

keep_none_alive()
