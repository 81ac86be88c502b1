"""The interview log (intervjuer.xlsx) and the survey recipient list (mottagare.xlsx)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from synth.errors import IngestError
from synth.ingest.tables import Table, read_table, require_columns
from synth.records import InterviewMeta, SourceType

__all__ = ["Recipient", "lookup", "read_interview_log", "read_recipients"]

# Canonical column name first, then the spellings consultants are known to use for it.
_LOG_COLUMNS: dict[str, tuple[str, ...]] = {
    "fil": ("fil", "filnamn", "fil namn"),
    "typ": ("typ",),
    "datum": ("datum",),
    "roll": ("roll", "roller"),
    "sektor": ("sektor", "förvaltning"),
    "deltagare": ("deltagare", "intervjuad", "intervjuade"),
    "intervjuare": ("intervjuare",),
}
_RECIPIENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "namn": ("namn", "name"),
    "e-post": ("e-post", "epost", "e-postadress", "mejl", "mail", "e-mail", "email"),
    "sektor": ("sektor", "förvaltning"),
    "enhet": ("enhet",),
    "roll": ("roll",),
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_WORDED_DATE = re.compile(r"^(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})$")


@dataclass(frozen=True)
class Recipient:
    """One row of mottagare.xlsx; the names are only used to pseudonymise."""

    name: str
    email: str
    sector: str | None = None
    unit: str | None = None
    role: str | None = None


def _columns(
    table: Table, spec: dict[str, tuple[str, ...]], required: tuple[str, ...]
) -> dict[str, str]:
    """Canonical name -> actual header, for the columns present; missing required raise."""
    by_fold = {" ".join(h.split()).casefold(): h for h in table.headers}
    found = {
        name: by_fold[alias]
        for name, aliases in spec.items()
        for alias in reversed(aliases)  # the canonical spelling wins when both are there
        if alias in by_fold
    }
    missing = [name for name in required if name not in found]
    if missing:
        # Reported the way every other missing column is, naming the canonical names.
        require_columns(table.name, table.headers, missing)
    return found


def _split(value: str) -> tuple[str, ...]:
    return tuple(" ".join(part.split()) for part in value.split(";") if part.strip())


def _date(table: Table, value: str, row: int, column: str) -> dt.date | None:
    """ISO dates as Excel writes them ("2024-03-05", "2024-03-05 10:00"), or "5 mars 2024"."""
    text = value.strip().casefold()
    if not text:
        return None
    try:
        if match := _ISO_DATE.match(text) or _COMPACT_DATE.match(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if (match := _WORDED_DATE.match(text)) and match[2] in _MONTHS:
            return dt.date(int(match[3]), _MONTHS[match[2]], int(match[1]))
    except ValueError:
        pass  # 2024-02-30 and the like: reported below like any other bad date
    raise IngestError(
        table.name, f"datumet '{value[:20]}' är inte ÅÅÅÅ-MM-DD", row=row, column=column
    )


def read_interview_log(path: Path) -> dict[str, InterviewMeta]:
    """Metadata per transcript file name; IngestError names the file, row and column.

    Rows without a file name are skipped: logs are often drafted before the transcript
    exists. `roll`, `deltagare` and `intervjuare` hold ';'-separated lists.
    """
    table = read_table(path)
    columns = _columns(table, _LOG_COLUMNS, ("fil",))
    log: dict[str, InterviewMeta] = {}
    rows_of: dict[str, int] = {}
    for index, row in enumerate(table.rows):
        number = table.row_number(index)

        def cell(name: str, row: dict[str, str] = row) -> str:
            return row.get(columns.get(name, ""), "").strip()

        name = cell("fil")
        if not name:
            continue
        kind = SourceType.OKAND
        if raw_type := cell("typ"):
            try:
                kind = SourceType.parse(raw_type)
            except ValueError:
                raise IngestError(
                    table.name,
                    f"okänd typ '{raw_type[:30]}' (intervju, gruppintervju, fokusgrupp, workshop)",
                    row=number,
                    column=columns["typ"],
                ) from None
        # The file name itself is not repeated: it often carries the interviewee's name.
        if name in log:
            raise IngestError(
                table.name,
                f"samma fil står redan på rad {rows_of[name]}",
                row=number,
                column=columns["fil"],
            )
        rows_of[name] = number
        log[name] = InterviewMeta(
            file=name,
            type=kind,
            date=_date(table, cell("datum"), number, columns.get("datum", "datum")),
            roles=_split(cell("roll")),
            sector=cell("sektor") or None,
            participants=_split(cell("deltagare")),
            interviewers=_split(cell("intervjuare")),
        )
    return log


def _nfc(text: str) -> str:
    # macOS hands out file names decomposed (NFD) while Excel stores what was typed (NFC);
    # without this "Åsa.docx" in the inbox would never find "Åsa.docx" in the log.
    return unicodedata.normalize("NFC", text.strip())


def lookup(log: dict[str, InterviewMeta], filename: str) -> InterviewMeta | None:
    """The log row of a file: by exact name, then ignoring case, then by name without suffix.

    A suffix-less match that fits two log rows ("a.docx", "a.vtt") finds neither, rather
    than guessing.
    """
    if filename in log:
        return log[filename]
    wanted = _nfc(filename)
    for key in (lambda n: n, str.casefold):
        matches = [meta for name, meta in log.items() if key(_nfc(name)) == key(wanted)]
        if len(matches) == 1:
            return matches[0]
    stem = Path(wanted).stem.casefold()
    matches = [meta for name, meta in log.items() if Path(_nfc(name)).stem.casefold() == stem]
    return matches[0] if len(matches) == 1 else None


def read_recipients(path: Path) -> list[Recipient]:
    """The recipient list: namn and e-post required; sektor, enhet, roll optional."""
    table = read_table(path)
    columns = _columns(table, _RECIPIENT_COLUMNS, ("namn", "e-post"))
    recipients: list[Recipient] = []
    for index, row in enumerate(table.rows):

        def cell(name: str, row: dict[str, str] = row) -> str:
            return " ".join(row.get(columns.get(name, ""), "").split())

        name, email = cell("namn"), cell("e-post")
        if not name and not email:
            continue
        # Neither value goes into the message: both identify a person.
        if "@" not in email or " " in email:
            raise IngestError(
                table.name,
                "e-postadressen saknas eller är ogiltig",
                row=table.row_number(index),
                column=columns["e-post"],
            )
        if not name:
            raise IngestError(
                table.name, "namn saknas", row=table.row_number(index), column=columns["namn"]
            )
        recipients.append(
            Recipient(
                name=name,
                email=email,
                sector=cell("sektor") or None,
                unit=cell("enhet") or None,
                role=cell("roll") or None,
            )
        )
    return recipients
