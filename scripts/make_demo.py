"""Builds the demo engagement's input files from scripts/demo_content.py.

    python scripts/make_demo.py

Writes examples/exempelkommun/: the 12 transcripts of inbox/ in the formats consultants get
them in (Word, Teams and Zoom WebVTT, SRT, text in UTF-8 and Windows-1252, Markdown), the
interview log, the chef-survey export (Swedish Excel CSV) and the recipient list. Seeded,
so the files come out the same every time.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).parent))
from demo_content import BAD, GOOD, INTERVIEWS, MISSING

ROOT = Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"
INBOX = ROOT / "inbox"
SECTORS = ["Barn och utbildning", "Vård och omsorg", "Samhällsbyggnad", "Kommunledningskontoret"]


@dataclass(frozen=True)
class Entry:
    file: str
    kind: str
    date: dt.date
    roles: tuple[str, ...]
    sector: str
    participants: tuple[str, ...]
    interviewers: tuple[str, ...]


LOG = [
    Entry(
        "01_kommundirektor.docx",
        "intervju",
        dt.date(2026, 9, 2),
        ("Kommundirektör",),
        "Kommunledningskontoret",
        ("Eva Lindgren",),
        ("Johan Almqvist", "Sara Nyström"),
    ),
    Entry(
        "02_sektorschef_bou.vtt",
        "intervju",
        dt.date(2026, 9, 3),
        ("Sektorschef",),
        "Barn och utbildning",
        ("Mikael Sandberg",),
        ("Sara Nyström",),
    ),
    Entry(
        "03_sektorschef_vo.docx",
        "intervju",
        dt.date(2026, 9, 4),
        ("Sektorschef",),
        "Vård och omsorg",
        ("Helena Forsberg",),
        ("Johan Almqvist",),
    ),
    Entry(
        "04_sektorschef_sbf.txt",
        "intervju",
        dt.date(2026, 9, 8),
        ("Sektorschef",),
        "Samhällsbyggnad",
        ("Anders Lundqvist",),
        ("Sara Nyström",),
    ),
    Entry(
        "05_hr_chef.srt",
        "intervju",
        dt.date(2026, 9, 9),
        ("HR-chef",),
        "Kommunledningskontoret",
        ("Maria Ekström",),
        ("Johan Almqvist",),
    ),
    Entry(
        "06_it_chef.vtt",
        "intervju",
        dt.date(2026, 9, 10),
        ("IT-chef",),
        "Kommunledningskontoret",
        ("Tomas Berglund",),
        ("Sara Nyström",),
    ),
    Entry(
        "07_kanslichef.md",
        "intervju",
        dt.date(2026, 9, 11),
        ("Kanslichef",),
        "Kommunledningskontoret",
        ("Karin Holm",),
        ("Johan Almqvist",),
    ),
    Entry(
        "08_controllers.docx",
        "gruppintervju",
        dt.date(2026, 9, 15),
        ("Controller", "Controller"),
        "Kommunledningskontoret",
        ("Linnea Åberg", "Oskar Nilsson"),
        ("Sara Nyström",),
    ),
    Entry(
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
        ("Johan Almqvist", "Sara Nyström"),
    ),
    Entry(
        "10_fokusgrupp_rektorer.docx",
        "fokusgrupp",
        dt.date(2026, 9, 18),
        ("Rektor", "Rektor", "Förskolechef", "Förskolechef", "Rektor"),
        "Barn och utbildning",
        ("Jonas Wikström", "Petra Dahl", "Sofia Karlsson", "Emma Johansson", "Ali Hassan"),
        ("Sara Nyström",),
    ),
    Entry(
        "11_verksamhetschef_ifo.txt",
        "intervju",
        dt.date(2026, 9, 22),
        ("Verksamhetschef IFO",),
        "Vård och omsorg",
        ("Niklas Öberg",),
        ("Johan Almqvist",),
    ),
    Entry(
        "12_kommunikationschef.md",
        "intervju",
        dt.date(2026, 9, 23),
        ("Kommunikationschef",),
        "Kommunledningskontoret",
        ("Camilla Berg",),
        ("Sara Nyström",),
    ),
]


def turns(script: str) -> list[tuple[str, str]]:
    found = []
    for line in script.strip().splitlines():
        speaker, text = line.split(":", 1)
        found.append((speaker.strip(), text.strip()))
    return found


def who(entry: Entry, speaker: str) -> str:
    """The real (fictional) name behind a script's speaker code."""
    if speaker == "I":
        return entry.interviewers[0]
    if speaker == "R":
        return entry.participants[0]
    return entry.participants[int(speaker[1:]) - 1]


