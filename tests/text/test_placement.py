"""Where support sits, as a headline says it."""

from __future__ import annotations

import pytest

from synth.text.placement import (
    asked_role,
    operations_named,
    own_support,
    owns_other,
    settles_placement,
)


@pytest.mark.parametrize(
    ("headline", "said"),
    [
        ("Sektorerna har byggt upp egna resurser vid sidan av", True),
        ("Sektorn har anställt egna administratörer", True),
        ("Verksamheterna har egna controllers", True),
        ("Förvaltningarna har egen IT-personal", True),
        ("Sektorn har anställt egna IT-tekniker", True),
        ("Verksamheterna har byggt upp egna små stödfunktioner", True),
        ("Det har vuxit fram en skuggorganisation", True),
        # the central administration, no level out there, nothing of their own, or denied
        ("Förvaltningen har egen IT-personal", False),
        # their own routines, systems or goals are no support
        ("Enheterna har egna rutiner för inköp", False),
        ("Verksamheterna har egna system", False),
        ("Sektorerna har egna mål ovanpå nämndens", False),
        ("Det finns en egen budget", False),
        ("Sektorerna har olika rutiner", False),
        ("Sektorerna har inga egna resurser", False),
        ("Enhetschefen har ingen egen administratör", False),
    ],
)
def test_a_headline_that_the_operations_keep_support_of_their_own(
    headline: str, said: bool
) -> None:
    assert own_support(headline) is said


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # something of their own that is no support, or support of someone else's own:
        # no evidence that the operations keep support of their own (blind reviews 160 and
        # 161 found the sectors' intranet pages the first line under that finding)
        ("I en intervju beskrivs att sektorerna har sina egna sidor som ingen uppdaterar.", True),
        ("Sektorerna tar fram egna rutiner som krockar med HR:s.", True),
        (
            "I en intervju beskrivs att det formellt är sektorn som är systemägare, men IT har "
            "den tekniska förvaltningen, och leverantören har sina egna konsulter.",
            True,
        ),
        ("Sektorerna har inga egna resurser.", True),
        # the operations' own support, a function by its abbreviation too
        (
            "I en fokusgrupp beskrivs att sektorn har anställt egna administratörer och en egen "
            "kommunikatör för att det inte fungerar centralt.",
            False,
        ),
        ("Förvaltningarna har egen IT.", False),
        # nothing of anyone's own
        ("Vi har ju två IT-tekniker som sektorn själv anställde.", False),
    ],
)
def test_a_line_of_something_of_someones_own_that_is_no_support_of_the_operations(
    line: str, other: bool
) -> None:
    assert owns_other(line) is other


def test_the_level_a_headline_names_is_told_in_the_definite_plural() -> None:
    assert operations_named("Sektorn har anställt egna administratörer") == "sektorerna"
    assert operations_named("Förvaltningarna har egen IT") == "förvaltningarna"
    assert operations_named("Verksamheten har en egen controller") == "verksamheterna"
    assert operations_named("Kontoren har egna assistenter") == "kontoren"
    assert operations_named("Förvaltningen har egen IT") is None
    assert operations_named("HR-konsulten svarar samma dag") is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Inför en administratör per verksamhetsområde som avlastar enhetscheferna.",
            "administratör",
        ),
        (
            "Gör det lättare, till exempel med en kommunikatör som hjälper till med texter.",
            "kommunikatör",
        ),
        ("Anställ fler HR-konsulter.", "konsulter"),
        ("Ge sektorn en egen IT-tekniker.", "tekniker"),
        # placed centrally or shared already: it says where it goes
        ("Inför en gemensam administratör för alla sektorer.", None),
        ("Förstärk det centrala stödet med en controller.", None),
        # no support role: a contact, someone, a technique
        ("Inför en tydlig lokalförsörjningsprocess med en kontaktperson.", None),
        ("Ge stöd i upphandling tidigt, någon som hjälper till.", None),
        ("Inför en ny teknik för att följa ärenden.", None),
    ],
)
def test_the_support_role_a_recommendation_brings_in(text: str, role: str | None) -> None:
    assert asked_role(text) == role


def test_a_recommendation_settles_placement_where_it_names_both_levels() -> None:
    principles = "Ta fram principer för vilket stöd som ska finnas centralt och i sektorerna."
    assert settles_placement(principles) == "sektorerna"
    assert settles_placement("Stärk stödet i verksamheterna.") is None
    assert settles_placement("Samla stödet centralt.") is None
