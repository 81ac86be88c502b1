"""The support-resource inventory summed up: årsarbetare per function, level and sector.

Pure functions from the stored answers of a table form (one row per support function,
columns for people, budgeted and actual full-time equivalents and placement) and of its
questions about the unit (ansvarsområde, antal anställda, överenskommelse) to the sums a
consultant filters and the deck shows; `synth.survey.shadow` reads findings out of them
and `synth.survey.inventory_workbook` writes `inventering.xlsx`. Fragmentation is the
part of a function's full-time equivalents held in small parts: a row of less than one åa,
or a row whose people hold less than half a post of it each (1,2 åa over six
administrators): the "small fractions over many units and people" that the consultants
look for. A sector head answers for many units, so the rows, not the respondents, are
weighed.

The same people can be reported twice: a sector names its HR partners as "central
förvaltning" while the central HR department counts them too. Such rows are never summed
silently: `overlaps` finds them, the sums leave them out, and the workbook and the deck
say which they are.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from synth.errors import FormError
from synth.forms import Form, Question, TableQuestion
from synth.store import Store
from synth.store.surveys import RecipientInput, StoredAnswer, current_answers, recipients
from synth.text.voice import names_central

__all__ = [
    "CLOSE_TO_OPERATIONS",
    "INVENTORY_FORM",
    "LEVELS",
    "LEVEL_LABELS",
    "SMALL_FTE",
    "SMALL_SHARE",
    "UNKNOWN",
    "ChoiceTally",
    "InventoryLine",
    "InventorySummary",
    "InventoryUnit",
    "Overlap",
    "actual_fte",
    "in_small_parts",
    "inventory_lines",
    "inventory_units",
    "is_central",
    "overlaps",
    "stored_inventory",
    "summarise",
    "table_question",
    "tallies",
]

INVENTORY_FORM = "stodresurser"
LEVELS = ("central", "sektor", "kontor", "enhet")
CLOSE_TO_OPERATIONS = frozenset({"sektor", "kontor", "enhet"})
"""Verksamhetsnära: placed in a sector, an office or the unit itself, not centrally."""
SMALL_FTE = 1.0
"""A row holding less than this many åa of a function is a small part of it."""
SMALL_SHARE = 0.5
"""Nor is it a post of its own when its people hold less than this many åa each."""
_FTE = frozenset({"aa_budgeterat", "aa_praktiken"})
UNKNOWN = "okänd"
LEVEL_LABELS = {
    "central": "Central",
    "sektor": "Sektor",
    "kontor": "Kontor",
    "enhet": "Enhet",
    UNKNOWN: "Okänd nivå",
}
"""How a level is named in the workbook and on the slides."""


@dataclass(frozen=True)
class InventoryLine:
    """One respondent's row for one support function."""

    recipient_id: str
    sector: str
    unit: str
    function: str
    people: float | None
    fte_budget: float | None
    fte_actual: float | None
    level: str
    comment: str = ""


@dataclass(frozen=True)
class InventoryUnit:
    """What one respondent said about the unit as a whole (the form's other questions)."""

    recipient_id: str
    sector: str
    unit: str
    area: str = ""
    """Ansvarsområde, in the respondent's words (pseudonymised)."""
    employees: float | None = None
    """Antal anställda in the unit or area: the denominator of "åa per 1 000 anställda"."""
    agreement: str = ""
    """Whether an agreement says what the support is to deliver (Ja, Delvis, Nej, Vet ej)."""
    comment: str = ""
    """The closing comment, pseudonymised."""
    other: tuple[tuple[str, str], ...] = ()
    """The form's other questions outside the table (competence, roles, quality…) as
    (question, answer), in the form's order and the same for every unit; "" unanswered."""

    @property
    def speaks_for_sector(self) -> bool:
        """Whether the respondent answered for their sector as a whole, not for one unit
        of it: the area they gave is the sector, or begins with its name ("Vård och
        omsorg utom individ- och familjeomsorgen"). A sector head's answer is the sector's
        picture; one rektor's answer is one school's."""
        area, sector = " ".join(self.area.split()).casefold(), self.sector.casefold()
        return bool(sector) and sector != UNKNOWN and area.startswith(sector)


@dataclass(frozen=True)
class ChoiceTally:
    """How the respondents answered one single-choice question outside the table
    ("Finns det en överenskommelse om vad stödet ska leverera?" Ja 0, Delvis 2, Nej 8)."""

    question: str
    """The question as the form asks it."""
    statement: str
    """What its first choice affirms, as a finding says it; "" where the form gives none
    (`synth.forms.Question.statement`)."""
    labels: tuple[str, ...]
    """The choices in the form's order, from the one the statement affirms."""
    counts: tuple[int, ...]
    """Respondents per choice, in the same order."""
    question_id: str = ""
    """The question's id in the form."""

    @property
    def answered(self) -> int:
        return sum(self.counts)

    @property
    def mostly_not(self) -> bool:
        """Whether fewer than half of those who answered affirm its statement (choose its
        first choice): what the inventory's findings tell of the support, and the
        assessment of an agreement on what it delivers."""
        return self.counts[0] * 2 < self.answered

    @property
    def on_agreement(self) -> bool:
        """Whether it asks if an agreement says what the support is to deliver: the terms
        between the support and the operations, which a finding that responsibility is
        unclear bears on."""
        return self.question_id == _UNIT_QUESTIONS["agreement"]


