"""Cells and CSV fields that never become live formulas in the files a consultant opens.

Text from interviews, survey answers, recipient lists, inventory returns and model answers
can start with `=`, `+`, `-` or `@`; written naively it becomes a formula in Excel
(`=HYPERLINK(...)`, `=cmd|' /C calc'!A0`). Every workbook and CSV synth writes goes
through this module:

- `set_cell`, `write_cell` and `append_row` put values into openpyxl cells: text keeps
  every character and is stored as a string, so it is shown, never evaluated; numbers,
  dates and booleans stay what they are.
- `set_formula` is the one way to write a formula, for formulas synth itself composes.
- `csv_field` and `csv_writer` apply the OWASP CSV-injection rule: a field starting with
  `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, unless it is a plain
  number ("-3", "+4,5"), which a spreadsheet reads as a number and cannot run.

This module depends on the standard library and openpyxl only.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Protocol

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "CSV_TRIGGERS",
    "CellValue",
    "CsvWriter",
    "append_row",
    "csv_field",
    "csv_writer",
    "set_cell",
    "set_formula",
    "write_cell",
]

CellValue = str | int | float | Decimal | bool | dt.datetime | dt.date | dt.time | None
"""What synth puts into a cell: text, a number, a date or nothing."""

CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a CSV field as a formula (OWASP)."""

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def set_cell(cell: Cell, value: CellValue) -> Cell:
    """Put `value` into `cell`; text is always stored as a string, never as a formula.

    openpyxl makes any text that starts with "=" a formula (and "#N/A" and the like an
    error value); the text is kept as it is and the cell's type is set back to string.
    """
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def write_cell(sheet: Worksheet, row: int, column: int, value: CellValue) -> Cell:
    """`sheet.cell(row, column, value)` with `set_cell`'s guarantee for text."""
    return set_cell(sheet.cell(row=row, column=column), value)


def append_row(sheet: Worksheet, values: Iterable[object]) -> None:
    """`sheet.append(values)` with `set_cell`'s guarantee for every text value; other
    values go in as openpyxl takes them (numbers, dates, None)."""
    row: list[Any] = []
    for value in values:
        if isinstance(value, str):
            row.append(set_cell(Cell(sheet), value))
        else:
            row.append(value)
    sheet.append(row)


def set_formula(cell: Cell, formula: str) -> Cell:
    """Write a formula that synth itself composed (never text from a user or a model)."""
    if not formula.startswith("="):
        raise ValueError(f"en formel börjar med '=': {formula!r}")
    cell.value = formula
    cell.data_type = "f"
    return cell


def csv_field(value: object) -> object:
    """`value` as a CSV field that a spreadsheet cannot run: text starting with a formula
    trigger gets a leading "'"; numbers, plain numeric text and other values pass."""
    if (
        isinstance(value, str)
        and value.startswith(CSV_TRIGGERS)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


class _Handle(Protocol):
    def write(self, text: str, /) -> Any: ...


class CsvWriter:
    """A `csv.writer` whose every field goes through `csv_field`."""

    def __init__(self, handle: _Handle, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[object]) -> Any:
        return self._writer.writerow([csv_field(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: _Handle, **options: Any) -> CsvWriter:
    """Like `csv.writer(handle, **options)`, with formula triggers neutralised."""
    return CsvWriter(handle, **options)
