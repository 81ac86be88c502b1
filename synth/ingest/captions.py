"""WebVTT and SRT captions as pieces, with a voice tag as the speaker; a cue whose timing
the parser cannot read is an error, never speech lost without a word."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from synth.errors import IngestError
from synth.ingest.pieces import Piece, seconds
from synth.tables.textio import read_text

__all__ = ["srt_pieces", "vtt_pieces"]

_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")


def _caption_pieces(captions: Iterable[webvtt.Caption]) -> list[Piece]:
    pieces: list[Piece] = []
    for caption in captions:
        raw = caption.raw_text
        start = seconds(caption.start)
        voices = list(_VOICE.finditer(raw))
        if not voices:
            for line in raw.split("\n"):
                if clean := _TAG.sub("", line).strip():
                    pieces.append(Piece(clean, start=start))
            continue
        if leading := " ".join(_TAG.sub("", raw[: voices[0].start()]).split()):
            pieces.append(Piece(leading, start=start))
        for index, voice in enumerate(voices):
            end = voices[index + 1].start() if index + 1 < len(voices) else len(raw)
            clean = " ".join(_TAG.sub("", raw[voice.end() : end]).split())
            if clean:
                pieces.append(Piece(clean, speaker=voice.group(1).strip(), start=start))
    return pieces


def _parse_vtt(text: str) -> list[webvtt.Caption]:
    return list(webvtt.from_buffer(io.StringIO(text)).captions)


def _parse_srt(text: str) -> list[webvtt.Caption]:
    return list(webvtt.srt.parse(text.strip().splitlines()))


_CaptionParser = Callable[[str], list[webvtt.Caption]]


_CAPTION_ERRORS = (MalformedFileError, MalformedCaptionError, ValueError, IndexError)
_MAX_LINES_SHOWN = 5


def _caption_file(path: Path, parse: _CaptionParser, fallback: _CaptionParser) -> list[Piece]:
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


def vtt_pieces(path: Path) -> list[Piece]:
    return _caption_file(path, _parse_vtt, _parse_srt)


def srt_pieces(path: Path) -> list[Piece]:
    return _caption_file(path, _parse_srt, _parse_vtt)
