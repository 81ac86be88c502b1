"""The support-resource inventory summed up: årsarbetare per function, level and sector.

Pure functions from the stored answers of a table form (one row per support function,
columns for people, budgeted and actual full-time equivalents and placement) to tables a
consultant can filter, and one writer for `inventering.xlsx`. Fragmentation is the part
of a function's full-time equivalents that sits in units holding less than one åa of it:
the "small fractions over many units" that the consultants look for.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from synth.cells import append_row
from synth.config import EngagementConfig
from synth.errors import FormError
from synth.forms import Form, TableQuestion, form_dirs, load_named_form
from synth.privacy.engagement import engagement_pseudonymiser
from synth.store import Store
from synth.store.surveys import RecipientInput, StoredAnswer, current_answers, recipients

__all__ = [
    "INVENTORY_FORM",
    "InventoryLine",
    "InventorySummary",
    "inventory_engagement",
    "inventory_lines",
    "stored_inventory",
    "summarise",
    "write_inventory",
]

INVENTORY_FORM = "stodresurser"
LEVELS = ("central", "sektor", "kontor", "enhet")
CLOSE_TO_OPERATIONS = frozenset({"sektor", "kontor", "enhet"})
"""Verksamhetsnära: placed in a sector, an office or the unit itself, not centrally."""
SMALL_FTE = 1.0
_FTE = frozenset({"aa_budgeterat", "aa_praktiken"})
UNKNOWN = "okänd"


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


def _table(form: Form) -> TableQuestion:
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
    table = _table(form)
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


def _actual(line: InventoryLine) -> float:
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
            fte_actual=round(sum(_actual(line) for line in members), 2),
        )
        for (function, group), members in groups.items()
    ]


def summarise(lines: Sequence[InventoryLine], function_order: Sequence[str]) -> InventorySummary:
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
            per_unit[line.recipient_id] += _actual(line)
        profiles.append(
            FunctionProfile(
                function=function,
                units=len(per_unit),
                fte_actual=round(sum(per_unit.values()), 2),
                fte_in_small_parts=round(sum(v for v in per_unit.values() if v < SMALL_FTE), 2),
                fte_close=round(
                    sum(_actual(line) for line in own if line.level in CLOSE_TO_OPERATIONS), 2
                ),
            )
        )
    return InventorySummary(tuple(by_level), tuple(by_sector), tuple(profiles), tuple(lines))


_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_FORMATS = {"andel": "0%", "personer": "0", "enheter": "0"}
_LINE_HEADERS = [
    "Funktion",
    "Sektor",
    "Enhet",
    "Nivå",
    "Personer",
    "Åa budgeterat",
    "Åa i praktiken",
]


def _sheet(
    workbook: Workbook, title: str, headers: list[str], rows: Iterable[list[object]]
) -> None:
    sheet = workbook.create_sheet(title)
    append_row(sheet, headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    count = 0
    for row in rows:
        append_row(sheet, row)
        count += 1
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, len(header) + 2)
        number_format = _FORMATS.get(header.split()[0].lower(), "0.00")
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, float):
                cell.number_format = number_format
    sheet.column_dimensions["A"].width = 34


def write_inventory(summary: InventorySummary, path: Path) -> Path:
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    level_headers = ["Funktion", "Nivå", "Enheter", "Personer", "Åa budgeterat", "Åa i praktiken"]
    _sheet(
        workbook,
        "Per funktion och nivå",
        [*level_headers, "Skillnad åa"],
        (
            [a.function, a.group, a.units, a.people, a.fte_budget, a.fte_actual, a.difference]
            for a in summary.by_level
        ),
    )
    _sheet(
        workbook,
        "Per funktion och sektor",
        ["Funktion", "Sektor", *level_headers[2:], "Skillnad åa"],
        (
            [a.function, a.group, a.units, a.people, a.fte_budget, a.fte_actual, a.difference]
            for a in summary.by_sector
        ),
    )
    _sheet(
        workbook,
        "Fragmentering",
        [
            "Funktion",
            "Enheter",
            "Åa i praktiken",
            f"Åa i enheter med under {SMALL_FTE:g} åa".replace(".", ","),
            "Andel i små delar",
            "Andel verksamhetsnära",
        ],
        (
            [
                p.function,
                p.units,
                p.fte_actual,
                p.fte_in_small_parts,
                p.fragmentation,
                p.share_close,
            ]
            for p in summary.profiles
        ),
    )
    _sheet(
        workbook,
        "Rader",
        [*_LINE_HEADERS, "Kommentar", "Mottagare"],
        (
            [
                line.function,
                line.sector,
                line.unit,
                line.level,
                line.people,
                line.fte_budget,
                line.fte_actual,
                line.comment,
                line.recipient_id,
            ]
            for line in summary.lines
        ),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def stored_inventory(
    store: Store, form: Form, clean: Callable[[str], str] = str
) -> InventorySummary:
    """The summary of the form's current returns in `store`; `clean` pseudonymises comments
    and the labels of the respondents' own rows."""
    table = _table(form)
    lines = inventory_lines(
        form, current_answers(store, form.id), recipients(store, form.id), clean=clean
    )
    return summarise(lines, [r.label for r in table.rows])


def inventory_engagement(
    config: EngagementConfig, path: Path, form_name: str = INVENTORY_FORM
) -> InventorySummary:
    """Summarise the current returns of the inventory form and write `path` (.xlsx)."""
    form = load_named_form(form_name, form_dirs(config.root))
    _table(form)
    # Comments are the respondents' own words; names in them go the way of all names.
    pseudonymiser = engagement_pseudonymiser(config).pseudonymiser
    with Store.open(config.store_url) as store:
        summary = stored_inventory(store, form, pseudonymiser.apply)
    write_inventory(summary, path)
    return summary
