"""A form as an XLSForm (survey, choices, settings) for KoboToolbox or ODK.

Field names keep synth's ids (a table cell is `<table>_<row>_<column>`) so that an export
from Kobo can later be mapped back onto the same questions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from synth.cells import append_row
from synth.forms import Choice, Form, Question, TableQuestion, table_field

__all__ = ["write_xlsform"]

SURVEY_COLUMNS = (
    "type",
    "name",
    "label::Svenska (sv)",
    "hint::Svenska (sv)",
    "required",
    "constraint",
    "constraint_message::Svenska (sv)",
    "appearance",
)
LIKERT_LIST = "likert"

ListFor = Callable[[str, tuple[Choice, ...]], str]
"""Names the choice list for (a suggested name, options), reusing an equal list."""


def _field_type(q: Question, list_name: str) -> str:
    return {
        "likert": f"select_one {LIKERT_LIST}",
        "single": f"select_one {list_name}",
        "multi": f"select_multiple {list_name}",
        "number": "integer" if q.decimals == 0 else "decimal",
        "text": "text",
    }[q.type]


def _row(q: Question, name: str, label: str, list_name: str) -> dict[str, str]:
    row = {
        "type": _field_type(q, list_name),
        "name": name,
        "label::Svenska (sv)": label,
        "hint::Svenska (sv)": q.range_text or q.help,
        "required": "yes" if q.required else "",
        "appearance": "likert" if q.type == "likert" else "",
    }
    if q.type == "number":
        row["constraint"] = f". >= {q.min:g} and . <= {q.max:g}"
        row["constraint_message::Svenska (sv)"] = f"Ange {q.range_text}."
    if q.type == "text" and q.max_length:
        row["constraint"] = f"string-length(.) <= {q.max_length}"
    if q.type == "multi" and q.max_choices:
        row["constraint"] = f"count-selected(.) <= {q.max_choices}"
        row["constraint_message::Svenska (sv)"] = f"Välj högst {q.max_choices}."
    return row


def write_xlsform(form: Form, path: Path) -> Path:
    survey: list[dict[str, str]] = []
    choices: list[tuple[str, str, str]] = []
    lists: dict[tuple[tuple[str, str], ...], str] = {}

    def list_for(name: str, options: tuple[Choice, ...]) -> str:
        key = tuple((c.id, c.label) for c in options)
        if key not in lists:
            lists[key] = name
            choices.extend((name, c.id, c.label) for c in options)
        return lists[key]

    if form.scale is not None:
        scale = form.scale
        for n in range(1, scale.points + 1):
            choices.append((LIKERT_LIST, str(n), scale.choice(n)))
        choices.append((LIKERT_LIST, "vet_ej", scale.dont_know))

    for section in form.sections:
        survey.append(
            {"type": "begin group", "name": section.id, "label::Svenska (sv)": section.title}
        )
        if section.intro:
            survey.append(
                {
                    "type": "note",
                    "name": f"{section.id}_intro",
                    "label::Svenska (sv)": section.intro,
                }
            )
        for q in section.questions:
            if isinstance(q, TableQuestion):
                survey.extend(_table(q, list_for))
            else:
                survey.append(_row(q, q.id, q.text, list_for(q.id, q.choices)))
        survey.append({"type": "end group", "name": section.id})

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "survey"
    append_row(sheet, SURVEY_COLUMNS)
    for row in survey:
        append_row(sheet, [row.get(c, "") for c in SURVEY_COLUMNS])
    choice_sheet = workbook.create_sheet("choices")
    append_row(choice_sheet, ["list_name", "name", "label::Svenska (sv)"])
    for choice in choices:
        append_row(choice_sheet, choice)
    settings = workbook.create_sheet("settings")
    append_row(settings, ["form_title", "form_id", "version", "default_language"])
    append_row(settings, [form.title, form.id, str(form.version), "Svenska (sv)"])
    for ws in workbook.worksheets:
        for cell in ws[1]:
            cell.font = Font(bold=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def _table(t: TableQuestion, lists: ListFor) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = [
        {
            "type": "begin group",
            "name": t.id,
            "label::Svenska (sv)": t.text,
            "hint::Svenska (sv)": t.help,
        }
    ]
    for row_id, item, _ in t.item_rows():
        rows.append(
            {
                "type": "begin group",
                "name": f"{t.id}_{row_id}",
                "label::Svenska (sv)": t.row_label(row_id),
                "hint::Svenska (sv)": item.help,
                "appearance": "field-list",
            }
        )
        for column in t.columns:
            name = lists(f"{t.id}_{column.id}", column.choices)
            # "required" in a table means "when the row is used"; a blank row is an
            # answer (no such function here), so no table cell is required in ODK.
            optional = column.model_copy(update={"required": False})
            rows.append(_row(optional, table_field(t.id, row_id, column.id), column.text, name))
        rows.append({"type": "end group", "name": f"{t.id}_{row_id}"})
    if t.extra_rows:
        repeat = f"{t.id}_egna"
        rows.append(
            {
                "type": "begin repeat",
                "name": repeat,
                "label::Svenska (sv)": f"{t.row_header} som inte finns i listan",
            }
        )
        rows.append({"type": "text", "name": f"{repeat}_rad", "label::Svenska (sv)": t.row_header})
        for column in t.columns:
            name = lists(f"{t.id}_{column.id}", column.choices)
            rows.append(_row(column, f"{repeat}_{column.id}", column.text, name))
        rows.append({"type": "end repeat", "name": repeat})
    rows.append({"type": "end group", "name": t.id})
    return rows
