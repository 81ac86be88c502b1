"""The committed evaluation set of real statements (bench/data/seed_statements.csv) is
well-formed and holds nothing the team wrote: no model, no network, well under 2 s."""

from __future__ import annotations

import csv
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_SET = ROOT / "bench" / "data" / "seed_statements.csv"
DEMO = ROOT / "examples" / "exempelkommun"
# text written by the team: the demo engagement, the scripts that wrote it and the lens
# examples. (tests/data/lenses_domain_labelled.csv is not here: it holds sentences taken
# from the seeds themselves, see bench/data/README.md.)
TEAM_WRITTEN = [DEMO, ROOT / "scripts" / "demo", ROOT / "synth" / "data" / "lenses"]

COLUMNS = ["id", "text", "source", "section", "perspective", "polarity", "group", "split", "note"]
PERSPECTIVES = {"utvecklingssituation", "strukturer", "aktörer"}
POLARITIES = {"styrka", "svaghet", "förslag", "neutral"}
SECTIONS = {
    "bakgrund",
    "beskrivning",
    "omvärld",
    "målbild",
    "rekommendation",
    "swot-styrkor",
    "swot-svagheter",
    "swot-möjligheter",
    "swot-hot",
}
SOURCES = {"fog-uppdrag-gavle.txt", "kansliet-hjo.txt", "styrmodell-borlange.txt"}
SHINGLE = 7


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with SEED_SET.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _read(path: Path) -> str:
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", " ", xml.replace("</w:p>", "\n"))
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.endswith(".xml")]
            return " ".join(re.sub(r"<[^>]+>", " ", archive.read(n).decode()) for n in names)
    return path.read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def team_text() -> str:
    files = [p for d in TEAM_WRITTEN for p in sorted(d.rglob("*")) if p.is_file()]
    assert any(p.suffix == ".docx" for p in files), "the demo inbox was not found"
    return " ".join(" ".join(_words(_read(p))) for p in files)


def test_every_label_is_allowed(rows: list[dict[str, str]]) -> None:
    assert rows
    for row in rows:
        assert row["text"].strip() == row["text"] and row["text"], row["id"]
        assert row["perspective"] in PERSPECTIVES, row
        assert row["polarity"] in POLARITIES, row
        assert row["section"] in SECTIONS, row
        assert row["source"] in SOURCES, row
        assert row["split"] in {"tune", "report"}, row
        assert row["group"], row


def test_ids_and_texts_are_unique(rows: list[dict[str, str]]) -> None:
    assert len({r["id"] for r in rows}) == len(rows)
    duplicates = [t for t, n in Counter(r["text"] for r in rows).items() if n > 1]
    assert not duplicates


def test_both_splits_and_whole_groups(rows: list[dict[str, str]]) -> None:
    splits = Counter(r["split"] for r in rows)
    assert splits["tune"] >= 50 and splits["report"] >= 50
    per_group: dict[str, set[str]] = {}
    for row in rows:
        per_group.setdefault(row["group"], set()).add(row["split"])
    assert all(len(s) == 1 for s in per_group.values()), "a group is split across tune/report"
    for split in ("tune", "report"):
        part = [r for r in rows if r["split"] == split]
        assert {r["source"] for r in part} == SOURCES
        assert len({r["perspective"] for r in part}) == 3
        assert len({r["polarity"] for r in part}) >= 3


def test_labels_that_are_judgments_say_so(rows: list[dict[str, str]]) -> None:
    for row in rows:
        if row["section"] == "swot-svagheter":
            assert row["polarity"] == "svaghet"
        if row["section"] == "swot-styrkor":
            assert row["polarity"] == "styrka"
        assert row["note"], f"{row['id']} has no rule in its note"


def test_nothing_from_the_demo_or_the_team(rows: list[dict[str, str]], team_text: str) -> None:
    team = f" {team_text} "
    shingles = {
        tuple(words[i : i + SHINGLE])
        for words in [team_text.split()]
        for i in range(len(words) - SHINGLE + 1)
    }
    for row in rows:
        words = _words(row["text"])
        if len(words) >= 5:
            assert f" {' '.join(words)} " not in team, row["id"]
        shared = [
            words[i : i + SHINGLE]
            for i in range(len(words) - SHINGLE + 1)
            if tuple(words[i : i + SHINGLE]) in shingles
        ]
        assert not shared, (row["id"], shared)


def test_the_lenses_learn_from_the_tune_split_and_never_see_the_report_split(
    rows: list[dict[str, str]],
) -> None:
    # synth/data/labelled/rapporter.csv is what the packaged lenses train on: if a report
    # statement went there, bench/quality.py would score the lenses on their own examples.
    labelled_path = ROOT / "synth" / "data" / "labelled" / "rapporter.csv"
    with labelled_path.open(encoding="utf-8", newline="") as handle:
        labelled = list(csv.DictReader(handle))
    tune = {r["id"]: r for r in rows if r["split"] == "tune"}
    assert [r["id"] for r in labelled] == list(tune)
    for row in labelled:
        assert row["text"] == tune[row["id"]]["text"]
        assert row["perspective"] == tune[row["id"]]["perspective"]
        assert row["polarity"] == tune[row["id"]]["polarity"]
    report = {_normal(r["text"]) for r in rows if r["split"] == "report"}
    from synth.synthesis.lenses import default_lenses_path, load_lenses

    examples = {
        _normal(text)
        for lens in load_lenses(default_lenses_path()).lenses
        for item in lens.classes
        for text in (item.description, *item.examples, *item.labelled)
    }
    assert {_normal(r["text"]) for r in labelled} <= examples
    assert not report & examples


def _normal(text: str) -> str:
    return " ".join(_words(text))
