"""All SQL lives below this package, so another backend can be added behind the same Store."""

from bedside.storage.store import Store

__all__ = ["Store"]
