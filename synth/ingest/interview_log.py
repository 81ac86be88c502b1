"""The interview log (intervjuer.xlsx) and the survey recipient list (mottagare.xlsx)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from synth.errors import IngestError
from synth.ingest.tables import Table, read_table, require_columns
from synth.records import InterviewMeta, SourceType

__all__ = ["Recipient", "lookup", "read_interview_log", "read_recipients"]

LOG_COLUMNS = ("fil", "typ", "datum", "roll", "sektor", "deltagare", "intervjuare")


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    sector: str | None = None
    unit: str | None = None
    role: str | None = None


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _date(table: Table, value: str, row: int, column: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise IngestError(
            table.name, f"datumet '{value}' är inte ÅÅÅÅ-MM-DD", row=row, column=column
        ) from None


def read_interview_log(path: Path) -> dict[str, InterviewMeta]:
    """Metadata per transcript file name; IngestError names the file, row and column."""
    table = read_table(path)
    columns = require_columns(table, ["fil"])
    optional = {
        name: found[0]
        for name in LOG_COLUMNS[1:]
        if (found := [h for h in table.headers if h.casefold() == name])
    }
    log: dict[str, InterviewMeta] = {}
    for index, row in enumerate(table.rows):
        number = Table.row_number(index)
        name = row[columns["fil"]].strip()
        if not name:
            continue
        kind = SourceType.OKAND
        if raw_type := row.get(optional.get("typ", ""), "").strip():
            try:
                kind = SourceType.parse(raw_type)
            except ValueError:
                raise IngestError(
                    table.name,
                    f"okänd typ '{raw_type}' (intervju, gruppintervju, fokusgrupp, workshop)",
                    row=number,
                    column=optional["typ"],
                ) from None
        if name in log:
            raise IngestError(table.name, f"filen '{name}' står på två rader", row=number)

        def cell(column: str, row: dict[str, str] = row) -> str:
            return row.get(optional.get(column, ""), "").strip()

        log[name] = InterviewMeta(
            file=name,
            type=kind,
            date=_date(table, cell("datum"), number, optional.get("datum", "datum")),
            roles=_split(cell("roll")),
            sector=cell("sektor") or None,
            participants=_split(cell("deltagare")),
            interviewers=_split(cell("intervjuare")),
        )
    return log


def lookup(log: dict[str, InterviewMeta], filename: str) -> InterviewMeta | None:
    """The log row of a file: by exact name, then ignoring case, then by name without suffix."""
    if filename in log:
        return log[filename]
    folded = {name.casefold(): meta for name, meta in log.items()}
    if filename.casefold() in folded:
        return folded[filename.casefold()]
    stem = Path(filename).stem.casefold()
    stems = {Path(name).stem.casefold(): meta for name, meta in log.items()}
    return stems.get(stem)


def read_recipients(path: Path) -> list[Recipient]:
    """The recipient list: namn and e-post required; sektor, enhet, roll optional."""
    table = read_table(path)
    columns = require_columns(table, ["namn", "e-post"])
    extra = {h.casefold(): h for h in table.headers}
    recipients = []
    for index, row in enumerate(table.rows):
        name, email = row[columns["namn"]].strip(), row[columns["e-post"]].strip()
        if not name and not email:
            continue
        if "@" not in email:
            raise IngestError(
                table.name,
                "e-postadressen saknas eller är ogiltig",
                row=Table.row_number(index),
                column=columns["e-post"],
            )
        recipients.append(
            Recipient(
                name=name,
                email=email,
                sector=row.get(extra.get("sektor", ""), "").strip() or None,
                unit=row.get(extra.get("enhet", ""), "").strip() or None,
                role=row.get(extra.get("roll", ""), "").strip() or None,
            )
        )
    return recipients
