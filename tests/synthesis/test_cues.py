"""Swedish cues of what a sentence voices (`synth.synthesis.cues`)."""

from __future__ import annotations

import pytest

from synth.synthesis.cues import misgiving, verdict


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


@pytest.mark.parametrize(
    ("answer", "kind", "rest"),
    [
        ("Det stämmer delvis. Servicedesken svarar oftast inom en dag.", "delvis", "Servicedesken"),
        ("Ja, det stämmer. Vi är för få.", "ja", "Vi är"),
        ("Tyvärr stämmer det, vi har fyra vakanser.", "ja", "vi har"),
        ("Både ja och nej. Lönen fungerar.", "delvis", "Lönen"),
        ("Det stämmer inte riktigt, de flesta ärenden löses samma dag.", "delvis", "de flesta"),
        ("Nej, det känner jag inte igen. Vi svarar samma dag.", "nej", "Vi svarar"),
    ],
)
def test_an_answer_that_takes_up_a_claim_opens_with_its_verdict(
    answer: str, kind: str, rest: str
) -> None:
    found = verdict(answer)
    assert found is not None
    assert found[0] == kind
    # what follows the verdict is the reason, told on its own
    assert answer[found[1] :].lstrip(" ,.").startswith(rest)


@pytest.mark.parametrize(
    "answer",
    [
        # public Swedish text nobody here wrote (../shared/eval): agreement of two things,
        # not of a claim put to the speaker
        "Deras termiska beteende är inte lika stabilt som stora grottor på jorden, men det "
        "stämmer överens med att de här är djupa hål i marken.",
        "Det stämmer överens med verkligheten.",
        # a bare "ja" agrees with anything, and an answer that opens with its matter
        "Ja, vi har fyra vakanser.",
        "Servicedesken svarar oftast inom en dag.",
    ],
)
def test_no_verdict_where_the_answer_takes_up_no_claim(answer: str) -> None:
    assert verdict(answer) is None


@pytest.mark.parametrize(
    ("sentence", "finds_fault"),
    [
        ("Det är personberoende.", True),
        ("Rekryteringsstödet är nästan obefintligt.", True),
        ("Det fungerar inte bra.", True),
        ("Det saknas en plan.", True),
        ("Det är för många mål.", True),
        ("Jag får säga att det tar tid ibland.", True),
        # praise, a fact, or a fault taken back
        ("Det fungerar för att hon alltid svarar samma dag.", False),
        ("Vi har två HR-konsulter.", False),
        ("Det är aldrig något problem.", False),
    ],
)
def test_a_sentence_finds_fault_in_so_many_words(sentence: str, finds_fault: bool) -> None:
    from synth.synthesis.cues import criticises

    assert criticises(sentence) is finds_fault
