"""`enkatsvar.xlsx`: every counted answer of a survey form, one row per respondent, for the
consultant's own cross-tabs (`synth survey export`).

Respondents are R001, R002, … (`synth.survey.results.anonymous_ids`); no name, e-mail,
unit or role is written, only the sector. Free-text answers are pseudonymised like every
statement. Likert answers are numbers 1–5 ("Vet ej" as text), a marked option of a multi
choice is 1, a single choice its label. Text never becomes a live formula (`append_row`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from synth.cells import append_row
from synth.config import EngagementConfig
from synth.files import atomic_write
from synth.forms import Form, Question, TableQuestion, form_dirs, load_named_form
from synth.privacy.engagement import engagement_pseudonymiser
from synth.store import Store
from synth.store.surveys import RecipientInput, StoredAnswer, current_answers, recipients
from synth.survey.results import answer_table

__all__ = [
    "ANSWERS_FILE",
    "AnswerColumn",
    "ExportReport",
    "answer_columns",
    "export_answers",
    "write_answers",
]

ANSWERS_FILE = "enkatsvar.xlsx"
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_FIXED = ["Svarande", "Sektor"]


@dataclass(frozen=True)
class AnswerColumn:
    key: tuple[str, str, str]
    """(question, row, field) as the answers are stored."""
    header: str
    spec: Question


@dataclass(frozen=True)
class ExportReport:
    path: Path
    respondents: int
    columns: int


def answer_columns(form: Form) -> list[AnswerColumn]:
    """One column per answer cell of the form, in the form's order."""
    columns: list[AnswerColumn] = []
    for q in form.questions():
        if isinstance(q, TableQuestion):
            labels = {r.id: r.label for r in q.rows}
            for row_id in q.row_ids():
                label = labels.get(row_id, f"Egen rad {row_id.removeprefix('egen_')}")
                if row_id not in labels:
                    name = Question(id="rad", text=q.row_header, type="text")
                    columns.append(AnswerColumn((q.id, row_id, "rad"), f"{label}: namn", name))
                columns += [
                    AnswerColumn((q.id, row_id, c.id), f"{label}: {c.text}", c) for c in q.columns
                ]
        elif q.type == "multi":
            columns += [
                AnswerColumn((q.id, "", c.id), f"{q.text} – {c.label}", q) for c in q.choices
            ]
        else:
            columns.append(AnswerColumn((q.id, "", ""), q.text, q))
    return columns


def _value(column: AnswerColumn, number: object, text: object) -> object:
    spec = column.spec
    if spec.type == "multi":
        return 1
    if spec.type in {"likert", "number"} and isinstance(number, float) and not pd.isna(number):
        return int(number) if spec.type == "likert" else number
    if spec.type == "single":
        return next((c.label for c in spec.choices if c.id == text), text)
    return text


def write_answers(
    form: Form,
    answers: Sequence[StoredAnswer],
    people: Mapping[str, RecipientInput],
    clean: Callable[[str], str],
    path: Path,
) -> ExportReport:
    """Write the form's answers to `path` (.xlsx): sheet Svar and sheet Frågor."""
    columns = answer_columns(form)
    frame = answer_table(form, answers, people)
    by_key = {c.key: c for c in columns}
    known = [k in by_key for k in zip(frame["question"], frame["row"], frame["field"], strict=True)]
    frame = frame.loc[pd.Series(known, index=frame.index, dtype=bool)]
    respondents = sorted(frame["respondent"].unique()) if not frame.empty else []
    sectors = frame.drop_duplicates("respondent").set_index("respondent")["sector"]
    cells: dict[tuple[str, tuple[str, str, str]], object] = {}
    for who, q, r, f, number, text in frame[
        ["respondent", "question", "row", "field", "number", "text"]
    ].itertuples(index=False):
        column = by_key[(q, r, f)]
        value = _value(column, number, text)
        if isinstance(value, str) and column.spec.type == "text":
            value = clean(value)  # the respondent's own words: names go the way of all names
        cells[(who, (q, r, f))] = value
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Svar"
    headers = _FIXED + [c.header for c in columns]
    append_row(sheet, headers)
    for who in respondents:
        append_row(sheet, [who, sectors[who], *(cells.get((who, c.key)) for c in columns)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        # the questions are long: wrapped in a tall header row, the columns sized by answers
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[1].height = 90
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(respondents) + 1}"
    for index, column in enumerate(sheet.iter_cols(min_row=2, values_only=True), start=1):
        longest = max((len(str(v)) for v in column if v is not None), default=0)
        sheet.column_dimensions[get_column_letter(index)].width = min(40, max(14, longest + 2))
    guide = workbook.create_sheet("Frågor")
    append_row(guide, ["Kolumn", "Fråga", "Svar", "Fråge-id"])
    scale = form.scale
    for index, c in enumerate(columns, start=len(_FIXED) + 1):
        kind = {
            "likert": (
                f"1 ({scale.low}) – {scale.points} ({scale.high}); {scale.dont_know} som text"
                + ("; högt = stort behov" if c.spec.scale_meaning == "need" else "")
                if scale
                else "1–5"
            ),
            "multi": "1 = markerat",
            "single": "svarsalternativets text",
            "number": f"tal ({c.spec.unit})" if c.spec.unit else "tal",
            "text": "fritext (namn ersatta)",
        }[c.spec.type]
        append_row(
            guide, [get_column_letter(index), c.header, kind, ".".join(p for p in c.key if p)]
        )
    for cell in guide[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for letter, width in zip("ABCD", (10, 80, 40, 30), strict=True):
        guide.column_dimensions[letter].width = width
    with atomic_write(path) as stream:
        workbook.save(stream)
    return ExportReport(path=path, respondents=len(respondents), columns=len(columns))


def export_answers(config: EngagementConfig, path: Path, form_name: str) -> ExportReport:
    """The current answers of `form_name` in the engagement's store, written to `path`."""
    form = load_named_form(form_name, form_dirs(config.root))
    pseudonymiser = engagement_pseudonymiser(config).pseudonymiser
    with Store.open(config.store_url) as store:
        answers = current_answers(store, form.id)
        people = recipients(store, form.id)
    return write_answers(form, answers, people, pseudonymiser.apply, path)
