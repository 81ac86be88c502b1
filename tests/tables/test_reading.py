from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from synth.errors import IngestError
from synth.tables import match_columns, parse_number, read_table, require_columns

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4", 4.0),
        ("3,5", 3.5),
        ("3.5", 3.5),
        ("1 250,5", 1250.5),
        ("2\u00a0400", 2400.0),
        ("12\u202f000 kr", 12000.0),
        ("3,0 åa", 3.0),
        ("45 %", 45.0),
        ("-1,5", -1.5),
        ("\u22122", -2.0),
        ("", None),
        ("  ", None),
    ],
)
def test_numbers_as_swedes_write_them(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["bra", "4-5", "ca 3", "12 34", "1,2,3"])
def test_text_that_is_no_number_is_an_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_swedish_excel_csv_in_windows_1252() -> None:
    table = read_table(DATA / "enkat_excel_cp1252.csv")
    assert table.headers[:3] == ("ID", "Sektor", "Roll")
    assert "Hur nöjd är du med stödet från HR?" in table.headers
    first = table.rows[0]
    assert first["Sektor"] == "Vård och omsorg"
    assert parse_number(first["Kostnad per invånare"]) == 1250.5
    assert parse_number(table.rows[1]["Kostnad per invånare"]) == 12.75


def test_a_quoted_answer_over_two_lines_stays_one_cell() -> None:
    table = read_table(DATA / "enkat_excel_cp1252.csv")
    assert table.rows[2]["Vad saknar du i stödet?"] == "Snabbare svar från IT.\nOch lönen i tid."


def test_row_numbers_are_the_spreadsheets_despite_blank_and_multiline_rows() -> None:
    table = read_table(DATA / "enkat_excel_cp1252.csv")
    # row 4 is blank and left out; the answer on two lines is still one spreadsheet row
    assert [table.row_number(i) for i in range(len(table.rows))] == [2, 3, 5, 6]
    assert table.rows[3]["ID"] == "4"


def test_utf8_csv_with_bom_and_commas() -> None:
    table = read_table(DATA / "enkat_utf8_bom.csv")
    assert table.headers[0] == "ID"  # no BOM glued to the first header
    assert table.rows[0]["Hur nöjd är du med stödet från HR?"] == "4,0"
    assert table.rows[0]["Vad saknar du i stödet?"] == "Mer stöd i rekrytering,\nsärskilt annonser."


def test_a_tab_separated_export(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Sektor\tSvar\nVård och omsorg\t3,5\n", encoding="utf-8")
    assert read_table(path).rows == ({"Sektor": "Vård och omsorg", "Svar": "3,5"},)


def test_semicolons_win_over_decimal_commas_in_a_header_with_commas(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("Sektor;Hur nöjd, på det hela taget?\nKLK;3,5\nVoO;4\n".encode("cp1252"))
    table = read_table(path)
    assert table.headers == ("Sektor", "Hur nöjd, på det hela taget?")
    assert [r["Hur nöjd, på det hela taget?"] for r in table.rows] == ["3,5", "4"]


def test_xlsx_dates_and_numbers_come_back_as_clean_text(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["fil", "datum", "antal", "andel", "tid"])
    sheet.append(["a.txt", dt.datetime(2026, 9, 2), 12.0, 3.5, dt.datetime(2026, 9, 2, 13, 30)])
    sheet.append([None, None, None, None, None])
    path = tmp_path / "logg.xlsx"
    workbook.save(path)
    assert read_table(path).rows == (
        {"fil": "a.txt", "datum": "2026-09-02", "antal": "12", "andel": "3.5",
         "tid": "2026-09-02 13:30"},
    )  # fmt: skip


def test_the_first_sheet_unless_one_is_named() -> None:
    assert read_table(DATA / "enkat_forms.xlsx").headers[0] == "ID"
    summary = read_table(DATA / "enkat_forms.xlsx", sheet="Sammanfattning")
    assert summary.headers == ("Antal svar", "3")
    with pytest.raises(IngestError, match=r"bladet 'Blad2' finns inte.*Sammanfattning"):
        read_table(DATA / "enkat_forms.xlsx", sheet="Blad2")


def test_a_corrupt_workbook_names_the_file() -> None:
    with pytest.raises(IngestError, match=r"^enkat_trasig\.xlsx: kan inte öppnas som Excel"):
        read_table(DATA / "enkat_trasig.xlsx")


@pytest.mark.parametrize("content", [b"", b"\r\n;;;\r\n"])
def test_an_empty_file_names_the_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "tom.csv"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=r"^tom\.csv: .*tom"):
        read_table(path)


def test_an_empty_workbook_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "tom.xlsx"
    Workbook().save(path)
    with pytest.raises(IngestError, match=r"^tom\.xlsx: filen är tom"):
        read_table(path)


def test_a_file_without_header_row_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "siffror.csv"
    path.write_text("1;4;3,5\n2;5;2\n", encoding="utf-8")
    with pytest.raises(IngestError, match="rubrikrad saknas") as caught:
        read_table(path)
    assert (caught.value.file, caught.value.row) == ("siffror.csv", 1)


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "enkat.pdf"
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(IngestError, match=r"^enkat\.pdf: filtypen"):
        read_table(path)


def test_two_columns_with_the_same_heading_both_survive(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Sektor;Kommentar;Kommentar\nKLK;a;b\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows[0] == {"Sektor": "KLK", "Kommentar": "a", "Kommentar (2)": "b"}


def test_missing_columns_are_named() -> None:
    with pytest.raises(IngestError) as caught:
        require_columns("export.csv", ["ID", "Roll"], ["ID", "Sektor", "Enhet"])
    assert (caught.value.file, caught.value.column) == ("export.csv", "Sektor")
    assert "'Sektor', 'Enhet'" in caught.value.reason
    assert str(caught.value).startswith("export.csv, kolumn 'Sektor': saknar kolumnerna")


def test_required_columns_map_to_the_headers_as_written() -> None:
    assert require_columns("x.csv", ["id", "SEKTOR "], ["ID", "Sektor"]) == {
        "ID": "id",
        "Sektor": "SEKTOR ",
    }


def test_columns_match_patterns_ignoring_case_and_spacing() -> None:
    headers = [
        "Hur nöjd är du med  stödet från HR?",
        "Hur nöjd är du med stödet från\u00a0IT?",
        "Sektor",
    ]
    assert match_columns(headers, ["hur nöjd är du med stödet från *"]) == headers[:2]
    assert match_columns(headers, ["*från ??"]) == []
    assert match_columns(headers, ["*från ???"]) == headers[:2]


def test_brackets_in_a_question_are_text_not_a_pattern() -> None:
    headers = ["Hur nöjd är du med stödet från [HR]?", "Hur nöjd är du med stödet från H?"]
    assert match_columns(headers, ["Hur nöjd är du med stödet från [HR]?"]) == headers[:1]


def test_a_missing_column_message_hides_a_first_row_of_personal_data(tmp_path: Path) -> None:
    # an interview log saved without its header row: the first row is a person's interview
    path = tmp_path / "intervjuer.csv"
    path.write_text(
        "Karin Johansson.docx;intervju;2024-03-05;Rektor;070-123 45 67\n", encoding="utf-8"
    )
    table = read_table(path)

    with pytest.raises(IngestError) as caught:
        require_columns(table.name, table.headers, ["fil"])

    message = caught.value.message
    assert message.startswith("intervjuer.csv") and "'fil'" in message
    assert "Karin" not in message and "070" not in message
    assert "[dold], intervju, 2024-03-05, Rektor, [dold]" in message
