from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synth.privacy.pseudonymise import MARKERS, Pseudonymiser, contains_marker

# as in an interview log and a recipient list
KNOWN = ["Kerstin Malm", "Sara Nyström", "Bo Ek", "Anneli Strand", "Per Lindqvist", " ", ""]


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
        ("ring mig på 070-123 45 67", "ring mig på [telefon]"),
        ("Växeln 08-123 456 78, mobil +46 70 123 45 67.", "Växeln [telefon], mobil [telefon]."),
        ("mejla per.lindqvist@exempelkommun.se", "mejla [e-post]"),
        ("Hon heter Karin och är ny rektor.", "Hon heter [namn] och är ny rektor."),
        ("Annas team är bra.", "[namn] team är bra."),
        ("Bo Ek ringde i går.", "[namn] ringde i går."),
        ("kerstin malm sa det i telefon", "[namn] sa det i telefon"),
        ("jag och anneli tog det med kerstin", "jag och [namn] tog det med [namn]"),
        ("Kerstin Nyström var inte med.", "[namn] var inte med."),
        ("Sven-Erik och Eva-Lena var där.", "[namn] och [namn] var där."),
        ("Per sa att det var fel.", "[namn] sa att det var fel."),
        ("Rätt: 19780412-1239, fel: 7804121230.", "Rätt: [personnummer], fel: 7804121230."),
        ("Samordningsnummer 780472-1236.", "Samordningsnummer [personnummer]."),
        ("Anna\nKarin var där.", "[namn]\n[namn] var där."),
    ],
)
def test_personal_data_becomes_markers(pseudo: Pseudonymiser, text: str, expected: str) -> None:
    assert pseudo.apply(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Per månad kostar det 3 000 kr.",
        "Kommunstyrelsen beslutade 2024-03-01 om 3,0 åa, i praktiken 2,4 åa.",
        "Sen skulle digitaliseringen kunna hjälpa oss.",
        "Se till att HR och IT samarbetar i Sektor Utbildning.",
        "vi bor i Hjo och pendlar till Skövde kl. 07.30.",
        "vi får ros av chefen, men bo här vill ingen.",
    ],
)
def test_ordinary_text_is_left_exactly_as_it_was(pseudo: Pseudonymiser, text: str) -> None:
    assert pseudo.apply(text) == text


def test_no_personal_data_remains_in_an_interview_turn(pseudo: Pseudonymiser) -> None:
    turn = (
        "Ja, alltså, jag pratade med Lena Holm på HR förra veckan, och Kerstin Malms team "
        "har samma problem. Ring mig på 070-123 45 67 eller mejla kerstin.malm@exempelkommun.se. "
        "Mitt personnummer 19780412-1239 stod till och med i ärendet! Per månad kostar det "
        "3 000 000 kr och Kommunstyrelsen beslutade 2024-03-01 om 3,0 åa."
    )
    out = pseudo.apply(turn)
    for secret in ["Lena", "Holm", "Kerstin", "Malm", "070", "45 67", "1239", "@"]:
        assert secret not in out
    for kept in ["Per månad", "3 000 000 kr", "2024-03-01", "3,0 åa", "HR", "Kommunstyrelsen"]:
        assert kept in out
    assert pseudo.leaks(out) == []


