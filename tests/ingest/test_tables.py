from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from synth.errors import IngestError
from synth.ingest.tables import match_columns, parse_number, read_table, require_columns


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4", 4.0),
        ("3,5", 3.5),
        ("1 250,5", 1250.5),
        ("2\u00a0400", 2400.0),
        ("3,0 åa", 3.0),
        ("-1,5", -1.5),
        ("", None),
        ("  ", None),
    ],
)
def test_numbers_as_swedes_write_them(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["bra", "4-5", "ca 3"])
def test_text_that_is_no_number_is_an_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_swedish_excel_csv_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        'Sektor;Åa;Kommentar\r\nVård och omsorg;2,5;"Bra; men dyrt"\r\n'.encode("cp1252")
    )
    table = read_table(path)
    assert table.headers == ("Sektor", "Åa", "Kommentar")
    assert table.rows == ({"Sektor": "Vård och omsorg", "Åa": "2,5", "Kommentar": "Bra; men dyrt"},)


def test_utf8_csv_with_bom_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text('Sektor,Svar\nBarn och utbildning,"Flera\nrader"\n', encoding="utf-8-sig")
    table = read_table(path)
    assert table.headers == ("Sektor", "Svar")
    assert table.rows[0]["Svar"] == "Flera\nrader"


def test_xlsx_dates_and_numbers_come_back_as_clean_text(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["fil", "datum", "antal"])
    sheet.append(["a.txt", dt.datetime(2026, 9, 2), 12.0])
    sheet.append([None, None, None])
    path = tmp_path / "logg.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.rows == ({"fil": "a.txt", "datum": "2026-09-02", "antal": "12"},)


def test_a_corrupt_workbook_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(b"PK\x03\x04 inte en arbetsbok")
    with pytest.raises(IngestError, match=r"^trasig\.xlsx: kan inte öppnas som Excel"):
        read_table(path)


def test_missing_columns_are_named(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("ID;Roll\n1;Rektor\n", encoding="utf-8")
    table = read_table(path)
    with pytest.raises(IngestError) as caught:
        require_columns(table, ["ID", "Sektor", "Enhet"])
    assert caught.value.column == "Sektor"
    assert "'Sektor', 'Enhet'" in caught.value.reason


def test_columns_match_patterns_ignoring_case_and_spacing() -> None:
    headers = [
        "Hur nöjd är du med  stödet från HR?",
        "Hur nöjd är du med stödet från IT?",
        "Sektor",
    ]
    assert match_columns(headers, ["hur nöjd är du med stödet från *"]) == headers[:2]
