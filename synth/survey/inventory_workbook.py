"""`inventering.xlsx`: the inventory's findings, sums and rows, for the consultant's own
filtering, and the command's library function (`inventory_engagement`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from synth.cells import append_row
from synth.config import EngagementConfig
from synth.forms import form_dirs, load_named_form
from synth.privacy.engagement import engagement_pseudonymiser
from synth.store import Store
from synth.survey.inventory import (
    INVENTORY_FORM,
    LEVEL_LABELS,
    SMALL_FTE,
    SMALL_SHARE,
    ChoiceTally,
    InventorySummary,
    actual_fte,
    stored_inventory,
    table_question,
)
from synth.survey.shadow import InventoryFindings, answered, inventory_findings

__all__ = ["inventory_engagement", "write_inventory"]

_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_FORMATS = {"andel": "0%", "personer": "0", "enheter": "0", "anställda": "0", "svarande": "0"}
_LINE_HEADERS = [
    "Funktion",
    "Sektor",
    "Enhet",
    "Nivå",
    "Personer",
    "Åa budgeterat",
    "Åa i praktiken",
]
_TOTAL = "Totalt"


def _level(level: str) -> str:
    return LEVEL_LABELS.get(level, level)


def _sheet(
    workbook: Workbook,
    title: str,
    headers: list[str],
    rows: Iterable[list[object]],
    *,
    total: list[object] | None = None,
    wide: dict[int, int] | None = None,
) -> None:
    """A sheet with a bold, filtered header row; `total` is a bold last row outside the
    filter; `wide` sets the width of columns (1-based) that hold sentences, wrapped."""
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
    if total is not None:
        append_row(sheet, total)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, len(header) + 2)
        number_format = _FORMATS.get(header.split()[0].lower(), "0.00")
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, float):
                cell.number_format = number_format
    sheet.column_dimensions["A"].width = 34
    for index, width in (wide or {}).items():
        sheet.column_dimensions[get_column_letter(index)].width = width
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _sentence(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}"


def _question(tally: ChoiceTally) -> str:
    """ "Finns det en överenskommelse …? Ja 0, Delvis 2, Nej 8, Vet ej 0 av 10 svarande." """
    counts = ", ".join(
        f"{label} {count}" for label, count in zip(tally.labels, tally.counts, strict=True)
    )
    return f"{tally.question} {counts} av {tally.answered} svarande."


def write_inventory(summary: InventorySummary, findings: InventoryFindings, path: Path) -> Path:
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    told: list[list[object]] = [
        [h, d] for h, d in zip(findings.headlines, findings.details, strict=True)
    ]
    # the questions about the support, the one fewest affirm first
    told += ([_sentence(answered(t)), _question(t)] for t in findings.answers)
    _sheet(workbook, "Iakttagelser", ["Iakttagelse", "Underlag"], told, wide={1: 60, 2: 90})
    _sheet(
        workbook,
        "Budget och praktik",
        [
            "Funktion",
            "Åa budgeterat",
            "Åa i praktiken",
            "Åa centralt",
            "Åa i verksamheterna",
            "Åa utanför budget",
            "Andel utanför budget",
        ],
        (
            [
                b.function,
                b.budget,
                b.actual,
                b.central,
                b.close,
                b.unbudgeted,
                round(b.unbudgeted_share, 3),
            ]
            for b in findings.balances
        ),
        total=[
            _TOTAL,
            findings.budget,
            findings.actual,
            round(sum(b.central for b in findings.balances), 2),
            findings.close,
            findings.unbudgeted,
            round(findings.unbudgeted / findings.actual, 3) if findings.actual else 0.0,
        ],
    )
    _sheet(
        workbook,
        "Per sektor",
        [
            "Sektor",
            "Svarande",
            "Anställda",
            "Åa i sektorn",
            "Åa per 1 000 anställda",
            "Åa utanför budget",
        ],
        (
            [
                s.sector,
                s.units,
                s.employees,
                s.close,
                None if s.per_thousand is None else round(s.per_thousand, 2),
                s.unbudgeted,
            ]
            for s in findings.sectors
        ),
    )
    # a respondent may answer for a whole sector: the count is of respondents, not units
    level_headers = ["Funktion", "Nivå", "Svarande", "Personer", "Åa budgeterat", "Åa i praktiken"]
    _sheet(
        workbook,
        "Per funktion och nivå",
        [*level_headers, "Skillnad åa"],
        (
            [
                a.function,
                _level(a.group),
                a.respondents,
                a.people,
                a.fte_budget,
                a.fte_actual,
                a.difference,
            ]
            for a in summary.by_level
        ),
    )
    _sheet(
        workbook,
        "Per funktion och sektor",
        ["Funktion", "Sektor", *level_headers[2:], "Skillnad åa"],
        (
            [a.function, a.group, a.respondents, a.people, a.fte_budget, a.fte_actual, a.difference]
            for a in summary.by_sector
        ),
    )
    _sheet(
        workbook,
        "Fragmentering",
        [
            "Funktion",
            "Svarande",
            "Åa i praktiken",
            "Åa i små delar",
            "Andel i små delar",
            "Andel verksamhetsnära",
        ],
        (
            [
                p.function,
                p.respondents,
                p.fte_actual,
                p.fte_in_small_parts,
                p.fragmentation,
                p.share_close,
            ]
            for p in summary.profiles
        ),
    )
    # what "small" means, where the reader of the column looks for it
    workbook["Fragmentering"]["D1"].comment = Comment(
        f"Åa i rader med under {SMALL_FTE:g} åa, eller där personerna har under "
        f"{str(SMALL_SHARE).replace('.', ',')} åa var (t.ex. 1,2 åa på sex administratörer).",
        "synth",
    )
    # the form's other questions (competence, roles, quality…) follow, one column each
    other = [question for question, _ in summary.units[0].other] if summary.units else []
    _sheet(
        workbook,
        "Enheter",
        [
            "Sektor",
            "Enhet",
            "Ansvarsområde",
            "Anställda",
            "Överenskommelse om stödet",
            "Kommentar",
            "Mottagare",
            *other,
        ],
        (
            [
                u.sector,
                u.unit,
                u.area,
                u.employees,
                u.agreement,
                u.comment,
                u.recipient_id,
                *(answer for _, answer in u.other),
            ]
            for u in summary.units
        ),
        wide={3: 40, 6: 60, **{8 + n: 40 for n in range(len(other))}},
    )
    overlapping = {id(o.line) for o in summary.overlaps}
    _sheet(
        workbook,
        "Rader",
        [*_LINE_HEADERS, "Kommentar", "Mottagare", "Möjlig dubbelräkning"],
        (
            [
                line.function,
                line.sector,
                line.unit,
                _level(line.level),
                line.people,
                line.fte_budget,
                line.fte_actual,
                line.comment,
                line.recipient_id,
                "ja, ej med i summorna" if id(line) in overlapping else "",
            ]
            for line in summary.lines
        ),
    )
    _sheet(
        workbook,
        "Kontroll",
        [
            "Funktion",
            "Sektor",
            "Enhet",
            "Åa angivna som central förvaltning",
            "Central enhet som anger samma funktion",
            "Deras åa",
            "Att göra",
        ],
        (
            [
                o.line.function,
                o.line.sector,
                o.line.unit,
                actual_fte(o.line),
                ", ".join(o.central_units),
                o.central_fte,
                "Kontrollera om det är samma personer; raden är inte med i summorna.",
            ]
            for o in summary.overlaps
        ),
        wide={5: 30, 7: 50},
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def inventory_engagement(
    config: EngagementConfig, path: Path, form_name: str = INVENTORY_FORM
) -> tuple[InventorySummary, InventoryFindings]:
    """Summarise the current returns of the inventory form and write `path` (.xlsx)."""
    form = load_named_form(form_name, form_dirs(config.root))
    table_question(form)
    # Comments are the respondents' own words; names in them go the way of all names.
    pseudonymiser = engagement_pseudonymiser(config).pseudonymiser
    with Store.open(config.store_url) as store:
        summary = stored_inventory(store, form, pseudonymiser.apply)
    findings = inventory_findings(summary)
    write_inventory(summary, findings, path)
    return summary, findings