def test_leaks_point_into_the_text_checked(pseudo: Pseudonymiser) -> None:
    assert pseudo.leaks("Tack till [namn] på HR, [telefon].") == []
    text = "Tack [namn], till Sara på HR och 070-123 45 67."
    leaks = pseudo.leaks(text)
    assert [(f.kind, text[f.start : f.end]) for f in leaks] == [
        ("namn", "Sara"),
        ("telefon", "070-123 45 67"),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Hon bor på Storgatan 12.", ["adress"]),
        ("Skicka till Kvarngatan 7B, 123 45 Exempelstad.", ["adress"]),
        ("Drottninggatan 12 A, lgh 1102", ["adress"]),
        ("Posten går till 12345 Exempelstad.", ["adress"]),
        ("Det sa maria svensson.", ["namn"]),
        ("Det sa MARIA SVENSSON.", ["namn"]),
        ("Det sa Nguyen Van Minh.", ["namn"]),
        ("Ring 070–123 45 67 eller 070.123.45.67.", ["telefon", "telefon"]),
        ("Ring +46 70–123 45 67.", ["telefon"]),
        ("Personnummer 19800101–1234 och 800101–1234.", ["personnummer", "personnummer"]),
    ],
)
def test_leaks_catch_every_variant(pseudo: Pseudonymiser, text: str, kinds: list[str]) -> None:
    # the last-line guard on prompts and on the deck
    assert [f.kind for f in pseudo.leaks(text)] == kinds
    assert pseudo.leaks(pseudo.apply(text)) == []


def test_leaks_leave_markers_and_organisational_numbers_alone(pseudo: Pseudonymiser) -> None:
    text = (
        "[namn] på [adress] ringde [telefon]. Lifecare 2 infördes år 2025, se kapitel 3; "
        "3 av 5 chefer svarade, och vi har en bra dialog med ledningen i Stadshuset."
    )
    assert pseudo.leaks(text) == []


def test_an_own_first_name_list_replaces_the_dictionary() -> None:
    pseudo = Pseudonymiser.from_names([], first_names=frozenset({"Zorro"}))
    assert pseudo.apply("Zorro och Karin") == "[namn] och Karin"


def test_markers_are_recognised() -> None:
    assert set(MARKERS.values()) == {
        "[namn]",
        "[e-post]",
        "[telefon]",
        "[personnummer]",
        "[adress]",
    }
    assert contains_marker("Ring [telefon] i dag")
    assert contains_marker("Hon bor på [adress].")
    assert not contains_marker("Ring växeln i dag")


_WORDS = st.sampled_from(
    [
        "Kerstin",
        "kerstin",
        "Malm",
        "MALM",
        "Sara",
        "Nyström",
        "nyströms",
        "Anneli",
        "Annelis",
        "Bo",
        "Ek",
        "Per",
        "Lindqvist",
        "och",
        "HR",
        "stödet",
        "fungerar",
        "bra",
        "070-123",
        "45",
        "67",
        "780412-1239",
        "på",
        "inte",
        "månad",
        "Lena",
        "Holm",
        "i",
        "Hjo",
        ".",
        ",",
        "\n",
        "[namn]",
        "maria",
        "svensson",
        "MARIA",
        "SVENSSON",
        "Storgatan",
        "12",
        "7B",
        "123",
        "Exempelstad",
        "070–123",
        "070.123.45.67",
        "[adress]",
    ]
)
_SEPARATORS = st.sampled_from([" ", " ", "  ", "\n", ", ", ". "])
_TEXTS = st.lists(st.tuples(_WORDS, _SEPARATORS), min_size=1, max_size=25).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)
_KNOWN_NAMES = ("Kerstin", "Malm", "Sara", "Nyström", "Anneli", "Lindqvist")


# The strategy draws on no global random state; a thread an earlier test left running (a
# server's retry jitter) may, between Hypothesis's two looks at it, and the warning it then
# raises failed this test once in a fresh-clone CI run as "flaky"
@pytest.mark.filterwarnings("ignore:Do not use the `random` module inside strategies")
@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_pseudonymising_is_idempotent_and_removes_known_names(text: str) -> None:
    pseudo = Pseudonymiser.from_names(KNOWN)
    once = pseudo.apply(text)
    assert pseudo.apply(once) == once
    for name in _KNOWN_NAMES:
        # capitalised anywhere, or in lower case as a word of its own
        assert name not in once
        assert name.upper() not in once
        assert not re.search(rf"(?<!\w){name.lower()}(?!\w)", once)
    assert pseudo.leaks(once) == []
