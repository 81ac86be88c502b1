"""The collected chef survey in the deck, reopened with python-pptx as a consultant reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu

from synth.config import EngagementConfig
from synth.deck import write_deck
from synth.deck.measure import overflow, text_width
from synth.deck.survey import NEED_COLOURS, POSITIVE_COLOURS
from tests.deck.conftest import DATE, SURVEY_SECTORS, add_survey

FUNCTIONS = {
    "Ekonomi",
    "HR",
    "IT/digitalisering",
    "Kommunikation",
    "Verksamhetsutveckling",
    "Kansli/nämndadministration",
    "Upphandling",
    "Juridik",
    "Lokalförsörjning",
}


@pytest.fixture(scope="module")
def deck(drafted_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Presentation:
    import shutil

    from synth.config import load_config

    root = tmp_path_factory.mktemp("survey") / "exempelkommun"
    shutil.copytree(drafted_store, root)
    config: EngagementConfig = load_config(root)
    add_survey(config)
    target = root.parent / "deck.pptx"
    write_deck(config, target, date=DATE)
    return Presentation(str(target))


def slide_titled(prs: Presentation, start: str) -> object:
    found = [s for s in prs.slides if s.shapes.title.text.startswith(start)]
    assert found, f"no slide titled {start!r}: {[s.shapes.title.text for s in prs.slides]}"
    return found[0]


def chart_of(slide: object) -> object:
    (frame,) = [s for s in slide.shapes if s.has_chart]  # type: ignore[attr-defined]
    return frame.chart


def top_down(chart: object) -> list[str]:
    """The categories as the slide shows them, top first (a bar chart draws them bottom up)."""
    return [str(c).split(" (n=")[0] for c in reversed(list(chart.plots[0].categories))]  # type: ignore[attr-defined]


def agree(chart: object) -> list[float]:
    """Per category, top first, the share answering 4 or 5 (rounded: equal shares tie)."""
    series = list(chart.plots[0].series)  # type: ignore[attr-defined]
    return [round(a + b, 9) for a, b in zip(series[3].values, series[4].values, strict=True)][::-1]


def colours(chart: object) -> list[str]:
    return [str(s.format.fill.fore_color.rgb) for s in chart.plots[0].series]  # type: ignore[attr-defined]


def test_one_sorted_chart_per_statement_with_every_function_labelled(deck: Presentation) -> None:
    got = chart_of(slide_titled(deck, "Jag får det stöd jag behöver: lägst för"))
    assert set(top_down(got)) == FUNCTIONS
    shares = agree(got)
    assert shares == sorted(shares), "worst first"
    # the first function named in the title is the one at the top
    title = slide_titled(deck, "Jag får det stöd jag behöver: lägst för").shapes.title.text
    assert f"lägst för {top_down(got)[0]} " in title
    # every label is drawn: PowerPoint is told not to skip any
    skip = got.category_axis._element.find(qn("c:tickLblSkip"))
    assert skip is not None and skip.get("val") == "1"
    # no chart mixes statements into one long list of 29 bars any more
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_chart:
                assert len(list(shape.chart.plots[0].categories)) <= len(FUNCTIONS)


def test_a_need_is_coloured_as_a_need_and_sorted_most_needed_first(deck: Presentation) -> None:
    need = chart_of(slide_titled(deck, "Jag skulle behöva mer stöd än i dag: störst behov inom"))
    assert colours(need) == list(NEED_COLOURS)
    assert not set(colours(need)) & {"A9D18E", "548235"}, "no green for a high need"
    shares = agree(need)
    assert shares == sorted(shares, reverse=True), "most needed first"
    positive = chart_of(slide_titled(deck, "Jag får det stöd jag behöver"))
    assert colours(positive) == list(POSITIVE_COLOURS)


def test_breakdown_by_level_and_sector_holds_back_the_small_sector(deck: Presentation) -> None:
    slide = slide_titled(deck, "Jag får det stöd jag behöver: andel som instämmer per chefsnivå")
    (frame,) = [s for s in slide.shapes if s.has_table]
    table = frame.table
    headers = [table.cell(0, c).text for c in range(len(table.columns))]
    assert headers[:3] == ["Stödfunktion", "Alla svarande", "Första linjens chefer"]
    assert "Övriga chefer" in headers and "Barn och utbildning" in headers
    # Kommunledningskontoret has four respondents: no column, and the note says why
    assert "Kommunledningskontoret" not in headers
    note = next(s for s in slide.shapes if s.name == "Fotnot").text_frame.text
    assert "Kommunledningskontoret" in note and "färre än 5 svarande" in note
    rows = [table.cell(r, 0).text for r in range(1, len(table.rows))]
    assert set(rows) == FUNCTIONS
    # every group's name is whole at the table's size: no word broken over two lines
    for c, header in enumerate(headers):
        room = Emu(table.columns[c].width).pt - Emu(table.cell(0, c).margin_left).pt * 2
        assert all(text_width(w, 14, bold=True) <= room for w in header.split()), header
    sizes = {
        run.font.size.pt
        for row in table.rows
        for cell in row.cells
        for run in cell.text_frame.paragraphs[0].runs
    }
    assert min(sizes) >= 14
    # the cells are coloured by the share: not all alike
    fills = {str(table.cell(r, 1).fill.fore_color.rgb) for r in range(1, len(table.rows))}
    assert len(fills) > 1


def test_fieldwork_counts_the_collected_survey_against_those_it_went_to(
    deck: Presentation,
) -> None:
    text = "\n".join(s.text_frame.text for s in deck.slides[1].shapes if s.has_text_frame)
    sent = sum(s for s, _ in SURVEY_SECTORS.values())
    answered = sum(a for _, a in SURVEY_SECTORS.values())
    share = round(answered / sent * 100)
    assert (
        f"Chefsenkät: {answered} svar av {sent} tillfrågade (svarsfrekvens {share}\u00a0%)" in text
    )
    # the demo's own survey export comes on top of it, counted on its own line
    assert "Enkätexport: " in text


def test_method_slide_gives_the_response_rate_per_sector(deck: Presentation) -> None:
    # the method runs on to a second slide where it is long
    text = "\n".join(
        shape.text_frame.text
        for slide in deck.slides
        if slide.shapes.title is not None and slide.shapes.title.text.startswith("Bilaga: metod")
        for shape in slide.shapes
        if shape.has_text_frame
    )
    sent, answered = SURVEY_SECTORS["Barn och utbildning"]
    assert (
        f"Barn och utbildning {answered} av {sent} ({round(answered / sent * 100)}\u00a0%)" in text
    )
    assert "Kommunledningskontoret 4 av 10" in text
    # in the engagement's order of sectors
    assert text.index("Barn och utbildning 34") < text.index("Samhällsbyggnad 12")
    assert text.index("Vård och omsorg 27") < text.index("Samhällsbyggnad 12")


def test_where_support_sits_areas_and_numbers_are_shown(deck: Presentation) -> None:
    placement = chart_of(slide_titled(deck, "Stödet jag använder mest finns"))
    assert set(top_down(placement)) == FUNCTIONS
    assert [s.name for s in placement.plots[0].series][:2] == ["Centralt", "I sektorn"]
    areas = chart_of(slide_titled(deck, "Inom vilka områden skulle bättre stöd"))
    series = {s.name: list(s.values)[::-1] for s in areas.plots[0].series}
    assert set(series) == {"Alla svarande", "Första linjens chefer", "Övriga chefer"}
    assert series["Alla svarande"] == sorted(series["Alla svarande"], reverse=True)
    assert set(top_down(areas)) == FUNCTIONS
    for title in ("Hur många medarbetare", "Ungefär hur stor del av din arbetstid"):
        (frame,) = [s for s in slide_titled(deck, title).shapes if s.has_table]
        assert frame.table.cell(1, 0).text == "Alla svarande"


def test_survey_slides_fit(deck: Presentation) -> None:
    first = next(
        i for i, s in enumerate(deck.slides) if s.shapes.title.text.startswith("Jag får det")
    )
    for slide in list(deck.slides)[first : first + 12]:
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text:
                assert overflow(shape) == 0, (slide.shapes.title.text, shape.name)
