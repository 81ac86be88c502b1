"""Talk about the interview itself is set aside at ingest, counted, and never stored."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig, load_config
from synth.ingest.admin import is_admin_talk
from synth.ingest.pipeline import ingest_engagement
from synth.store import Store
from synth.text.sentences import split_sentences
from tests.conftest import DEMO

SHARED = Path(__file__).resolve().parents[3] / "shared"

ADMIN = [
    "Mejla mig gärna på [e-post] om du vill ha underlagen.",
    "Ring mig om ni undrar något.",
    "Mitt personnummer står på listan som ni fick.",
    "Tack för intervjun!",
    "Tack själv.",
    "Men tack själva.",
    "Och skicka gärna underlaget för inventeringen dit också, så ber jag någon fylla i det.",
    "Ska jag skicka presentationen?",
    "Jag skickar gärna vår systemförteckning till er efteråt.",
    "Får jag arvode för intervjun?",
    "Hör ni mig?",
    "Nu hör jag.",
    "Det hackade lite först, men nu är det bra.",
    "Då stänger vi av inspelningen nu.",
    "Och hör av er om ni vill ha siffror.",
    "Du kan ringa min assistent på 070-312 45 67, hon har koll på min kalender.",
    "Jag vill att medarbetarna ska känna sig trygga med att prata med er.",
    "Ni får gärna träffa er med controllerna också.",
]
# The same words, said about the organisation: kept.
SUBSTANTIVE = [
    "Jag skickar ett mejl till min verksamhetschef istället.",
    "När vi skickar ut en enkät får vi nästan inga svar.",
    "Tjänsteskrivelserna blev bättre, och de slutade ringa mig och klaga.",
    "Hennes rätta nummer är 19850312-4284, men lönen gick till fel konto.",
    "Underlagen till nämnden kommer för sent.",
    "Politikerna har höga arvoden men lite tid.",
    "Tack vare den nya HR-konsulten går rehabärendena snabbare.",
    "Tack till Anneli på HR som alltid ställer upp!",
    "Medborgarna ringer eller mejlar någon av oss direkt.",
    "Om jag skickar in en ansökan, vem handlägger den?",
    "Lifecare hackar hela tiden och ingen vet varför.",
    "Jag hör ofta att HR är långsamt.",
    "Cheferna pratar med varandra om det, men inte med HR.",
    "Vi berättar för nämnden vad vi behöver, men ingen lyssnar.",
]


@pytest.mark.parametrize("sentence", ADMIN)
def test_contact_details_logistics_and_thanks_are_admin_talk(sentence: str) -> None:
    assert is_admin_talk(sentence)


@pytest.mark.parametrize("sentence", SUBSTANTIVE)
def test_the_same_words_about_the_organisation_are_kept(sentence: str) -> None:
    assert not is_admin_talk(sentence)


@pytest.fixture
def demo_copy(tmp_path: Path) -> EngagementConfig:
    root = tmp_path / "exempelkommun"
    shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns("store.sqlite*", "cache", "outbox"))
    return load_config(root)


def test_the_demo_interviews_lose_their_admin_talk_and_the_report_counts_it(
    demo_copy: EngagementConfig,
) -> None:
    report = ingest_engagement(demo_copy)

    assert report.ok, report.rejected
    # contact details in four interviews and one survey answer ("ring [telefon] om ni vill
    # veta mer"), "hör av er" and "skicka gärna underlaget dit" in one each, an offer of
    # material in one, "Men tack själva" in one (a bare "Tack själv" was already dropped as a
    # filler; the interviewer's thanks are no statement), and the line checked in one ("Ja,
    # nu hör jag.", "Det hackade lite först, men nu är det bra."), and the kommundirektör
    # speaking of the interviewers ("… trygga med att prata med er")
    assert report.summary()["admin_set_aside"] == sum(report.admin.values()) == 12
    assert report.admin["inbox/01_kommundirektor.docx"] == 3
    assert report.admin["inbox/06_it_chef.vtt"] == 4
    assert report.admin["inbox/chefsenkat_export.csv"] == 1
    with Store.open(demo_copy.store_url) as store:
        texts = [s.text for s in store.statements()]
    said = " ".join(texts)
    assert "Mejla mig" not in said and "Ring mig på" not in said
    assert "[e-post]" not in said and "[telefon]" not in said
    assert "prata med er" not in said
    assert not any(t.startswith("Tack") and len(t.split()) < 8 for t in texts)
    # substance around the admin talk stays, and thanks that praise someone is substance
    assert "Tack till [namn] på HR som alltid ställer upp!" in texts
    assert "Jag skickar ett mejl till min verksamhetschef istället." in said


def test_ingest_says_how_many_sentences_were_set_aside(demo_copy: EngagementConfig) -> None:
    result = CliRunner().invoke(app, ["ingest", str(demo_copy.root)])

    assert result.exit_code == 0, result.output
    assert "meningar om själva intervjun" in result.output
    assert "ingår inte i analysen" in result.output


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds finns inte här")
def test_real_consultant_reports_lose_nothing() -> None:
    for report in sorted((SHARED / "seeds").glob("*.txt")):
        sentences = split_sentences(report.read_text(encoding="utf-8"))
        assert [s for s in sentences if is_admin_talk(s)] == [], report.name


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared/eval finns inte här")
def test_real_public_swedish_text_is_almost_never_taken_for_admin_talk() -> None:
    removed: list[str] = []
    total = 0
    for path in sorted((SHARED / "eval").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                sentences = split_sentences(row["text"])
                total += len(sentences)
                removed += [s for s in sentences if is_admin_talk(s)]
    # the one sentence removed is a forum post's "Maila och fråga … <address>": contact talk
    assert total > 9_000 and len(removed) <= 1, removed
