"""Pieces: what every transcript format is first reduced to, and the times and speaker
labels recognised on them.

A piece is a line of text with the speaker it is known to have (a VTT voice tag, a table
column) and the time it starts. The patterns here find a speaker prefix ("Anna Berg:",
"IP:"), a Teams-style heading ("Anna Berg   0:03") and a leading time on a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "HEADING",
    "HEADING_TIME_FIRST",
    "PREFIX",
    "TIME",
    "Piece",
    "line_piece",
    "lines_to_pieces",
    "seconds",
]

TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_NAME_TOKEN = r"[A-ZÅÄÖÉÜ][\w'’.\-]*"
_PARTICLE = r"(?:von|af|av|de|van|der|den|la|le|di|da|du)"
_LABEL = rf"{_NAME_TOKEN},?(?:\s+(?:{_NAME_TOKEN}|{_PARTICLE}|\d{{1,2}})){{0,3}}"
PREFIX = re.compile(
    rf"^\s*(?:[\[(]?(?P<time>{TIME})[\])]?\s*[-–]?\s*)?"
    rf"(?:\*\*|__)?(?P<label>{_LABEL})(?:\s*[\[(]?(?P<time2>{TIME})[\])]?)?"
    r"\s*(?:\*\*|__)?\s*:(?!\d)\s*(?:\*\*|__)?\s*(?P<text>.*)$"
)
# Teams' and Otter's exports: a line with the speaker's name and a time, then the speech;
# Word's transcription export puts the time first ("00:00:03 Talare 1").
HEADING = re.compile(
    rf"^\s*(?P<label>{_LABEL})\s*(?:\([^)]{{1,30}}\)\s*)?[-–|]?\s*[\[(]?(?P<time>{TIME})[\])]?\s*$"
)
HEADING_TIME_FIRST = re.compile(
    rf"^\s*[\[(]?(?P<time>{TIME})[\])]?\s*[-–|]?\s*(?P<label>{_LABEL})\s*$"
)
# A time before the speech of a line: "[00:12:05] och sen ...", "00:12:05 och sen ...".
_LEADING_TIME = re.compile(
    rf"^\s*[\[(](?P<time>{TIME})[\])]\s*[-–]?\s*|^\s*(?P<bare>\d{{1,2}}:\d{{2}}:\d{{2}})\s+"
)


@dataclass(frozen=True)
class Piece:
    text: str
    speaker: str | None = None
    start: float | None = None
    paragraph: bool = False
    """Whether a paragraph break precedes the piece (keeps speech by one speaker apart)."""


def seconds(stamp: str) -> float:
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total


def line_piece(line: str, *, paragraph: bool, speaker: str | None = None) -> Piece:
    """A piece of one line; a leading "[00:12:03]" becomes its start time."""
    start = None
    if (
        speaker is None
        and (stamp := _LEADING_TIME.match(line))
        and not PREFIX.match(line)
        and not HEADING_TIME_FIRST.match(line)
    ):
        start = seconds(stamp.group("time") or stamp.group("bare"))
        line = line[stamp.end() :]
    return Piece(line.strip(), speaker=speaker, start=start, paragraph=paragraph)


def lines_to_pieces(text: str) -> list[Piece]:
    """Non-empty lines; a blank line before one marks a paragraph break."""
    pieces: list[Piece] = []
    blank = False
    for line in text.split("\n"):
        if not line.strip():
            blank = True
            continue
        pieces.append(line_piece(line, paragraph=blank))
        blank = False
    return pieces
