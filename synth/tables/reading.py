"""Reading spreadsheets (.xlsx and Swedish Excel .csv) into rows of strings.

Everything comes back as text, headers stripped, so that one set of parsers (numbers with
decimal comma, dates, lists) serves both formats.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from synth.errors import IngestError, WorkbookError
from synth.tables.limits import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, check_package
from synth.tables.textio import read_text
from synth.text.numbers import thousands
from synth.workbooks import open_workbook, sheet_rows

__all__ = ["Table", "match_columns", "parse_number", "read_table", "require_columns"]

_DELIMITERS = (";", "\t", ",")
"""In order of preference on a tie: Swedish Excel writes ';' because ',' is the decimal sign."""
_SNIFF_RECORDS = 50


@dataclass(frozen=True)
class Table:
    """A sheet as text; `numbers[i]` is the spreadsheet row (1-based, headers included)
    that `rows[i]` came from, so that errors point at the row the consultant sees."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    numbers: tuple[int, ...] = ()

    def row_number(self, index: int) -> int:
        # Tables built by hand (tests) have no numbers: header on row 1, no blank rows.
        return self.numbers[index] if self.numbers else index + 2


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "SANT" if value else "FALSKT"
    if isinstance(value, float):
        # Excel stores every number as a float; 4 must not come back as "4.0".
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


_NOT_XLSX = "kan inte öppnas som Excel-arbetsbok (.xlsx)"


def _too_many(file: str, what: str, limit: int) -> IngestError:
    return IngestError(file, f"filen har fler än {thousands(limit)} {what} (gränsen för inläsning)")


_Row = TypeVar("_Row", bound=Sized)


def _bounded(file: str, rows: Iterable[_Row]) -> Iterator[_Row]:
    """`rows` as they come, stopping with IngestError past MAX_ROWS, MAX_COLUMNS or MAX_CELLS.

    The XLSX bounds are checked before parsing (`check_package`); this holds them for CSV
    and stands behind the check for XLSX.
    """
    cells = 0
    for count, row in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise _too_many(file, "rader", MAX_ROWS)
        if len(row) > MAX_COLUMNS:
            raise _too_many(file, "kolumner", MAX_COLUMNS)
        cells += len(row)
        if cells > MAX_CELLS:
            raise _too_many(file, "celler", MAX_CELLS)
        yield row


def _xlsx_rows(path: Path, sheet: str | None) -> list[list[str]]:
    check_package(path, path.name, _NOT_XLSX)
    try:
        workbook = open_workbook(path, read_only=True, data_only=True)
    except WorkbookError as exc:
        raise IngestError(path.name, _NOT_XLSX) from exc
    worksheet = None
    try:
        if sheet is None and workbook.worksheets:
            worksheet = workbook.worksheets[0]
        elif sheet is not None and sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        if worksheet is None or not hasattr(worksheet, "iter_rows"):
            raise IngestError(
                path.name,
                f"bladet '{sheet or 1}' finns inte eller är inget kalkylblad "
                f"(finns: {', '.join(_shown(name) for name in workbook.sheetnames)})",
            )
        # Some exporters write a wrong <dimension>, which read-only mode trusts and
        # would cut the sheet short; resetting makes openpyxl read every row.
        worksheet.reset_dimensions()
        try:
            rows = sheet_rows(worksheet, file=path.name)
            return [[_cell_text(v) for v in row] for row in _bounded(path.name, rows)]
        except WorkbookError as exc:  # the sheet XML is parsed lazily, so corruption shows here
            raise IngestError(path.name, exc.reason) from exc
    finally:
        workbook.close()


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    out: list[list[str]] = []
    for row in reader:
        out.append(row)
        if limit is not None and len(out) >= limit:
            break
    return out


def _sniff(text: str) -> str:
    """The delimiter that splits the first records into the same, largest number of fields.

    csv.Sniffer is fooled by decimal commas and quoted newlines in Swedish exports; the
    width and consistency of the parsed records is the evidence that holds up.
    """

    def score(delimiter: str) -> tuple[bool, float, int, int]:
        try:
            rows = [r for r in _records(text[:200_000], delimiter, _SNIFF_RECORDS) if r]
        except csv.Error:
            return (False, 0.0, 0, 0)
        if not rows:
            return (False, 0.0, 0, 0)
        width = len(rows[0])
        same = sum(1 for r in rows if len(r) == width) / len(rows)
        return (width > 1, same, width, -_DELIMITERS.index(delimiter))

    return max(_DELIMITERS, key=score)


def _csv_rows(path: Path) -> list[list[str]]:
    text = read_text(path, table=True)
    try:
        rows = csv.reader(io.StringIO(text), delimiter=_sniff(text))
        return [[cell.strip() for cell in row] for row in _bounded(path.name, rows)]
    except csv.Error as exc:
        raise IngestError(path.name, f"ogiltig CSV ({exc})") from exc


