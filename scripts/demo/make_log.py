"""Writes the demo engagement's interview log, examples/exempelkommun/intervjuer.xlsx.

    python scripts/demo/make_log.py

One sheet "Intervjuer" with the columns the interview-log reader expects; `datum` holds real
Excel dates, and cells with several values (roles, participants, interviewers) are joined
with ";" in the same order as the participants.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parents[2] / "examples" / "exempelkommun"
HEADERS = ["fil", "typ", "datum", "roll", "sektor", "deltagare", "intervjuare"]
BOTH = ("Johan Almqvist", "Sara Nyström")

ROWS = [
    (
        "01_kommundirektor.docx",
        "intervju",
        dt.date(2026, 9, 2),
        ("Kommundirektör",),
        "Kommunledningskontoret",
        ("Eva Lindgren",),
        BOTH,
    ),
    (
        "02_sektorschef_bou.vtt",
        "intervju",
        dt.date(2026, 9, 3),
        ("Sektorschef",),
        "Barn och utbildning",
        ("Mikael Sandberg",),
        ("Sara Nyström",),
    ),
    (
        "03_sektorschef_vo.docx",
        "intervju",
        dt.date(2026, 9, 4),
        ("Sektorschef",),
        "Vård och omsorg",
        ("Helena Forsberg",),
        ("Johan Almqvist",),
    ),
    (
        "04_sektorschef_sbf.txt",
        "intervju",
        dt.date(2026, 9, 8),
        ("Sektorschef",),
        "Samhällsbyggnad",
        ("Anders Lundqvist",),
        ("Sara Nyström",),
    ),
    (
        "05_hr_chef.srt",
        "intervju",
        dt.date(2026, 9, 9),
        ("HR-chef",),
        "Kommunledningskontoret",
        ("Maria Ekström",),
        ("Johan Almqvist",),
    ),
    (
        "06_it_chef.vtt",
        "intervju",
        dt.date(2026, 9, 10),
        ("IT-chef",),
        "Kommunledningskontoret",
        ("Tomas Berglund",),
        ("Sara Nyström",),
    ),
    (
        "07_kanslichef.md",
        "intervju",
        dt.date(2026, 9, 11),
        ("Kanslichef",),
        "Kommunledningskontoret",
        ("Karin Holm",),
        ("Johan Almqvist",),
    ),
    (
        "08_controllers.docx",
        "gruppintervju",
        dt.date(2026, 9, 15),
        ("Controller", "Controller"),
        "Kommunledningskontoret",
        ("Linnea Åberg", "Oskar Nilsson"),
        ("Sara Nyström",),
    ),
    (
        "09_fokusgrupp_enhetschefer_vo.vtt",
        "fokusgrupp",
        dt.date(2026, 9, 17),
        ("Enhetschef",),
        "Vård och omsorg",
        (
            "Anneli Strand",
            "Robert Hedlund",
            "Fatima Haddad",
            "Jenny Lund",
            "Marcus Björk",
            "Eva-Lena Sjöberg",
        ),
        BOTH,
    ),
    (
        "10_fokusgrupp_rektorer.docx",
        "fokusgrupp",
        dt.date(2026, 9, 18),
        ("Rektor", "Rektor", "Förskolechef", "Förskolechef", "Rektor"),
        "Barn och utbildning",
        ("Jonas Wikström", "Petra Dahl", "Sofia Karlsson", "Emma Johansson", "Ali Hassan"),
        ("Sara Nyström",),
    ),
    (
        "11_verksamhetschef_ifo.txt",
        "intervju",
        dt.date(2026, 9, 22),
        ("Verksamhetschef IFO",),
        "Vård och omsorg",
        ("Niklas Öberg",),
        ("Johan Almqvist",),
    ),
    (
        "12_kommunikationschef.md",
        "intervju",
        dt.date(2026, 9, 23),
        ("Kommunikationschef",),
        "Kommunledningskontoret",
        ("Camilla Berg",),
        ("Sara Nyström",),
    ),
]


def main() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Intervjuer"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for fil, typ, datum, roles, sector, participants, interviewers in ROWS:
        sheet.append(
            [
                fil,
                typ,
                datum,
                ";".join(roles),
                sector,
                ";".join(participants),
                ";".join(interviewers),
            ]
        )
        sheet.cell(sheet.max_row, 3).number_format = "yyyy-mm-dd"
    for column, width in zip("ABCDEFG", (36, 14, 12, 44, 24, 76, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    workbook.save(ROOT / "intervjuer.xlsx")


if __name__ == "__main__":
    main()