@dataclass(frozen=True)
class Overlap:
    """A sector's row for a function placed centrally while the central administration
    reports the same function itself: most likely the same people counted twice."""

    line: InventoryLine
    central_units: tuple[str, ...]
    """The central respondents' units that report the function centrally."""
    central_fte: float
    """What they report of it, together."""


@dataclass(frozen=True)
class Aggregate:
    function: str
    group: str
    """The level or the sector the row is about."""
    respondents: int
    """Respondents who gave a row: one may answer for a whole sector of units."""
    people: float
    fte_budget: float
    fte_actual: float

    @property
    def difference(self) -> float:
        return round(self.fte_actual - self.fte_budget, 2)


@dataclass(frozen=True)
class FunctionProfile:
    function: str
    respondents: int
    fte_actual: float
    fte_in_small_parts: float
    """Åa in rows of less than SMALL_FTE, or of less than SMALL_SHARE per person."""
    fte_close: float
    """Åa placed close to operations (sector, office, unit)."""

    @property
    def fragmentation(self) -> float:
        return self.fte_in_small_parts / self.fte_actual if self.fte_actual else 0.0

    @property
    def share_close(self) -> float:
        return self.fte_close / self.fte_actual if self.fte_actual else 0.0


@dataclass(frozen=True)
class InventorySummary:
    by_level: tuple[Aggregate, ...]
    by_sector: tuple[Aggregate, ...]
    profiles: tuple[FunctionProfile, ...]
    lines: tuple[InventoryLine, ...]
    """Every row that says anything, the overlapping ones included."""
    units: tuple[InventoryUnit, ...] = ()
    overlaps: tuple[Overlap, ...] = ()
    """Rows left out of every sum above, see `overlaps`."""
    tallies: tuple[ChoiceTally, ...] = ()
    """The single-choice questions outside the table, as answered (`tallies`)."""

    @property
    def counted(self) -> tuple[InventoryLine, ...]:
        """The rows the sums are made of: all but the overlapping ones."""
        return _without(self.lines, self.overlaps)

    @property
    def overlapping_fte(self) -> float:
        """Åa of the rows left out as counted twice."""
        return round(sum(actual_fte(o.line) for o in self.overlaps), 2)


def _without(
    lines: Sequence[InventoryLine], left_out: Sequence[Overlap]
) -> tuple[InventoryLine, ...]:
    # by identity: two units may give rows that are equal field for field
    ids = {id(o.line) for o in left_out}
    return tuple(line for line in lines if id(line) not in ids)


def table_question(form: Form) -> TableQuestion:
    """The form's table of support resources: the one with full-time-equivalent columns."""
    for question in form.questions():
        if isinstance(question, TableQuestion) and _FTE & {c.id for c in question.columns}:
            return question
    raise FormError(
        f"formuläret '{form.id}' har ingen tabell med årsarbetare "
        "(kolumnerna aa_budgeterat eller aa_praktiken)"
    )


def inventory_lines(
    form: Form,
    answers: Sequence[StoredAnswer],
    people: dict[str, RecipientInput],
    *,
    clean: Callable[[str], str] = str,
) -> list[InventoryLine]:
    """Rows of the inventory table that say anything; blank rows are functions not there.

    `clean` pseudonymises the respondents' own words: comments and own rows' labels."""
    table = table_question(form)
    listed = {name.casefold(): r.label for r in table.rows for name in (r.id, r.label)}
    cells: dict[tuple[str, str], dict[str, StoredAnswer]] = defaultdict(dict)
    for answer in answers:
        if answer.question_id == table.id and answer.row_id:
            cells[(answer.recipient_id, answer.row_id)][answer.field_id] = answer
    order = {row_id: index for index, row_id in enumerate(table.row_ids())}
    lines = []
    # in the form's order, so that a function's placements stand together
    for (recipient, row_id), row in sorted(
        cells.items(), key=lambda item: (item[0][0], order.get(item[0][1], len(order)), item[0])
    ):
        if not any(a.status == "answered" for f, a in row.items() if f != "rad"):
            continue

        def number(field: str, row: dict[str, StoredAnswer] = row) -> float | None:
            answer = row.get(field)
            return answer.value_number if answer and answer.status == "answered" else None

        def text(field: str, row: dict[str, StoredAnswer] = row) -> str:
            answer = row.get(field)
            return (answer.value_text or "") if answer and answer.status == "answered" else ""

        known = people.get(recipient)
        item = table.item_of(row_id)
        # an own row names a listed function (one more placement of it) or its own, in
        # the respondent's words, which are pseudonymised as a comment is
        own = " ".join(text("rad").split())
        function = item.label if item else listed.get(own.casefold()) or clean(own)
        lines.append(
            InventoryLine(
                recipient_id=recipient,
                sector=(known.sector if known else None) or UNKNOWN,
                unit=(known.unit if known else None) or UNKNOWN,
                function=function or "egen rad",
                people=number("antal_personer"),
                fte_budget=number("aa_budgeterat"),
                fte_actual=number("aa_praktiken"),
                level=text("placering") or UNKNOWN,
                comment=clean(text("kommentar")),
            )
        )
    return lines


