"""The errors synth raises, translated once into a message and an exit code by the CLI.

    SynthError
    ├── ConfigError      engagement.toml is missing or invalid
    ├── IngestError      one input file (and row or column) could not be read
    ├── ModelError       a configured model is missing or cannot be loaded
    ├── CurationError    a consultant's edits (themes workbook) do not validate
    └── StoreError       the store cannot be opened or is not a synth store

Messages never carry personal data from a transcript: they name the file, the row or
the column, not the text found there.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "CurationError",
    "IngestError",
    "ModelError",
    "StoreError",
    "SynthError",
]


class SynthError(Exception):
    """Base of every error synth raises on purpose."""


class ConfigError(SynthError):
    """engagement.toml is missing, unreadable or does not validate."""


class ModelError(SynthError):
    """A configured model is not available offline or cannot be loaded."""


class CurationError(SynthError):
    """The consultant's edits cannot be applied; nothing of them was."""


class StoreError(SynthError):
    """The engagement's store cannot be opened or used."""


class IngestError(SynthError):
    """An input file was rejected; says which file and, where it applies, row or column."""

    def __init__(
        self,
        file: str,
        reason: str,
        *,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = file
        self.reason = reason
        self.row = row
        self.column = column
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = self.file
        if row := self.row:
            where += f", rad {row}"
        if self.column:
            where += f", kolumn '{self.column}'"
        return f"{where}: {self.reason}"
