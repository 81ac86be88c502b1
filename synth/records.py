"""Typed records that flow between the parts of synth.

Records are frozen and refer to each other by id. Parsers produce the *draft* records
(`Turn`, `StatementDraft`, `SurveyRow`); the store gives them their ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "InterviewMeta",
    "LikertAnswer",
    "Respondent",
    "Source",
    "SourceType",
    "Statement",
    "StatementDraft",
    "SurveyRow",
    "Theme",
    "Turn",
]


class SourceType(StrEnum):
    """What kind of material a source is; the values are the Swedish words of the log."""

    INTERVJU = "intervju"
    GRUPPINTERVJU = "gruppintervju"
    FOKUSGRUPP = "fokusgrupp"
    WORKSHOP = "workshop"
    ENKAT = "enkät"
    OKAND = "okänd"

    @property
    def is_interview(self) -> bool:
        return self in {self.INTERVJU, self.GRUPPINTERVJU, self.FOKUSGRUPP, self.WORKSHOP}

    @classmethod
    def parse(cls, value: str) -> SourceType:
        """Read the log's `typ` column leniently ("Fokusgrupp", "grupp-intervju", "enkat")."""
        key = value.strip().lower().replace("-", "").replace(" ", "")
        aliases = {"enkat": "enkät", "gruppsamtal": "gruppintervju", "seminarium": "workshop"}
        key = aliases.get(key, key)
        for member in cls:
            if member.value == key:
                return member
        raise ValueError(value)


@dataclass(frozen=True)
class InterviewMeta:
    """One row of the interview log (intervjuer.xlsx), personal names included.

    Names are kept only to pseudonymise and to recognise the interviewer's turns; they are
    never written into statements, exports or logs.
    """

    file: str
    type: SourceType = SourceType.OKAND
    date: dt.date | None = None
    roles: tuple[str, ...] = ()
    sector: str | None = None
    participants: tuple[str, ...] = ()
    interviewers: tuple[str, ...] = ()

    def role_of(self, participant_index: int | None) -> str | None:
        """The role of one participant: roles pair with names by position, or one role for all."""
        if not self.roles:
            return None
        if len(self.roles) == 1:
            return self.roles[0]
        if participant_index is not None and len(self.roles) == len(self.participants):
            return self.roles[participant_index]
        return None


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted contribution in a transcript, as it was written.

    `segments` keeps the pieces the turn was built from (a VTT/SRT cue each) with their
    start time in seconds, so that a statement can carry the time it was said.
    """

    speaker: str | None
    text: str
    position: int
    is_interviewer: bool = False
    start: float | None = None
    segments: tuple[tuple[str, float | None], ...] = ()


@dataclass(frozen=True)
class StatementDraft:
    """A statement as split from a turn or a survey answer, before pseudonymisation."""

    text: str
    position: int
    speaker: str | None = None
    question: str | None = None
    timestamp: float | None = None


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


@dataclass(frozen=True)
class Source:
    """One ingested file, or one survey response, as stored."""

    id: str
    type: SourceType
    origin: str
    content_hash: str
    version: int
    sector: str | None = None
    date: dt.date | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Respondent:
    """An anonymous survey respondent; `id` is what every downstream output shows."""

    id: str
    source_id: str
    sector: str | None
    role: str | None


@dataclass(frozen=True)
class Statement:
    """A pseudonymised statement as stored; the raw text stays in the store only."""

    id: str
    source_id: str
    source_type: SourceType
    position: int
    text: str
    role: str | None = None
    sector: str | None = None
    question: str | None = None
    timestamp: float | None = None
    respondent_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Theme:
    """A theme as stored: this run's description plus the consultant's curation."""

    id: str
    label: str
    """The consultant's headline when they gave one, else the provisional one."""
    auto_label: str
    perspective: str | None
    polarity: dict[str, int]
    keywords: tuple[str, ...]
    quotes: tuple[str, ...]
    breadth: dict[str, object]
    size: int
    include: bool = True
    order: int | None = None
    status: str = "active"
    merged_into: str | None = None
    statement_ids: tuple[str, ...] = ()

    @property
    def breadth_text(self) -> str:
        return str(self.breadth.get("text", ""))
