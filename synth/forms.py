"""Survey forms as data: the YAML definitions in `forms/`, validated at the door.

A form has sections of questions. A question is answered in one cell (likert, single
choice, number, free text) or in one cell per option (multi choice); a table question
has one row per fixed item (a support function) and one cell per column, and may leave
blank rows for items the respondent names. Every id is an identifier, stable across
versions, because stored answers and XLSForm exports refer to them.

Forms are looked up first in the engagement's own `forms/` (a consultant's variant for
one client) and then in the `forms/` shipped beside the `synth` package.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from synth.errors import FormError
from synth.validation import validation_problems

__all__ = [
    "BUNDLED_FORMS",
    "Choice",
    "Form",
    "Question",
    "Scale",
    "ScaleMeaning",
    "Section",
    "TableExample",
    "TableQuestion",
    "TableRow",
    "available_forms",
    "field_labels",
    "find_form",
    "form_dirs",
    "load_form",
    "load_named_form",
    "table_field",
]

BUNDLED_FORMS = Path(__file__).resolve().parents[1] / "forms"
"""The repository's `forms/`; an editable install (the README's) finds it here."""

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
AnswerType = Literal["likert", "single", "multi", "number", "text"]
ScaleMeaning = Literal["positive", "need"]
"""What agreeing with a Likert statement says: positive (agreeing is good, "Jag får det stöd
jag behöver") or need (agreeing asks for more, "Jag skulle behöva mer stöd"); results are
coloured and sorted by it, so that a high need never shows as good."""
_MESSAGES = {"union_tag_not_found": "type saknas (likert, single, multi, number, text, table)"}
"""A question without `type`: what it can be (pydantic does not say)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _ident(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "_", folded.lower()).strip("_")
    return slug if slug[:1].isalpha() else f"v_{slug}"


def _duplicates(ids: Sequence[str]) -> list[str]:
    return sorted({i for i in ids if ids.count(i) > 1})


class Labelled(_Model):
    """An id and a label; written as a plain string in YAML it gets an id from its label."""

    id: Ident
    label: Text

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"id": _ident(data), "label": data}
        return data


class Choice(Labelled):
    """An answer option."""


class Question(_Model):
    """A question answered in one cell (or, multi choice, one cell per option).

    As a table column the same model describes one column; `text` is its heading.
    """

    id: Ident
    text: Text
    type: AnswerType
    required: bool = False
    help: str = ""
    choices: tuple[Choice, ...] = ()
    unit: str = ""
    min: float | None = None
    max: float | None = None
    decimals: int = Field(default=0, ge=0, le=3)
    max_length: int | None = Field(default=None, ge=1)
    max_choices: int | None = Field(default=None, ge=1)
    """Multi choice: at most this many options may be marked ("högst tre")."""
    synthesis: bool = False
    """A free-text answer that becomes statements for the themes, like an export's free text."""
    scale_meaning: ScaleMeaning = "positive"
    """Likert: what agreeing says (`ScaleMeaning`)."""
    statement: str = ""
    """Single choice: what the first choice affirms, in the third person as a finding
    says it ("det finns en överenskommelse om vad stödet ska leverera"), so that the
    tally reads "Ingen av tio svarande anger att det finns …" rather than quoting the
    question; the choices run from it to its opposite ("Ja, Delvis, Nej, Vet ej")."""

    @model_validator(mode="after")
    def _fits_type(self) -> Question:
        if self.type in {"single", "multi"}:
            if len(self.choices) < 2:
                raise ValueError(f"en fråga av typen {self.type} behöver minst två choices")
            if dup := _duplicates([c.id for c in self.choices]):
                raise ValueError(f"samma svarsalternativ förekommer flera gånger: {dup}")
        elif self.choices:
            raise ValueError(f"choices hör bara till single och multi, inte {self.type}")
        if self.type == "number":
            if self.min is None or self.max is None:
                raise ValueError("en sifferfråga behöver både min och max")
            if self.min >= self.max:
                raise ValueError(f"min ({self.min:g}) måste vara mindre än max ({self.max:g})")
        elif self.min is not None or self.max is not None or self.unit:
            raise ValueError(f"min, max och unit hör bara till number, inte {self.type}")
        if self.max_choices is not None:
            if self.type != "multi":
                raise ValueError(f"max_choices hör bara till multi, inte {self.type}")
            if self.max_choices >= len(self.choices):
                raise ValueError(
                    f"max_choices ({self.max_choices}) ska vara färre än svarsalternativen "
                    f"({len(self.choices)})"
                )
        if self.max_length is not None and self.type != "text":
            raise ValueError(f"max_length hör bara till text, inte {self.type}")
        if self.synthesis and self.type != "text":
            raise ValueError(f"synthesis hör bara till text, inte {self.type}")
        if self.scale_meaning != "positive" and self.type != "likert":
            raise ValueError(f"scale_meaning hör bara till likert, inte {self.type}")
        if self.statement and self.type != "single":
            raise ValueError(f"statement hör bara till single, inte {self.type}")
        return self

    @property
    def range_text(self) -> str:
        """ "0–20 åa, decimaler går bra" as the respondent is told it."""
        if self.type != "number":
            return ""
        unit = f" {self.unit}" if self.unit else ""
        kind = "heltal" if self.decimals == 0 else "decimalkomma går bra"
        return f"{_num(self.min)}–{_num(self.max)}{unit}, {kind}"


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


