"""Where every text and answer cell of a form's answer sheet goes.

Rendering writes this layout and collection reads it back: answers are found by their
cell, and every locked text cell must still say what was rendered, so a workbook whose
structure was changed (protection removed, rows inserted) is recognised rather than
read into the wrong questions. Pure data; no openpyxl here.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field, replace

from synth.forms import Form, Question, TableQuestion

__all__ = [
    "ANSWER_SHEET",
    "FIRST_ANSWER_COLUMN",
    "INSTRUCTION_SHEET",
    "LIST_SHEET",
    "TEXT_SPAN",
    "TITLE_ROWS",
    "AnswerCell",
    "FixedCell",
    "Layout",
    "build_layout",
    "cell_ref",
    "column_widths",
    "page_breaks",
    "print_scale",
    "row_heights",
    "text_height",
]

INSTRUCTION_SHEET = "Instruktioner"
ANSWER_SHEET = "Enkät"
LIST_SHEET = "Listor"
FIRST_ANSWER_COLUMN = 3
TEXT_SPAN = 5
"""Free-text answers span this many columns so that there is room to write."""
OWN_ROWS_HINT = (
    "Egna rader: välj en funktion i listan för ännu en placering av den, "
    "eller skriv en funktion som saknas ovan."
)
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
    """title, section, intro, question, header, label, option, hint, example: how it is
    styled."""
    note: str = ""
    """A smaller line under the text in the same cell: a table row's definition."""
    span: int = 1
    """Columns the cell is merged over (a title, a section's band, a question's hint)."""

    @property
    def shown(self) -> str:
        """Everything the cell says, as a returned workbook must still say it."""
        return f"{self.text}\n{self.note}" if self.note else self.text


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
    suggestions: tuple[str, ...] = ()
    """Offered in the cell's list while anything else may be written (an own row's name)."""

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
    blocks: tuple[tuple[int, int], ...] = field(default=())
    """First and last row of each question with its answers (the first with its section's
    title and intro): what a printed page should not split."""

    @property
    def last_row(self) -> int:
        return max([c.row for c in self.fixed] + [a.row for a in self.answers])


class _Builder:
    def __init__(self) -> None:
        self.row = 1
        self.fixed: list[FixedCell] = []
        self.answers: list[AnswerCell] = []
        self.blocks: list[tuple[int, int]] = []
        self.last_column = FIRST_ANSWER_COLUMN + TEXT_SPAN - 1

    def text(self, column: int, text: str, kind: str, note: str = "") -> None:
        if text:
            self.fixed.append(FixedCell(self.row, column, text, kind, note))

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
        start = b.row
        b.text(1, section.title, "section")
        b.row += 1
        if section.intro:
            b.text(1, section.intro, "intro")
            b.row += 1
        for question in section.questions:
            number += 1
            start = min(start, b.row)
            if isinstance(question, TableQuestion):
                _table(b, number, question)
            else:
                _question(b, number, question)
            b.blocks.append((start, b.row))
            start = b.row + 1
            b.row += 1
        b.row += 1
    return Layout(_spans(b), tuple(b.answers), b.last_column, tuple(b.blocks))


def _spans(b: _Builder) -> tuple[FixedCell, ...]:
    """Titles, sections and intros run across the sheet, and so does a hint with nothing
    to its right, so that "Välj i listan" is not wrapped into a narrow column."""
    taken = {(a.row, c) for a in b.answers for c in range(a.column, a.column + a.span)}
    taken |= {(f.row, f.column) for f in b.fixed}
    cells = []
    for fixed in b.fixed:
        wide = fixed.kind in {"section", "title", "intro"} and fixed.column == 1
        if fixed.kind == "hint":
            wide = not any(
                (fixed.row, c) in taken for c in range(fixed.column + 1, b.last_column + 1)
            )
        if wide:
            fixed = replace(fixed, span=b.last_column - fixed.column + 1)
        cells.append(fixed)
    return tuple(cells)


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
    if t.example is not None:
        # a filled row to copy the way of writing from; locked, and never read as an answer
        b.row += 1
        b.text(2, t.example.label, "example")
        for offset, column in enumerate(t.columns):
            b.text(FIRST_ANSWER_COLUMN + offset, t.example.values.get(column.id, ""), "example")
    items = {row_id: (row, n) for row_id, row, n in t.item_rows()}
    for row_id in t.row_ids():
        b.row += 1
        if row_id not in items and row_id == t.row_ids()[len(items)] and t.rows:
            b.text(2, OWN_ROWS_HINT, "hint")
            b.row += 1
        if row_id in items:
            row, n = items[row_id]
            if n == 1:
                b.text(2, row.label, "label", note=row.help)
            else:
                b.text(2, t.row_label(row_id), "repeat")
        else:
            name = Question(id="rad", text=t.row_label(row_id), type="text")
            b.answer(
                2,
                name,
                t.id,
                row_id=row_id,
                field_id="rad",
                label=name.text,
                suggestions=tuple(r.label for r in t.rows),
            )
        for offset, column in enumerate(t.columns):
            where = t.row_label(row_id) if row_id in items else "egen rad"
            b.answer(
                FIRST_ANSWER_COLUMN + offset,
                column,
                t.id,
                row_id=row_id,
                field_id=column.id,
                label=f"{t.text} – {where} – {column.text}",
                required=column.required,
            )


# sizes ------------------------------------------------------------------------------------
# Column widths are Excel's (characters of "0" in the default 11 pt font), heights points.
# The estimates err wide: LibreOffice draws Calibri's place with a wider font.

