"""Survey exports: one row per respondent, Likert answers and free text, by a column mapping.

A survey tool's export often carries who answered (Microsoft Forms' Namn and E-post, a
Google form that collects addresses, Kobo's _submitted_by). Those columns are never read:
patterns skip them, and a mapping that names one for the respondent, sector or role is
refused, as is a respondent id that holds a name or an address. The key a respondent is
stored under is therefore never personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from synth.config import SurveyMapping
from synth.dates import parse_date
from synth.errors import IngestError
from synth.forms import field_labels, form_dirs, load_named_form
from synth.privacy import find_personal_data
from synth.records import LikertAnswer, SurveyRow
from synth.tables import match_columns, parse_number, read_table, require_columns

__all__ = [
    "PERSONAL_COLUMNS",
    "LikertQuestion",
    "SurveyExport",
    "export_labels",
    "question_id",
    "read_survey",
    "read_survey_export",
]

PERSONAL_COLUMNS = (
    "namn",
    "name",
    "förnamn",
    "efternamn",
    "fullständigt namn",
    "e-post*",
    "epost*",
    "e-mail*",
    "email*",
    "mejl*",
    "mail",
    "_submitted_by",
    "username",
    "användarnamn",
)
"""Headers (patterns) of who answered, as survey tools name them: never read."""

_SCALE = (1.0, 5.0)
_MAX_ID = 60
_EMPTY_ANSWERS = frozenset(
    {
        "-",
        "--",
        ".",
        "x",
        "n/a",
        "nej",
        "inget",
        "inga",
        "ingenting",
        "vet ej",
        "vet inte",
        "inget särskilt",
        "inget speciellt",
        "ingenting särskilt",
        "nej inget",
        "nej, inget",
        "ingen kommentar",
        "inga kommentarer",
        "inget att tillägga",
        "har inget",
        "ej aktuellt",
    }
)
# "Ganska bra (4)"; a leading number ("4 - Ganska bra") is parse_number's unit suffix.
_TRAILING_NUMBER = re.compile(r"\((\d+(?:[.,]\d+)?)\)\s*$")


@dataclass(frozen=True)
class LikertQuestion:
    """A closed question found in the export: its header and the id answers carry."""

    question_id: str
    question: str


@dataclass(frozen=True)
class SurveyExport:
    """What one export held: the respondents' rows and the questions that were matched."""

    rows: tuple[SurveyRow, ...]
    likert: tuple[LikertQuestion, ...]
    free_text: tuple[str, ...]
    unread_staff: tuple[int, ...] = ()
    """The rows whose number of staff (`survey.staff`) is no number: counted as no answer."""
    unread_dates: tuple[int, ...] = ()
    """The rows whose date of answering (`survey.answered`) is no date: left without one."""


def question_id(header: str) -> str:
    """A stable ascii slug of a question text: "Stödet från HR?" -> "stodet_fran_hr".

    Long questions in an export often share their first 60 characters and differ only at
    the end ("… från följande funktioner? [HR]" / "[IT]"), so a slug that must be cut keeps
    a short hash of the whole text to stay unique.
    """
    folded = unicodedata.normalize("NFKD", " ".join(header.split())).encode("ascii", "ignore")
    slug = re.sub(r"[^a-z0-9]+", "_", folded.decode().lower()).strip("_") or "fraga"
    if len(slug) <= _MAX_ID:
        return slug
    digest = hashlib.sha256(slug.encode()).hexdigest()[:8]
    return f"{slug[: _MAX_ID - 9].rstrip('_')}_{digest}"


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Likert:
    """Turns one Likert cell into a number on the scale, None for no answer, or an error."""

    def __init__(self, file: str, mapping: SurveyMapping) -> None:
        self.file = file
        self.dont_know = {_fold(d) for d in mapping.dont_know}
        self.scale = {_fold(label): float(v) for label, v in mapping.scale.items()}
        values = list(self.scale.values())
        self.low, self.high = (min(values), max(values)) if values else _SCALE

    def value(self, cell: str, row: int, column: str) -> float | None:
        text = _fold(cell).rstrip(" .")
        if not text or text in self.dont_know:
            return None
        if text in self.scale:
            return self.scale[text]
        number = self._number(text)
        if number is None:
            hint = "" if self.scale else "; skriv svarsalternativen i survey.scale"
            raise IngestError(
                self.file,
                f"svaret är varken ett tal på skalan, ett svarsalternativ eller 'Vet ej'{hint}",
                row=row,
                column=column,
            )
        if not self.low <= number <= self.high:
            raise IngestError(
                self.file,
                f"svaret ligger utanför skalan {self.low:g}–{self.high:g}",
                row=row,
                column=column,
            )
        return number

    @staticmethod
    def _number(text: str) -> float | None:
        # "4-5" or "3 eller 4" is no single point on the scale: anything with a second
        # number fails here rather than being read as its first.
        try:
            return parse_number(text)
        except ValueError:
            pass
        match = _TRAILING_NUMBER.search(text)
        if match is None or re.search(r"\d", text[: match.start()]):
            return None
        return float(match.group(1).replace(",", "."))


