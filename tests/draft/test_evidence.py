"""Evidence lines in the report's voice."""

from __future__ import annotations

import pytest

from synth.draft.evidence import attributed, claim, evidence_line
from synth.records import SourceType

INT, ENK, GRP = SourceType.INTERVJU, SourceType.ENKAT, SourceType.GRUPPINTERVJU


@pytest.mark.parametrize(
    ("sentence", "kinds", "polarity", "line"),
    [
        (
            "Vi tappar undersköterskor till regionen.",
            [INT, INT, INT],
            "svaghet",
            "I tre intervjuer beskrivs att verksamheterna tappar undersköterskor till regionen.",
        ),
        (
            "Det finns inte resurser att ta fram e-tjänster.",
            [ENK],
            "svaghet",
            "I ett enkätsvar beskrivs att det inte finns resurser att ta fram e-tjänster.",
        ),
        (
            "HR-konsulten svarar samma dag och kan arbetsrätten.",
            [GRP, INT],
            "styrka",
            "I en intervju och en gruppintervju beskrivs att HR-konsulten svarar samma dag "
            "och kan arbetsrätten.",
        ),
        (
            "Fler skoladministratörer.",
            [ENK, ENK],
            "förslag",
            "I två enkätsvar efterfrågas fler skoladministratörer.",
        ),
        (
            "Vi borde ha en väg in för chefer.",
            [INT],
            "förslag",
            "I en intervju framförs att verksamheterna borde ha en väg in för chefer.",
        ),
        # a fronted adverbial cannot become an "att" clause by moving one word: kept whole
        (
            "I dag har vi fyra sätt att göra samma sak.",
            [INT],
            "svaghet",
            "I dag har verksamheterna fyra sätt att göra samma sak.",
        ),
        (
            "För mycket rapportering uppåt, för lite hjälp tillbaka.",
            [ENK],
            "svaghet",
            "För mycket rapportering uppåt, för lite hjälp tillbaka.",
        ),
    ],
)
def test_a_sentence_becomes_an_attributed_line_in_the_third_person(
    sentence: str, kinds: list[SourceType], polarity: str, line: str
) -> None:
    assert evidence_line(sentence, kinds, polarity) == line


def test_the_speakers_own_person_is_not_evidence() -> None:
    assert evidence_line("Jag har 55 medarbetare.", [INT], "svaghet") is None


def test_every_kind_of_source_is_counted() -> None:
    assert attributed([ENK, ENK, INT]) == "I en intervju och två enkätsvar"
    assert attributed([INT] * 12) == "I 12 intervjuer"


def test_what_a_line_claims_is_what_is_grounded() -> None:
    line = evidence_line("Vi tappar undersköterskor till regionen.", [INT, INT, ENK], "svaghet")
    assert line == (
        "I två intervjuer och ett enkätsvar beskrivs att verksamheterna tappar "
        "undersköterskor till regionen."
    )
    assert claim(line) == "Verksamheterna tappar undersköterskor till regionen."
    assert claim("I två enkätsvar efterfrågas fler skoladministratörer.") == (
        "Fler skoladministratörer."
    )
    assert claim("Lönekontoret är pålitligt.") == "Lönekontoret är pålitligt."