def chunks(text: str, words: int = 14) -> list[str]:
    """A turn cut into caption-sized pieces, as Teams and Zoom cut speech."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    pieces: list[str] = []
    for sentence in sentences:
        tokens = sentence.split()
        for i in range(0, len(tokens), words):
            pieces.append(" ".join(tokens[i : i + words]))
    return pieces


def stamp(seconds: float, *, comma: bool = False) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}"
    return text.replace(".", ",") if comma else text


def timed(entry: Entry, script: str) -> list[tuple[str, str, float, float]]:
    """(speaker name, piece, start, end) with speech at about 2.6 words a second."""
    clock = 4.0
    out = []
    for speaker, text in turns(script):
        for piece in chunks(text):
            length = max(1.2, len(piece.split()) / 2.6)
            out.append((who(entry, speaker), piece, clock, clock + length))
            clock += length + 0.3
        clock += 1.1
    return out


def write_teams_vtt(entry: Entry, script: str) -> None:
    lines = ["WEBVTT", ""]
    for index, (name, piece, start, end) in enumerate(timed(entry, script)):
        lines += [
            f"{index + 1:04x}-{index}",
            f"{stamp(start)} --> {stamp(end)}",
            f"<v {name}>{piece}</v>",
            "",
        ]
    (INBOX / entry.file).write_text("\n".join(lines), encoding="utf-8")


def write_zoom_vtt(entry: Entry, script: str) -> None:
    lines = ["WEBVTT", ""]
    for index, (name, piece, start, end) in enumerate(timed(entry, script)):
        lines += [str(index + 1), f"{stamp(start)} --> {stamp(end)}", f"{name}: {piece}", ""]
    (INBOX / entry.file).write_text("\n".join(lines), encoding="utf-8")


def write_srt(entry: Entry, script: str) -> None:
    lines: list[str] = []
    previous = None
    for index, (name, piece, start, end) in enumerate(timed(entry, script)):
        first = name.split()[0]
        text = f"{first}: {piece}" if name != previous else piece
        previous = name
        lines += [
            str(index + 1),
            f"{stamp(start, comma=True)} --> {stamp(end, comma=True)}",
            text,
            "",
        ]
    (INBOX / entry.file).write_text("\n".join(lines), encoding="utf-8")


def write_text(
    entry: Entry,
    script: str,
    labels: dict[str, str],
    *,
    encoding: str,
    newline: str,
    header: str = "",
) -> None:
    body = [header] if header else []
    for speaker, text in turns(script):
        body.append(f"{labels.get(speaker, speaker)}: {text}")
    with (INBOX / entry.file).open("w", encoding=encoding, newline=newline) as handle:
        handle.write("\n\n".join(body) + "\n")


def write_markdown(entry: Entry, script: str, labels: dict[str, str], bold: bool) -> None:
    lines = [f"# Intervju: {entry.roles[0].lower()}", "", f"Datum: {entry.date.isoformat()}", ""]
    for speaker, text in turns(script):
        label = labels[speaker]
        lines += [f"**{label}:** {text}" if bold else f"{label}: {text}", ""]
    (INBOX / entry.file).write_text("\n".join(lines), encoding="utf-8")


def write_docx(entry: Entry, script: str, labels: dict[str, str] | None) -> None:
    document = Document()
    document.add_heading(f"Intervju {entry.date.isoformat()}", level=1)
    for speaker, text in turns(script):
        label = labels[speaker] if labels else who(entry, speaker)
        document.add_paragraph(f"{label}: {text}")
    document.save(INBOX / entry.file)


def write_teams_docx(entry: Entry, script: str) -> None:
    document = Document()
    document.add_paragraph(f"Intervju-{entry.date:%Y%m%d}_090312-Mötesavskrift")
    document.add_paragraph(f"{entry.date.day} september {entry.date.year}, 9:03AM")
    clock = 3
    for speaker, text in turns(script):
        document.add_paragraph(f"{who(entry, speaker)}   {clock // 60}:{clock % 60:02d}")
        document.add_paragraph(text)
        clock += int(len(text.split()) / 2.6) + 2
    document.save(INBOX / entry.file)


def write_transcripts() -> None:
    INBOX.mkdir(parents=True, exist_ok=True)
    by_file = {entry.file: entry for entry in LOG}
    for key, script in INTERVIEWS.items():
        entry = next(e for name, e in by_file.items() if name.startswith(key))
        if entry.file.startswith(("02_", "09_")):
            write_teams_vtt(entry, script)
        elif entry.file.startswith("06_"):
            write_zoom_vtt(entry, script)
        elif entry.file.startswith("05_"):
            write_srt(entry, script)
        elif entry.file.startswith("03_"):
            write_teams_docx(entry, script)
        elif entry.file.startswith("01_"):
            write_docx(entry, script, None)
        elif entry.file.startswith("08_"):
            write_docx(entry, script, {"I": "Intervjuare", "R1": "Linnea", "R2": "Oskar"})
        elif entry.file.startswith("10_"):
            labels = {"I": "Moderator"} | {f"R{i}": f"Deltagare {i}" for i in range(1, 6)}
            write_docx(entry, script, labels)
        elif entry.file.startswith("04_"):
            write_text(entry, script, {"I": "I", "R": "IP"}, encoding="utf-8", newline="\n")
        elif entry.file.startswith("11_"):
            write_text(
                entry,
                script,
                {"I": "Intervjuare", "R": "Niklas"},
                encoding="cp1252",
                newline="\r\n",
                header="Intervju verksamhetschef IFO 2026-09-22",
            )
        elif entry.file.startswith("07_"):
            write_markdown(entry, script, {"I": "Intervjuare", "R": "Kanslichef"}, bold=True)
        elif entry.file.startswith("12_"):
            write_markdown(entry, script, {"I": "I", "R": "IP"}, bold=False)


def write_log() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Intervjuer"
    sheet.append(["fil", "typ", "datum", "roll", "sektor", "deltagare", "intervjuare"])
    for e in LOG:
        sheet.append(
            [
                e.file,
                e.kind,
                e.date,
                ";".join(e.roles),
                e.sector,
                ";".join(e.participants),
                ";".join(e.interviewers),
            ]
        )
        sheet.cell(sheet.max_row, 3).number_format = "yyyy-mm-dd"
    for column, width in zip("ABCDEFG", (36, 14, 12, 40, 24, 70, 30), strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(ROOT / "intervjuer.xlsx")


FUNCTIONS = {
    "ekonomi": 3.5,
    "HR": 3.9,
    "IT/digitalisering": 2.4,
    "kommunikation": 2.8,
    "verksamhetsutveckling": 3.0,
    "kansli/nämndadministration": 3.0,
    "upphandling": 2.3,
    "juridik": 3.2,
    "lokalförsörjning": 2.7,
}
SECTOR_SHIFT = {
    "Barn och utbildning": 0.0,
    "Vård och omsorg": -0.3,
    "Samhällsbyggnad": 0.0,
    "Kommunledningskontoret": 0.4,
}
ROLES = {
    "Barn och utbildning": ["Rektor", "Rektor", "Biträdande rektor", "Förskolechef"],
    "Vård och omsorg": [
        "Enhetschef",
        "Enhetschef",
        "Enhetschef",
        "Verksamhetschef",
        "Avdelningschef",
    ],
    "Samhällsbyggnad": ["Enhetschef", "Avdelningschef"],
    "Kommunledningskontoret": ["Avdelningschef", "Enhetschef"],
}
ONLY_IN = {
    "Chromebook": "Barn och utbildning",
    "skoladministratör": "Barn och utbildning",
    "rektorsnätverket": "Barn och utbildning",
    "pedagogisk": "Barn och utbildning",
    "Lifecare": "Vård och omsorg",
    "socialtjänsten": "Barn och utbildning",
    "55 medarbetare": "Vård och omsorg",
    "medborgarinformation": "Samhällsbyggnad",
    "Investeringsuppföljningen": "Samhällsbyggnad",
}
PLANTED = {"Tack till Anneli", "Ring 070-555", "Kjell Andersson"}


def fits(answer: str, sector: str) -> bool:
    return all(sector == only for word, only in ONLY_IN.items() if word in answer)


def pick(
    rng: random.Random, pool: list[str], sector: str, scores: dict[str, int], used: set[str]
) -> str:
    options = [a for a in pool if fits(a, sector) and not any(p in a for p in PLANTED)]
    weights = []
    for answer in options:
        weight = 1.0
        if ("IT" in answer or "system" in answer.lower()) and scores.get(
            "IT/digitalisering", 3
        ) <= 2:
            weight = 3.0
        if "HR" in answer and scores.get("HR", 3) >= 4:
            weight = 3.0
        if "pphandling" in answer and scores.get("upphandling", 3) <= 2:
            weight = 2.5
        # most answers are someone's own words; some are echoed by a colleague
        weights.append(weight * (0.35 if answer in used else 1.0))
    choice = rng.choices(options, weights)[0]
    used.add(choice)
    return choice


def write_survey() -> None:
    rng = random.Random(2026)
    counts = {
        "Barn och utbildning": 52,
        "Vård och omsorg": 58,
        "Samhällsbyggnad": 24,
        "Kommunledningskontoret": 18,
    }
    sectors = [s for s, n in counts.items() for _ in range(n)]
    rng.shuffle(sectors)
    questions = [f"Hur nöjd är du med stödet från {name}?" for name in FUNCTIONS]
    free = [
        "Vad fungerar bra i det stöd du får?",
        "Vad fungerar mindre bra?",
        "Vad saknar du i stödet?",
    ]
    header = ["ID", "Starttid", "Sektor", "Roll", "Antal medarbetare", *questions, *free]
    planted = {
        17: (0, "Tack till Anneli på HR som alltid ställer upp!"),
        64: (1, next(a for a in BAD if a.startswith("Ring 070-555"))),
        101: (1, next(a for a in BAD if "Kjell Andersson" in a)),
    }
    used: set[str] = set()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    start = dt.datetime(2026, 9, 14, 7, 40)
    for index, sector in enumerate(sectors, start=1):
        start += dt.timedelta(minutes=rng.randint(3, 95))
        scores: dict[str, int] = {}
        cells: list[str] = []
        for name, mean in FUNCTIONS.items():
            roll = rng.random()
            if roll < 0.05:
                cells.append("")
                continue
            if (name in {"juridik", "upphandling"} and roll < 0.35) or roll < 0.08:
                cells.append("Vet ej")
                continue
            value = round(rng.gauss(mean + SECTOR_SHIFT[sector], 0.9))
            value = min(5, max(1, value))
            scores[name] = value
            cells.append(str(value))
        texts = []
        for q, pool in enumerate((GOOD, BAD, MISSING)):
            if index in planted and planted[index][0] == q:
                texts.append(planted[index][1])
            elif rng.random() < 0.3:
                texts.append(rng.choice(["", "", "", "-", "Inget särskilt", "Vet ej"]))
            else:
                answer = pick(rng, pool, sector, scores, used)
                if rng.random() < 0.25:
                    second = pick(rng, pool, sector, scores, used)
                    answer += "" if second == answer else " " + second
                texts.append(answer)
        staff = rng.randint(8, 62) if sector != "Kommunledningskontoret" else rng.randint(4, 20)
        writer.writerow(
            [
                index,
                start.strftime("%Y-%m-%d %H:%M"),
                sector,
                rng.choice(ROLES[sector]),
                staff,
                *cells,
                *texts,
            ]
        )
    (INBOX / "chefsenkat_export.csv").write_bytes(out.getvalue().encode("utf-8-sig"))


FIRST = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Anders",
    "Eva",
    "Per",
    "Lena",
    "Johan",
    "Kristina",
    "Mikael",
    "Sara",
    "Peter",
    "Linda",
    "Fredrik",
    "Malin",
    "Daniel",
    "Sofia",
    "Magnus",
    "Jenny",
    "Henrik",
    "Emma",
    "Stefan",
    "Helena",
    "Mattias",
    "Ulrika",
    "Niklas",
    "Camilla",
    "Jonas",
    "Åsa",
    "Patrik",
    "Therese",
    "Ahmed",
    "Fatima",
    "Mohammed",
    "Leyla",
    "Ali",
    "Amira",
    "Goran",
    "Jelena",
    "Tiina",
    "Mehmet",
    "Elif",
    "Hanna",
    "Oscar",
    "Ida",
    "Viktor",
    "Elin",
    "Gustav",
]
LAST = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Lindström",
    "Lindqvist",
    "Lindgren",
    "Berg",
    "Axelsson",
    "Bergström",
    "Lundberg",
    "Lind",
    "Lundgren",
    "Mattsson",
    "Berglund",
    "Fredriksson",
    "Sandberg",
    "Henriksson",
    "Ali",
    "Mohammed",
    "Hassan",
    "Yilmaz",
    "Kovačević",
    "Virtanen",
    "Öberg",
    "Sjöberg",
    "Wallin",
    "Engström",
    "Eklund",
    "Danielsson",
    "Håkansson",
    "Holm",
]
UNITS = {
    "Barn och utbildning": [
        "Solbackens förskola",
        "Ekbackens skola",
        "Norrskolan",
        "Älvdalens förskola",
        "Gymnasiet",
        "Centrala elevhälsan",
    ],
    "Vård och omsorg": [
        "Hemtjänst Norr",
        "Hemtjänst Söder",
        "Björkgårdens boende",
        "Lindgårdens boende",
        "LSS-boenden",
        "IFO Barn och unga",
    ],
    "Samhällsbyggnad": ["Gata/park", "Plan och bygg", "Kost", "Lokalförsörjning", "Miljö"],
    "Kommunledningskontoret": ["Ekonomi", "HR", "IT", "Kansliet", "Kommunikation"],
}


def fold(text: str) -> str:
    table = str.maketrans("åäöéčÅÄÖÉČ", "aaoecAAOEC")
    return text.translate(table).lower()


def write_recipients() -> None:
    rng = random.Random(180)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Mottagare"
    sheet.append(["namn", "e-post", "sektor", "enhet", "roll"])
    seen: set[str] = set()
    weights = {
        "Barn och utbildning": 60,
        "Vård och omsorg": 70,
        "Samhällsbyggnad": 28,
        "Kommunledningskontoret": 22,
    }
    for sector, count in weights.items():
        for _ in range(count):
            while True:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if name not in seen:
                    seen.add(name)
                    break
            email = fold(name).replace(" ", ".") + "@exempelkommun.se"
            sheet.append(
                [name, email, sector, rng.choice(UNITS[sector]), rng.choice(ROLES[sector])]
            )
    workbook.save(ROOT / "mottagare.xlsx")


if __name__ == "__main__":
    write_transcripts()
    write_log()
    write_survey()
    write_recipients()
    print(f"wrote {ROOT}")
