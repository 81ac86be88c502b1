"""Reading interview transcripts into speaker turns: Word, text, Markdown, WebVTT and SRT.

Every format is first reduced to *pieces*: a line of text with the speaker it is known to
have (a VTT voice tag, a table column) and the time it starts. Speaker prefixes in the
text ("Anna Berg:", "IP:", "Deltagare 2:") and Teams-style headings ("Anna Berg   0:03")
are then recognised on the pieces, and consecutive pieces by one speaker become one turn.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import webvtt
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from webvtt.errors import MalformedCaptionError, MalformedFileError

from synth.errors import IngestError
from synth.privacy.names import swedish_first_names
from synth.records import InterviewMeta, Turn
from synth.tables.limits import MAX_TRANSCRIPT_CHARS, check_package, number
from synth.tables.textio import read_text
from synth.text.swedish import written_stop_words

__all__ = ["TRANSCRIPT_SUFFIXES", "parse_transcript"]

TRANSCRIPT_SUFFIXES = frozenset({".docx", ".txt", ".md", ".vtt", ".srt"})

# Labels that name a role in the conversation rather than a person.
_INTERVIEWER_LABEL = re.compile(
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

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_NAME_TOKEN = r"[A-ZÅÄÖÉÜ][\w'’.\-]*"
_PARTICLE = r"(?:von|af|av|de|van|der|den|la|le|di|da|du)"
_LABEL = rf"{_NAME_TOKEN},?(?:\s+(?:{_NAME_TOKEN}|{_PARTICLE}|\d{{1,2}})){{0,3}}"
_PREFIX = re.compile(
    rf"^\s*(?:[\[(]?(?P<time>{_TIME})[\])]?\s*[-–]?\s*)?"
    rf"(?:\*\*|__)?(?P<label>{_LABEL})(?:\s*[\[(]?(?P<time2>{_TIME})[\])]?)?"
    r"\s*(?:\*\*|__)?\s*:(?!\d)\s*(?:\*\*|__)?\s*(?P<text>.*)$"
)
# Teams' and Otter's exports: a line with the speaker's name and a time, then the speech;
# Word's transcription export puts the time first ("00:00:03 Talare 1").
_HEADING = re.compile(
    rf"^\s*(?P<label>{_LABEL})\s*(?:\([^)]{{1,30}}\)\s*)?[-–|]?\s*[\[(]?(?P<time>{_TIME})[\])]?\s*$"
)
_HEADING_TIME_FIRST = re.compile(
    rf"^\s*[\[(]?(?P<time>{_TIME})[\])]?\s*[-–|]?\s*(?P<label>{_LABEL})\s*$"
)
# A time before the speech of a line: "[00:12:05] och sen ...", "00:12:05 och sen ...".
_LEADING_TIME = re.compile(
    rf"^\s*[\[(](?P<time>{_TIME})[\])]\s*[-–]?\s*|^\s*(?P<bare>\d{{1,2}}:\d{{2}}:\d{{2}})\s+"
)
_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
_MD_NOISE = re.compile(r"^\s*(?:[-*+]\s+|>\s*|\d+\.\s+(?=\S))")
_MD_EMPHASIS = re.compile(r"(?<!\w)([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_RULE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TABLE_HEADERS = frozenset(
    [
        "talare",
        "namn",
        "person",
        "tid",
        "tidpunkt",
        "tidskod",
        "text",
        "citat",
        "utskrift",
        "transkription",
        "speaker",
        "time",
    ]
)
_MAX_SPEAKER_CELL = 40


@dataclass(frozen=True)
class _Piece:
    text: str
    speaker: str | None = None
    start: float | None = None
    paragraph: bool = False
    """Whether a paragraph break precedes the piece (keeps speech by one speaker apart)."""


def parse_transcript(path: Path, meta: InterviewMeta | None = None) -> list[Turn]:
    """The speaker turns of a transcript; IngestError names the file when it cannot be read.

    `meta` (the interview log's row) tells who interviewed; without it the interviewer is
    recognised by a role label ("I:", "Intervjuare:") or as the one asking the questions.
    """
    suffix = path.suffix.lower()
    readers: dict[str, Callable[[Path], list[_Piece]]] = {
        ".docx": _docx_pieces,
        ".txt": _text_pieces,
        ".md": _markdown_pieces,
        ".vtt": _vtt_pieces,
        ".srt": _srt_pieces,
    }
    if suffix not in readers:
        supported = ", ".join(sorted(readers))
        what = f"filtypen {suffix}" if suffix else "en fil utan filändelse"
        raise IngestError(path.name, f"{what} stöds inte som intervjuutskrift ({supported})")
    pieces = readers[suffix](path)
    if sum(len(piece.text) for piece in pieces) > MAX_TRANSCRIPT_CHARS:
        raise IngestError(
            path.name,
            f"utskriften har mer än {number(MAX_TRANSCRIPT_CHARS)} tecken text "
            "(gränsen för inläsning)",
        )
    turns = _turns(_label_pieces(pieces, meta), meta)
    if not turns:
        raise IngestError(path.name, "filen innehåller ingen text")
    return turns


# formats -> pieces ------------------------------------------------------------------------


def _seconds(stamp: str) -> float:
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total


def _line_piece(line: str, *, paragraph: bool, speaker: str | None = None) -> _Piece:
    """A piece of one line; a leading "[00:12:03]" becomes its start time."""
    start = None
    if (
        speaker is None
        and (stamp := _LEADING_TIME.match(line))
        and not _PREFIX.match(line)
        and not _HEADING_TIME_FIRST.match(line)
    ):
        start = _seconds(stamp.group("time") or stamp.group("bare"))
        line = line[stamp.end() :]
    return _Piece(line.strip(), speaker=speaker, start=start, paragraph=paragraph)


def _lines_to_pieces(text: str) -> list[_Piece]:
    """Non-empty lines; a blank line before one marks a paragraph break."""
    pieces: list[_Piece] = []
    blank = False
    for line in text.split("\n"):
        if not line.strip():
            blank = True
            continue
        pieces.append(_line_piece(line, paragraph=blank))
        blank = False
    return pieces


def _text_pieces(path: Path) -> list[_Piece]:
    return _lines_to_pieces(read_text(path))


def _markdown_pieces(path: Path) -> list[_Piece]:
    text = read_text(path)
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            text = text[text.find("\n", end + 4) + 1 :] if "\n" in text[end + 4 :] else ""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    lines = []
    for line in text.split("\n"):
        if line.lstrip().startswith("#") or _MD_RULE.match(line):
            lines.append("")  # headings are titles and rules separators, neither is speech
            continue
        line = _MD_LINK.sub(r"\1", _MD_NOISE.sub("", line)).replace("`", "")
        lines.append(_MD_EMPHASIS.sub(r"\2", line))
    return _lines_to_pieces("\n".join(lines))


_DOCX_UNREADABLE = "kan inte öppnas som Word-dokument (trasig fil eller inte .docx)"
# What python-docx raises for XML that parses but does not say what Word's schema says
# (a span that is no number, a merge with nothing above it).
_DOCX_BROKEN = (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError)


def _docx_pieces(path: Path) -> list[_Piece]:
    # bounds (unpacked size, XML elements, paragraphs; no DTD) before lxml sees the file
    check_package(path, path.name, _DOCX_UNREADABLE)
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(path.name, _DOCX_UNREADABLE) from exc
    except Exception as exc:  # lxml and zipfile raise a zoo of errors for damaged files
        raise IngestError(path.name, f"{_DOCX_UNREADABLE}: {type(exc).__name__}") from exc
    try:
        return _document_pieces(document)
    except _DOCX_BROKEN as exc:
        raise IngestError(path.name, f"{_DOCX_UNREADABLE}: {type(exc).__name__}") from exc


def _document_pieces(document: DocxDocument) -> list[_Piece]:
    styles, default = _paragraph_styles(document)
    pieces: list[_Piece] = []
    # in document order, so that a table between paragraphs is read where it stands
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            pieces.extend(_table_pieces(block))
        elif isinstance(block, Paragraph):
            style_id = block._p.style
            style = styles.get(style_id, default) if style_id is not None else default
            if not style.lower().startswith(("heading", "rubrik", "title")):  # titles aren't speech
                pieces.extend(_paragraph_pieces(block.text))
    return pieces


def _paragraph_styles(document: DocxDocument) -> tuple[dict[str, str], str]:
    """Paragraph style names by style id, and the default style's name.

    Looked up once: python-docx searches the style list anew for every paragraph, which
    a document with many styles and many paragraphs turns into hours.
    """
    names: dict[str, str] = {}
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.style_id is not None:
            names.setdefault(style.style_id, style.name or "")
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    return names, (default.name or "") if default is not None else ""


def _paragraph_pieces(text: str, speaker: str | None = None) -> list[_Piece]:
    """A Word paragraph: its first line starts a paragraph, line breaks inside it do not."""
    pieces: list[_Piece] = []
    for line in text.replace("\x0b", "\n").split("\n"):
        if line.strip():
            pieces.append(_line_piece(line, paragraph=not pieces, speaker=speaker))
    return pieces


def _row_texts(table: Table) -> Iterator[list[str]]:
    """The text of each row's cells, left to right, each cell once.

    A cell merged across columns is one cell; every row of a cell merged down the table
    reads its text, as Word shows it. Walks the XML once instead of through python-docx's
    `row.cells`, which repeats a cell once per column it claims to span and searches
    upwards row by row for a merged cell's text: a table claiming millions of columns or
    rows would take hours there.
    """
    above: dict[int, str] = {}  # grid column -> text of the cell a merge down continues
    for tr in table._tbl.tr_lst:
        offset = tr.grid_before
        texts: list[str] = []
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                text = above.get(offset, "")
            else:
                text = above[offset] = _Cell(tc, table).text.strip()
            texts.append(text)
            offset += tc.grid_span
        yield texts


def _table_pieces(table: Table) -> list[_Piece]:
    """Transcripts kept in a table: [time |] speaker | speech per row, or just text cells."""
    pieces: list[_Piece] = []
    for cells in _row_texts(table):
        if not any(cells) or all(c.casefold().rstrip(":") in _TABLE_HEADERS for c in cells if c):
            continue
        times = [c for c in cells if re.fullmatch(rf"[\[(]?{_TIME}[\])]?", c)]
        rest = [c for c in cells if c not in times]
        start = _seconds(times[0].strip("[]()")) if times else None
        speaker: str | None = None
        if len(rest) >= 2 and _looks_like_speaker_cell(rest[0]):
            speaker = rest[0].rstrip(":").strip() or None
            rest = rest[1:]
        row_pieces = _paragraph_pieces("\n".join(c for c in rest if c), speaker)
        if row_pieces and start is not None:
            row_pieces[0] = replace(row_pieces[0], start=start)
        if speaker is not None:
            row_pieces = [replace(p, speaker=speaker) for p in row_pieces]
        pieces.extend(row_pieces)
    return pieces


def _looks_like_speaker_cell(cell: str) -> bool:
    return not cell or (
        len(cell) <= _MAX_SPEAKER_CELL
        and len(cell.split()) <= 4
        and not cell.rstrip().endswith((".", "?", "!"))
    )


def _caption_pieces(captions: Iterable[webvtt.Caption]) -> list[_Piece]:
    pieces: list[_Piece] = []
    for caption in captions:
        raw = caption.raw_text
        start = _seconds(caption.start)
        voices = list(_VOICE.finditer(raw))
        if not voices:
            for line in raw.split("\n"):
                if clean := _TAG.sub("", line).strip():
                    pieces.append(_Piece(clean, start=start))
            continue
        if leading := " ".join(_TAG.sub("", raw[: voices[0].start()]).split()):
            pieces.append(_Piece(leading, start=start))
        for index, voice in enumerate(voices):
            end = voices[index + 1].start() if index + 1 < len(voices) else len(raw)
            clean = " ".join(_TAG.sub("", raw[voice.end() : end]).split())
            if clean:
                pieces.append(_Piece(clean, speaker=voice.group(1).strip(), start=start))
    return pieces


def _parse_vtt(text: str) -> list[webvtt.Caption]:
    return list(webvtt.from_buffer(io.StringIO(text)).captions)


def _parse_srt(text: str) -> list[webvtt.Caption]:
    return list(webvtt.srt.parse(text.strip().splitlines()))


_CaptionParser = Callable[[str], list[webvtt.Caption]]


_CAPTION_ERRORS = (MalformedFileError, MalformedCaptionError, ValueError, IndexError)
_MAX_LINES_SHOWN = 5


def _caption_file(path: Path, parse: _CaptionParser, fallback: _CaptionParser) -> list[_Piece]:
    text = read_text(path)
    kind = "WebVTT" if parse is _parse_vtt else "SRT"
    try:
        captions = parse(text)
    except _CAPTION_ERRORS as exc:
        # a file saved with the other extension (SRT named .vtt) is still readable
        try:
            captions = fallback(text)
        except _CAPTION_ERRORS:
            raise IngestError(
                path.name, f"ogiltig {kind}-fil (tidkoder saknas eller är fel)"
            ) from exc
        kind = "SRT" if kind == "WebVTT" else "WebVTT"
    if lost := _lost_cues(text, captions):
        # webvtt leaves out a cue whose timing line it cannot read, without a word; the
        # speech in it must not go missing unnoticed (the text itself is never quoted)
        shown = ", ".join(f"rad {line} (textblock {n})" for line, n in lost[:_MAX_LINES_SHOWN])
        more = f" och {len(lost) - _MAX_LINES_SHOWN} till" if len(lost) > _MAX_LINES_SHOWN else ""
        example = "00:01:02.000 --> 00:01:05.500"
        if kind == "SRT":
            example = example.replace(".", ",")
        raise IngestError(
            path.name,
            f"{len(lost)} textblock har ogiltig eller saknad tidkod, och deras text skulle "
            f"tappas: {shown}{more}. Rätta tidkoden (som {example}) och läs in filen igen",
        )
    return _caption_pieces(captions)


_CUE_COMMENT = re.compile(r"^(?:NOTE|STYLE|REGION)(?:\s|$)")


def _lost_cues(text: str, captions: Sequence[webvtt.Caption]) -> list[tuple[int, int]]:
    """Where text of the file reached no caption: (line, block number) per block.

    Every line of text in the file must be found in a caption, except the WEBVTT header,
    NOTE, STYLE and REGION blocks, timing lines and cue identifiers or numbers. Compared
    line by line, whatever the parser's rules, so that a newer webvtt that reads more of
    a broken file does not make us report what it kept.
    """
    kept = Counter(
        stripped
        for caption in captions
        for line in caption.raw_text.split("\n")
        if (stripped := line.strip())
    )
    lines = text.split("\n")
    lost: list[tuple[int, int]] = []
    block = 0
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        start = index
        while index < len(lines) and lines[index].strip():
            index += 1
        body = lines[start:index]
        if (start == 0 and body[0].startswith("WEBVTT")) or _CUE_COMMENT.match(body[0]):
            continue
        block += 1
        for offset, line in enumerate(body):
            stripped = line.strip()
            identifier = offset + 1 < len(body) and "-->" in body[offset + 1]
            if "-->" in line or identifier or stripped.isdigit():
                continue
            if kept[stripped] > 0:
                kept[stripped] -= 1
            else:
                lost.append((start + 1, block))
                break
    return lost


def _vtt_pieces(path: Path) -> list[_Piece]:
    return _caption_file(path, _parse_vtt, _parse_srt)


def _srt_pieces(path: Path) -> list[_Piece]:
    return _caption_file(path, _parse_srt, _parse_vtt)


# pieces -> labelled pieces ----------------------------------------------------------------


def _is_role_label(label: str) -> bool:
    return bool(_INTERVIEWER_LABEL.fullmatch(label) or _RESPONDENT_LABEL.fullmatch(label))


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


def _label_pieces(pieces: Sequence[_Piece], meta: InterviewMeta | None) -> list[_Piece]:
    """Move speaker prefixes and headings out of the text and onto the piece."""
    known = _known_labels(meta)
    headings: dict[int, re.Match[str]] = {}
    prefixes: dict[int, re.Match[str]] = {}
    for index, piece in enumerate(pieces):
        if piece.speaker is not None:
            continue
        if heading := _HEADING.match(piece.text) or _HEADING_TIME_FIRST.match(piece.text):
            headings[index] = heading
        elif prefix := _PREFIX.match(piece.text):
            prefixes[index] = prefix
    counts = Counter(
        " ".join(m.group("label").casefold().split())
        for m in (*headings.values(), *prefixes.values())
    )
    result: list[_Piece] = []
    pending: tuple[str, float | None] | None = None
    for index, piece in enumerate(pieces):
        heading = headings.get(index)
        if heading and _accepted(heading.group("label"), known, counts):
            pending = (_clean_label(heading.group("label")), _seconds(heading.group("time")))
            continue
        prefix = prefixes.get(index)
        if prefix and _accepted(prefix.group("label"), known, counts):
            stamp = prefix.group("time") or prefix.group("time2")
            piece = _Piece(
                prefix.group("text").strip(),
                _clean_label(prefix.group("label")),
                _seconds(stamp) if stamp else piece.start,
                piece.paragraph,
            )
        elif pending is not None and piece.speaker is None:
            piece = _Piece(piece.text, pending[0], pending[1], True)
        pending = None
        result.append(piece)
    return _drop_preamble(result)


def _clean_label(label: str) -> str:
    return " ".join(label.split()).rstrip(",")


def _drop_preamble(pieces: list[_Piece]) -> list[_Piece]:
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


def _is_header(piece: _Piece) -> bool:
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


# labelled pieces -> turns -----------------------------------------------------------------


def _turns(pieces: Sequence[_Piece], meta: InterviewMeta | None) -> list[Turn]:
    groups: list[tuple[str | None, list[_Piece]]] = []
    for piece in pieces:
        continues = bool(groups) and piece.speaker in (None, groups[-1][0])
        if not continues:
            groups.append((piece.speaker, []))
        if piece.text:
            groups[-1][1].append(piece)
    groups = [(speaker, items) for speaker, items in groups if items]
    # a speaker whose only line was empty leaves two turns of the one before it side by side
    merged: list[tuple[str | None, list[_Piece]]] = []
    for speaker, items in groups:
        if merged and merged[-1][0] == speaker:
            merged[-1][1].extend(replace(item, paragraph=True) for item in items[:1])
            merged[-1][1].extend(items[1:])
        else:
            merged.append((speaker, items))
    interviewers = _interviewers(merged, meta)
    turns: list[Turn] = []
    for speaker, items in merged:
        text = ""
        for item in items:
            separator = "\n\n" if item.paragraph else " "
            text += (separator if text else "") + item.text
        turns.append(
            Turn(
                speaker=speaker,
                text=text,
                position=len(turns),
                is_interviewer=speaker in interviewers,
                start=next((item.start for item in items if item.start is not None), None),
                segments=tuple((item.text, item.start) for item in items),
            )
        )
    return turns


def _named_interviewer(label: str, meta: InterviewMeta | None) -> bool:
    """Whether `label` is one of the log's interviewers, by full name or first name."""
    if meta is None:
        return False
    low = " ".join(label.casefold().split())
    participant_firsts = {n.casefold().split()[0] for n in meta.participants if n.strip()}
    for name in meta.interviewers:
        full = " ".join(name.casefold().split())
        if not full:
            continue
        first = full.split()[0]
        if low == full:
            return True
        # "Sara:" for Sara Nyström, or "Sara Nyström:" when the log says only "Sara", unless
        # a participant shares the first name
        shared = first in participant_firsts
        if not shared and (low == first or (" " not in full and low.split()[0] == full)):
            return True
    return False


def _interviewers(
    groups: Sequence[tuple[str | None, list[_Piece]]], meta: InterviewMeta | None
) -> set[str]:
    speakers = {speaker for speaker, _ in groups if speaker is not None}
    found = {
        s
        for s in speakers
        if _INTERVIEWER_LABEL.fullmatch(s.strip()) or _named_interviewer(s, meta)
    }
    if found or len(speakers) < 2:
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
