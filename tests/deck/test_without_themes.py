"""A deck before (or without) the interview pipeline: the survey and the inventory only."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig
from synth.deck import write_deck
from synth.errors import DeckError
from synth.ingest.pipeline import ingest_engagement
from tests.conftest import make_engagement
from tests.deck.conftest import DATE, add_inventory

runner = CliRunner()


def _texts(slide: object) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)  # type: ignore[attr-defined]


@pytest.fixture
def ingested(tmp_path: Path) -> EngagementConfig:
    """A survey export and an interview read into the store; no themes (no synthesize)."""
    config = make_engagement(tmp_path / "uppdrag")
    ingest_engagement(config)
    return config


def test_without_themes_the_deck_shows_the_survey_and_the_inventory(
    ingested: EngagementConfig,
) -> None:
    add_inventory(
        ingested,
        {
            "bou-stab": ("Barn och utbildning", [("ekonomi", 1.0, 1.5, "sektor")]),
            "skola": ("Barn och utbildning", [("hr", 0.0, 0.6, "enhet")]),
        },
    )
    result = write_deck(ingested, ingested.root / "d.pptx", date=DATE)
    prs = Presentation(str(result.path))
    titles = [s.shapes.title.text for s in prs.slides]

    assert (result.observations, result.themes) == (0, False)
    assert result.charts > 0 and any(t.startswith("Chefsenkäten") for t in titles)
    assert any(any(s.has_chart for s in slide.shapes) for slide in prs.slides)
    assert "Sammanfattning" not in titles and "Bilaga: samtliga teman" not in titles
    fieldwork = _texts(prs.slides[titles.index("Uppdraget och genomförande")])
    assert "Inventering av stödresurser: 2 av 2 tillfrågade har svarat" in fieldwork
    assert "teman" not in fieldwork  # no "grupperade i 0 teman"
    method = _texts(prs.slides[titles.index("Bilaga: metod")])
    assert "Inventeringen av stödresurser" in method and "teman" not in method


def test_the_command_says_the_interview_slides_are_missing_and_why(
    ingested: EngagementConfig,
) -> None:
    target = ingested.root / "ut" / "d.pptx"
    result = runner.invoke(app, ["deck", str(ingested.root), "--out", str(target)])

    assert result.exit_code == 0, result.output
    assert "(0 iakttagelser" in result.output
    assert "inga teman ännu" in result.output and "synth synthesize" in result.output
    assert Presentation(str(target)).slides


def test_a_store_with_nothing_to_show_gives_no_deck_and_says_what_is_missing(
    tmp_path: Path,
) -> None:
    config = make_engagement(tmp_path / "uppdrag")  # nothing read yet
    target = tmp_path / "d.pptx"

    with pytest.raises(DeckError, match="inget att visa") as caught:
        write_deck(config, target, date=DATE)

    assert "synth synthesize" in str(caught.value) and "inga enkätsvar" in str(caught.value)
    assert not target.exists()
