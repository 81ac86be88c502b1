"""Where support sits, as a headline says it."""

from __future__ import annotations

import pytest

from synth.text.placement import own_support


@pytest.mark.parametrize(
    ("headline", "said"),
    [
        ("Sektorerna har byggt upp egna resurser vid sidan av", True),
        ("Sektorn har anställt egna administratörer", True),
        ("Verksamheterna har egna controllers", True),
        ("Förvaltningarna har egen IT", True),
        ("Det har vuxit fram en skuggorganisation", True),
        # the central administration, no level out there, nothing of their own, or denied
        ("Förvaltningen har egen IT", False),
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