def _is_answer(text: str) -> bool:
    return bool(text) and text.casefold().strip(" .!") not in _EMPTY_ANSWERS


def export_labels(mapping: SurveyMapping, engagement_root: Path | None) -> dict[str, str] | None:
    """The question texts by XLSForm field name when the mapping names a form, else None."""
    if not mapping.form:
        return None
    return field_labels(load_named_form(mapping.form, form_dirs(engagement_root)))


def _field(header: str) -> str:
    # Kobo can prefix a field with its groups: "stodet/stod_hr/stod_hr_far_stod"
    return header.rsplit("/", 1)[-1].strip()


def _refuse_personal(file: str, columns: Mapping[str, str], personal: set[str]) -> None:
    for setting, header in columns.items():
        if header in personal:
            raise IngestError(
                file,
                f"kolumnen '{header}' anger vem som svarat och läses aldrig; "
                f"ange en annan kolumn i survey.{setting} i engagement.toml",
                column=header,
            )


def read_survey(
    path: Path, mapping: SurveyMapping, labels: Mapping[str, str] | None = None
) -> SurveyExport:
    """Read an export by `mapping`; IngestError names the file, row and column at fault.

    `labels` (see `export_labels`) turns XLSForm field names into question ids and texts.
    Row numbers are the spreadsheet's (headers on row 1, first answer on row 2).
    """
    table = read_table(path)
    if mapping.form and labels is None:
        raise IngestError(table.name, f"formuläret '{mapping.form}' (survey.form) är inte inläst")
    personal = set(match_columns(table.headers, PERSONAL_COLUMNS))
    required = [mapping.sector] + ([mapping.respondent_id] if mapping.respondent_id else [])
    columns = require_columns(table.name, table.headers, required)
    role_column = match_columns(table.headers, [mapping.role]) if mapping.role else []
    staff_column = (
        require_columns(table.name, table.headers, [mapping.staff])[mapping.staff]
        if mapping.staff
        else None
    )
    answered_column = (
        require_columns(table.name, table.headers, [mapping.answered])[mapping.answered]
        if mapping.answered
        else None
    )
    _refuse_personal(
        table.name,
        {
            "sector": columns[mapping.sector],
            **({"respondent_id": columns[mapping.respondent_id]} if mapping.respondent_id else {}),
            **({"role": role_column[0]} if role_column else {}),
        },
        personal,
    )
    readable = [h for h in table.headers if h not in personal]
    if labels is not None:
        # patterns match the field names; a column of no field of the form is not an answer
        by_field = {_field(h): h for h in readable if _field(h) in labels}
        likert = [by_field[f] for f in match_columns(by_field, mapping.likert)]
        free = [by_field[f] for f in match_columns(by_field, mapping.free_text)]
        free = [h for h in free if h not in likert]
    else:
        likert = match_columns(readable, mapping.likert)
        free = [h for h in match_columns(readable, mapping.free_text) if h not in likert]
    if not likert and not free:
        raise IngestError(
            table.name,
            "ingen kolumn matchar survey.likert eller survey.free_text i engagement.toml",
            column=(mapping.likert or mapping.free_text or ["?"])[0],
        )
    questions = _questions(likert, labels)
    texts = {h: labels[_field(h)] for h in free} if labels is not None else {h: h for h in free}
    parser = _Likert(table.name, mapping)
    id_column = columns.get(mapping.respondent_id) if mapping.respondent_id else None
    # The hash covers what synth reads, not every column: a re-download that adds a
    # column (or moves one) must not make every respondent look changed.
    hashed = sorted(
        {
            *columns.values(),
            *role_column[:1],
            *likert,
            *free,
            *([staff_column] if staff_column else []),
            *([answered_column] if answered_column else []),
        }
    )
    rows: list[SurveyRow] = []
    unread_staff: list[int] = []
    unread_dates: list[int] = []
    seen: dict[str, int] = {}
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)
        if not any(v.strip() for v in cells.values()):
            continue
        key = (cells[id_column].strip() if id_column else "") or f"rad-{number}"
        if id_column and find_personal_data(key):
            raise IngestError(
                table.name,
                "svars-id:t ser ut att vara ett namn eller en e-postadress, som aldrig sparas; "
                "ange en annan kolumn i survey.respondent_id",
                row=number,
                column=id_column,
            )
        if key in seen:
            raise IngestError(
                table.name,
                f"samma svars-id som på rad {seen[key]}",
                row=number,
                column=id_column,
            )
        seen[key] = number
        answers = tuple(
            LikertAnswer(
                question_id=q.question_id,
                question=q.question,
                value=parser.value(cells.get(header, ""), number, header),
                raw=cells.get(header, "").strip(),
            )
            for header, q in questions
        )
        free_text = tuple(
            (texts[header], answer)
            for header in free
            if _is_answer(answer := " ".join(cells.get(header, "").split()))
        )
        staff, read = _staff(cells.get(staff_column, "")) if staff_column else (None, True)
        if not read:
            unread_staff.append(number)
        answered: dt.date | None = None
        if answered_column:
            try:
                answered = parse_date(cells.get(answered_column, ""))
            except ValueError:
                unread_dates.append(number)
        digest = hashlib.sha256(
            "\x1f".join(f"{h}\x1e{cells.get(h, '').strip()}" for h in hashed).encode("utf-8")
        ).hexdigest()
        rows.append(
            SurveyRow(
                key=key,
                row_number=number,
                sector=cells[columns[mapping.sector]].strip() or None,
                role=(cells.get(role_column[0], "").strip() or None) if role_column else None,
                staff=staff,
                answered=answered,
                answers=answers,
                free_text=free_text,
                content_hash=digest,
            )
        )
    return SurveyExport(
        rows=tuple(rows),
        likert=tuple(q for _, q in questions),
        free_text=tuple(texts[h] for h in free),
        unread_staff=tuple(unread_staff),
        unread_dates=tuple(unread_dates),
    )


