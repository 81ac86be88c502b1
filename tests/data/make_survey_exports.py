"""Writes the survey-tool exports in this folder, in each tool's own shape. Run once; the
files are committed.

python tests/data/make_survey_exports.py

The answers are the chef survey's, as four tools export them: Microsoft Forms (.xlsx with
who answered), Google Forms (.csv, a timestamp per answer, addresses collected), LimeSurvey
(.csv with its bookkeeping columns and "question [subquestion]" headers) and KoboToolbox
(.xlsx with the XLSForm field names of `synth survey render`'s export).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent
SECTOR = "Vilken sektor arbetar du i?"
LEVEL = "Vilken chefsnivå har du?"
GOOD = "Vad fungerar bra i det stöd du får i dag?"
MISSING = "Vad saknar du – vilket stöd skulle göra störst skillnad för dig och din verksamhet?"


def _xlsx(path: Path, sheet: str, rows: list[list[object]]) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)


def microsoft_forms() -> None:
    support = "Hur fungerar stödet från {}?"
    header = ["ID", "Starttid", "Sluttid", "E-post", "Namn", SECTOR, LEVEL]
    header += [support.format(f) for f in ("HR", "IT", "ekonomi")] + [GOOD, MISSING]
    start = dt.datetime(2026, 11, 20, 8, 2, 11)
    answers = [
        [
            "Vård och omsorg",
            "Enhetschef",
            "Mycket bra",
            "Ganska dåligt",
            "Ganska bra",
            "HR-konsulten svarar samma dag i rehabärenden.",
            "En väg in för alla IT-frågor.",
        ],
        [
            "Vård och omsorg",
            "Enhetschef",
            "Ganska bra",
            "Mycket dåligt",
            "Vet ej",
            "Lönekontoret är pålitligt.",
            "Någon som hjälper till med schemat.",
        ],
        [
            "Barn och utbildning",
            "Rektor",
            "Varken bra eller dåligt",
            "Ganska dåligt",
            "Ganska bra",
            "",
            "Mer stöd i budgetarbetet, gärna från controllern.",
        ],
    ]
    people = [
        ("kerstin.malm@exempelkommun.se", "Kerstin Malm"),
        ("johan.almqvist@exempelkommun.se", "Johan Almqvist"),
        ("helena.forsberg@exempelkommun.se", "Helena Forsberg"),
    ]
    rows: list[list[object]] = [header]
    for n, ((email, name), answer) in enumerate(zip(people, answers, strict=True), start=1):
        began = start + dt.timedelta(minutes=37 * n)
        rows.append([n, began, began + dt.timedelta(minutes=6), email, name, *answer])
    _xlsx(HERE / "enkat_microsoft_forms.xlsx", "Sheet1", rows)


def google_forms() -> None:
    header = ["Tidstämpel", "E-postadress", SECTOR, "Din roll"]
    header += [f"Hur nöjd är du med stödet från {f}?" for f in ("HR", "IT")] + [GOOD, MISSING]
    rows = [
        [
            "2026-11-20 09:14:03",
            "per.ek@exempelkommun.se",
            "Samhällsbyggnad",
            "Enhetschef",
            "4",
            "2",
            "Snabba svar från HR.",
            "Ett ärendesystem som fungerar.",
        ],
        [
            "2026-11-20 09:31:47",
            "sara.nystrom@exempelkommun.se",
            "Vård och omsorg",
            "Enhetschef",
            "5",
            "",
            "Introduktionen för nya chefer, bland annat.",
            "",
        ],
        [
            "2026-11-21 13:02:55",
            "",
            "Vård och omsorg",
            "Verksamhetschef",
            "3",
            "1",
            "",
            "Någon nära mig som tar hand om administrationen.",
        ],
    ]
    with (HERE / "enkat_google_forms.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])


def limesurvey() -> None:
    question = "Hur nöjd är du med stödet från följande funktioner?"
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed", SECTOR, "Din roll"]
    header += [f"{question} [{f}]" for f in ("HR", "IT", "Ekonomi")] + [MISSING]
    rows = [
        [
            "12",
            "2026-11-20 10:01:12",
            "3",
            "sv",
            "1733491",
            "Barn och utbildning",
            "Rektor",
            "Mycket bra",
            "Ganska dåligt",
            "Ganska bra",
            "Fler skoladministratörer.",
        ],
        [
            "13",
            "2026-11-20 11:45:09",
            "3",
            "sv",
            "920311",
            "Barn och utbildning",
            "Förskolechef",
            "Ganska bra",
            "Vet ej",
            "Mycket dåligt",
            "",
        ],
        # never submitted: a response with gaps, still a response
        [
            "15",
            "",
            "1",
            "sv",
            "4410927",
            "Kultur och fritid",
            "Enhetschef",
            "Ganska bra",
            "",
            "",
            "",
        ],
    ]
    with (HERE / "enkat_limesurvey.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, quoting=csv.QUOTE_ALL).writerows([header, *rows])


def kobotoolbox() -> None:
    fields = ["stod_hr_far_stod", "stod_it_far_stod", "stod_it_vet_vart", "underlattar"]
    header = ["start", "end", "sektor", "chefsniva", *fields, "fungerar_bra", "saknar"]
    header += ["_id", "_uuid", "_submission_time", "_submitted_by", "_index"]
    start = dt.datetime(2026, 11, 22, 7, 55, 0)
    answers = [
        [
            "Vård och omsorg",
            "forsta_linjen",
            "4",
            "2",
            "vet_ej",
            "3",
            "Bemanningsenheten hjälper till snabbt.",
            "En IT-tekniker på plats en dag i veckan.",
        ],
        [
            "Samhällsbyggnad",
            "kontorschef",
            "5",
            "1",
            "2",
            "2",
            "",
            "Tydligare vem som äger verksamhetssystemen.",
        ],
    ]
    rows: list[list[object]] = [header]
    for n, answer in enumerate(answers, start=1):
        began = start + dt.timedelta(hours=n)
        uuid = f"5c1f0e2a-{n:04d}-4b7e-9a51-0d3c8e6f7a2{n}"
        submitted = began + dt.timedelta(minutes=9)
        rows.append([began, submitted, *answer, 318_000 + n, uuid, submitted, "utredning_ex", n])
    _xlsx(HERE / "enkat_kobotoolbox.xlsx", "chefsenkat", rows)


if __name__ == "__main__":
    microsoft_forms()
    google_forms()
    limesurvey()
    kobotoolbox()
