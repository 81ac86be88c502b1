"""The errors synth raises, translated once into a message and an exit code by the CLI.

    SynthError
    ├── ConfigError      engagement.toml is missing or invalid
    ├── IngestError      one input file (and row or column) could not be read
    ├── ModelError       a configured model is missing or cannot be loaded
    ├── CurationError    a consultant's edits (themes workbook) do not validate
    ├── DeckError        the deck cannot be built (template, personal data, text too long)
    ├── FormError        a survey form definition (forms/*.yaml) is invalid or missing
    ├── LLMError         a language model endpoint is refused, misconfigured or fails
    │   ├── PersonalDataError   a prompt holds personal data; nothing was sent
    │   └── LLMUnavailable      the endpoint timed out or kept failing; the item falls back
    ├── MailError        survey e-mail cannot go out at all (server, login, template)
    │   └── MailUnavailable     the mail server cannot be reached; worth trying again later
    ├── StoreError       the store cannot be opened or is not a synth store
    └── WorkbookError    a file cannot be opened or read as an Excel workbook

Messages never carry personal data from a transcript: they name the file, the row or
the column, not the text found there.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "CurationError",
    "DeckError",
    "FormError",
    "IngestError",
    "LLMError",
    "LLMUnavailable",
    "MailError",
    "MailUnavailable",
    "ModelError",
    "PersonalDataError",
    "StoreError",
    "SynthError",
    "WorkbookError",
]


class SynthError(Exception):
    """Base of every error synth raises on purpose."""


class ConfigError(SynthError):
    """engagement.toml is missing, unreadable or does not validate."""


class ModelError(SynthError):
    """A configured model is not available offline or cannot be loaded."""


class CurationError(SynthError):
    """The consultant's edits cannot be applied; nothing of them was."""


class FormError(SynthError):
    """A survey form definition is missing or invalid; names the file and the field."""


class LLMError(SynthError):
    """A language model endpoint is refused (not allowed, no key) or answers wrongly."""


class PersonalDataError(LLMError):
    """An outgoing prompt holds personal data; the message names kinds and ids, not text."""


class LLMUnavailable(LLMError):
    """The endpoint timed out or kept failing after retries; the item gets the offline draft."""


class MailError(SynthError):
    """Survey e-mail cannot go out at all: no server, a refused login, a broken template.
    A failure for one recipient is not an error but a recorded outcome."""


class MailUnavailable(MailError):
    """The mail server cannot be reached or dropped the connection before the first message."""


class DeckError(SynthError):
    """The deck cannot be built or written; nothing was written."""


class StoreError(SynthError):
    """The engagement's store cannot be opened or used."""


class WorkbookError(SynthError):
    """A file cannot be opened or read as an Excel workbook (`synth.workbooks`).

    Readers translate it into their own error (IngestError, CurationError, a rejected
    return); `reason` is the Swedish text without the file name.
    """

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")


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
