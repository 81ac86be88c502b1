"""Plain-text and Markdown transcripts as pieces: a line each, a blank line a paragraph."""

from __future__ import annotations

import re
from pathlib import Path

from synth.ingest.pieces import Piece, lines_to_pieces
from synth.tables.textio import read_text

__all__ = ["markdown_pieces", "text_pieces"]

_MD_NOISE = re.compile(r"^\s*(?:[-*+]\s+|>\s*|\d+\.\s+(?=\S))")
_MD_EMPHASIS = re.compile(r"(?<!\w)([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_RULE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def text_pieces(path: Path) -> list[Piece]:
    return lines_to_pieces(read_text(path))


def markdown_pieces(path: Path) -> list[Piece]:
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
    return lines_to_pieces("\n".join(lines))
