"""The support-resource inventory summed up: årsarbetare per function, level and sector.

Pure functions from the stored answers of a table form (one row per support function,
columns for people, budgeted and actual full-time equivalents and placement) and of its
questions about the unit (ansvarsområde, antal anställda, överenskommelse) to the sums a
consultant filters and the deck shows; `synth.survey.shadow` reads findings out of them
and `synth.survey.inventory_workbook` writes `inventering.xlsx`. Fragmentation is the
part of a function's full-time equivalents that sits in units holding less than one åa of
it: the "small fractions over many units" that the consultants look for.

The same people can be reported twice: a sector names its HR partners as "central
förvaltning" while the central HR department counts them too. Such rows are never summed
silently: `overlaps` finds them, the sums leave them out, and the workbook and the deck
say which they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from synth.errors import FormError
from synth.forms import Form, TableQuestion
from synth.store import Store
from synth.store.surveys import RecipientInput, StoredAnswer, current_answers, recipients
from synth.text.voice import names_central

__all__ = [
    "CLOSE_TO_OPERATIONS",
    "INVENTORY_FORM",
    "LEVELS",
    "LEVEL_LABELS",
    "SMALL_FTE",
    "UNKNOWN",
    "InventoryLine",
    "InventorySummary",
    "InventoryUnit",
    "Overlap",
    "actual_fte",
    "inventory_lines",
    "inventory_units",
    "is_central",
    "overlaps",
    "stored_inventory",
    "summarise",
    "table_question",
]

INVENTORY_FORM = "stodresurser"
LEVELS = ("central", "sektor", "kontor", "enhet")
CLOSE_TO_OPERATIONS = frozenset({"sektor", "kontor", "enhet"})
"""Verksamhetsnära: placed in a sector, an office or the unit itself, not centrally."""
SMALL_FTE = 1.0
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
    units: int
    people: float
    fte_budget: float
    fte_actual: float

    @property
    def difference(self) -> float:
        return round(self.fte_actual - self.fte_budget, 2)


@dataclass(frozen=True)
class FunctionProfile:
    function: str
    units: int
    fte_actual: float
    fte_in_small_parts: float
    """Åa in units that hold less than SMALL_FTE of the function."""
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
    labels = {r.id: r.label for r in table.rows}
    cells: dict[tuple[str, str], dict[str, StoredAnswer]] = defaultdict(dict)
    for answer in answers:
        if answer.question_id == table.id and answer.row_id:
            cells[(answer.recipient_id, answer.row_id)][answer.field_id] = answer
    lines = []
    for (recipient, row_id), row in sorted(cells.items()):
        if not any(a.status == "answered" for f, a in row.items() if f != "rad"):
            continue

        def number(field: str, row: dict[str, StoredAnswer] = row) -> float | None:
            answer = row.get(field)
            return answer.value_number if answer and answer.status == "answered" else None

        def text(field: str, row: dict[str, StoredAnswer] = row) -> str:
            answer = row.get(field)
            return (answer.value_text or "") if answer and answer.status == "answered" else ""

        known = people.get(recipient)
        lines.append(
            InventoryLine(
                recipient_id=recipient,
                sector=(known.sector if known else None) or UNKNOWN,
                unit=(known.unit if known else None) or UNKNOWN,
                # an own row's label is the respondent's words, as a comment is
                function=labels.get(row_id) or clean(text("rad")) or "egen rad",
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


def inventory_units(
    answers: Sequence[StoredAnswer],
    people: dict[str, RecipientInput],
    *,
    clean: Callable[[str], str] = str,
) -> list[InventoryUnit]:
    """One per respondent who answered anything: the answers outside the table.

    `clean` pseudonymises what the respondent wrote (ansvarsområde, the closing comment)."""
    given: dict[str, dict[str, StoredAnswer]] = defaultdict(dict)
    answered = set()
    for answer in answers:
        if answer.status != "answered":
            continue
        answered.add(answer.recipient_id)
        if not answer.row_id:
            given[answer.recipient_id][answer.question_id] = answer
    units = []
    for recipient in sorted(answered):
        own = given.get(recipient, {})
        known = people.get(recipient)

        def text(key: str, own: dict[str, StoredAnswer] = own) -> str:
            answer = own.get(_UNIT_QUESTIONS[key])
            return (answer.value_text or "") if answer else ""

        employees = own.get(_UNIT_QUESTIONS["employees"])
        units.append(
            InventoryUnit(
                recipient_id=recipient,
                sector=(known.sector if known else None) or UNKNOWN,
                unit=(known.unit if known else None) or UNKNOWN,
                area=clean(text("area")),
                employees=employees.value_number if employees else None,
                agreement=text("agreement"),
                comment=clean(text("comment")),
            )
        )
    return units


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
            units=len({line.recipient_id for line in members}),
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
        per_unit: dict[str, float] = defaultdict(float)
        for line in own:
            per_unit[line.recipient_id] += actual_fte(line)
        profiles.append(
            FunctionProfile(
                function=function,
                units=len(per_unit),
                fte_actual=round(sum(per_unit.values()), 2),
                fte_in_small_parts=round(sum(v for v in per_unit.values() if v < SMALL_FTE), 2),
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
    units = inventory_units(answers, people, clean=clean)
    return summarise(lines, [r.label for r in table.rows], units)
