from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synth.privacy.detect import find_personal_data, is_personnummer
from synth.privacy.pseudonymise import Pseudonymiser, contains_marker

KNOWN = ["Kerstin Malm", "Sara Nyström", "Bo Ek", "Anneli Strand"]


@pytest.fixture(scope="module")
def pseudo() -> Pseudonymiser:
    return Pseudonymiser.from_names(KNOWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jag pratade med Lena Holm på HR förra veckan.",
            "Jag pratade med [namn] på HR förra veckan.",
        ),
        ("Ring mig på 070-123 45 67.", "Ring mig på [telefon]."),
        ("Växeln 08-123 456 78, mobil +46 70 123 45 67.", "Växeln [telefon], mobil [telefon]."),
        ("Mejla per.lindqvist@exempelkommun.se!", "Mejla [e-post]!"),
        ("Hon heter Karin och är ny rektor.", "Hon heter [namn] och är ny rektor."),
        ("Annas team är bra.", "[namn] team är bra."),
        ("Bo Ek ringde i går.", "[namn] ringde i går."),
        ("kerstin malm sa det i telefon", "[namn] sa det i telefon"),
        ("Jag och Anneli tog det.", "Jag och [namn] tog det."),
        ("Det tog Fatima Haddad två veckor.", "Det tog [namn] två veckor."),
        ("Sven-Erik och Eva-Lena var där.", "[namn] och [namn] var där."),
        ("Per sa att det var fel.", "[namn] sa att det var fel."),
    ],
)
def test_personal_data_becomes_markers(pseudo: Pseudonymiser, text: str, expected: str) -> None:
    assert pseudo.apply(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Per månad kostar det 3 000 000 kr.",
        "Kommunstyrelsen beslutade 2024-03-01 om 3,0 åa, i praktiken 2,4 åa.",
        "Sen skulle digitaliseringen kunna hjälpa oss.",
        "Se till att HR och IT samarbetar.",
        "Vi har Visma, Stratsys och TopDesk i Sektor Utbildning.",
        "Vi bor i Hjo och pendlar till Skövde kl. 07.30.",
        "Organisationsnummer 212000-1234 står på fakturan.",
        "Det gäller 45 000 invånare och 1 250 elever, 12 procent.",
    ],
)
def test_ordinary_text_is_left_alone(pseudo: Pseudonymiser, text: str) -> None:
    assert pseudo.apply(text) == text


def test_personnummer_are_validated_not_pattern_matched(pseudo: Pseudonymiser) -> None:
    assert is_personnummer("7804121239")
    assert not is_personnummer("7804121230")  # wrong check digit
    assert is_personnummer("7804721236")  # samordningsnummer: day + 60
    assert not is_personnummer("7813121234")  # month 13
    text = "Fel: 780412-1230. Rätt: 19780412-1239 och 780472-1236."
    assert pseudo.apply(text) == "Fel: 780412-1230. Rätt: [personnummer] och [personnummer]."


def test_findings_carry_no_text(pseudo: Pseudonymiser) -> None:
    (finding,) = find_personal_data("Ring 070-123 45 67", pseudo.index)
    assert "070" not in repr(finding)
    assert finding.kind == "telefon"


def test_leaks_finds_what_is_left(pseudo: Pseudonymiser) -> None:
    assert pseudo.leaks("Tack till [namn] på HR.") == []
    assert [f.kind for f in pseudo.leaks("Tack till Sara på HR, 070-123 45 67.")] == [
        "namn",
        "telefon",
    ]


def test_markers_are_recognised() -> None:
    assert contains_marker("Ring [telefon] i dag")
    assert not contains_marker("Ring växeln i dag")


words = st.sampled_from(
    [
        "Kerstin",
        "Malm",
        "Sara",
        "Nyström",
        "och",
        "HR",
        "stödet",
        "fungerar",
        "bra",
        "Anneli",
        "070-123",
        "45",
        "67",
        "på",
        "inte",
        "Per",
        "månad",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=20).map(" ".join))
def test_pseudonymising_is_idempotent_and_removes_known_names(text: str) -> None:
    pseudo = Pseudonymiser.from_names(KNOWN)
    once = pseudo.apply(text)
    assert pseudo.apply(once) == once
    for name in ("Kerstin", "Malm", "Nyström", "Anneli"):
        assert name not in once
