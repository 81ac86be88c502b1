"""Bounds on what one input file may make synth read, checked before it is parsed.

A file well under `ingest.max_file_mb` can still unpack to gigabytes (a .docx of 3.7 MB
held 1 GB of paragraphs), hold millions of XML elements, or be a sheet of a million rows.
Every reader checks these bounds first and raises IngestError naming the file and the
bound, never what the file holds, so the file is recorded as rejected and the rest of the
inbox is still read. The bounds are far above any real transcript, interview log or
survey export; they are here so that no file can exhaust memory or run for hours.

This module is low on purpose: it imports nothing of synth but the errors, so that every
reader (tables, transcripts, survey returns) can use it.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import IO
from xml.parsers import expat

from synth.errors import IngestError
from synth.text.numbers import thousands

__all__ = [
    "MAX_CELLS",
    "MAX_COLUMNS",
    "MAX_PARAGRAPHS",
    "MAX_PART_BYTES",
    "MAX_RATIO",
    "MAX_ROWS",
    "MAX_TABLE_TEXT_BYTES",
    "MAX_TEXT_BYTES",
    "MAX_TRANSCRIPT_CHARS",
    "MAX_UNPACKED_BYTES",
    "MAX_XML_ELEMENTS",
    "MAX_ZIP_ENTRIES",
    "check_package",
    "read_member_head",
]

_MIB = 1024 * 1024

MAX_TEXT_BYTES = 10 * _MIB
"""A text, Markdown, WebVTT or SRT file (a two-hour interview is about 0.15 MB)."""
MAX_TABLE_TEXT_BYTES = 128 * _MIB
"""A CSV file: `MAX_ROWS` rows of free-text answers (100,000 statements are about 12 MB;
long answers and many columns several times that). The rows and cells are bounded too."""
MAX_TRANSCRIPT_CHARS = 5_000_000
"""The text of one transcript, whatever its format (about 40 hours of speech)."""

MAX_ZIP_ENTRIES = 10_000
"""Parts of a .docx or .xlsx; a real one has a few dozen."""
_MAX_ZIP_DIRECTORY_BYTES = 4 * _MIB
MAX_UNPACKED_BYTES = 256 * _MIB
"""All parts of a .docx or .xlsx together, unpacked."""
MAX_PART_BYTES = 128 * _MIB
"""One part, unpacked (a 100,000-row sheet is about 60 MB)."""
MAX_RATIO = 100
"""How much smaller than unpacked a part may be packed; XML packs 5 to 20 times."""
_RATIO_FLOOR_BYTES = 1 * _MIB
"""Parts smaller than this unpacked are not judged by their ratio."""

MAX_XML_ELEMENTS = 1_000_000
"""Elements of the XML that is parsed whole (a document body, styles: everything but a
sheet's rows and the shared strings, which are streamed). A two-hour transcript has
about 50,000."""
MAX_PARAGRAPHS = 100_000
"""Paragraphs of a Word document (a two-hour transcript has about 1,000)."""
MAX_ROWS = 250_000
"""Rows of a sheet or CSV file, the header included (`synth cluster` is made for 100,000
statements and more)."""
MAX_COLUMNS = 500
"""Columns of a sheet or CSV file."""
MAX_CELLS = 2_000_000
"""Cells of a workbook (all sheets) or CSV file, empty ones included."""
_MAX_SHEET_ELEMENTS = 3 * MAX_CELLS
"""XML elements inside a workbook's rows and shared strings (a cell is one to three)."""

_HEAD_BYTES = 1 * _MIB
_CHUNK = 64 * 1024
_WORD_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)


def _mb(size: int) -> str:
    return f"{size / _MIB:,.0f}".replace(",", "\u00a0") + " MB"


