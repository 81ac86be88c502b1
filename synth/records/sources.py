"""Where statements come from: the kind of material, one stored source, one log row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "InterviewMeta",
    "Source",
    "SourceType",
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
