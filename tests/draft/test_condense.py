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
        ("En väg in, helt enkelt.", "En väg in"),
        ("Och egentligen en väg in.", "En väg in"),
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


def test_what_is_hard_to_get_from_a_thing_named_last_is_made_easier() -> None:
    """The headline "Det är svårt att få hjälp från kommunikation" (`unfronted`) calls for
    what "Kommunikation är svårt att få hjälp från" called for; a "det" that names nothing
    it is hard to get from calls for nothing."""
    from synth.draft.condense import remedy

    assert remedy("Det är svårt att få hjälp från kommunikation") == (
        "Gör det lättare att få hjälp från kommunikation."
    )
    assert remedy("Det är svårt att få svar från IT") == "Gör det lättare att få svar från IT."
    assert remedy("Det är svårt att rekrytera") is None
    assert remedy("Det är svårt att få tag på dem") is None
    assert remedy("Det är svårt att veta vart man ska vända sig") is None


def test_a_remedys_end_is_told_as_what_another_recommendation_gains() -> None:
    """What shortening lead times or making something easier achieves, after the
    recommendation that gets there; nothing for a remedy whose end is its act."""
    from synth.draft.condense import purpose

    assert purpose("Korta ledtiderna för IT-ärenden.") == (
        "så att ledtiderna för IT-ärenden blir kortare"
    )
    assert purpose("Gör det lättare att läsa rapporterna.") == (
        "så att det blir lättare att läsa rapporterna"
    )
    assert purpose("Tydliggör vem som äger systemen.") is None
    assert purpose("Ta fram principer för vilket stöd som ska finnas centralt.") is None
