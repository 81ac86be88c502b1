"""Writes the binary fixtures in this folder (.docx). Run once; the files are committed.

python tests/data/make_fixtures.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).parent


def plain_interview() -> None:
    document = Document()
    document.add_heading("Intervju med ekonomichef, 2026-09-05", level=1)
    for line in [
        "Intervjuare: Hur upplever du samarbetet med sektorerna?",
        "Ekonomichef: Det har blivit bättre. Vi har controllers som sitter med i "
        "sektorernas ledningsgrupper, bl.a. inom vård och omsorg, och det uppskattas.",
        "Men rapporterna är svåra att läsa för många chefer. De får en tabell med ca 40 "
        "rader och vet inte vad de ska titta på.",
        "Intervjuare: Mm. Och vad skulle du vilja ändra?",
        "Ekonomichef: Jag tror att vi behöver en enklare månadsrapport, t.ex. tre nyckeltal "
        "per enhet, och mer tid för dialog med cheferna.",
    ]:
        document.add_paragraph(line)
    document.save(HERE / "intervju.docx")


def teams_export() -> None:
    document = Document()
    document.add_paragraph("Intervju sektorschef-20260904_100312-Mötesavskrift")
    document.add_paragraph("4 september 2026, 10:03AM")
    for speaker, stamp, text in [
        ("Johan Almqvist", "0:03", "Välkommen. Kan du börja med att berätta om din roll?"),
        (
            "Helena Forsberg",
            "0:15",
            "Ja, jag är sektorschef för vård och omsorg sedan tre år. Vi är ungefär "
            "1 400 medarbetare och har ett underskott på ca 12 miljoner i år.",
        ),
        ("Johan Almqvist", "1:02", "Hur fungerar IT-stödet för era verksamheter?"),
        (
            "Helena Forsberg",
            "1:10",
            "Det är vår största huvudvärk. Ett ärende i TopDesk kan ligga i veckor, och "
            "ingen vet riktigt vem som äger Lifecare.",
        ),
    ]:
        document.add_paragraph(f"{speaker}   {stamp}")
        document.add_paragraph(text)
    document.save(HERE / "teams_export.docx")


if __name__ == "__main__":
    plain_interview()
    teams_export()
