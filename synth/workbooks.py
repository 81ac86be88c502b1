"""Opening Excel workbooks for reading: the one place openpyxl's failures are caught.

A damaged or foreign file makes openpyxl raise from zipfile, zlib, lxml or ElementTree,
its own descriptors (TypeError, ValueError), a missing package part (KeyError) or its own
`InvalidFileException`; they share no base class but `Exception`. `open_workbook` and
`sheet_rows` catch them here and raise `WorkbookError`, so that every reader (ingest,
survey returns, the themes workbook) handles one named error and translates it into its
own (`IngestError`, a rejected return, `CurationError`).

Bounds on size and XML elements are not checked here: readers of untrusted files call
`synth.tables.limits.check_package` first.

This module depends on the standard library, openpyxl and `synth.errors` only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from synth.errors import WorkbookError

__all__ = ["BROKEN_SHEET", "NOT_A_WORKBOOK", "open_workbook", "sheet_rows"]

NOT_A_WORKBOOK = "kan inte öppnas som Excel-arbetsbok (.xlsx)"
BROKEN_SHEET = "kalkylbladet är trasigt och kan inte läsas"


class _Rows(Protocol):
    def iter_rows(
        self,
        min_row: int | None = ...,
        max_row: int | None = ...,
        min_col: int | None = ...,
        max_col: int | None = ...,
        values_only: bool = ...,
    ) -> Iterator[tuple[object, ...]]: ...


def open_workbook(path: Path, *, read_only: bool = False, data_only: bool = False) -> Workbook:
    """The workbook at `path`; WorkbookError (reason `NOT_A_WORKBOOK`) if it cannot be opened.

    The caller closes it (`workbook.close()`), which matters in read-only mode: the file
    stays open while its sheets are read lazily.
    """
    try:
        return load_workbook(path, read_only=read_only, data_only=data_only)
    except Exception as exc:  # no common base: see the module docstring
        raise WorkbookError(path.name, NOT_A_WORKBOOK) from exc


def sheet_rows(
    sheet: _Rows,
    *,
    file: str,
    min_row: int | None = None,
    max_row: int | None = None,
    min_col: int | None = None,
    max_col: int | None = None,
) -> Iterator[tuple[object, ...]]:
    """The cell values of `sheet`, row by row; WorkbookError (reason `BROKEN_SHEET`, naming
    `file`) when the sheet's XML cannot be parsed.

    In read-only mode openpyxl parses a sheet only as its rows are read, so a damaged sheet
    shows here, after `open_workbook` succeeded.
    """
    try:
        rows = sheet.iter_rows(
            min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col, values_only=True
        )
    except Exception as exc:  # no common base: see the module docstring
        raise WorkbookError(file, BROKEN_SHEET) from exc
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # no common base: see the module docstring
            raise WorkbookError(file, BROKEN_SHEET) from exc
        yield row
