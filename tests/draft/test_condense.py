"""Statements as written lines: spoken openings and tags dropped (`synth.draft.condense`)."""

from __future__ import annotations

import pytest

from synth.draft.condense import headline_text, without_opening


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # a tag after what is said says nothing of it (an appendix headline of the demo)
        (
            "Kansliet är nämndernas och kommunstyrelsens sekretariat, kan man säga.",
            "Kansliet är nämndernas och kommunstyrelsens sekretariat",
        ),
        ("Det är ett lapptäcke, liksom.", "Det är ett lapptäcke"),
        # an opening and a tag both
        ("Ja, alltså, det tar tid, skulle jag säga.", "Det tar tid"),
        # the words inside a sentence are what it says
        (
            "Man kan säga att kansliet är sekretariatet.",
            "Man kan säga att kansliet är sekretariatet",
        ),
    ],
)
def test_a_headline_is_what_was_said_without_what_is_only_spoken(said: str, written: str) -> None:
    assert headline_text(said) == written


def test_a_fronted_adverbial_stays_where_no_opening_was_dropped() -> None:
    assert without_opening("Nu är det svårt, liksom.") == "Nu är det svårt."