LABEL_WIDTH = 44
"""Column B: questions and the table's row labels."""
MIN_WIDTH = 14
MAX_WIDTH = 30
TABLE_TEXT_WIDTH = 30
"""A free-text column of a table (Kommentar): room to write a sentence."""
WRITING_HEIGHT = 75.0
"""A free-text answer: room for a few lines."""
_LINE = 1.36
"""Line height per point of font size."""
_SIZES = {"title": 14.0, "section": 12.0}
_BOLD = frozenset({"title", "section", "question", "header"})


def _answer_width(form: Form, cell: AnswerCell) -> int:
    spec = cell.spec
    if cell.suggestions:
        longest = max(len(s) for s in cell.suggestions)
    elif spec.type == "likert":
        longest = max(len(c) for c in form.likert_scale.choices())
    elif spec.type == "single":
        longest = max(len(c.label) for c in spec.choices)
    elif spec.type == "text":
        longest = TABLE_TEXT_WIDTH
    else:
        longest = 0
    return longest + 2  # and the list's arrow


def column_widths(form: Form, layout: Layout) -> dict[int, float]:
    """Each column as wide as its longest list choice (within MIN and MAX_WIDTH), so that
    "På kontoret/i verksamheten" is seen whole."""
    widths: dict[int, float] = {1: 5, 2: LABEL_WIDTH}
    for column in range(FIRST_ANSWER_COLUMN, layout.last_column + 1):
        needed = [
            _answer_width(form, a) for a in layout.answers if a.column == column and a.span == 1
        ]
        widths[column] = float(min(MAX_WIDTH, max([MIN_WIDTH, *needed])))
    return widths


def text_height(text: str, width: float, *, size: float = 11.0, bold: bool = False) -> float:
    """Points a wrapped text needs in a column `width` wide."""
    return math.ceil(_lines(text, width, size, bold) * size * _LINE + 3)


def _lines(text: str, width: float, size: float, bold: bool) -> int:
    # Calibri (and Carlito, LibreOffice's stand-in) sets about 1.2 letters per width unit
    per_line = max(4, int(width * (1.0 if bold else 1.1) * 11 / size))
    return sum(
        max(1, len(textwrap.wrap(part, per_line, break_long_words=True)))
        for part in text.split("\n")
    )


def row_heights(form: Form, layout: Layout, widths: dict[int, float]) -> dict[int, float]:
    """The height each row needs for its wrapped texts and answers; rows of one line are
    left at the default."""

    def width(column: int, span: int) -> float:
        return sum(widths.get(c, MIN_WIDTH) for c in range(column, column + span))

    heights: dict[int, float] = {}

    def need(row: int, height: float) -> None:
        heights[row] = max(heights.get(row, 0.0), math.ceil(height + 3))

    for fixed in layout.fixed:
        size = _SIZES.get(fixed.kind, 11.0)
        lines = _lines(fixed.text, width(fixed.column, fixed.span), size, fixed.kind in _BOLD)
        note = _lines(fixed.note, width(fixed.column, fixed.span), 9.0, False) if fixed.note else 0
        need(fixed.row, lines * size * _LINE + note * 9.0 * _LINE)
    for answer in layout.answers:
        if answer.spec.type == "text" and answer.span > 1:
            need(answer.row, WRITING_HEIGHT)
        elif answer.spec.type == "text" and answer.row_id:
            need(answer.row, 2 * 11.0 * _LINE)  # a table's comment: room for a sentence
        elif answer.spec.type in {"single", "likert"}:
            longest = _answer_width(form, answer) - 2
            need(answer.row, _lines("x" * longest, width(answer.column, 1), 11.0, False) * 15)
    return {row: h for row, h in heights.items() if h > 18}


# printing ---------------------------------------------------------------------------------

TITLE_ROWS = (1, 2)
"""Repeated at the top of every printed page: the form's title and "Svara i de gula …"."""
PAGE_WIDTH = 842 - 2 * 0.4 * 72
"""A4 landscape in points, less the margins (0.4 in each side)."""
PAGE_HEIGHT = 595 - (0.5 + 0.7) * 72
"""A4 landscape, less the top and bottom margins (0.5 and 0.7 in, the footer below)."""


def print_scale(layout: Layout, widths: dict[int, float]) -> float:
    """The scale that fits the sheet's columns to the page's width (at most 1)."""
    points = sum(
        (widths.get(c, MIN_WIDTH) * 7 + 5) * 0.75 for c in range(1, layout.last_column + 1)
    )
    return min(1.0, math.floor(100 * PAGE_WIDTH / points) / 100)


def page_breaks(layout: Layout, widths: dict[int, float], heights: dict[int, float]) -> list[int]:
    """The rows that start a printed page, chosen so that no question is parted from its
    answers (a table longer than a page is left to flow)."""
    scale = print_scale(layout, widths)

    def height(first: int, last: int) -> float:
        return sum(heights.get(r, 15.0) for r in range(first, last + 1))

    titles = height(min(TITLE_ROWS), max(TITLE_ROWS))
    room = 0.95 * PAGE_HEIGHT / scale - titles
    starts: list[int] = []
    used = 0.0
    previous_end = max(TITLE_ROWS)
    for first, last in layout.blocks:
        gap = height(previous_end + 1, first - 1)
        block = height(first, last)
        # a block longer than a page flows on anyway: a new page only when little is left
        fits = block <= room or room - used < room / 3
        if used + gap + block > room and used > 0 and fits:
            starts.append(first)
            used = block % room if block > room else block
        else:
            used += gap + block
            used = used % room if used > room else used
        previous_end = last
    return starts
