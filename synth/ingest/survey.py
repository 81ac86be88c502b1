"""Survey exports: one row per respondent, Likert answers and free text, by a column mapping."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from synth.config import SurveyMapping
from synth.errors import IngestError
from synth.ingest.tables import Table, match_columns, parse_number, read_table, require_columns
from synth.records import LikertAnswer, SurveyRow

__all__ = ["question_id", "read_survey_export"]

_SCALE = (1.0, 5.0)
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
_LEADING_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:[-–:().]|$|\s)")


def question_id(header: str) -> str:
    """A stable ascii slug of a question text: "Stödet från HR?" -> "stodet_fran_hr"."""
    folded = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", folded.lower()).strip("_")[:60] or "fraga"


def _likert(
    table: Table, mapping: SurveyMapping, value: str, row: int, column: str
) -> float | None:
    text = value.strip()
    if not text:
        return None
    if text.casefold() in {d.casefold() for d in mapping.dont_know}:
        return None
    scale = {k.casefold(): v for k, v in mapping.scale.items()}
    if text.casefold() in scale:
        return scale[text.casefold()]
    try:
        number = parse_number(text)
    except ValueError:
        match = _LEADING_NUMBER.match(text)
        if not match:
            raise IngestError(
                table.name,
                "svaret är varken ett tal på skalan eller 'Vet ej'",
                row=row,
                column=column,
            ) from None
        number = float(match.group(1).replace(",", "."))
    low, high = (min(scale.values()), max(scale.values())) if scale else _SCALE
    if number is None or not low <= number <= high:
        raise IngestError(
            table.name, f"svaret ligger utanför skalan {low:g}–{high:g}", row=row, column=column
        )
    return number


def read_survey_export(path: Path, mapping: SurveyMapping) -> list[SurveyRow]:
    """One SurveyRow per answered row; IngestError names the file, row and column."""
    table = read_table(path)
    required = [mapping.sector] + ([mapping.respondent_id] if mapping.respondent_id else [])
    columns = require_columns(table, required)
    role_column = match_columns(table.headers, [mapping.role]) if mapping.role else []
    likert = match_columns(table.headers, mapping.likert)
    free = [h for h in match_columns(table.headers, mapping.free_text) if h not in likert]
    if not likert and not free:
        raise IngestError(
            table.name,
            "ingen kolumn matchar survey.likert eller survey.free_text i engagement.toml",
            column=(mapping.likert or mapping.free_text or ["?"])[0],
        )
    rows: list[SurveyRow] = []
    seen: set[str] = set()
    for index, cells in enumerate(table.rows):
        number = Table.row_number(index)
        if not any(v.strip() for v in cells.values()):
            continue
        key = cells[columns[mapping.respondent_id]].strip() if mapping.respondent_id else ""
        key = key or f"rad-{number}"
        if key in seen:
            raise IngestError(
                table.name,
                f"svars-id '{key}' förekommer två gånger",
                row=number,
                column=columns.get(mapping.respondent_id or "", None),
            )
        seen.add(key)
        answers = tuple(
            LikertAnswer(
                question_id=question_id(header),
                question=header,
                value=_likert(table, mapping, cells.get(header, ""), number, header),
                raw=cells.get(header, "").strip(),
            )
            for header in likert
        )
        free_text = tuple(
            (header, " ".join(answer.split()))
            for header in free
            if (answer := cells.get(header, "").strip())
            and answer.casefold().strip(" .!") not in _EMPTY_ANSWERS
        )
        digest = hashlib.sha256(
            "\x1f".join(f"{h}={cells.get(h, '')}" for h in table.headers).encode("utf-8")
        ).hexdigest()
        rows.append(
            SurveyRow(
                key=key,
                row_number=number,
                sector=cells[columns[mapping.sector]].strip() or None,
                role=cells.get(role_column[0], "").strip() or None if role_column else None,
                answers=answers,
                free_text=free_text,
                content_hash=digest,
            )
        )
    return rows