_UNIT_QUESTIONS = {
    "area": "ansvarsomrade",
    "employees": "antal_anstallda",
    "agreement": "overenskommelse",
    "comment": "kommentar",
}


def _shown(
    question: Question, own: dict[tuple[str, str], StoredAnswer], clean: Callable[[str], str]
) -> str:
    """One answer as a reader wants it: a choice's label, a multi choice's labels, the
    respondent's words pseudonymised."""
    if question.type == "multi":
        return ", ".join(c.label for c in question.choices if (question.id, c.id) in own)
    answer = own.get((question.id, ""))
    if answer is None or not answer.value_text:
        return ""
    if question.type == "single":
        return next((c.label for c in question.choices if c.id == answer.value_text), "") or (
            answer.value_text
        )
    return clean(answer.value_text) if question.type == "text" else answer.value_text


def inventory_units(
    answers: Sequence[StoredAnswer],
    people: dict[str, RecipientInput],
    *,
    clean: Callable[[str], str] = str,
    form: Form | None = None,
) -> list[InventoryUnit]:
    """One per respondent who answered anything: the answers outside the table.

    `clean` pseudonymises what the respondent wrote (ansvarsområde, the closing comment,
    the other free-text answers). With the `form`, choices are given by their labels and
    every other question outside the table is carried in `other`, so that none is lost."""
    given: dict[str, dict[tuple[str, str], StoredAnswer]] = defaultdict(dict)
    answered = set()
    for answer in answers:
        if answer.status != "answered":
            continue
        answered.add(answer.recipient_id)
        if not answer.row_id:
            given[answer.recipient_id][(answer.question_id, answer.field_id)] = answer
    questions = {q.id: q for q in (form.questions() if form else ()) if isinstance(q, Question)}
    others = [q for q in questions.values() if q.id not in _UNIT_QUESTIONS.values()]
    units = []
    for recipient in sorted(answered):
        own = given.get(recipient, {})
        known = people.get(recipient)

        def text(key: str, own: dict[tuple[str, str], StoredAnswer] = own) -> str:
            question = questions.get(_UNIT_QUESTIONS[key])
            if question is not None:
                return _shown(question, own, str)
            answer = own.get((_UNIT_QUESTIONS[key], ""))
            return (answer.value_text or "") if answer else ""

        employees = own.get((_UNIT_QUESTIONS["employees"], ""))
        units.append(
            InventoryUnit(
                recipient_id=recipient,
                sector=(known.sector if known else None) or UNKNOWN,
                unit=(known.unit if known else None) or UNKNOWN,
                area=clean(text("area")),
                employees=employees.value_number if employees else None,
                agreement=text("agreement"),
                comment=clean(text("comment")),
                other=tuple((q.text, _shown(q, own, clean)) for q in others),
            )
        )
    return units


def tallies(form: Form, units: Sequence[InventoryUnit]) -> list[ChoiceTally]:
    """How the respondents answered each single-choice question outside the table, in the
    form's order; a question nobody answered is left out. The answers are read from the
    units (`inventory_units` with the form gives each choice by its label)."""
    found = []
    for question in form.questions():
        if not isinstance(question, Question) or question.type != "single":
            continue
        labels = tuple(c.label for c in question.choices)
        given = Counter(_answer(unit, question) for unit in units)
        counts = tuple(given[label] for label in labels)
        if any(counts):
            found.append(
                ChoiceTally(question.text, question.statement, labels, counts, question.id)
            )
    return found


def _answer(unit: InventoryUnit, question: Question) -> str:
    if question.id == _UNIT_QUESTIONS["agreement"]:
        return unit.agreement
    return next((answer for text, answer in unit.other if text == question.text), "")


