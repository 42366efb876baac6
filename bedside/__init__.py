"""Bedside core: domain, protocol engine, storage, PDF and CLI. Never imports Qt."""

__version__ = "0.1.0"
