"""Where support sits, as a headline says it."""

from __future__ import annotations

import pytest

from synth.text.placement import operations_named, own_support


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


def test_the_level_a_headline_names_is_told_in_the_definite_plural() -> None:
    assert operations_named("Sektorn har anställt egna administratörer") == "sektorerna"
    assert operations_named("Förvaltningarna har egen IT") == "förvaltningarna"
    assert operations_named("Verksamheten har en egen controller") == "verksamheterna"
    assert operations_named("Kontoren har egna assistenter") == "kontoren"
    assert operations_named("Förvaltningen har egen IT") is None
    assert operations_named("HR-konsulten svarar samma dag") is None