def check_package(path: Path, name: str, unreadable: str) -> None:
    """Check a .docx or .xlsx before a library parses it; IngestError names the bound.

    `unreadable` is the message for a file that is no zip package at all or whose XML is
    broken. Checks the zip directory (number of parts, their unpacked sizes and packing
    ratios) without unpacking anything, then streams every XML part once through expat,
    refusing any DTD (so no entity can expand) and counting elements, Word paragraphs and
    the rows, columns and cells of every sheet, stopping at the first bound passed.
    """
    _check_directory(path, name, unreadable)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_members(infos, name)
            counter = _XmlCounter(name)
            for info in infos:
                if info.is_dir():
                    continue
                with archive.open(info) as stream:
                    counter.scan(stream)
    except IngestError:
        raise
    except (
        OSError,
        EOFError,
        RuntimeError,  # an encrypted part
        NotImplementedError,  # a compression method zipfile lacks
        zipfile.BadZipFile,
        zlib.error,
        expat.ExpatError,
        ValueError,
    ) as exc:
        raise IngestError(name, unreadable) from exc


def read_member_head(path: Path, member: str, limit: int = _HEAD_BYTES) -> bytes | None:
    """At most `limit` unpacked bytes of one part of a zip package; None when unreadable.

    Never raises: for a quick look at a file (is it a synth workbook?) before it is read.
    """
    try:
        if _directory_problem(path) is not None:
            return None
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            return stream.read(limit)
    except (
        OSError,
        EOFError,
        KeyError,
        RuntimeError,
        NotImplementedError,
        zipfile.BadZipFile,
        zlib.error,
        ValueError,
    ):
        return None


def _directory_problem(path: Path) -> str | None:
    """Why the zip directory is too large to load, from the end record alone; None if fine.

    zipfile reads the whole central directory into memory when it opens a file, so the
    number of parts and the directory's size are checked before it does.
    """
    with path.open("rb") as handle:
        # zipfile's own reader of the end record, zip64 included; private but stable
        # since Python 2. Without it, the member count is still checked after opening.
        end_record = getattr(zipfile, "_EndRecData", None)
        record = end_record(handle) if end_record is not None else None
    if not record:
        return None  # not a zip file: zipfile says so in its own words
    entries, size = int(record[4]), int(record[5])
    if entries > MAX_ZIP_ENTRIES:
        limit = thousands(MAX_ZIP_ENTRIES)
        return f"filen består av {thousands(entries)} delar (gränsen är {limit})"
    if size > _MAX_ZIP_DIRECTORY_BYTES:
        return (
            f"filens innehållsförteckning är {_mb(size)} "
            f"(gränsen är {_mb(_MAX_ZIP_DIRECTORY_BYTES)})"
        )
    return None


def _check_directory(path: Path, name: str, unreadable: str) -> None:
    try:
        problem = _directory_problem(path)
    except (OSError, ValueError) as exc:
        raise IngestError(name, unreadable) from exc
    if problem is not None:
        raise IngestError(name, f"{problem}; den avvisas utan att packas upp")


