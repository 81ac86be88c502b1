"""The client's copy of a deck: what leaves the team carries no working notes.

The speaker notes are the consultants' own: which statements a line rests on ("Citat:
INT-01.023"), that a draft is offline and unreviewed. Statement ids follow the interview
order, so anyone who knows the schedule can tell who said what (the last blind review).
PowerPoint's review comments and the names of who wrote and last saved the file are the
team's too. `client_copy` writes the deck without them; the slides are left as they are,
so the consultant's edits in PowerPoint carry over.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.exc import PackageNotFoundError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from synth.deck.content import TO_WRITE, UNREVIEWED
from synth.errors import DeckError
from synth.files import atomic_write

__all__ = ["CLIENT_SUFFIX", "ClientCopy", "client_copy", "client_path"]

CLIENT_SUFFIX = "-kundversion"

# PowerPoint's review comments: the classic kind, and the threaded kind of Office 365
_COMMENTS = (
    RT.COMMENTS,
    "http://schemas.microsoft.com/office/2018/10/relationships/comments",
)
_AUTHORS = (
    RT.COMMENT_AUTHORS,
    "http://schemas.microsoft.com/office/2018/10/relationships/authors",
)


@dataclass(frozen=True)
class ClientCopy:
    path: Path
    slides: int
    notes: int
    """How many slides had speaker notes that were left out."""
    comments: int
    """How many slides had review comments that were left out."""
    unreviewed: int | None = None
    """The slide whose text says the themes are not reviewed (`UNREVIEWED`), from 1: the
    method slide of a deck drawn before the consultants reviewed its findings, which a
    client copy should not carry (blind review 133: "do not produce a client version
    while themes are marked as unreviewed"); None where none says it."""
    to_write: tuple[str, ...] = ()
    """What the notes left out told the consultant to write (`TO_WRITE`), each once: "ingen
    rekommendation svarar mot ”Det finns fortfarande ett ’vi och dom’” (bild 19; …)". The
    client copy has no notes to remind them."""


def client_path(deck: Path) -> Path:
    """Where a deck's client copy goes by default: beside it, "iakttagelser-kundversion.pptx"."""
    return deck.with_name(f"{deck.stem}{CLIENT_SUFFIX}{deck.suffix}")


def client_copy(source: Path, target: Path) -> ClientCopy:
    """Write `source` to `target` without speaker notes, review comments or the names of
    its authors; DeckError (nothing written) where `source` is no readable deck."""
    if source.is_dir():
        # the engagement folder given for its deck: name the newest deck in it
        decks = sorted(
            (p for p in source.rglob("*.pptx") if not p.stem.endswith(CLIENT_SUFFIX)),
            key=lambda p: p.stat().st_mtime,
        )
        hint = f", t.ex. {decks[-1]}" if decks else ""
        raise DeckError(f"{source.name}: är en mapp; ange presentationsfilen (.pptx){hint}")
    if source.resolve() == target.resolve():
        raise DeckError(f"{source.name}: kundversionen kan inte skrivas över originalet")
    try:
        prs = Presentation(str(source))
    except (PackageNotFoundError, KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise DeckError(f"{source.name}: kan inte läsas som PowerPoint-fil ({exc})") from exc
    notes = comments = 0
    to_write: dict[str, None] = {}
    for slide in prs.slides:
        if slide.has_notes_slide:
            for line in slide.notes_slide.notes_text_frame.text.splitlines():
                if line.startswith(TO_WRITE):
                    to_write[line.removeprefix(TO_WRITE).strip()] = None
        # a part no relationship reaches is not written when the package is saved
        dropped = _drop(slide.part, (RT.NOTES_SLIDE,))
        notes += dropped
        comments += _drop(slide.part, _COMMENTS) > 0
    _drop(prs.part, _AUTHORS)
    props = prs.core_properties
    props.author = props.last_modified_by = ""
    props.comments = ""
    buffer = io.BytesIO()
    prs.save(buffer)
    with atomic_write(target) as stream:
        stream.write(buffer.getvalue())
    unreviewed = next(
        (
            number
            for number, slide in enumerate(prs.slides, start=1)
            if any(
                UNREVIEWED in shape.text_frame.text
                for shape in slide.shapes
                if shape.has_text_frame
            )
        ),
        None,
    )
    return ClientCopy(target, len(prs.slides), notes, comments, unreviewed, tuple(to_write))


def _drop(part: object, kinds: tuple[str, ...]) -> int:
    """Drop `part`'s relationships of `kinds`; how many there were."""
    rels = part.rels  # type: ignore[attr-defined]
    ids = [rid for rid, rel in rels.items() if rel.reltype in kinds]
    for rid in ids:
        rels.pop(rid)
    return len(ids)
