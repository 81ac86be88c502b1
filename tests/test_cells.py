"""Cells and CSV fields that text cannot turn into live formulas (synth.cells)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from synth.cells import (
    CSV_TRIGGERS,
    append_row,
    csv_field,
    csv_writer,
    set_cell,
    set_formula,
    write_cell,
)

HOSTILE = [
    '=HYPERLINK("http://x.example/b","Klicka här")',
    "=cmd|' /C calc'!A0",
    "+46 70 123 45 67 ringer =1+1",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "#N/A",
    "=",
]
_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")


def sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return b"".join(
            archive.read(name)
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        )


def reopened(path: Path) -> list[tuple[object, str]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [(c.value, c.data_type) for row in sheet.iter_rows() for c in row]


def test_text_that_looks_like_a_formula_is_kept_and_stays_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row, text in enumerate(HOSTILE, start=1):
        write_cell(sheet, row, 1, text)
        set_cell(sheet.cell(row, 2), text)
        assert sheet.cell(row, 1).data_type == "s" and sheet.cell(row, 2).data_type == "s"
    path = tmp_path / "b.xlsx"
    book.save(path)

    cells = reopened(path)
    assert [value for value, _ in cells] == [t for t in HOSTILE for _ in range(2)]
    assert {kind for _, kind in cells} == {"s"}
    assert not _FORMULA_ELEMENT.search(sheet_xml(path))
    read_only = load_workbook(path, read_only=True).active
    assert read_only is not None
    assert {c.data_type for row in read_only.iter_rows() for c in row} == {"s"}


def test_a_plain_assignment_would_have_been_a_formula(tmp_path: Path) -> None:
    """What the module guards against: openpyxl writes such text as a formula."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = HOSTILE[0]
    sheet.append([HOSTILE[1]])
    path = tmp_path / "naiv.xlsx"
    book.save(path)
    assert {kind for _, kind in reopened(path)} == {"f"}
    assert _FORMULA_ELEMENT.search(sheet_xml(path))


def test_append_row_keeps_numbers_dates_and_blanks_and_text_as_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    append_row(sheet, ("id", "text", "antal"))
    when = dt.datetime(2026, 9, 2, 10, 30)
    append_row(sheet, ["T1", "=1+1", 3, 2.5, -4, when, dt.date(2026, 9, 3), True, None, "-5"])
    append_row(sheet, (text for text in HOSTILE))
    assert sheet.max_row == 3
    path = tmp_path / "rader.xlsx"
    book.save(path)

    reread = load_workbook(path).active
    assert reread is not None
    rows = [[c.value for c in row] for row in reread.iter_rows()]
    assert rows[0][:3] == ["id", "text", "antal"] and set(rows[0][3:]) == {None}
    values = rows[1][:10]
    assert values[:5] == ["T1", "=1+1", 3, 2.5, -4]
    assert values[5] == when and values[6] == dt.datetime(2026, 9, 3)
    assert values[7] is True and values[8] is None and values[9] == "-5"
    assert reread["C2"].data_type == "n" and reread["F2"].is_date
    assert rows[2][: len(HOSTILE)] == HOSTILE
    assert all(c.data_type != "f" for row in reread.iter_rows() for c in row)
    assert not _FORMULA_ELEMENT.search(sheet_xml(path))


def test_our_own_formulas_are_written_only_on_purpose(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    append_row(sheet, [1, 2])
    set_formula(sheet["C1"], "=SUM(A1:B1)")
    path = tmp_path / "summa.xlsx"
    book.save(path)
    reread = load_workbook(path).active
    assert reread is not None
    assert reread["C1"].data_type == "f" and reread["C1"].value == "=SUM(A1:B1)"
    assert b"<f>SUM(A1:B1)</f>" in sheet_xml(path)
    with pytest.raises(ValueError):
        set_formula(sheet["D1"], "SUM(A1:B1)")


@pytest.mark.parametrize("text", [*HOSTILE[:7], "-1+2", "+", "-", "@", "-1,5,3", "- punkt"])
def test_a_csv_field_starting_with_a_trigger_gets_a_quote(text: str) -> None:
    assert text.startswith(CSV_TRIGGERS)
    assert csv_field(text) == "'" + text


@pytest.mark.parametrize(
    "value", ["", "Lönen blir rätt", "'=redan skyddad", " =1+1", "#N/A", "a=b", 3, -3, -2.5, None]
)
def test_other_fields_pass_unchanged(value: object) -> None:
    assert csv_field(value) == value


@pytest.mark.parametrize("number", ["-3", "+4", "-1,5", "-0.25", "+1e5", "-.5"])
def test_plain_numbers_in_text_stay_numbers(number: str) -> None:
    assert csv_field(number) == number


def test_the_csv_writer_quotes_every_trigger_and_keeps_the_rest() -> None:
    handle = io.StringIO(newline="")
    writer = csv_writer(handle, delimiter=";")
    writer.writerow(["id", "=rubrik", "antal"])
    writer.writerows([["S1", text, -2] for text in HOSTILE] + [["S2", "Vanlig text", 0.5]])
    rows = list(csv.reader(io.StringIO(handle.getvalue(), newline=""), delimiter=";"))
    assert rows[0] == ["id", "'=rubrik", "antal"]
    body = rows[1:]
    assert [r[1] for r in body[: len(HOSTILE)]] == [
        "'" + t if t.startswith(CSV_TRIGGERS) else t for t in HOSTILE
    ]
    assert [r[2] for r in body] == ["-2"] * len(HOSTILE) + ["0.5"]
    assert body[-1] == ["S2", "Vanlig text", "0.5"]
