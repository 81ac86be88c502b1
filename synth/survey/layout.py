"""Where every text and answer cell of a form's answer sheet goes.

Rendering writes this layout and collection reads it back: answers are found by their
cell, and every locked text cell must still say what was rendered, so a workbook whose
structure was changed (protection removed, rows inserted) is recognised rather than
read into the wrong questions. Pure data; no openpyxl here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from synth.forms import Form, Question, TableQuestion

__all__ = [
    "ANSWER_SHEET",
    "FIRST_ANSWER_COLUMN",
    "INSTRUCTION_SHEET",
    "LIST_SHEET",
    "TEXT_SPAN",
    "AnswerCell",
    "FixedCell",
    "Layout",
    "build_layout",
    "cell_ref",
]

INSTRUCTION_SHEET = "Instruktioner"
ANSWER_SHEET = "Enkät"
LIST_SHEET = "Listor"
FIRST_ANSWER_COLUMN = 3
TEXT_SPAN = 5
"""Free-text answers span this many columns so that there is room to write."""
MARK = "X"
"""What marks a chosen option of a multi-choice question."""


def cell_ref(row: int, column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


@dataclass(frozen=True)
class FixedCell:
    row: int
    column: int
    text: str
    kind: str
    """title, section, intro, question, header, label, option, hint: how it is styled."""


@dataclass(frozen=True)
class AnswerCell:
    """One cell the respondent fills in, and what it answers.

    `key` is (question id, table row id or "", column id / option id or ""); `spec` is the
    question or table column that says what a valid answer is.
    """

    row: int
    column: int
    spec: Question
    question_id: str
    row_id: str = ""
    field_id: str = ""
    label: str = ""
    """What the respondent saw, for the report: "Stöd – HR – Jag får det stöd jag behöver"."""
    span: int = 1
    required: bool = False

    @property
    def ref(self) -> str:
        return cell_ref(self.row, self.column)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.question_id, self.row_id, self.field_id)


@dataclass(frozen=True)
class Layout:
    fixed: tuple[FixedCell, ...]
    answers: tuple[AnswerCell, ...]
    last_column: int
    tall_rows: tuple[int, ...] = field(default=())


class _Builder:
    def __init__(self) -> None:
        self.row = 1
        self.fixed: list[FixedCell] = []
        self.answers: list[AnswerCell] = []
        self.tall: list[int] = []
        self.last_column = FIRST_ANSWER_COLUMN + TEXT_SPAN - 1

    def text(self, column: int, text: str, kind: str) -> None:
        if text:
            self.fixed.append(FixedCell(self.row, column, text, kind))

    def answer(self, column: int, spec: Question, question_id: str, **kw: object) -> None:
        cell = AnswerCell(self.row, column, spec, question_id, **kw)  # type: ignore[arg-type]
        self.answers.append(cell)
        self.last_column = max(self.last_column, column + cell.span - 1)


def build_layout(form: Form) -> Layout:
    b = _Builder()
    b.text(1, form.title, "title")
    b.row += 1
    b.text(1, "Svara i de gula cellerna. Resten av bladet är låst.", "intro")
    b.row += 2
    number = 0
    for section in form.sections:
        b.text(1, section.title, "section")
        b.row += 1
        if section.intro:
            b.text(1, section.intro, "intro")
            b.tall.append(b.row)
            b.row += 1
        for question in section.questions:
            number += 1
            if isinstance(question, TableQuestion):
                _table(b, number, question)
            else:
                _question(b, number, question)
            b.row += 1
        b.row += 1
    return Layout(tuple(b.fixed), tuple(b.answers), b.last_column, tuple(b.tall))


def _question(b: _Builder, number: int, q: Question) -> None:
    b.text(1, f"{number}.", "label")
    b.text(2, q.text + (" *" if q.required else ""), "question")
    if q.type == "multi":
        if q.help:
            b.text(FIRST_ANSWER_COLUMN, q.help, "hint")
        for choice in q.choices:
            b.row += 1
            b.text(2, choice.label, "option")
            b.answer(
                FIRST_ANSWER_COLUMN,
                q,
                q.id,
                field_id=choice.id,
                label=f"{q.text} – {choice.label}",
                required=q.required,
            )
        return
    span = TEXT_SPAN if q.type == "text" else 1
    b.answer(FIRST_ANSWER_COLUMN, q, q.id, label=q.text, span=span, required=q.required)
    if q.type == "text":
        b.tall.append(b.row)
        if q.help:
            b.row += 1
            b.text(FIRST_ANSWER_COLUMN, q.help, "hint")
    else:
        b.text(FIRST_ANSWER_COLUMN + 1, _hint(q), "hint")


def _hint(q: Question) -> str:
    hint = q.range_text or ("Välj i listan" if q.type != "text" else "")
    return f"{hint}. {q.help}" if q.help and hint else hint or q.help


def _table(b: _Builder, number: int, t: TableQuestion) -> None:
    b.text(1, f"{number}.", "label")
    b.text(2, t.text, "question")
    if t.help:
        b.row += 1
        b.text(2, t.help, "hint")
    b.row += 1
    b.text(2, t.row_header, "header")
    for offset, column in enumerate(t.columns):
        heading = column.text + (" *" if column.required else "")
        if column.type == "number":
            heading += f" ({column.range_text})"
        b.text(FIRST_ANSWER_COLUMN + offset, heading, "header")
    b.tall.append(b.row)
    labels = {r.id: r.label for r in t.rows}
    for row_id in t.row_ids():
        b.row += 1
        if row_id in labels:
            b.text(2, labels[row_id], "label")
        else:
            name = Question(id="rad", text=f"{t.row_header} (egen rad)", type="text")
            b.answer(2, name, t.id, row_id=row_id, field_id="rad", label=name.text)
        for offset, column in enumerate(t.columns):
            b.answer(
                FIRST_ANSWER_COLUMN + offset,
                column,
                t.id,
                row_id=row_id,
                field_id=column.id,
                label=f"{t.text} – {labels.get(row_id, 'egen rad')} – {column.text}",
                required=column.required,
            )
