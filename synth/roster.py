"""The engagement's own lists: the interview log (intervjuer.xlsx) and the survey
recipient list (mottagare.xlsx).

Both name people: the log says who was interviewed and by whom, the list whom the survey
goes to. Ingest, privacy, survey and deck read them here, through `read_roster` and
`recipient_list`, so that each list is found, read and deduplicated one way.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from synth.addresses import AddressError, single_address
from synth.config import EngagementConfig
from synth.dates import parse_date
from synth.errors import IngestError
from synth.records import InterviewMeta, Recipient, SourceType
from synth.tables import Table, read_table, require_columns

__all__ = [
    "InterviewLog",
    "RecipientList",
    "Roster",
    "lookup",
    "read_interview_log",
    "read_interview_log_rows",
    "read_recipients",
    "read_roster",
    "recipient_list",
]

T = TypeVar("T")

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
    try:
        return parse_date(value)
    except ValueError:
        pass  # 2024-02-30 and the like: reported below like any other bad date
    # The cell is not quoted: a mistyped date cell sometimes holds a name.
    raise IngestError(
        table.name,
        "datumet går inte att läsa; skriv det som ÅÅÅÅ-MM-DD (t.ex. 2024-03-05)",
        row=row,
        column=column,
    )


@dataclass(frozen=True)
class InterviewLog:
    """The interview log as read, with the rows that could not be read kept apart.

    One bad cell must not change how every other interview is read: the rows that parse
    give their metadata; a broken row blocks only the transcript it names, and its names
    still reach the pseudonymiser.
    """

    entries: dict[str, InterviewMeta]
    broken: dict[str, IngestError]
    """File name -> what is wrong with its row (row and column, never the cell content)."""
    names: tuple[str, ...]
    """Every participant and interviewer named in the log, broken rows included."""


def read_interview_log(path: Path) -> dict[str, InterviewMeta]:
    """Metadata per transcript file name; the first broken row raises IngestError."""
    log = read_interview_log_rows(path)
    if log.broken:
        raise next(iter(log.broken.values()))
    return log.entries


def read_interview_log_rows(path: Path) -> InterviewLog:
    """Metadata per transcript file name, with each broken row reported by file name.

    Rows without a file name are skipped: logs are often drafted before the transcript
    exists. `roll`, `deltagare` and `intervjuare` hold ';'-separated lists. A log that
    cannot be read at all (no `fil` column, not a table) raises IngestError.
    """
    table = read_table(path)
    columns = _columns(table, _LOG_COLUMNS, ("fil",))
    log: dict[str, InterviewMeta] = {}
    broken: dict[str, IngestError] = {}
    names: list[str] = []
    rows_of: dict[str, int] = {}
    for index, row in enumerate(table.rows):
        number = table.row_number(index)

        def cell(name: str, row: dict[str, str] = row) -> str:
            return row.get(columns.get(name, ""), "").strip()

        name = cell("fil")
        if not name:
            continue
        names.extend((*_split(cell("deltagare")), *_split(cell("intervjuare"))))
        # The file name itself is not repeated: it often carries the interviewee's name.
        if name in rows_of:
            broken[name] = IngestError(
                table.name,
                f"samma fil står redan på rad {rows_of[name]}",
                row=number,
                column=columns["fil"],
            )
            log.pop(name, None)
            continue
        rows_of[name] = number
        try:
            log[name] = _log_row(table, columns, cell, name, number)
        except IngestError as exc:
            broken[name] = exc
    return InterviewLog(entries=log, broken=broken, names=tuple(names))


def _log_row(
    table: Table,
    columns: dict[str, str],
    cell: Callable[[str], str],
    name: str,
    number: int,
) -> InterviewMeta:
    kind = SourceType.OKAND
    if raw_type := cell("typ"):
        try:
            kind = SourceType.parse(raw_type)
        except ValueError:
            raise IngestError(
                table.name,
                "okänd typ (skriv intervju, gruppintervju, fokusgrupp eller workshop)",
                row=number,
                column=columns["typ"],
            ) from None
    return InterviewMeta(
        file=name,
        type=kind,
        date=_date(table, cell("datum"), number, columns.get("datum", "datum")),
        roles=_split(cell("roll")),
        sector=cell("sektor") or None,
        participants=_split(cell("deltagare")),
        interviewers=_split(cell("intervjuare")),
    )


def _nfc(text: str) -> str:
    # macOS hands out file names decomposed (NFD) while Excel stores what was typed (NFC);
    # without this "Åsa.docx" in the inbox would never find "Åsa.docx" in the log.
    return unicodedata.normalize("NFC", text.strip())


def lookup(log: Mapping[str, T], filename: str) -> T | None:
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

        name, raw_email = cell("namn"), cell("e-post")
        if not name and not raw_email:
            continue
        # Neither value goes into the message: both identify a person. Exactly one address
        # per row: a list in the cell would put someone else on the envelope.
        try:
            email = single_address(raw_email)
        except AddressError as exc:
            raise IngestError(
                table.name, str(exc), row=table.row_number(index), column=columns["e-post"]
            ) from None
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


@dataclass(frozen=True)
class RecipientList:
    """The engagement's recipient list as read: every row, and each person once."""

    file: str
    """The list's file name, as messages name it."""
    rows: tuple[Recipient, ...]
    """Every row, in the list's order; the pseudonymiser needs every name on it."""

    @property
    def people(self) -> tuple[Recipient, ...]:
        """Each person once, in the list's order: a repeated address (whatever its case)
        is the same person, and the first row with it counts."""
        first: dict[str, Recipient] = {}
        for row in self.rows:
            first.setdefault(row.email.strip().casefold(), row)
        return tuple(first.values())

    @property
    def duplicates(self) -> int:
        """Rows whose e-mail address came earlier in the list."""
        return len(self.rows) - len(self.people)