class TableRow(Labelled):
    """A row of a table question, e.g. one support function.

    `help` is a short definition of what counts to the row, shown under its label on the
    sheet, so that "i praktiken" is not guessed at.
    """

    help: str = ""


class TableExample(_Model):
    """A filled example row shown (locked) under a table's header: the label in the row
    header's column and a value for some columns, as the respondent would write them."""

    label: Text
    values: dict[Ident, str] = Field(default_factory=dict)


class TableQuestion(_Model):
    """One row per item (e.g. support function) with one answer cell per column.

    `extra_rows` are blank rows at the end where the respondent names an item of their own.
    `repeat` gives each row that many times (`hr`, `hr_2`, …), so that one item can be
    reported at several placements without a free row (a sector controller and the unit
    administrators doing the same function): every repeat is the same item when read back.
    """

    id: Ident
    text: Text
    type: Literal["table"]
    help: str = ""
    row_header: Text = "Funktion"
    rows: tuple[TableRow, ...] = ()
    repeat: int = Field(default=1, ge=1, le=4)
    repeat_label: Text = "annan placering"
    """What a repeated row says after the item's label: "HR – annan placering"."""
    extra_rows: int = Field(default=0, ge=0, le=20)
    columns: tuple[Question, ...] = Field(min_length=1)
    example: TableExample | None = None

    @model_validator(mode="after")
    def _rows_and_columns(self) -> TableQuestion:
        if not self.rows and not self.extra_rows:
            raise ValueError("en tabell behöver rows, extra_rows eller båda")
        if dup := _duplicates([r.id for r in self.rows]):
            raise ValueError(f"samma rad-id förekommer flera gånger: {dup}")
        if dup := _duplicates([c.id for c in self.columns]):
            raise ValueError(f"samma kolumn-id förekommer flera gånger: {dup}")
        if any(c.type == "multi" for c in self.columns):
            raise ValueError("en tabellkolumn kan inte vara multi (välj single)")
        if "rad" in {c.id for c in self.columns}:
            raise ValueError("kolumn-id 'rad' är reserverat för de egna radernas namn")
        if dup := _duplicates(self.row_ids()):
            raise ValueError(f"ett upprepat rad-id krockar med en annan rad: {dup}")
        example = set(self.example.values) if self.example is not None else set()
        if unknown := sorted(example - {c.id for c in self.columns}):
            raise ValueError(f"exemplet har kolumner som inte finns: {unknown}")
        return self

    def item_rows(self) -> list[tuple[str, TableRow, int]]:
        """Each fixed row's id, its item and which repeat it is (1 for the first)."""
        return [
            (row.id if n == 1 else f"{row.id}_{n}", row, n)
            for row in self.rows
            for n in range(1, self.repeat + 1)
        ]

    def row_ids(self) -> list[str]:
        own = [f"egen_{n}" for n in range(1, self.extra_rows + 1)]
        return [row_id for row_id, _, _ in self.item_rows()] + own

    def item_of(self, row_id: str) -> TableRow | None:
        """The item a fixed row (or a repeat of it) is about; None for an own row."""
        return next((row for rid, row, _ in self.item_rows() if rid == row_id), None)

    def row_label(self, row_id: str) -> str:
        """What the row says on the sheet: the item's label, a repeat's with its note."""
        for rid, row, n in self.item_rows():
            if rid == row_id:
                return row.label if n == 1 else f"{row.label} – {self.repeat_label}"
        return f"{self.row_header} (egen rad)"


AnyQuestion = Annotated[Question | TableQuestion, Field(discriminator="type")]


class Section(_Model):
    id: Ident
    title: Text
    intro: str = ""
    questions: tuple[AnyQuestion, ...] = Field(min_length=1)


