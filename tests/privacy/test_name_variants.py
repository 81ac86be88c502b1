"""Names written in lower case, in capitals, and in more parts than a Swedish name has."""

from __future__ import annotations

import pytest

from synth.privacy.detect import find_personal_data
from synth.privacy.pseudonymise import Pseudonymiser


def spans(text: str, known: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text, known)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jag pratade med maria svensson i går", "maria svensson"),
        ("det var maria svenssons idé", "maria svenssons"),
        ("anna karin lindqvist var där", "anna karin lindqvist"),
        ("per andersson ringde", "per andersson"),
        ("ring fatima hassan om det", "fatima hassan"),
        ("pratade med maria Svensson", "maria Svensson"),
        ("jag pratade med MARIA SVENSSON i går", "MARIA SVENSSON"),
        ("Kontakt: MARIA SVENSSON, HR", "MARIA SVENSSON"),
        ("ring ANNA KARLBERG nu", "ANNA KARLBERG"),
        ("Jag pratade med Nguyen Van Minh i går.", "Nguyen Van Minh"),
        ("Nguyen Van Minh sa det.", "Nguyen Van Minh"),
        ("Vi ringde NGUYEN VAN MINH.", "NGUYEN VAN MINH"),
        ("Hon heter Tran Thi Mai.", "Tran Thi Mai"),
        ("Abdi Farah Mohamed Warsame kom sent.", "Abdi Farah Mohamed Warsame"),
    ],
)
def test_full_names_in_any_case_and_in_many_parts(text: str, name: str) -> None:
    assert spans(text) == [("namn", name)]


def test_the_issue_example_leaves_no_surname_behind() -> None:
    # with a known Maria, "maria" alone was found and "svensson" was left behind
    pseudo = Pseudonymiser.from_names(["Maria Lind"])
    assert pseudo.apply("maria svensson sa det") == "[namn] sa det"
    assert pseudo.apply("MARIA SVENSSON sa det") == "[namn] sa det"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("det sa kerstin malm", "kerstin malm"),
        ("det sa KERSTIN MALM", "KERSTIN MALM"),
        ("KERSTIN sa det", "KERSTIN"),
        ("det var MALMS förslag", "MALMS"),
        ("det var Kerstin MALM", "Kerstin MALM"),
        ("det var lindqvist", "lindqvist"),
        ("det var LINDQVIST", "LINDQVIST"),
        ("maria nyström", "maria nyström"),
    ],
)
def test_known_names_are_found_in_any_case(text: str, name: str) -> None:
    known = ("Kerstin Malm", "Per Lindqvist", "Sara Nyström")
    assert spans(text, known) == [("namn", name)]


@pytest.mark.parametrize(
    "text",
    [
        "vi har en bra dialog med ledningen",
        "en annan person kom och hjälpte oss med utvecklingen",
        "lena utveckling, per månad, dag för dag",
        "det har blivit bättre sen Helena kom",
        "IVO granskar LSS och LOU styr upphandlingen, SAM-nämnden beslutar.",
        "HR OCH IT SAMARBETAR",
        "SAMMANFATTNING OCH BAKGRUND",
        "JA, HELENA LYSSNAR. MEN SEN",
        "EN STRAND NÅGONSTANS",
        "the smiths och the strand",
        "Du Anna, kan du ta det?",
    ],
)
def test_ordinary_words_in_lower_case_and_capitals_are_no_names(text: str) -> None:
    # "Helena" and "Anna" are names and may be found; the words around them must not be
    found = [hit for kind, hit in spans(text) if kind == "namn"]
    assert all(hit in {"Helena", "HELENA", "Anna"} for hit in found), found


def test_a_lower_case_first_name_alone_is_left() -> None:
    # "karin" alone could be found, but "lena", "kaj" and "inge" are words too; only a
    # known person's first name is taken on its own in lower case
    assert spans("karin sa att det var lena") == []
    assert spans("karin sa det", ("Karin Berg",)) == [("namn", "karin")]
