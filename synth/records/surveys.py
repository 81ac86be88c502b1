"""Survey records: a respondent's answers as read, the respondent as stored, a recipient."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = [
    "LikertAnswer",
    "Recipient",
    "Respondent",
    "SurveyRow",
]


@dataclass(frozen=True)
class LikertAnswer:
    """One closed answer of a survey respondent; `value` None means not answered / "Vet ej"."""

    question_id: str
    question: str
    value: float | None
    raw: str


@dataclass(frozen=True)
class SurveyRow:
    """One respondent's row of a survey export, as read from the file."""

    key: str
    row_number: int
    sector: str | None
    role: str | None
    answers: tuple[LikertAnswer, ...]
    free_text: tuple[tuple[str, str], ...]
    """(question, answer) pairs; empty answers are left out."""
    content_hash: str = ""
    staff: float | None = None
    """How many people the respondent leads, where the export asks (`survey.staff`)."""
    answered: dt.date | None = None
    """When the respondent answered, where the export says (`survey.answered`)."""


@dataclass(frozen=True)
class Respondent:
    """An anonymous survey respondent; `id` is what every downstream output shows."""

    id: str
    source_id: str
    sector: str | None
    role: str | None
    staff: float | None = None
    """How many people the respondent leads, where the survey asked (`SurveyRow.staff`)."""


@dataclass(frozen=True)
class Recipient:
    """One row of mottagare.xlsx; the names are only used to pseudonymise."""

    name: str
    email: str
    sector: str | None = None
    unit: str | None = None
    role: str | None = None
