"""Writes the survey, interview-log and recipient fixtures (enkat_*, logg_*, mottagare_*).

Run once; the files are committed so that the tests read real bytes as Excel wrote them.

python tests/data/enkat_logg_fixtures.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

HEADER = "ID;Sektor;Roll;Hur nöjd är du med stödet från HR?;Hur nöjd är du med stödet från IT?;Kostnad per invånare;Vad saknar du i stödet?"


def excel_csv() -> None:
    """Swedish Excel "CSV (semikolonavgränsad)": cp1252, ';', decimal comma, CRLF."""
    rows = [
        HEADER,
        "1;Vård och omsorg;Enhetschef;4;Vet ej;1 250,5 kr;En väg in för allt stöd.",
        "2;Barn och utbildning;Rektor;3,0;;12,75;-",
        ";;;;;;",
        '3;Barn och utbildning;Rektor;5 - Mycket bra;2;;"Snabbare svar från IT.\r\nOch lönen i tid."',
        "4;Samhällsbyggnad;;ej aktuellt;1;;Inget",
    ]
    (HERE / "enkat_excel_cp1252.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))


def utf8_bom_csv() -> None:
    """Excel's "CSV UTF-8": a BOM; this one comma-separated with quoted decimals."""
    rows = [
        "ID,Sektor,Roll,Hur nöjd är du med stödet från HR?,Vad saknar du i stödet?",
        '10,Kultur och fritid,Enhetschef,"4,0","Mer stöd i rekrytering,\nsärskilt annonser."',
        "11,Kultur och fritid,Verksamhetschef,2,Vet ej",
    ]
    (HERE / "enkat_utf8_bom.csv").write_text("\n".join(rows) + "\n", encoding="utf-8-sig")


def forms_xlsx() -> None:
    """A Microsoft Forms export: bookkeeping columns and the scale written out as text."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(
        [
            "ID",
            "Starttid",
            "Sluttid",
            "E-post",
            "Namn",
            "Sektor",
            "Roll",
            "Hur nöjd är du med stödet från följande funktioner?.HR",
            "Hur nöjd är du med stödet från följande funktioner?.Ekonomi",
            "Hur nöjd är du med stödet från följande funktioner?.IT",
            "Vad saknar du i stödet?",
        ]
    )
    start = dt.datetime(2026, 9, 14, 8, 12)
    for number, (sector, role, hr, eko, it, text) in enumerate(
        [
            (
                "Vård och omsorg",
                "Enhetschef",
                "Ganska bra",
                "Mycket bra",
                "Mycket dåligt",
                "Tydligare servicenivåer från IT.",
            ),
            ("Barn och utbildning", "Rektor", "Varken bra eller dåligt", "Vet ej", None, "nej"),
            (
                "Samhällsbyggnad",
                "Avdelningschef",
                "mycket bra",
                "Ganska dåligt",
                "Ganska bra",
                None,
            ),
        ],
        start=1,
    ):
        sheet.append(
            [
                number,
                start + dt.timedelta(hours=number),
                start + dt.timedelta(hours=number, minutes=9),
                "anonymous",
                None,
                sector,
                role,
                hr,
                eko,
                it,
                text,
            ]
        )
    workbook.create_sheet("Sammanfattning").append(["Antal svar", 3])
    workbook.save(HERE / "enkat_forms.xlsx")


def without_sector() -> None:
    rows = ["ID;Roll;Hur nöjd är du med stödet från HR?", "1;Rektor;4", "2;Enhetschef;3"]
    (HERE / "enkat_utan_sektor.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))


def out_of_range() -> None:
    rows = [
        HEADER,
        "1;Vård och omsorg;Enhetschef;4;3;;",
        "2;Vård och omsorg;Enhetschef;2;6;;",
    ]
    (HERE / "enkat_utanfor_skalan.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))


def corrupt_xlsx() -> None:
    """What a half-copied download looks like: a zip header and then nothing useful."""
    (HERE / "enkat_trasig.xlsx").write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 40)


LOG_ROWS = [
    (
        "intervju_ekonomichef.docx",
        "Intervju",
        dt.datetime(2026, 9, 5),
        "Ekonomichef",
        "Kommunledningskontoret",
        "Helena Forsberg",
        "Johan Almqvist; Sara Nyström",
    ),
    (
        "Fokusgrupp_Enhetschefer.vtt",
        "fokusgrupp",
        dt.datetime(2026, 9, 10, 13, 30),
        "Enhetschef",
        "Vård och omsorg",
        "Anneli Strand; Robert Hedlund; Åsa Öberg",
        "Sara Nyström",
    ),
    (
        "workshop_hr.md",
        "Workshop",
        None,
        "HR-chef; HR-konsult",
        "Kommunledningskontoret",
        "Maria Lund; Per Ek",
        "Johan Almqvist",
    ),
    (None, None, None, None, None, None, None),
    (
        "gruppintervju_rektorer.txt",
        "grupp-intervju",
        "2026-09-12",
        "Rektor",
        "Barn och utbildning",
        "Kerstin Malm; Lars Berg",
        "Sara Nyström",
    ),
]


def log_xlsx() -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Intervjuer"
    sheet.append(["Fil", "Typ", "Datum", "Roll", "Sektor", "Deltagare", "Intervjuare"])
    for row in LOG_ROWS:
        sheet.append(list(row))
    for cell in sheet["C"][1:]:
        cell.number_format = "yyyy-mm-dd"
    workbook.save(HERE / "logg_intervjuer.xlsx")


def log_csv() -> None:
    lines = ["fil;typ;datum;roll;sektor;deltagare;intervjuare"]
    for row in LOG_ROWS:
        cells = [v.date().isoformat() if isinstance(v, dt.datetime) else (v or "") for v in row]
        lines.append(";".join(f'"{c}"' if ";" in c else c for c in cells))
    (HERE / "logg_intervjuer.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def log_bad_type() -> None:
    lines = ["fil;typ;datum", "a.docx;intervju;2026-09-02", "b.docx;telefonsamtal;2026-09-03"]
    (HERE / "logg_okand_typ.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def recipients_xlsx() -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Namn", "E-post", "Sektor", "Enhet", "Roll"])
    sheet.append(
        ["Anna Berg", "anna.berg@testkommun.se", "Vård och omsorg", "Hemtjänst Norr", "Enhetschef"]
    )
    sheet.append(["Åsa Öberg", "asa.oberg@testkommun.se", "Barn och utbildning", None, "Rektor"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Per Ek", "per.ek@testkommun.se", None, None, None])
    workbook.save(HERE / "mottagare_lista.xlsx")


if __name__ == "__main__":
    excel_csv()
    utf8_bom_csv()
    forms_xlsx()
    without_sector()
    out_of_range()
    corrupt_xlsx()
    log_xlsx()
    log_csv()
    log_bad_type()
    recipients_xlsx()
