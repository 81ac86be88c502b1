"""Reading interview transcripts into speaker turns: Word, text, Markdown, WebVTT and SRT.

Every format is first reduced to *pieces*: a line of text with the speaker it is known to
have (a VTT voice tag, a Teams heading) and the time it starts. Speaker prefixes in the
text ("Anna Berg:", "IP:", "Deltagare 2:") are recognised on the pieces, and consecutive
pieces by one speaker become one turn.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import webvtt
from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from webvtt.errors import MalformedFileError

from synth.errors import IngestError
from synth.ingest.textio import read_text
from synth.privacy.names import swedish_first_names
from synth.records import InterviewMeta, Turn

__all__ = ["TRANSCRIPT_SUFFIXES", "parse_transcript"]

TRANSCRIPT_SUFFIXES = frozenset({".docx", ".txt", ".md", ".vtt", ".srt"})

# Labels that name a role in the conversation rather than a person.
_INTERVIEWER_LABELS = frozenset(
    {"i", "f", "fråga", "intervjuare", "intervjuaren", "moderator", "int", "q", "utredare"}
)
_RESPONDENT_LABELS = frozenset({"ip", "s", "svar", "respondent", "deltagare", "a", "r", "d"})
_NUMBERED = re.compile(
    r"^(?:intervjuare|respondent|deltagare|talare|person|speaker|d|r|ip|deltagare)\s*\d{1,2}$",
    re.I,
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_NAME_TOKEN = r"[A-ZÅÄÖÉ][\wåäöÅÄÖéü.\-]*"
_PREFIX = re.compile(
    rf"^\s*(?:[\[(]?(?P<time>{_TIME})[\])]?\s*[-–]?\s*)?"
    rf"(?:\*\*|__)?(?P<label>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|\d{{1,2}})){{0,3}})"
    r"\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?P<text>.*)$"
)
# Teams' Word export: a line with the speaker's name and a time, then what they said.
_TEAMS_HEADING = re.compile(
    rf"^\s*(?P<label>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})\s+(?P<time>{_TIME})\s*$"
)
_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
_MD_NOISE = re.compile(r"^\s*(?:[-*+]\s+|>\s*|\d+\.\s+(?=\S))")


@dataclass(frozen=True)
class _Piece:
    text: str
    speaker: str | None = None
    start: float | None = None
    paragraph: bool = False
    """Whether a paragraph break precedes the piece (keeps speech by one speaker apart)."""


def parse_transcript(path: Path, meta: InterviewMeta | None = None) -> list[Turn]:
    """The speaker turns of a transcript; IngestError names the file when it cannot be read."""
    suffix = path.suffix.lower()
    readers = {
        ".docx": _docx_pieces,
        ".txt": _text_pieces,
        ".md": _markdown_pieces,
        ".vtt": _vtt_pieces,
        ".srt": _srt_pieces,
    }
    if suffix not in readers:
        raise IngestError(path.name, f"filtypen '{suffix}' stöds inte som intervjuutskrift")
    pieces = readers[suffix](path)
    turns = _turns(_label_pieces(pieces, meta), meta)
    if not turns:
        raise IngestError(path.name, "ingen text att läsa in")
    return turns


# formats -> pieces ------------------------------------------------------------------------


def _lines_to_pieces(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    blank = False
    for line in text.split("\n"):
        if not line.strip():
            blank = True
            continue
        pieces.append(_Piece(line.strip(), paragraph=blank))
        blank = False
    return pieces


def _text_pieces(path: Path) -> list[_Piece]:
    return _lines_to_pieces(read_text(path))


def _markdown_pieces(path: Path) -> list[_Piece]:
    text = read_text(path)
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        text = text[end + 4 :] if end > 0 else text
    lines = []
    for line in text.split("\n"):
        if line.lstrip().startswith("#"):
            lines.append("")  # headings are titles, not speech
            continue
        line = _MD_NOISE.sub("", line)
        lines.append(re.sub(r"(?<!\w)([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)", r"\2", line))
    return _lines_to_pieces("\n".join(lines))


def _docx_pieces(path: Path) -> list[_Piece]:
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(
            path.name, "kan inte öppnas som Word-dokument (trasig eller inte .docx)"
        ) from exc
    except Exception as exc:  # lxml and zipfile raise a zoo of errors for damaged files
        raise IngestError(path.name, f"Word-dokumentet är skadat ({type(exc).__name__})") from exc
    paragraphs = [
        "" if _is_heading(p.style.name if p.style is not None else "") else p.text
        for p in document.paragraphs
    ]
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells]
            # a two-column table is speaker | speech; otherwise read the cells in order
            if len(cells) == 2 and cells[0] and len(cells[0].split()) <= 4:
                paragraphs.append(f"{cells[0].rstrip(':')}: {cells[1]}")
            else:
                paragraphs.extend(cells)
            paragraphs.append("")
    return _lines_to_pieces("\n".join(p.replace("\x0b", "\n") for p in paragraphs))


def _is_heading(style: str) -> bool:
    return style.lower().startswith(("heading", "rubrik", "title"))


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


def _caption_pieces(captions: Iterable[object]) -> list[_Piece]:
    pieces: list[_Piece] = []
    for caption in captions:
        raw: str = caption.raw_text  # type: ignore[attr-defined]
        start = _seconds(caption.start)  # type: ignore[attr-defined]
        voices = list(_VOICE.finditer(raw))
        if not voices:
            for line in raw.split("\n"):
                if clean := _TAG.sub("", line).strip():
                    pieces.append(_Piece(clean, start=start))
            continue
        for index, voice in enumerate(voices):
            end = voices[index + 1].start() if index + 1 < len(voices) else len(raw)
            clean = " ".join(_TAG.sub("", raw[voice.end() : end]).split())
            if clean:
                pieces.append(_Piece(clean, speaker=voice.group(1).strip(), start=start))
    return pieces


def _vtt_pieces(path: Path) -> list[_Piece]:
    text = read_text(path)
    try:
        captions = webvtt.from_buffer(io.StringIO(text))
    except MalformedFileError as exc:
        raise IngestError(path.name, f"ogiltig WebVTT ({exc})") from exc
    return _caption_pieces(captions)


def _srt_pieces(path: Path) -> list[_Piece]:
    text = read_text(path)
    try:
        captions = webvtt.srt.parse(text.splitlines())
    except MalformedFileError as exc:
        raise IngestError(path.name, "ogiltig SRT-fil (tidkoder saknas eller är fel)") from exc
    return _caption_pieces(captions)


# pieces -> labelled pieces ----------------------------------------------------------------


def _is_role_label(label: str) -> bool:
    low = label.casefold()
    return low in _INTERVIEWER_LABELS or low in _RESPONDENT_LABELS or bool(_NUMBERED.match(low))


def _known_labels(meta: InterviewMeta | None) -> set[str]:
    names: set[str] = set()
    for name in (*(meta.participants if meta else ()), *(meta.interviewers if meta else ())):
        if name.strip():
            names.add(name.strip().casefold())
            names.add(name.strip().split()[0].casefold())
    return names


def _label_pieces(pieces: Sequence[_Piece], meta: InterviewMeta | None) -> list[_Piece]:
    """Move speaker prefixes and Teams headings out of the text and onto the piece."""
    known = _known_labels(meta)
    headings: dict[int, re.Match[str]] = {}
    candidates: list[tuple[int, re.Match[str]]] = []
    for index, piece in enumerate(pieces):
        if piece.speaker is not None:
            continue
        if heading := _TEAMS_HEADING.match(piece.text):
            headings[index] = heading
        elif match := _PREFIX.match(piece.text):
            candidates.append((index, match))
    counts = Counter(match.group("label").casefold() for _, match in candidates)

    def accepted(label: str) -> bool:
        low = label.casefold()
        words = label.split()
        # a one-word "label" could be "Problemet: ..."; believe it when it is a known role
        # or name, a capitalised full name, or used as a prefix more than once
        return (
            _is_role_label(label)
            or low in known
            or (len(words) == 1 and label in swedish_first_names())
            or (len(words) >= 2 and all(w[0].isupper() for w in words if not w.isdigit()))
            or counts[low] >= 2
        )

    labelled = list(pieces)
    for index, match in candidates:
        if accepted(match.group("label")):
            piece = pieces[index]
            start = _seconds(match.group("time")) if match.group("time") else piece.start
            labelled[index] = _Piece(
                match.group("text").strip(), match.group("label"), start, piece.paragraph
            )
    result: list[_Piece] = []
    pending: tuple[str, float] | None = None
    for index, piece in enumerate(labelled):
        if index in headings:
            pending = (headings[index].group("label"), _seconds(headings[index].group("time")))
            continue
        if pending is not None and piece.speaker is None:
            piece = _Piece(piece.text, pending[0], pending[1], True)
            pending = None
        result.append(piece)
    # Before the first speaker, a labelled transcript has its title, date and the like.
    first = next((i for i, piece in enumerate(result) if piece.speaker is not None), 0)
    return result[first:]


# labelled pieces -> turns -----------------------------------------------------------------


def _turns(pieces: Sequence[_Piece], meta: InterviewMeta | None) -> list[Turn]:
    groups: list[tuple[str | None, list[_Piece]]] = []
    for piece in pieces:
        if not piece.text:
            if piece.speaker is not None:
                groups.append((piece.speaker, []))
            continue
        if (piece.speaker is None and groups) or (groups and piece.speaker == groups[-1][0]):
            groups[-1][1].append(piece)
        else:
            groups.append((piece.speaker, [piece]))
    groups = [(speaker, items) for speaker, items in groups if items]
    interviewers = _interviewers([speaker for speaker, _ in groups], groups, meta)
    turns: list[Turn] = []
    for speaker, items in groups:
        text = ""
        for item in items:
            separator = "\n\n" if item.paragraph and text else (" " if text else "")
            text += separator + item.text
        turns.append(
            Turn(
                speaker=speaker,
                text=text,
                position=len(turns),
                is_interviewer=speaker in interviewers,
                start=items[0].start,
                segments=tuple((item.text, item.start) for item in items),
            )
        )
    return turns


def _interviewers(
    speakers: Sequence[str | None],
    groups: Sequence[tuple[str | None, list[_Piece]]],
    meta: InterviewMeta | None,
) -> set[str | None]:
    names = {n.strip().casefold() for n in (meta.interviewers if meta else ()) if n.strip()}
    first = {n.split()[0] for n in names}
    found = {
        s
        for s in speakers
        if s is not None
        and (
            s.casefold() in _INTERVIEWER_LABELS
            or re.fullmatch(r"(intervjuare|moderator)\s*\d*", s.casefold())
            or s.casefold() in names
            or (s.casefold() in first and s.casefold() not in _participant_firsts(meta))
        )
    }
    distinct = {s for s in speakers if s is not None}
    if found or len(distinct) < 2:
        return found
    # No label or log says who asked: the speaker whose turns are mostly questions did.
    asked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for speaker, items in groups:
        if speaker is None:
            continue
        total[speaker] += 1
        if items[-1].text.rstrip().endswith("?"):
            asked[speaker] += 1
    ratios = {s: asked[s] / total[s] for s in total}
    best = max(ratios, key=lambda s: (ratios[s], total[s]))
    others = [r for s, r in ratios.items() if s != best]
    if ratios[best] >= 0.5 and all(ratios[best] >= 2 * r for r in others):
        return {best}
    return set()


def _participant_firsts(meta: InterviewMeta | None) -> set[str]:
    if meta is None:
        return set()
    return {n.strip().split()[0].casefold() for n in meta.participants if n.strip()}
