"""Dialogs: patient details, users and settings, this workstation, lab import, recovery."""
