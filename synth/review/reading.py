"""Reading the consultant's edits out of the Teman and Uttalanden sheets, validated.

Every problem is collected and reported at once, with the sheet and row; a workbook with
any problem is refused as a whole, so that nothing of it is applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.workbook.workbook import Workbook

from synth.errors import CurationError, WorkbookError
from synth.records import Theme
from synth.review.layout import (
    NEW_ID,
    STATEMENT_COLUMNS,
    STATEMENT_SHEET,
    THEME_COLUMNS,
    THEME_SHEET,
    YES_NO,
)
from synth.synthesis.themes import OTHER
from synth.workbooks import open_workbook

__all__ = ["Edits", "StatementEdit", "ThemeEdit", "open_review_workbook", "read_workbook"]


@dataclass
class ThemeEdit:
    row: int
    id: str
    original: str
    label: str
    include: bool
    order: int | None


@dataclass
class StatementEdit:
    row: int
    id: str
    theme: str
    quote_ok: bool


@dataclass
class Edits:
    themes: list[ThemeEdit] = field(default_factory=list)
    statements: list[StatementEdit] = field(default_factory=list)


def open_review_workbook(path: Path) -> Workbook:
    """The workbook at `path`, values only; CurationError if it is not a workbook."""
    try:
        return open_workbook(path, data_only=True)
    except WorkbookError as exc:
        raise CurationError(f"{path.name}: kan inte öppnas som Excel-arbetsbok") from exc


def _refuse(path: Path, errors: Sequence[str]) -> CurationError:
    """The error that lists a workbook's problems (the first 25) and says nothing changed."""
    shown = list(errors[:25]) + ([f"… och {len(errors) - 25} till"] if len(errors) > 25 else [])
    return CurationError(f"{path.name}: inget ändrades.\n" + "\n".join(shown))


def _cells(
    sheet: Any, columns: Sequence[str], name: str, errors: list[str]
) -> list[dict[str, str]]:
    rows = list(sheet.iter_rows(values_only=True))
    if not rows:
        errors.append(f"{name}: bladet är tomt")
        return []
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    missing = [c for c in columns if c not in header]
    if missing:
        errors.append(f"{name}: saknar kolumnerna {', '.join(missing)}")
        return []
    index = {c: header.index(c) for c in columns}
    result = []
    for values in rows[1:]:
        cells = {
            c: ("" if values[i] is None else str(values[i]).strip()) if i < len(values) else ""
            for c, i in index.items()
        }
        result.append(cells)
    return result


def _yes_no(value: str, where: str, errors: list[str]) -> bool:
    key = value.casefold()
    if key not in YES_NO:
        errors.append(f"{where}: '{value}' ska vara ja eller nej")
        return True
    return YES_NO[key]


def read_workbook(path: Path, themes: Sequence[Theme], statement_ids: set[str]) -> Edits:
    """Every edit in the workbook, validated; CurationError lists all problems found."""
    return read_theme_sheets(open_review_workbook(path), path, themes, statement_ids)


def read_theme_sheets(
    workbook: Any, path: Path, themes: Sequence[Theme], statement_ids: set[str]
) -> Edits:
    """`read_workbook` on a workbook already open (`open_review_workbook`)."""
    errors: list[str] = []
    for sheet in (THEME_SHEET, STATEMENT_SHEET):
        if sheet not in workbook.sheetnames:
            errors.append(f"{path.name}: bladet '{sheet}' saknas")
    if errors:
        raise CurationError("\n".join(errors))
    known = {t.id for t in themes}
    edits = Edits()
    for number, cells in enumerate(
        _cells(workbook[THEME_SHEET], THEME_COLUMNS, THEME_SHEET, errors), 2
    ):
        where = f"{THEME_SHEET}, rad {number}"
        original = cells["ursprungligt id"] or cells["id"]
        if not original and not cells["id"]:
            continue
        if original not in known:
            errors.append(f"{where}: okänt tema-id '{original}'")
            continue
        if cells["id"] != original and cells["id"] not in known:
            errors.append(
                f"{where}: '{cells['id']}' är inget befintligt tema (slå ihop genom att ange "
                "ett befintligt id)"
            )
        order = None
        if cells["ordning"]:
            try:
                order = int(float(cells["ordning"].replace(",", ".")))
            except ValueError:
                errors.append(f"{where}: ordning '{cells['ordning']}' är inget heltal")
        edits.themes.append(
            ThemeEdit(
                row=number,
                id=cells["id"],
                original=original,
                label=cells["rubrik"],
                include=_yes_no(cells["ta med (ja/nej)"], where, errors),
                order=order,
            )
        )
    seen: dict[str, int] = {}
    for number, cells in enumerate(
        _cells(workbook[STATEMENT_SHEET], STATEMENT_COLUMNS, STATEMENT_SHEET, errors), 2
    ):
        where = f"{STATEMENT_SHEET}, rad {number}"
        sid = cells["id"]
        if not sid:
            continue
        if sid not in statement_ids:
            errors.append(f"{where}: okänt uttalande-id '{sid}'")
            continue
        if sid in seen:
            errors.append(f"{where}: uttalandet {sid} står redan på rad {seen[sid]} (två teman)")
            continue
        seen[sid] = number
        theme = cells["tema-id"] or OTHER
        if theme not in known and theme != OTHER and not NEW_ID.match(theme):
            errors.append(f"{where}: okänt tema-id '{theme}' (nya teman skrivs T och en siffra)")
        edits.statements.append(
            StatementEdit(
                row=number,
                id=sid,
                theme=theme,
                quote_ok=_yes_no(cells["citat ok (ja/nej)"], where, errors),
            )
        )
    if errors:
        raise _refuse(path, errors)
    return edits
