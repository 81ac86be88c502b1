from __future__ import annotations

import pytest

from synth.text.voice import is_personal, report_voice, without_spoken_words


@pytest.mark.parametrize(
    "sentence",
    [
        "Jag har 55 medarbetare, det går inte att vara en närvarande chef.",
        "Det skulle avlasta mina HR-konsulter från de enklare frågorna.",
        "Har aldrig fått hjälp därifrån, inte min sektor i alla fall.",
    ],
)
def test_the_speakers_own_person_is_never_turned_round(sentence: str) -> None:
    assert is_personal(sentence)
    assert report_voice(sentence) is None


def test_we_becomes_the_units_and_the_words_of_speech_go() -> None:
    assert (
        report_voice("Vi har ju fått fler uppdrag men inte mer resurser, liksom.")
        == "Verksamheterna har fått fler uppdrag men inte mer resurser."
    )
    assert report_voice("Ingen frågar oss innan vi får nya rutiner från vår förvaltning") == (
        "Ingen frågar verksamheterna innan de får nya rutiner från deras förvaltning"
    )
    assert report_voice("I dag har vi fyra sätt att göra samma sak.") == (
        "I dag har verksamheterna fyra sätt att göra samma sak."
    )


def test_we_that_is_not_the_units_is_not_turned_round() -> None:
    # the municipality, or the people in the room: "verksamheterna" would misstate it
    assert report_voice("Vi är ungefär 45 000 invånare.") is None
    assert report_voice("Som att vi sitter här uppe och hittar på saker.") is None
    # a figure of speech about a divide stays the speakers' own words
    assert report_voice("Nu är det mycket vi och dom.") == 'Nu är det mycket "vi och dom".'
    assert report_voice("När du ringer IT får du vänta.") == "När man ringer IT får man vänta."
    # words that only look like spoken ones stay: "typisk", "julen", "varken"
    assert report_voice("Upphandling är en typisk flaskhals före julen") == (
        "Upphandling är en typisk flaskhals före julen"
    )


def test_a_third_person_sentence_is_kept_as_it_is() -> None:
    sentence = "Lifecare krånglar och ingen vet vem som äger systemet."
    assert not is_personal(sentence)
    assert report_voice(sentence) == sentence
    assert without_spoken_words("Det är faktiskt, ärligt talat, för många mål.") == (
        "Det är för många mål."
    )
