"""The written deck, opened again with python-pptx: what a consultant would check."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import PP_PLACEHOLDER
from sqlalchemy import select
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig
from synth.deck import write_deck
from synth.deck.content import PERSPECTIVES
from synth.deck.measure import overflow, shape_paras
from synth.errors import DeckError
from synth.ingest.interview_log import read_interview_log
from synth.store import Store
from synth.store.schema import ThemeRow
from synth.store.themes import load_themes
from tests.deck.conftest import DATE

OBSERVATION_TITLES = {title for _, title in PERSPECTIVES.values()}


def titles(prs: Presentation) -> list[str]:
    return [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]


def texts(slide: object) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)  # type: ignore[attr-defined]


def themes(config: EngagementConfig) -> list[object]:
    store = Store.open(config.store_url)
    try:
        return [t for t in load_themes(store) if t.status == "active" and t.perspective]
    finally:
        store.close()


def curate(config: EngagementConfig, **changes: dict[str, object]) -> None:
    """Set curated columns of themes in the store, as an imported workbook would."""
    store = Store.open(config.store_url)
    try:
        with store.session() as session:
            for row in session.scalars(select(ThemeRow)):
                for column, values in changes.items():
                    if row.id in values:
                        setattr(row, column, values[row.id])
    finally:
        store.close()


@pytest.fixture
def written(demo: EngagementConfig, tmp_path: Path) -> tuple[EngagementConfig, Presentation]:
    target = tmp_path / "out" / "iakttagelser.pptx"
    result = write_deck(demo, target, date=DATE)
    assert result.path == target and result.slides == len(Presentation(str(target)).slides)
    return demo, Presentation(str(target))


def test_the_deck_tells_the_story_in_order(written: tuple[EngagementConfig, Presentation]) -> None:
    config, prs = written
    names = titles(prs)
    assert names[0] == "Genomlysning av kommunens stödfunktioner"
    assert "Exempelkommun" in texts(prs.slides[0]) and "25 november 2026" in texts(prs.slides[0])
    assert names[1:4] == [
        "Uppdraget och genomförande",
        "Sammanfattning",
        "Starka sidor och svaga sidor",
    ]
    fieldwork = texts(prs.slides[1])
    assert "9 individuella intervjuer" in fieldwork
    assert "3 gruppintervjuer och fokusgrupper" in fieldwork
    assert "152 svar av 180 tillfrågade (svarsfrekvens 84\u00a0%)" in fieldwork
    store = Store.open(config.store_url)
    try:
        stored = store.status().statements
    finally:
        store.close()
    assert f"{stored} uttalanden" in fieldwork
    order = [n.removesuffix(" (forts.)") for n in names]
    sections = [
        "Iakttagelser om utvecklingssituationen",
        "Iakttagelser om strukturen",
        "Iakttagelser om aktörerna",
        "Chefsenkäten: nöjdhet med stödet",
        "Bilaga: metod",
        "Bilaga: samtliga teman",
    ]
    firsts = [order.index(section) for section in sections]
    assert firsts == sorted(firsts)
    strengths = prs.slides[3]
    left, right = sorted(
        (s for s in strengths.placeholders if s.placeholder_format.type == PP_PLACEHOLDER.OBJECT),
        key=lambda s: s.left,
    )
    assert left.text_frame.text.startswith("Starka sidor")
    assert right.text_frame.text.startswith("Svaga sidor")
    assert "/9 intervjuer" in right.text_frame.text


def test_every_included_theme_has_an_observation_with_its_evidence_in_the_notes(
    written: tuple[EngagementConfig, Presentation],
) -> None:
    config, prs = written
    observed = [s for s in prs.slides if s.shapes.title.text in OBSERVATION_TITLES]
    by_theme = {s.notes_slide.notes_text_frame.text.split()[1]: s for s in observed}
    expected = [t for t in themes(config) if t.id != "ÖVRIGT"]
    assert sorted(by_theme) == sorted(t.id for t in expected)
    quoted = 0
    for theme in expected:
        slide = by_theme[theme.id]
        body = texts(slide)
        assert theme.label in body
        assert theme.breadth_text[1:] in body
        bullets = [p for p in shape_paras(slide.placeholders[1]) if p.bullet]
        assert 1 <= len(bullets) <= 4
        notes = slide.notes_slide.notes_text_frame.text
        assert all(sid in notes for sid in theme.statement_ids)
        assert all(sid.split(".")[0] in notes for sid in theme.statement_ids)
        quotes = [p for p in body.split("\n") if p.startswith("\u201d")]
        assert len(quotes) <= 2 and all(q.endswith("\u201d") for q in quotes)
        quoted += bool(quotes)
    # a theme goes without a quote only when its one quote is its headline
    assert quoted >= 0.8 * len(expected)


def test_only_included_themes_appear_in_the_consultants_order(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    structural = [t for t in themes(demo) if t.perspective == "strukturer"]
    dropped, *kept = structural
    reordered = list(reversed(kept))
    curate(
        demo,
        include={dropped.id: False},
        ordering={t.id: i for i, t in enumerate(reordered, start=1)},
        custom_label={dropped.id: "Ett tema som konsulten valde bort"},
    )
    prs = Presentation(str(write_deck(demo, tmp_path / "d.pptx", date=DATE).path))
    everything = "\n".join(texts(s) for s in prs.slides)
    assert "Ett tema som konsulten valde bort" not in everything
    shown = [
        s.notes_slide.notes_text_frame.text.split()[1]
        for s in prs.slides
        if s.shapes.title.text == "Iakttagelser om strukturen"
    ]
    assert list(dict.fromkeys(shown)) == [t.id for t in reordered]


def test_survey_results_are_native_stacked_bar_charts(
    written: tuple[EngagementConfig, Presentation],
) -> None:
    _, prs = written
    slide = next(s for s in prs.slides if s.shapes.title.text == "Chefsenkäten: nöjdhet med stödet")
    (frame,) = [s for s in slide.shapes if s.has_chart]
    chart = frame.chart
    assert chart.chart_type == XL_CHART_TYPE.BAR_STACKED_100
    plot = chart.plots[0]
    categories = list(plot.categories)
    # drawn bottom up: the survey's first function is the last category, at the top
    assert categories[-1].startswith("Ekonomi (n=")
    assert any(c.startswith("HR (n=") for c in categories)
    assert [s.name for s in plot.series] == ["1", "2", "3", "4", "5"]
    for i in range(len(categories)):
        assert sum(series.values[i] for series in plot.series) == pytest.approx(1.0)
    sector_slides = [
        t for t in titles(prs) if t.startswith("Chefsenkäten: ") and "nöjdhet" not in t
    ]
    assert sector_slides == [
        "Chefsenkäten: Barn och utbildning",
        "Chefsenkäten: Vård och omsorg",
        "Chefsenkäten: Samhällsbyggnad",
        "Chefsenkäten: Kommunledningskontoret",
    ]


def test_groups_under_the_anonymity_threshold_are_not_shown_and_the_slide_says_so(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    strict = demo.model_copy(
        update={"engagement": demo.engagement.model_copy(update={"anonymity_threshold": 30})}
    )
    prs = Presentation(str(write_deck(strict, tmp_path / "d.pptx", date=DATE).path))
    names = titles(prs)
    # Kommunledningskontoret has 18 respondents and Samhällsbyggnad 24
    assert "Chefsenkäten: Kommunledningskontoret" not in names
    assert "Chefsenkäten: Samhällsbyggnad" not in names
    assert "Chefsenkäten: Vård och omsorg" in names
    first = prs.slides[names.index("Chefsenkäten: nöjdhet med stödet")]
    assert (
        "färre än 30 svarande redovisas inte separat: Samhällsbyggnad, Kommunledningskontoret"
        in texts(first)
    )
    # in Barn och utbildning 28 answered the question on legal support
    school = prs.slides[names.index("Chefsenkäten: Barn och utbildning")]
    (frame,) = [s for s in school.shapes if s.has_chart]
    categories = list(frame.chart.plots[0].categories)
    assert min(int(c.split("n=")[1].rstrip(")")) for c in categories) >= 30
    assert not any(c.startswith("Juridik") for c in categories)
    assert "Visas inte (färre än 30 svar): Juridik" in texts(school)


def test_no_text_overflows_its_frame_and_body_text_stays_readable(
    written: tuple[EngagementConfig, Presentation],
) -> None:
    _, prs = written
    measured = 0
    for number, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text:
                assert overflow(shape) == 0, (slide.shapes.title.text, shape.name)
                if (
                    shape.is_placeholder
                    and shape.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
                ):
                    assert shape.text_frame.text == str(number)
                else:
                    assert min(p.size for p in shape_paras(shape)) >= 14
                measured += 1
    assert measured > 60


def test_a_long_list_continues_on_a_forts_slide(demo: EngagementConfig, tmp_path: Path) -> None:
    long = " ".join(["En rubrik som konsulten skrivit alldeles för lång och utförlig"] * 3)
    curate(demo, custom_label={t.id: f"{long} ({t.id})" for t in themes(demo)})
    prs = Presentation(str(write_deck(demo, tmp_path / "d.pptx", date=DATE).path))
    names = titles(prs)
    assert "Sammanfattning (forts.)" in names
    assert names.count("Bilaga: samtliga teman (forts.)") >= 2
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text:
                assert overflow(shape) == 0


def test_personal_data_stops_the_deck_with_a_message_that_does_not_repeat_it(
    demo: EngagementConfig, tmp_path: Path
) -> None:
    name = read_interview_log(demo.root / "intervjuer.xlsx")["03_sektorschef_vo.docx"].participants[
        0
    ]
    theme = themes(demo)[0]
    curate(demo, custom_label={theme.id: f"Stödet fungerar enligt {name} bra"})
    target = tmp_path / "d.pptx"
    with pytest.raises(DeckError) as caught:
        write_deck(demo, target, date=DATE)
    message = str(caught.value)
    assert f"i tema {theme.id} (rubrik)" in message and "namn" in message
    assert name not in message and name.split()[-1] not in message
    assert not target.exists()


def test_the_same_store_gives_the_same_file(demo: EngagementConfig, tmp_path: Path) -> None:
    first = write_deck(demo, tmp_path / "a.pptx", date=DATE).path.read_bytes()
    second = write_deck(demo, tmp_path / "b.pptx", date=DATE).path.read_bytes()
    assert first == second


def test_the_command_writes_the_deck(demo: EngagementConfig, tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    result = CliRunner().invoke(app, ["deck", str(demo.root), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert "bilder" in result.output and target.is_file()
    missing = CliRunner().invoke(
        app, ["deck", str(demo.root), "--out", str(target), "--template", str(tmp_path / "x.pptx")]
    )
    assert missing.exit_code == 1 and "mallen finns inte" in missing.output
