"""Reading text files whatever encoding a Windows, Mac or transcription tool gave them."""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from synth.errors import IngestError

__all__ = ["decode_text", "read_text"]

# Latin letters, digits, whitespace and punctuation; more control characters than this in
# decoded text means the file was binary, whatever a detector guessed.
_MAX_CONTROL_SHARE = 0.01


def read_text(path: Path) -> str:
    """The text of `path` with newlines normalised; IngestError names the file on failure."""
    return decode_text(path.read_bytes(), path.name)


def decode_text(data: bytes, name: str) -> str:
    if not data.strip():
        raise IngestError(name, "filen är tom")
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f")
    if controls > _MAX_CONTROL_SHARE * max(len(text), 1):
        raise IngestError(name, "okänd teckenkodning eller binär fil (inte text)")
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
                raise IngestError(name, f"trasig {encoding}-kodning ({exc.reason})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise IngestError(name, "okänd teckenkodning eller binär fil (inte text)")
    best = from_bytes(data[:200_000]).best()
    # Swedish text that is not UTF-8 is nearly always Windows-1252 (or its subset Latin-1);
    # the detector can pick an exotic code page for short texts, so prefer cp1252 when it fits.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        if best is None:
            raise IngestError(name, "okänd teckenkodning eller binär fil (inte text)") from None
        return str(best)
