"""Swedish cues of what a sentence voices (`synth.synthesis.cues`)."""

from __future__ import annotations

import pytest

from synth.synthesis.cues import misgiving


@pytest.mark.parametrize(
    "sentence",
    [
        # public Swedish text nobody here wrote (../shared/eval: argsent, ABSAbank-Imm)
        "En oro är att kloning i forskning på mänskliga stamceller kommer att leda till "
        "reproduktiv kloning av människor.",
        "Jag delar oron som remissinstanserna ger uttryck för.",
        "Svenskar är väldigt rädda för att klassas som främlingsfientliga.",
        # and as an interview says it
        "Sektorerna är lite mer skeptiska, de är rädda att förlora sina egna resurser.",
        "Jag är lite kluven.",
        "Men jag är orolig att det blir ett lager till.",
    ],
)
def test_worry_and_doubt_are_misgivings(sentence: str) -> None:
    assert misgiving(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a worry taken back is none (ABSAbank-Imm)
        "De som når upp till en viss inkomst kommer att få lov att stanna utan att de "
        "behöver vara oroliga för att deras skäl inte längre ska räcka.",
        "Det finns ingen oro för det i sektorerna.",
        # "rädda" alone is also the verb "save"
        "Vi försökte rädda budgeten med vakanser.",
        "Sektorerna vill ha en väg in till stödet.",
    ],
)
def test_no_misgiving_without_worry(sentence: str) -> None:
    assert not misgiving(sentence)
