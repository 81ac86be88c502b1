"""Word transcripts as pieces: paragraphs and tables in document order, titles left out."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from synth.errors import IngestError
from synth.ingest.pieces import TIME, Piece, line_piece, seconds
from synth.tables.limits import check_package

__all__ = ["docx_pieces"]

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

_DOCX_UNREADABLE = "kan inte öppnas som Word-dokument (trasig fil eller inte .docx)"
# What python-docx raises for XML that parses but does not say what Word's schema says
# (a span that is no number, a merge with nothing above it).
_DOCX_BROKEN = (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError)


def docx_pieces(path: Path) -> list[Piece]:
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


def _document_pieces(document: DocxDocument) -> list[Piece]:
    styles, default = _paragraph_styles(document)
    pieces: list[Piece] = []
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


def _paragraph_pieces(text: str, speaker: str | None = None) -> list[Piece]:
    """A Word paragraph: its first line starts a paragraph, line breaks inside it do not."""
    pieces: list[Piece] = []
    for line in text.replace("\x0b", "\n").split("\n"):
        if line.strip():
            pieces.append(line_piece(line, paragraph=not pieces, speaker=speaker))
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


def _table_pieces(table: Table) -> list[Piece]:
    """Transcripts kept in a table: [time |] speaker | speech per row, or just text cells."""
    pieces: list[Piece] = []
    for cells in _row_texts(table):
        if not any(cells) or all(c.casefold().rstrip(":") in _TABLE_HEADERS for c in cells if c):
            continue
        times = [c for c in cells if re.fullmatch(rf"[\[(]?{TIME}[\])]?", c)]
        rest = [c for c in cells if c not in times]
        start = seconds(times[0].strip("[]()")) if times else None
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
