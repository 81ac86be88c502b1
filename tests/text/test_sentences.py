from __future__ import annotations

import pytest

from synth.text.sentences import is_filler, split_sentences


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = (
        "Vi har t.ex. HR och bl.a. IT på plats. Det gäller ca 40 chefer m.fl., dvs. "
        "nästan alla. Mötet börjar kl. 8 varje måndag. Vi har s.k. controllers."
    )
    assert split_sentences(text) == [
        "Vi har t.ex. HR och bl.a. IT på plats.",
        "Det gäller ca 40 chefer m.fl., dvs. nästan alla.",
        "Mötet börjar kl. 8 varje måndag.",
        "Vi har s.k. controllers.",
    ]


def test_questions_exclamations_and_paragraphs_end_sentences() -> None:
    text = "Fungerar det? Nej! Det gör det inte\n\nNytt stycke utan punkt"
    assert split_sentences(text) == [
        "Fungerar det?",
        "Nej!",
        "Det gör det inte",
        "Nytt stycke utan punkt",
    ]


def test_initials_and_ordinals_stay_inside_the_sentence() -> None:
    assert split_sentences("Beslutet togs den 3. maj av A. Berg och nämnden.") == [
        "Beslutet togs den 3. maj av A. Berg och nämnden."
    ]


@pytest.mark.parametrize("text", ["Mm.", "Ja precis.", "Okej.", "mhm", "Ja, ja.", "Eh, öh."])
def test_fillers_are_dropped(text: str) -> None:
    assert is_filler(text)


@pytest.mark.parametrize(
    "text", ["IT-stödet är för långsamt.", "Det fungerar inte alls.", "Vi behöver en väg in."]
)
def test_real_content_is_kept(text: str) -> None:
    assert not is_filler(text)