def _unique_headers(file: str, raw: list[str], number: int) -> list[str]:
    headers: list[str] = []
    seen: dict[str, int] = {}
    for cell in raw:
        header = " ".join(cell.split())
        if header:
            # Two columns with the same heading must both survive: "Kommentar (2)".
            count = seen.get(header.casefold(), 0) + 1
            seen[header.casefold()] = count
            if count > 1:
                header = f"{header} ({count})"
        headers.append(header)
    named = [h for h in headers if h]
    if named and all(_looks_like_data(h) for h in named):
        raise IngestError(
            file,
            "rubrikrad saknas: första raden innehåller bara tal och datum",
            row=number,
        )
    return headers


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _looks_like_data(cell: str) -> bool:
    if _DATE.match(cell):
        return True
    try:
        return parse_number(cell) is not None and not re.search(r"[^\d\s.,+-]", cell)
    except ValueError:
        return False


def read_table(path: Path, sheet: str | None = None) -> Table:
    """An .xlsx sheet (the first unless `sheet` names one), or a .csv as Excel writes it.

    Blank rows are left out; `Table.row_number` still gives each row's place in the file.
    """
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        raw = _xlsx_rows(path, sheet)
    elif suffix in {".csv", ".txt", ".tsv"}:
        raw = _csv_rows(path)
    else:
        raise IngestError(path.name, f"filtypen '{suffix}' är inget kalkylblad (.xlsx, .csv)")
    numbered = [(n, row) for n, row in enumerate(raw, start=1) if any(row)]
    if not numbered:
        raise IngestError(path.name, "filen är tom (ingen rubrikrad och inga rader)")
    header_number, header_cells = numbered[0]
    headers = _unique_headers(path.name, header_cells, header_number)
    rows = tuple(
        {header: (row[i] if i < len(row) else "") for i, header in enumerate(headers) if header}
        for _, row in numbered[1:]
    )
    return Table(
        name=path.name,
        headers=tuple(h for h in headers if h),
        rows=rows,
        numbers=tuple(n for n, _ in numbered[1:]),
    )


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _pattern(pattern: str) -> re.Pattern[str]:
    # Only * and ? are wildcards: question texts contain [brackets] that fnmatch would
    # read as character classes and then silently match nothing.
    parts = (".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in _normal(pattern))
    return re.compile("".join(parts), re.DOTALL)


def match_columns(headers: Iterable[str], patterns: Sequence[str]) -> list[str]:
    """Headers (in sheet order) matching any shell-style pattern, ignoring case and spacing."""
    wanted = [_pattern(p) for p in patterns]
    return [h for h in headers if any(p.fullmatch(_normal(h)) for p in wanted)]


def _shown(header: str) -> str:
    """A header as an error message may show it: hidden when it holds personal data, as
    the first row of a file without headers does ("Karin Johansson.docx")."""
    from synth.privacy import find_personal_data  # only when a message is written

    return "[dold]" if find_personal_data(header) else header


def require_columns(file: str, headers: Sequence[str], names: Iterable[str]) -> dict[str, str]:
    """The actual header for each required name (a pattern); IngestError names the missing.

    `column` is the first missing name; the reason lists all of them and what the file has.
    """
    found: dict[str, str] = {}
    missing: list[str] = []
    for name in names:
        match = match_columns(headers, [name])
        if match:
            found[name] = match[0]
        else:
            missing.append(name)
    if missing:
        shown = ", ".join(_shown(h) for h in headers[:12]) + (" …" if len(headers) > 12 else "")
        raise IngestError(
            file,
            f"saknar kolumn{'erna' if len(missing) > 1 else 'en'} "
            + ", ".join(f"'{m}'" for m in missing)
            + f" (finns: {shown})",
            column=missing[0],
        )
    return found


_NUMBER = re.compile(
    r"""^(?P<sign>[+\-\u2212]?)
    (?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)   # thousands in groups of three, or none
    (?:[.,](?P<frac>\d+))?
    (?:\s*[^\d\s][^\d]*)?$                          # a unit or label: "åa", "%", "- Bra"
    """,
    re.VERBOSE,
)


def parse_number(text: str) -> float | None:
    """A number as Swedes write it: "3,5", "1 250,5", "3,0 åa"; empty is None.

    Raises ValueError for text that is no number ("bra", "4-5", "ca 3").
    """
    stripped = text.strip()
    if not stripped:
        return None
    match = _NUMBER.match(stripped)
    if not match:
        raise ValueError("inte ett tal")  # the text is not quoted: it may name someone
    digits = re.sub(r"\D", "", match["int"])
    number = float(f"{digits}.{match['frac'] or 0}")
    return -number if match["sign"] in {"-", "\u2212"} else number