def _staff(cell: str) -> tuple[float | None, bool]:
    """How many people a respondent leads, and whether the cell could be read: a number
    ("40", "25,5", "ca 40"), or None where it is empty or says "Vet ej"; a cell that says
    something else ("40-50", "många") could not be read and counts as no answer."""
    text = _APPROXIMATELY.sub("", cell.strip().rstrip(".")).strip()
    if not text or _fold(text) in _NO_STAFF:
        return None, True
    try:
        number = parse_number(text)
    except ValueError:
        return None, False
    if number is None or number < 0:
        return None, False
    return number, True


# "ca 40", "ungefär 40": the number is what was given
_APPROXIMATELY = re.compile(r"^(?:ca\.?|cirka|ungefär|omkring|runt|drygt|knappt)\s+", re.I)
_NO_STAFF = frozenset({"vet ej", "ej aktuellt", "-", "–"})


def _questions(
    headers: list[str], labels: Mapping[str, str] | None
) -> list[tuple[str, LikertQuestion]]:
    """Each Likert column's header and question: a form's field keeps its id and text."""
    if labels is not None:
        return [(h, LikertQuestion(_field(h), labels[_field(h)])) for h in headers]
    # Two headers can fold to one slug ("HR?" and "HR"); the store needs them apart.
    used: dict[str, int] = {}
    out: list[tuple[str, LikertQuestion]] = []
    for header in headers:
        base = question_id(header)
        used[base] = used.get(base, 0) + 1
        qid = base if used[base] == 1 else f"{base[: _MAX_ID - 3]}_{used[base]}"
        out.append((header, LikertQuestion(question_id=qid, question=header)))
    return out


def read_survey_export(
    path: Path, mapping: SurveyMapping, labels: Mapping[str, str] | None = None
) -> list[SurveyRow]:
    """One SurveyRow per answered row; see `read_survey` for the questions as well."""
    return list(read_survey(path, mapping, labels).rows)