class Scale(_Model):
    """The Likert scale 1–5 with its end labels, optionally the labels between them
    (`middle`: 2, 3 and 4), and the "Vet ej" option."""

    low: Text
    high: Text
    middle: tuple[Text, ...] = ()
    dont_know: Text = "Vet ej"
    points: Literal[5] = 5

    @model_validator(mode="after")
    def _middle_fits(self) -> Scale:
        if self.middle and len(self.middle) != self.points - 2:
            raise ValueError(
                f"middle ska ha {self.points - 2} etiketter (för 2–{self.points - 1}), "
                f"inte {len(self.middle)}"
            )
        return self

    @property
    def options(self) -> list[str]:
        return [str(n) for n in range(1, self.points + 1)] + [self.dont_know]

    def label(self, point: int) -> str:
        """The words for one point of the scale; "" for a middle point without words."""
        if point == 1:
            return self.low
        if point == self.points:
            return self.high
        return self.middle[point - 2] if self.middle else ""

    def choice(self, point: int) -> str:
        """A point as the answer cell's list shows it: "4 – Instämmer till stor del"."""
        words = self.label(point)
        return f"{point} – {words}" if words else str(point)

    def choices(self) -> list[str]:
        """The answer cell's list: every point with its words, then "Vet ej"."""
        return [self.choice(n) for n in range(1, self.points + 1)] + [self.dont_know]

    def point(self, text: str) -> int | None:
        """The point a cell's text means: the bare number ("4", "4,0"), the number with
        words ("4 – Instämmer till stor del", as the list writes it, with any dash), or the
        words alone; None when it is none of them."""
        match = re.fullmatch(r"\s*(\d+)(?:[,.]0+)?(?:\s*[-–—:.)]?\s*([^\W\d_].*))?", text)
        if match:
            number = int(match.group(1))
            if not 1 <= number <= self.points:
                return None
            # the number is the answer, the words the list's decoration: a label changed
            # after sending still reads; words that name another point do not
            named = self._named(match.group(2) or "")
            return number if named in (None, number) else None
        return self._named(text)

    def _named(self, words: str) -> int | None:
        folded = " ".join(words.split()).casefold()
        for n in range(1, self.points + 1):
            if folded and folded == self.label(n).casefold():
                return n
        return None


class Form(_Model):
    id: Ident
    version: int = Field(ge=1)
    title: Text
    intro: str = ""
    instructions: tuple[str, ...] = ()
    scale: Scale | None = None
    sections: tuple[Section, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Form:
        ids = [s.id for s in self.sections]
        if dup := _duplicates(ids):
            raise ValueError(f"samma avsnitts-id förekommer flera gånger: {dup}")
        questions = [q.id for q in self.questions()]
        if dup := _duplicates(questions):
            raise ValueError(f"samma fråge-id förekommer flera gånger: {dup}")
        if self.scale is None and any(t == "likert" for t in self._types()):
            raise ValueError("formuläret har likert-frågor men ingen scale (low, high)")
        return self

    def questions(self) -> Iterator[Question | TableQuestion]:
        for section in self.sections:
            yield from section.questions

    def _types(self) -> Iterator[str]:
        for question in self.questions():
            if isinstance(question, TableQuestion):
                yield from (c.type for c in question.columns)
            else:
                yield question.type

    @property
    def likert_scale(self) -> Scale:
        if self.scale is None:  # guarded by _consistent for forms that use it
            raise FormError(f"formuläret '{self.id}' har ingen likert-skala")
        return self.scale


# loading ---------------------------------------------------------------------------------


def form_dirs(engagement_root: Path | None) -> list[Path]:
    """Where forms are looked up, the engagement's own first."""
    dirs = [engagement_root / "forms"] if engagement_root is not None else []
    return [*dirs, BUNDLED_FORMS]


def available_forms(dirs: Sequence[Path]) -> list[str]:
    names = {p.stem for d in dirs if d.is_dir() for p in d.glob("*.yaml")}
    return sorted(names)


def find_form(name: str, dirs: Sequence[Path]) -> Path:
    for directory in dirs:
        for suffix in (".yaml", ".yml"):
            if (path := directory / f"{name}{suffix}").is_file():
                return path
    known = ", ".join(available_forms(dirs)) or "inga"
    raise FormError(f"formuläret '{name}' finns inte (finns: {known})")


def load_named_form(name: str, dirs: Sequence[Path]) -> Form:
    return load_form(find_form(name, dirs))


def load_form(path: Path) -> Form:
    """Read and validate one form; FormError names the file and the field at fault."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FormError(f"{path.name}: kan inte läsas ({exc.__class__.__name__})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", rad {mark.line + 1}" if mark is not None else ""
        raise FormError(f"{path.name}{where}: ogiltig YAML") from exc
    if not isinstance(data, dict):
        raise FormError(f"{path.name}: formuläret ska vara en YAML-mappning (id, version, …)")
    try:
        form = Form.model_validate(data)
    except ValidationError as exc:
        problems = validation_problems(
            exc, data=data, swedish=True, whole="formuläret", messages=_MESSAGES
        )
        raise FormError(f"{path.name}: {problems}") from exc
    if form.id != path.stem:
        raise FormError(f"{path.name}: id '{form.id}' ska vara samma som filnamnet ('{path.stem}')")
    return form


def table_field(question_id: str, row_id: str, column_id: str) -> str:
    """The XLSForm field name of one cell of a table question: `<table>_<row>_<column>`."""
    return f"{question_id}_{row_id}_{column_id}"


def field_labels(form: Form) -> dict[str, str]:
    """Each answer field's XLSForm name and its Swedish text, for reading a Kobo export back.

    A table cell's text names the row and the column ("HR: Jag får det stöd jag behöver"),
    since the column's text alone repeats on every row.
    """
    labels: dict[str, str] = {}
    for q in form.questions():
        if isinstance(q, TableQuestion):
            for row_id, _, _ in q.item_rows():
                for column in q.columns:
                    text = f"{q.row_label(row_id)}: {column.text}"
                    labels[table_field(q.id, row_id, column.id)] = text
        else:
            labels[q.id] = q.text
    return labels
