"""Protocols: data files that say which items a ward does, when, and why."""