def _check_members(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_ZIP_ENTRIES:
        raise IngestError(
            name,
            f"filen består av {thousands(len(infos))} delar "
            f"(gränsen är {thousands(MAX_ZIP_ENTRIES)})",
        )
    total = 0
    for info in infos:
        size = info.file_size
        if size > MAX_PART_BYTES:
            raise IngestError(
                name,
                f"en del av filen packas upp till {_mb(size)} (gränsen är "
                f"{_mb(MAX_PART_BYTES)} per del); den avvisas utan att packas upp",
            )
        if size >= _RATIO_FLOOR_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise IngestError(
                name,
                f"en del av filen är packad {thousands(ratio)} gånger (gränsen är {MAX_RATIO} "
                "gånger; filen liknar en zip-bomb); den avvisas utan att packas upp",
            )
        total += size
        if total > MAX_UNPACKED_BYTES:
            raise IngestError(
                name,
                f"filen packas upp till mer än {_mb(MAX_UNPACKED_BYTES)} (gränsen); "
                "den avvisas utan att packas upp",
            )


class _XmlCounter:
    """Streams XML parts through expat and stops at the first bound passed."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.elements = 0
        self.paragraphs = 0
        self.cells = 0
        self.sheet_elements = 0
        # per part
        self.depth = 0
        self.root: str | None = None
        self.in_rows = 0
        self.row = 0
        self.column = 0

    def scan(self, stream: IO[bytes]) -> None:
        head = stream.read(_CHUNK)
        if not _looks_like_xml(head):
            return  # an image or other binary part: no parser of ours reads it as XML
        self.depth, self.root, self.in_rows, self.row, self.column = 0, None, 0, 0, 0
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        chunk = head
        while chunk:
            parser.Parse(chunk, False)
            chunk = stream.read(_CHUNK)
        parser.Parse(b"", True)

    def _refuse(self, reason: str) -> None:
        raise IngestError(self.name, reason)

    def _doctype(self, *_: object) -> None:
        self._refuse(
            "filens XML har en DTD-deklaration, som en Office-fil aldrig har och som kan "
            "användas för XML-bomber; den läses inte"
        )

    def _entity(self, *_: object) -> None:
        self._doctype()

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        namespace, _, local = tag.rpartition(" ")
        self.depth += 1
        if self.root is None:
            self.root = local
        if self.in_rows or self.root == "sst":
            # a sheet's rows and the shared strings are streamed, never held as a tree
            self._sheet_element(local, attrs)
        else:
            self.elements += 1
            if self.elements > MAX_XML_ELEMENTS:
                self._refuse(
                    f"filen har fler än {thousands(MAX_XML_ELEMENTS)} XML-element "
                    "(gränsen för inläsning)"
                )
            if local == "p" and namespace in _WORD_NAMESPACES:
                self.paragraphs += 1
                if self.paragraphs > MAX_PARAGRAPHS:
                    self._refuse(
                        f"dokumentet har fler än {thousands(MAX_PARAGRAPHS)} stycken "
                        "(gränsen för inläsning)"
                    )
            if local == "sheetData" and self.root == "worksheet":
                self.in_rows = self.depth

    def _end(self, tag: str) -> None:
        if self.in_rows == self.depth:
            self.in_rows = 0
        self.depth -= 1

    def _sheet_element(self, local: str, attrs: dict[str, str]) -> None:
        self.sheet_elements += 1
        if self.sheet_elements > _MAX_SHEET_ELEMENTS:
            self._refuse(
                f"kalkylbladen har fler än {thousands(_MAX_SHEET_ELEMENTS)} XML-element "
                "(gränsen för inläsning)"
            )
        if local == "row" and self.depth == self.in_rows + 1:
            self.row = _int(attrs.get("r")) or self.row + 1
            self.column = 0
            if self.row > MAX_ROWS:
                self._refuse(
                    f"ett kalkylblad har fler än {thousands(MAX_ROWS)} rader "
                    "(gränsen för inläsning)"
                )
        elif local == "c" and self.depth == self.in_rows + 2:
            self.cells += 1
            self.column = _column(attrs.get("r")) or self.column + 1
            if self.column > MAX_COLUMNS:
                self._refuse(
                    f"ett kalkylblad har fler än {thousands(MAX_COLUMNS)} kolumner "
                    "(gränsen för inläsning)"
                )
            if self.cells > MAX_CELLS:
                self._refuse(
                    f"arbetsboken har fler än {thousands(MAX_CELLS)} celler (gränsen för inläsning)"
                )


def _looks_like_xml(head: bytes) -> bool:
    """Whether a part starts like XML in any encoding lxml would read it in.

    Such a part is scanned; one that expat cannot read (UTF-32, say) is then refused
    rather than left to lxml unchecked.
    """
    if head.lstrip(b" \t\r\n").startswith((b"<", b"\xef\xbb\xbf")):
        return True  # UTF-8, with or without its byte order mark
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        try:
            text = head[:64].decode(encoding)
        except UnicodeDecodeError:
            continue
        if text.lstrip(" \t\r\n\ufeff").startswith("<"):
            return True
    return False


def _int(text: str | None) -> int:
    """A row number; 0 when there is none, and past every bound when it is absurdly long."""
    if not text or not text.isascii() or not text.isdigit():
        return 0
    return int(text) if len(text) <= 9 else 10**9


def _column(ref: str | None) -> int:
    """The column number of a cell reference ("AB12" -> 28); 0 when there is none."""
    if not ref:
        return 0
    value = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            value = value * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            value = value * 26 + ord(ch) - 96
        else:
            break
        if value > 1_000_000:
            break
    return value