def _recipients_file(config: EngagementConfig, form_id: str | None) -> str:
    if form_id is None:
        return config.ingest.recipients
    return config.survey.recipients_file(form_id, config.ingest.recipients)


def _recipients_path(config: EngagementConfig, form_id: str | None = None) -> Path | None:
    return config.existing(_recipients_file(config, form_id))


def _recipient_list(path: Path) -> RecipientList:
    return RecipientList(file=path.name, rows=tuple(read_recipients(path)))


def recipient_list(config: EngagementConfig, form_id: str | None = None) -> RecipientList:
    """The recipient list of `form_id` (`[survey.forms.<form-id>] recipients`), else the
    engagement's (`ingest.recipients`), or its .csv or .xlsx twin.

    IngestError when the engagement has none, or it cannot be read.
    """
    path = _recipients_path(config, form_id)
    if path is None:
        raise IngestError(
            _recipients_file(config, form_id), "mottagarlistan saknas i uppdragsmappen"
        )
    return _recipient_list(path)


@dataclass(frozen=True)
class Roster:
    """The interview log and the recipient list, as far as they could be read.

    Either may be missing (an engagement without a survey has no list); one that is there
    but cannot be read is a problem, since every name in it is then unknown.
    """

    log: InterviewLog
    recipients: RecipientList | None
    problems: tuple[tuple[str, str], ...]
    """(file as the engagement knows it, message) of a list that could not be read."""
    form_lists: tuple[RecipientList, ...] = ()
    """The forms' own recipient lists (`[survey.forms.<form-id>] recipients`), if any."""

    @property
    def names(self) -> tuple[str, ...]:
        """Every person named in the recipient lists and the log, broken log rows included."""
        lists = [self.recipients] if self.recipients is not None else []
        listed = [row for listing in (*lists, *self.form_lists) for row in listing.rows]
        return (*(r.name for r in listed), *self.log.names)


def read_roster(config: EngagementConfig) -> Roster:
    """Read the interview log and the recipient list; one that is broken is reported, not
    raised."""
    problems: list[tuple[str, str]] = []
    log = InterviewLog(entries={}, broken={}, names=())
    if (log_path := config.existing(config.ingest.interview_log)) is not None:
        try:
            log = read_interview_log_rows(log_path)
        except IngestError as exc:
            problems.append((config.file_key(log_path), exc.message))
    recipients = None
    if (list_path := _recipients_path(config)) is not None:
        try:
            recipients = _recipient_list(list_path)
        except IngestError as exc:
            problems.append((config.file_key(list_path), exc.message))
    form_lists: list[RecipientList] = []
    seen = {list_path}
    for form_id in sorted(config.survey.forms):
        if (form_path := _recipients_path(config, form_id)) is None or form_path in seen:
            continue
        seen.add(form_path)
        try:
            form_lists.append(_recipient_list(form_path))
        except IngestError as exc:
            problems.append((config.file_key(form_path), exc.message))
    return Roster(
        log=log, recipients=recipients, problems=tuple(problems), form_lists=tuple(form_lists)
    )
