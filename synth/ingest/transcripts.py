"""Reading interview transcripts into speaker turns: Word, text, Markdown, WebVTT and SRT.

Every format is first reduced to *pieces*: a line of text with the speaker it is known to
have (a VTT voice tag, a table column) and the time it starts. Speaker prefixes in the
text ("Anna Berg:", "IP:", "Deltagare 2:") and Teams-style headings ("Anna Berg   0:03")
are then recognised on the pieces, and consecutive pieces by one speaker become one turn.

One module a step: `word`, `plaintext` and `captions` read the formats into pieces
(`pieces`), `speakers` labels them and `turns` joins them into turns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from synth.errors import IngestError
from synth.ingest.captions import srt_pieces, vtt_pieces
from synth.ingest.pieces import Piece
from synth.ingest.plaintext import markdown_pieces, text_pieces
from synth.ingest.speakers import label_pieces
from synth.ingest.turns import speaker_turns
from synth.ingest.word import docx_pieces
from synth.records import InterviewMeta, Turn
from synth.tables.limits import MAX_TRANSCRIPT_CHARS
from synth.text.numbers import thousands

__all__ = ["TRANSCRIPT_SUFFIXES", "parse_transcript"]

TRANSCRIPT_SUFFIXES = frozenset({".docx", ".txt", ".md", ".vtt", ".srt"})


def parse_transcript(path: Path, meta: InterviewMeta | None = None) -> list[Turn]:
    """The speaker turns of a transcript; IngestError names the file when it cannot be read.

    `meta` (the interview log's row) tells who interviewed; without it the interviewer is
    recognised by a role label ("I:", "Intervjuare:") or as the one asking the questions.
    """
    suffix = path.suffix.lower()
    readers: dict[str, Callable[[Path], list[Piece]]] = {
        ".docx": docx_pieces,
        ".txt": text_pieces,
        ".md": markdown_pieces,
        ".vtt": vtt_pieces,
        ".srt": srt_pieces,
    }
    if suffix not in readers:
        supported = ", ".join(sorted(readers))
        what = f"filtypen {suffix}" if suffix else "en fil utan filändelse"
        raise IngestError(path.name, f"{what} stöds inte som intervjuutskrift ({supported})")
    pieces = readers[suffix](path)
    if sum(len(piece.text) for piece in pieces) > MAX_TRANSCRIPT_CHARS:
        raise IngestError(
            path.name,
            f"utskriften har mer än {thousands(MAX_TRANSCRIPT_CHARS)} tecken text "
            "(gränsen för inläsning)",
        )
    turns = speaker_turns(label_pieces(pieces, meta), meta)
    if not turns:
        raise IngestError(path.name, "filen innehåller ingen text")
    return turns
