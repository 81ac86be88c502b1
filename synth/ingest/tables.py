"""Reading spreadsheets (.xlsx and Swedish Excel .csv) into rows of strings.

Everything comes back as text, headers stripped, so that one set of parsers (numbers with
decimal comma, dates, lists) serves both formats.
"""

from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from synth.errors import IngestError
from synth.ingest.textio import read_text

__all__ = ["Table", "match_columns", "parse_number", "read_table", "require_columns"]


@dataclass(frozen=True)
class Table:
    """A sheet as text: `rows[i]` is spreadsheet row `i + 2` (row 1 holds the headers)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[dict[str, str], ...]

    @staticmethod
    def row_number(index: int) -> int:
        return index + 2


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_rows(path: Path) -> list[list[str]]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise IngestError(path.name, "kan inte öppnas som Excel-arbetsbok (.xlsx)") from exc
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _csv_rows(path: Path) -> list[list[str]]:
    text = read_text(path)
    sample = text[:20_000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        delimiter = max(";,\t", key=first.count)
    try:
        return [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise IngestError(path.name, f"ogiltig CSV ({exc})") from exc


def read_table(path: Path) -> Table:
    """The first sheet of an .xlsx, or a .csv in any of the encodings Excel writes."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        raw = _xlsx_rows(path)
    elif suffix == ".csv":
        raw = _csv_rows(path)
    else:
        raise IngestError(path.name, f"filtypen '{suffix}' är inget kalkylblad (.xlsx, .csv)")
    raw = [row for row in raw if any(cell for cell in row)]
    if not raw:
        raise IngestError(path.name, "kalkylbladet är tomt")
    headers = tuple(" ".join(h.split()) for h in raw[0])
    if not any(headers):
        raise IngestError(path.name, "rubrikraden (rad 1) är tom", row=1)
    rows = tuple(
        {header: (row[i] if i < len(row) else "") for i, header in enumerate(headers) if header}
        for row in raw[1:]
    )
    return Table(name=path.name, headers=tuple(h for h in headers if h), rows=rows)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def match_columns(headers: Iterable[str], patterns: Sequence[str]) -> list[str]:
    """Headers matching any of the shell-style patterns, case- and spacing-insensitive."""
    wanted = [_normal(p) for p in patterns]
    return [h for h in headers if any(fnmatch.fnmatchcase(_normal(h), p) for p in wanted)]


def require_columns(table: Table, names: Iterable[str]) -> dict[str, str]:
    """The actual header for each required column name; IngestError names what is missing."""
    found: dict[str, str] = {}
    missing: list[str] = []
    for name in names:
        match = match_columns(table.headers, [name])
        if match:
            found[name] = match[0]
        else:
            missing.append(name)
    if missing:
        raise IngestError(
            table.name,
            f"saknar kolumn{'erna' if len(missing) > 1 else 'en'} "
            + ", ".join(f"'{m}'" for m in missing)
            + f" (finns: {', '.join(table.headers[:12])}{' …' if len(table.headers) > 12 else ''})",
            column=missing[0],
        )
    return found


_NUMBER = re.compile(r"^([+-]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*[^\d\s]*$")


def parse_number(text: str) -> float | None:
    """A number as Swedes write it: "3,5", "1 250,5", "3,0 åa"; empty is None."""
    stripped = text.strip()
    if not stripped:
        return None
    match = _NUMBER.match(stripped)
    if not match:
        raise ValueError(f"inte ett tal: {stripped[:20]!r}")
    number = re.sub(r"[\s\u00a0\u202f]", "", match.group(1)).replace(",", ".")
    return float(number)
