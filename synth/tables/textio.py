"""Reading text files whatever encoding a Windows, Mac or transcription tool gave them."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from synth.errors import IngestError
from synth.tables.limits import MAX_TABLE_TEXT_BYTES, MAX_TEXT_BYTES

__all__ = ["decode_text", "read_text"]

_UNREADABLE = "okänd teckenkodning eller binär fil"
# More control characters than this share of the decoded text means the file was binary,
# whatever encoding happened to accept its bytes.
_MAX_CONTROL_SHARE = 0.01
# control characters but tab, newline, vertical tab and form feed; a regex, because a
# loop over each character took a second of a 12 MB survey export
_CONTROL = re.compile(r"[\x00-\x08\x0d-\x1f]")
_SWEDISH_LETTERS = frozenset("åäöÅÄÖé")
_DETECT_BYTES = 200_000


def read_text(path: Path, *, table: bool = False) -> str:
    """The text of `path` with newlines normalised to \\n; IngestError names the file.

    A file over `MAX_TEXT_BYTES` (`MAX_TABLE_TEXT_BYTES` for a `table`, a CSV file) is
    refused before it is read.
    """
    limit = MAX_TABLE_TEXT_BYTES if table else MAX_TEXT_BYTES
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise IngestError(path.name, f"filen kan inte läsas ({exc.strerror or exc})") from exc
    if len(data) > limit:
        kinds = "CSV-filer" if table else "text-, VTT- och SRT-filer"
        raise IngestError(
            path.name,
            f"filen är för stor (över {limit // 1024 // 1024} MB; gränsen för {kinds})",
        )
    return decode_text(data, path.name)


def decode_text(data: bytes, name: str) -> str:
    """Decode the bytes of the file `name`: UTF-8 or UTF-16 by BOM, else detected."""
    if not data.strip():
        raise IngestError(name, "filen är tom")
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls > _MAX_CONTROL_SHARE * max(len(text), 1):
        raise IngestError(name, _UNREADABLE)
    if not text.strip():
        raise IngestError(name, "filen är tom")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(name, f"{_UNREADABLE} (trasig {encoding})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        if (text := _bomless_utf16(data)) is not None:
            return text
        raise IngestError(name, _UNREADABLE)
    # Swedish text that is not UTF-8 is nearly always Windows-1252; the detector can pick
    # an exotic code page for a short text, so it wins only where it reads more å, ä and ö
    # (an old DOS or Mac file).
    try:
        windows = data.decode("cp1252")
    except UnicodeDecodeError:
        windows = None
    best = from_bytes(data[:_DETECT_BYTES]).best()
    if best is not None and best.encoding not in {"cp1252", "latin_1", "iso8859_15"}:
        try:
            detected = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            detected = None
        if detected is not None and (windows is None or _swedish(detected) > _swedish(windows)):
            return detected
    if windows is None:
        raise IngestError(name, _UNREADABLE)
    return windows


def _swedish(text: str) -> int:
    return sum(1 for ch in text if ch in _SWEDISH_LETTERS)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 written without a BOM, recognised by the zero byte beside every ASCII letter."""
    half = len(data) // 2
    if half == 0:
        return None
    for zeros, encoding in ((data[1::2], "utf-16-le"), (data[0::2], "utf-16-be")):
        if zeros.count(0) > 0.6 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None