def is_central(sector: str, lines: Sequence[InventoryLine]) -> bool:
    """Whether a respondent speaks for the central administration: its sector is named as
    one or, when the recipient list gives no sector, every row it gave is placed centrally.
    (A sector whose only row is its HR partners "at the centre" is still a sector.)"""
    # its respondents report the central functions themselves, and a sector's "central"
    # row for the same function is then most likely the same people
    if names_central(sector):
        return True
    return sector == UNKNOWN and bool(lines) and all(line.level == "central" for line in lines)


def overlaps(lines: Sequence[InventoryLine]) -> list[Overlap]:
    """Rows where a sector places a function centrally that the central administration
    reports too (see the module's docstring): flagged, never summed twice."""
    by_respondent: dict[str, list[InventoryLine]] = defaultdict(list)
    for line in lines:
        by_respondent[line.recipient_id].append(line)
    central = {
        recipient for recipient, own in by_respondent.items() if is_central(own[0].sector, own)
    }
    reported: dict[str, list[InventoryLine]] = defaultdict(list)
    for line in lines:
        if line.recipient_id in central and line.level == "central":
            reported[line.function].append(line)
    found = []
    for line in lines:
        if line.recipient_id in central or line.level != "central":
            continue
        if theirs := reported.get(line.function):
            found.append(
                Overlap(
                    line=line,
                    central_units=tuple(sorted({t.unit for t in theirs})),
                    central_fte=round(sum(actual_fte(t) for t in theirs), 2),
                )
            )
    return found


def actual_fte(line: InventoryLine) -> float:
    """In practice, or the budget when the respondent gave only that."""
    if line.fte_actual is not None:
        return line.fte_actual
    return line.fte_budget or 0.0


def in_small_parts(line: InventoryLine) -> bool:
    """Whether a row's åa are small parts of the function: less than SMALL_FTE in all, or
    spread so that its people hold less than SMALL_SHARE each."""
    fte = actual_fte(line)
    if fte <= 0:
        return False
    if fte < SMALL_FTE:
        return True
    return bool(line.people) and fte / (line.people or 1.0) < SMALL_SHARE


def _aggregate(
    lines: Iterable[InventoryLine], key: Callable[[InventoryLine], str]
) -> list[Aggregate]:
    groups: dict[tuple[str, str], list[InventoryLine]] = defaultdict(list)
    for line in lines:
        groups[(line.function, key(line))].append(line)
    return [
        Aggregate(
            function=function,
            group=group,
            respondents=len({line.recipient_id for line in members}),
            people=round(sum(line.people or 0 for line in members), 2),
            fte_budget=round(sum(line.fte_budget or 0 for line in members), 2),
            fte_actual=round(sum(actual_fte(line) for line in members), 2),
        )
        for (function, group), members in groups.items()
    ]


def summarise(
    lines: Sequence[InventoryLine],
    function_order: Sequence[str],
    units: Sequence[InventoryUnit] = (),
) -> InventorySummary:
    """The sums per function, level and sector, leaving out the `overlaps`."""
    found = overlaps(lines)
    every = tuple(lines)
    lines = _without(lines, found)
    order = {name: index for index, name in enumerate(function_order)}

    def rank(function: str) -> tuple[int, str]:
        return (order.get(function, len(order)), function)

    level_rank = {level: index for index, level in enumerate((*LEVELS, UNKNOWN))}
    by_level = sorted(
        _aggregate(lines, lambda line: line.level),
        key=lambda a: (rank(a.function), level_rank.get(a.group, 99)),
    )
    by_sector = sorted(
        _aggregate(lines, lambda line: line.sector), key=lambda a: (rank(a.function), a.group)
    )
    profiles = []
    for function in sorted({line.function for line in lines}, key=rank):
        own = [line for line in lines if line.function == function]
        profiles.append(
            FunctionProfile(
                function=function,
                respondents=len({line.recipient_id for line in own}),
                fte_actual=round(sum(actual_fte(line) for line in own), 2),
                fte_in_small_parts=round(
                    sum(actual_fte(line) for line in own if in_small_parts(line)), 2
                ),
                fte_close=round(
                    sum(actual_fte(line) for line in own if line.level in CLOSE_TO_OPERATIONS), 2
                ),
            )
        )
    return InventorySummary(
        tuple(by_level), tuple(by_sector), tuple(profiles), every, tuple(units), tuple(found)
    )


def stored_inventory(
    store: Store, form: Form, clean: Callable[[str], str] = str
) -> InventorySummary:
    """The summary of the form's current returns in `store`; `clean` pseudonymises comments
    and the labels of the respondents' own rows."""
    table = table_question(form)
    answers = current_answers(store, form.id)
    people = recipients(store, form.id)
    lines = inventory_lines(form, answers, people, clean=clean)
    units = inventory_units(answers, people, clean=clean, form=form)
    summary = summarise(lines, [r.label for r in table.rows], units)
    return replace(summary, tallies=tuple(tallies(form, units)))
