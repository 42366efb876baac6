"""The project's own error types: each names what is wrong and where."""

from __future__ import annotations

from dataclasses import dataclass


class BedsideError(Exception):
    """Base for every error Bedside reports to a user (CLI exit 2, a dialog in the app)."""


@dataclass(frozen=True, slots=True)
class Problem:
    path: str  # field path such as labs[3].unit; "" for the whole document
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class PatientFormatError(BedsideError):
    """A patient document that does not follow bedside-patient/1; lists every problem found."""

    def __init__(self, problems: list[Problem], source: str | None = None) -> None:
        self.problems = problems
        self.source = source
        prefix = f"{source}: " if source else ""
        super().__init__("\n".join(prefix + str(p) for p in problems))


class StorageError(BedsideError):
    """The database cannot do what was asked (newer version, locked, full, corrupt...)."""


class NotFoundError(BedsideError):
    """A patient, user or item that does not exist."""


class DamagedDatabaseError(StorageError):
    """SQLite's quick_check found damage in the database file at start; the file was left exactly as it was."""

    def __init__(self, path: str, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(
            f"the database {path} is damaged (SQLite's check says: {detail}). Nothing was written to it; "
            "restore a verified backup (the recovery screen, or: bedside restore FILE)"
        )


class DatabaseInUseError(StorageError):
    """Another Bedside (or another program) has the database open, so its file cannot be replaced now."""


class AccessError(BedsideError):
    """Sign-in, PIN or role rules: a wrong PIN, a locked user, work only an admin may do."""
