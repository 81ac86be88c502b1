"""Statements: a speaker's turn, a statement as split from it, and as stored."""

from __future__ import annotations

from dataclasses import dataclass, field

from synth.records.sources import SourceType

__all__ = [
    "Statement",
    "StatementDraft",
    "Turn",
]


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
