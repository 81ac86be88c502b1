"""Speakers recognised on pieces: a prefix or heading that names a speaker is moved out of
the text and onto the piece, and the title and "Datum:" lines above the dialogue go."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from synth.ingest.pieces import HEADING, HEADING_TIME_FIRST, PREFIX, Piece, seconds
from synth.privacy.names import swedish_first_names
from synth.records import InterviewMeta
from synth.text.swedish import written_stop_words

__all__ = ["INTERVIEWER_LABEL", "label_pieces"]

# Labels that name a role in the conversation rather than a person.
INTERVIEWER_LABEL = re.compile(
    r"(?:i|f|q|int|fråga|intervjuare|intervjuaren|interviewer|moderator|utredare)(?:\s*\d{1,2})?",
    re.I,
)
_RESPONDENT_LABEL = re.compile(
    r"(?:ip|s|a|r|d|p|svar|respondent|respondenten|intervjuperson|informant|deltagare|talare"
    r"|person|speaker)(?:\s*\d{1,2})?",
    re.I,
)
# Capitalised words that start "Word: explanation" lines more often than they name anyone.
_NOT_SPEAKERS = frozenset(
    [
        "obs",
        "exempel",
        "not",
        "notera",
        "ps",
        "tips",
        "problem",
        "problemet",
        "frågan",
        "svaret",
        "citat",
        "kommentar",
        "anteckning",
        "datum",
        "tid",
        "plats",
        "ämne",
        "rubrik",
        "bakgrund",
        "syfte",
        "mål",
        "målet",
        "resultat",
        "sammanfattning",
        "slutsats",
        "länk",
        "källa",
        "fil",
        "inspelning",
        "längd",
        "närvarande",
    ]
)
# "Key: value" lines above the conversation that describe it rather than belong to it.
_HEADER_KEYS = frozenset(
    [
        "datum",
        "tid",
        "plats",
        "ämne",
        "titel",
        "längd",
        "inspelning",
        "närvarande",
        "deltagare",
        "intervjuare",
        "intervjuaren",
        "respondent",
        "intervjuperson",
        "moderator",
        "roll",
        "sektor",
        "förvaltning",
        "kommun",
    ]
)


def _is_role_label(label: str) -> bool:
    return bool(INTERVIEWER_LABEL.fullmatch(label) or _RESPONDENT_LABEL.fullmatch(label))


def _known_labels(meta: InterviewMeta | None) -> set[str]:
    names: set[str] = set()
    for name in (*(meta.participants if meta else ()), *(meta.interviewers if meta else ())):
        if name.strip():
            names.add(" ".join(name.casefold().split()))
            names.add(name.casefold().split()[0])
    return names


def _accepted(label: str, known: set[str], counts: Counter[str]) -> bool:
    """Whether a capitalised "Label:" at the start of a line names a speaker."""
    low = " ".join(label.casefold().split())
    if _is_role_label(label) or low in known:
        return True
    words = [w.rstrip(",") for w in label.split()]
    names = swedish_first_names()
    if len(words) == 1:
        # "Problemet: ..." is no speaker; a first name or a label used again ("Rektor:") is
        return label in names or (counts[low] >= 2 and low not in _NOT_SPEAKERS)
    capitalised = [w for w in words if w[:1].isupper()]
    # "Enligt Anna: ..." starts with an ordinary word, "Anna Berg: ..." does not
    return all(w.casefold() not in written_stop_words() or w in names for w in capitalised)


def label_pieces(pieces: Sequence[Piece], meta: InterviewMeta | None) -> list[Piece]:
    """Move speaker prefixes and headings out of the text and onto the piece."""
    known = _known_labels(meta)
    headings: dict[int, re.Match[str]] = {}
    prefixes: dict[int, re.Match[str]] = {}
    for index, piece in enumerate(pieces):
        if piece.speaker is not None:
            continue
        if heading := HEADING.match(piece.text) or HEADING_TIME_FIRST.match(piece.text):
            headings[index] = heading
        elif prefix := PREFIX.match(piece.text):
            prefixes[index] = prefix
    counts = Counter(
        " ".join(m.group("label").casefold().split())
        for m in (*headings.values(), *prefixes.values())
    )
    result: list[Piece] = []
    pending: tuple[str, float | None] | None = None
    for index, piece in enumerate(pieces):
        heading = headings.get(index)
        if heading and _accepted(heading.group("label"), known, counts):
            pending = (_clean_label(heading.group("label")), seconds(heading.group("time")))
            continue
        prefix = prefixes.get(index)
        if prefix and _accepted(prefix.group("label"), known, counts):
            stamp = prefix.group("time") or prefix.group("time2")
            piece = Piece(
                prefix.group("text").strip(),
                _clean_label(prefix.group("label")),
                seconds(stamp) if stamp else piece.start,
                piece.paragraph,
            )
        elif pending is not None and piece.speaker is None:
            piece = Piece(piece.text, pending[0], pending[1], True)
        pending = None
        result.append(piece)
    return _drop_preamble(result)


def _clean_label(label: str) -> str:
    return " ".join(label.split()).rstrip(",")


def _drop_preamble(pieces: list[Piece]) -> list[Piece]:
    """Leave out the title, date and "Intervjuare: Sara Nyström" lines above the dialogue."""
    while True:
        first = next((i for i, piece in enumerate(pieces) if piece.speaker is not None), None)
        if first is None:
            return pieces  # no speaker anywhere: all of it is one voice's text
        pieces = pieces[first:]
        if len(pieces) > 1 and _is_header(pieces[0]):
            pieces = pieces[1:]
            continue
        return pieces


def _is_header(piece: Piece) -> bool:
    """ "Intervjuare: Sara Nyström", "Datum: 2026-09-05": who and when, not speech."""
    if piece.speaker is None or piece.speaker.casefold() not in _HEADER_KEYS:
        return False
    text = piece.text.strip()
    if not text or len(text.split()) > 8 or text.endswith((".", "?", "!")):
        return False
    if re.search(r"\d", text):
        return True
    # a name ("Sara Nyström, controller"), not a greeting like "Hej Anna"
    name = text.split(",")[0].split()
    return (
        len(name) >= 2 and all(w[:1].isupper() for w in name) and name[0] in swedish_first_names()
    )
