"""The demo engagement is what a new user sees first: it must run and be clean."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synth.cli import app
from synth.config import load_config
from synth.ingest.pipeline import inbox_files
from synth.roster import read_interview_log, read_recipients
from tests.writing import deck_writing_problems

DEMO = Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"
PLANTED = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+"  # e-mail
    r"|\b0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2,3}\b"  # Swedish phone numbers
    r"|\b(?:19|20)?\d{6}[-+]?\d{4}\b"  # personnummer shapes
)


def test_every_demo_transcript_has_a_log_row() -> None:
    config = load_config(DEMO)
    log = read_interview_log(DEMO / "intervjuer.xlsx")
    transcripts = [p.name for p in inbox_files(config) if p.suffix != ".csv"]
    assert len(transcripts) == 12
    assert sorted(log) == sorted(transcripts)
    kinds = {meta.type.value for meta in log.values()}
    assert {"intervju", "gruppintervju", "fokusgrupp"} <= kinds


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """`synth demo` once, with the real sentence model: (engagement, outputs, its output)."""
    root = tmp_path_factory.mktemp("demo")
    target, outputs = root / "demo", root / "outputs"
    result = CliRunner().invoke(app, ["demo", str(target), "--outputs", str(outputs)])
    assert result.exit_code == 0, result.output
    return target, outputs, result.output


@pytest.mark.slow
def test_demo_runs_offline_and_leaks_no_planted_personal_data(
    demo_run: tuple[Path, Path, str],
) -> None:
    _, outputs, output = demo_run
    assert "Avvisad" not in output
    (export,) = outputs.rglob("uttalanden.csv")
    with export.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 300
    by_type = {row["source_type"] for row in rows}
    assert {"intervju", "fokusgrupp", "enkät"} <= by_type
    names = set(read_interview_log(DEMO / "intervjuer.xlsx").values())
    people = {n for meta in names for n in (*meta.participants, *meta.interviewers)}
    people |= {r.name for r in read_recipients(DEMO / "mottagare.xlsx")}
    text = "\n".join(row["text"] for row in rows)
    leaked = sorted(name for name in people if re.search(rf"\b{re.escape(name)}\b", text))
    assert leaked == []
    assert [m.group() for m in PLANTED.finditer(text)] == []
    # the transcripts' phone numbers and e-mail addresses are all contact details ("Mejla mig
    # på …"): set aside at ingest as talk about the interview; a personnummer in an account
    # of a payroll error is substance, kept and pseudonymised
    assert "[namn]" in text and "[personnummer]" in text
    assert "[telefon]" not in text and "[e-post]" not in text


@pytest.mark.slow
def test_the_demo_deck_reads_as_a_consultants_findings(demo_run: tuple[Path, Path, str]) -> None:
    target, outputs, _ = demo_run
    (deck,) = outputs.rglob("iakttagelser.pptx")
    assert deck_writing_problems(deck, load_config(target)) == []


@pytest.mark.slow
def test_under_the_chefs_rating_stands_what_else_is_said_of_its_function(
    demo_run: tuple[Path, Path, str],
) -> None:
    """Blind reviews 164 and 165: under "Lokalförsörjning får lågt betyg …", headed so
    because two answers in the same words were all its finding had, the other lokal
    material was missing ("Lokalfrågor fastnar och ingen tar ansvar")."""
    from pptx import Presentation

    _, outputs, _ = demo_run
    (deck,) = outputs.rglob("iakttagelser.pptx")
    (slide,) = [
        s
        for s in Presentation(str(deck)).slides
        if s.shapes.title.text.startswith("Lokalförsörjning får lågt betyg i chefsenkäten")
    ]
    text = "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    assert "beskriver i enkäten att lokalfrågor fastnar och ingen tar ansvar." in text
    assert "lokalförsörjningsplanen finns men följs inte" in text
    # "köpa lokalt" says where, not what
    assert "lokalt" not in text
    # counted as the lines are: not "Nämns i 2 enkätsvar med samma ordalydelse"
    assert "Nämns i 5 enkätsvar" in text


@pytest.mark.slow
def test_the_survey_charts_notes_say_whom_they_leave_out(demo_run: tuple[Path, Path, str]) -> None:
    """The first chart is of the chefs outside the Kommunledningskontoret, whose own chefs
    run several of the functions; blind review 157 found its notes saying "Alla svarande"."""
    from pptx import Presentation

    _, outputs, _ = demo_run
    (deck,) = outputs.rglob("iakttagelser.pptx")
    (first,) = [
        s
        for s in Presentation(str(deck)).slides
        if s.shapes.title.text.startswith("Chefsenkäten: nöjdhet med stödet")
    ]
    notes = first.notes_slide.notes_text_frame.text
    assert notes.startswith("Alla svarande utom cheferna i Kommunledningskontoret: ")


@pytest.mark.slow
def test_the_demo_shows_the_support_resource_inventory(demo_run: tuple[Path, Path, str]) -> None:
    from pptx import Presentation

    _, outputs, output = demo_run
    assert "Ifyllda formulär insamlade: 10 (stodresurser)" in output
    (deck,) = outputs.rglob("iakttagelser.pptx")
    texts = [
        "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        for slide in Presentation(str(deck)).slides
    ]
    assert any("Inventering av stödresurser: 10 av 12 tillfrågade har svarat" in t for t in texts)
    # and the notes say which lists the counts of those asked come from (blind reviews
    # 143-145 found "180" and "12" nowhere in the material)
    fieldwork = next(
        slide.notes_slide.notes_text_frame.text
        for slide in Presentation(str(deck)).slides
        if slide.shapes.title.text == "Uppdraget och genomförande"
    )
    assert fieldwork == (
        "Var siffrorna kommer ifrån: de 180 tillfrågade i chefsenkäten är raderna i "
        "mottagarlistan (mottagare.xlsx); de 12 tillfrågade i inventeringen av stödresurser "
        "är de som formuläret skickades till (ledning.xlsx); vilka som har svarat visar "
        "synth status; intervjudatumen står i intervjuloggen (intervjuer.xlsx)."
    )
    # what the sector heads told the interviewers is in the figures: work done beyond the
    # budget out in the sectors, and how much support the sectors hold themselves
    assert any(t.split("\n")[0].endswith("saknar budget, mest i Vård och omsorg") for t in texts)
    bedomning = "\n".join(t for t in texts if t.startswith("Bedömning"))
    # and that it supports the finding the sector heads told (blind review 75), in the
    # point that names it, after the reason the focus groups give (blind reviews 127-129)
    flat = " ".join(bedomning.split())
    assert (
        "I merparten av intervjuerna beskrivs också att sektorerna har byggt upp egna resurser "
        "vid sidan av; som skäl anges i två fokusgrupper att det inte fungerar centralt. "
        "Inventeringen av stödresurser visar omfattningen: 16,6 åa finns ute i verksamheterna "
        "inom sju stödfunktioner som också finns centralt, 2,1 åa av dem utan budget"
    ) in flat
    # what no unit affirms of the support: a table of its own, and in the assessment what
    # bears out the pattern that responsibility is unclear
    finding = (
        "Ingen av de tio svarande anger att det finns en överenskommelse om vad stödet ska leverera"
    )
    assert any(t.startswith(finding) for t in texts)
    assert f"Inventeringen pekar åt samma håll: {finding[0].lower()}{finding[1:]}." in bedomning
    # the support out there beside the central posts not filled, and why, over the central
    # administration as a whole (no one's leave in a small unit)
    assert (
        "som också finns centralt, 2,1 åa av dem utan budget, samtidigt som den centrala "
        "förvaltningen har 9,6 åa färre i "
        "praktiken än i budget (67,4 mot 77,0; enligt svaren vakanser och tillfällig frånvaro "
        "för 6,6 åa av dem)."
    ) in flat
    assert "skillnaden är enligt svaren tillfällig frånvaro" not in " ".join(texts)


@pytest.mark.slow
def test_the_demo_deck_ends_on_next_steps_drawn_from_its_material(
    demo_run: tuple[Path, Path, str],
) -> None:
    """Blind review 139: the deck ended on twelve recommendations with no sequence, the
    observations never tested back on those interviewed, and the inventory's gaps unsaid.
    The steps name what the material lacks: the answers the inventory lacks (the deck's
    "10 av 12") and the function the chefs rate on a slide of its own that no one
    inventoried reports; then the testing back, the decision the recommendations adding
    staff wait on, and the results told back to the chefs."""
    from pptx import Presentation

    _, outputs, _ = demo_run
    (deck,) = outputs.rglob("iakttagelser.pptx")
    slides = {slide.shapes.title.text: slide for slide in Presentation(str(deck)).slides}
    titles = list(slides)
    assert titles.index("Rekommendationer (forts.)") < titles.index("Nästa steg")
    assert titles.index("Nästa steg") < titles.index("Bilaga: metod")
    steps = [
        p.text
        for shape in slides["Nästa steg"].placeholders
        if shape.placeholder_format.idx != 0 and shape.has_text_frame
        for p in shape.text_frame.paragraphs
        if p.text.strip() and not p.text.strip().isdigit()
    ]
    # the weakness two survey answers in the same words said, under the chefs' rating
    lowest = (
        titles.index("Lokalförsörjning får lågt betyg i chefsenkäten: 43\u00a0% ger 1–2 av\u00a05")
        + 1
    )
    assert steps[0] == (
        "Komplettera inventeringen av stödresurser med svar från de 2 av 12 tillfrågade som "
        f"inte har svarat, och med lokalförsörjning (bild {lowest}), som cheferna "
        "betygsätter i enkäten men som ingen av de svarande redovisar årsarbetare för."
    )
    # what the interviews say the sectors keep and their answers leave out (blind review
    # 162): Vård och omsorg's systemförvaltare, Barn och utbildning's HR-administration
    assert steps[1] == (
        "Stäm av inventeringen av stödresurser med sektorerna: IT/digitalisering i Vård "
        "och omsorg och HR/personal och lön i Barn och utbildning nämns i intervjuerna men "
        "inte i sektorernas svar."
    )
    steps = steps[:1] + steps[2:]
    # and under the inventory's table, whose figures it goes beyond
    tabled = " ".join(
        shape.text_frame.text
        for slide in slides.values()
        if "Funktion"
        in [c.text for s in slide.shapes if s.has_table for c in s.table.rows[0].cells]
        for shape in slide.shapes
        if shape.has_text_frame
    )
    assert (
        "I intervjuerna nämns därtill IT/digitalisering i Vård och omsorg och HR/personal och "
        "lön i Barn och utbildning, som inte finns i sektorernas svar." in " ".join(tabled.split())
    )
    assert steps[1].startswith("Stäm av iakttagelserna med de intervjuade")
    assert steps[3] == (
        "Återkoppla resultatet till cheferna som fick chefsenkäten och till dem som "
        "deltog i fokusgrupperna."
    )
    # the figures to check before the deck is shown are in the notes, not the team's
    # homework before the kommundirektör (blind review 140); which units have not answered
    # is left to `synth status --saknade`: each is one manager (blind reviews 140-143)
    notes = slides["Nästa steg"].notes_slide.notes_text_frame.text
    assert "synth status --saknade" in notes
    assert "Näringsliv" not in notes and "Funktionsstöd" not in notes
    assert (
        "Stäm av siffrorna om utvecklingssituationen i bilagan mot kommunens "
        "egen statistik." in notes
    )
    # the numbers it names are the recommendations that add staff and the one on where
    # support belongs, as the recommendations' slides tell them
    deciding = re.fullmatch(
        r"Ta ställning till rekommendation (\d+) först: var administratörerna i "
        r"rekommendation (\d+) och kommunikatören i (\d+) ska finnas avgörs av den\.",
        steps[2],
    )
    assert deciding is not None
    # every slide of them: the titles of the continued ones are alike
    told = "\n".join(
        s.text_frame.text
        for slide in Presentation(str(deck)).slides
        if slide.shapes.title.text.startswith("Rekommendationer")
        for s in slide.placeholders
        if s.has_text_frame
    )
    # the norm for the chefs' many staff says what it takes, counted on the survey
    # (blind reviews 141 and 142 counted it themselves), at the figure a focus group
    # named, from staff moved between units to each unit split, the biträdande rektorer
    # left out said (blind review 143)
    assert (
        "Sätt ett riktvärde för hur många medarbetare en chef ska leda" in told
        and "Med högst 30 medarbetare per chef, som föreslås i en fokusgrupp, behövs 13–23 "
        "rektorer till, räknat på dem som svarat på chefsenkäten"
        in " ".join(told.split())
        and "De 12 biträdande rektorerna, som också har svarat" in " ".join(told.split())
    )
    # but not where the chefs' own count of their staff is more than the sector employs:
    # 1 619 medarbetare for the 47 enhetschefer of Vård och omsorg, whose inventory gives
    # 1 280 and 120 (blind review 156: no plausibility check; reviews 158 and 159: a
    # figure the deck doubts is no base for "7–26 enhetschefer till")
    assert (
        "Vård och omsorg är inte medräknad: där anger de svarande enhetscheferna fler "
        "medarbetare än sektorn har anställda enligt inventeringen (1 619 mot 1 400)"
        in " ".join(told.split())
    )
    assert "enhetschefer till" not in " ".join(told.split())
    # nor does the headline claim it
    assert "68\u00a0% av de svarande rektorerna leder 40 medarbetare eller fler" in slides
    # as does the assessment, where it gives the shares
    judged = " ".join(
        s.text_frame.text
        for slide in Presentation(str(deck)).slides
        if slide.shapes.title.text.startswith("Bedömning")
        for s in slide.placeholders
        if s.has_text_frame
    )
    assert "47 % av dem med rollen enhetschef i Vård och omsorg" in " ".join(judged.split())
    assert "(1 619 mot 1 400), så talet där är troligen för högt." in " ".join(judged.split())
    # and the appendix's table, which shows every group, says it beside the number (blind
    # reviews 163 and 164: "the caveat belongs next to the number")
    tabled = next(
        slide
        for slide in Presentation(str(deck)).slides
        if slide.shapes.title.text.startswith("Bilaga: chefsenkäten, rektor")
    )
    assert any(
        "(1 619 mot 1 400), så talet där är troligen för högt"
        in " ".join(shape.text_frame.text.split())
        for shape in tabled.shapes
        if shape.has_text_frame
    )
    # the role whose place recommendation 1 decides, by name: not the new chefs
    assert "Var administratörerna ska finnas, centralt eller i sektorerna" in told
    first, *adding = deciding.groups()
    assert first == "1" and told.count(f"avgörs enligt rekommendation {first}") == 1
    assert told.count(f"avgörs likaså enligt rekommendation {first}") == len(adding) - 1
    # no name of a person: the units answer the inventory
    names = {r.name for r in read_recipients(DEMO / "mottagare.xlsx")}
    assert not any(name in " ".join(steps) for name in names)


@pytest.mark.slow
def test_an_inventory_still_open_is_presented_as_preliminary(
    demo_run: tuple[Path, Path, str], tmp_path: Path
) -> None:
    import datetime as dt

    from pptx import Presentation

    from synth.deck import write_deck

    target, _, _ = demo_run
    config = load_config(target)
    # the demo's inventory is due on 4 December, and two of twelve have not answered
    assert config.mail.deadline == dt.date(2026, 12, 4)

    def fieldwork(day: dt.date) -> str:
        deck = write_deck(config, tmp_path / f"{day}.pptx", date=day).path
        (slide,) = [
            s for s in Presentation(str(deck)).slides if s.shapes.title.text.startswith("Uppdraget")
        ]
        return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)

    assert (
        "Inventering av stödresurser: 10 av 12 tillfrågade har svarat (preliminärt: svarstiden "
        "går ut 4 december 2026)"
    ) in fieldwork(dt.date(2026, 12, 2))
    closed = fieldwork(dt.date(2026, 12, 5))
    assert "Inventering av stödresurser: 10 av 12 tillfrågade har svarat" in closed
    assert "preliminärt" not in closed
