from __future__ import annotations

import pytest

from synth.privacy.detect import Finding, find_personal_data, is_personnummer


def spans(text: str, known: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text, known)]


@pytest.mark.parametrize(
    "number",
    [
        "070-123 45 67",
        "0701234567",
        "070 123 45 67",
        "08-123 456 78",
        "08-12 34 56",
        "031-12 34 56",
        "+46 70 123 45 67",
        "+46701234567",
        "+46 (0)8 123 456 78",
        "(08) 123 456 78",
        "010-123 45 67",
        "020-123 456",
        "0771-123 456",
    ],
)
def test_swedish_phone_numbers(number: str) -> None:
    text = f"Du når mig på {number}, efter lunch."
    assert spans(text) == [("telefon", number)]


@pytest.mark.parametrize(
    "text",
    [
        "Per månad kostar det 3 000 000 kr, i år 3 000 000 000 kr.",
        "Kommunstyrelsen beslutade 2024-03-01 och 2023-11-15.",
        "Mötet är 08.30-16.00, eller 08:30, och lunch kl. 12.",
        "Vi har 3,0 åa och 0,5 åa, det vill säga 12,5 % respektive 05 %.",
        "Organisationsnummer 212000-1234 står på fakturan från 2019.",
        "Det gäller 45 000 invånare och 1 250 elever, 0 000 kr i bidrag.",
    ],
)
def test_numbers_that_are_not_phone_numbers(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "number",
    [
        "070–123 45 67",
        "070 – 123 45 67",
        "070—123 45 67",
        "+46 70–123 45 67",
        "08–123 456 78",
        "070.123.45.67",
        "08.123.456.78",
        "+46.70.123.45.67",
        "+46 70.123.45.67",
    ],
)
def test_phone_numbers_with_an_en_dash_or_dots(number: str) -> None:
    text = f"Du når mig på {number}, efter lunch."
    assert spans(text) == [("telefon", number)]


@pytest.mark.parametrize(
    "text",
    [
        "Mötet är 08.30–16.00 och lunch 12.00-13.00.",
        "Beslutet togs 01.02.2024 och gäller 2024–2026, 2024–03–01.",
        "Version 0.12.3 av Stratsys, 0,5 åa och 0.5 åa.",
        "Tiderna 08.30, 09.15 och 10.45.",
    ],
)
def test_times_dates_and_decimals_with_dots_and_dashes_are_no_phone_numbers(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "number",
    ["19800101–1234", "800101–1234", "780412–1239", "19780412–1239", "780412 – 1239"],
)
def test_personnummer_with_an_en_dash(number: str) -> None:
    text = f"Mitt personnummer är {number}, skriv det inte."
    assert spans(text) == [("personnummer", number)]


def test_a_figure_after_a_phone_number_is_not_part_of_it() -> None:
    text = "Ring 070-123 45 67 2 gånger."
    assert spans(text) == [("telefon", "070-123 45 67")]


def test_personnummer_are_validated_with_their_check_digit() -> None:
    assert is_personnummer("7804121239")
    assert is_personnummer("780412-1239")
    assert is_personnummer("19780412-1239")
    assert is_personnummer("780412+1239")  # a hundred years or older
    assert not is_personnummer("780412-1230")  # wrong check digit
    assert not is_personnummer("781312-1234")  # month 13
    assert not is_personnummer("212000-1234")  # an organisation number


def test_samordningsnummer_have_the_day_plus_60() -> None:
    assert is_personnummer("780472-1236")
    assert is_personnummer("197804721236")
    assert not is_personnummer("780472-1230")
    assert not is_personnummer("780492-1234")  # day 32


def test_personnummer_in_text() -> None:
    text = "Fel: 7804121230. Rätt: 19780412-1239, 7804121239 och 780472-1236."
    assert spans(text) == [
        ("personnummer", "19780412-1239"),
        ("personnummer", "7804121239"),
        ("personnummer", "780472-1236"),
    ]


def test_a_dashed_personnummer_with_a_wrong_check_digit_is_still_one() -> None:
    # a mistyped personnummer is still somebody's date of birth and number; without the
    # dash ten digits with a wrong check digit may be anything, and are left
    text = "Numret 050312-1230 är fel, 780412-1230 också, men 7804121230 kan vara vad som helst."
    assert spans(text) == [
        ("personnummer", "050312-1230"),
        ("personnummer", "780412-1230"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Organisationsnummer 212000-1234 och 556677–8899 står på fakturan.",
        "Ärendet 781312-1234 har ingen giltig månad, 780432–1234 ingen giltig dag.",
    ],
)
def test_a_dashed_number_without_a_valid_date_is_no_personnummer(text: str) -> None:
    assert spans(text) == []


def test_email_addresses() -> None:
    text = "Mejla per.lindqvist@exempelkommun.se eller anna.berg(at)kommun.se."
    assert spans(text) == [
        ("e-post", "per.lindqvist@exempelkommun.se"),
        ("e-post", "anna.berg(at)kommun.se"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jag pratade med Lena Holm på HR förra veckan.", ["Lena Holm"]),
        ("Hon heter Karin och är ny rektor.", ["Karin"]),
        ("Annas team har fått mer stöd.", ["Annas"]),
        ("Sven-Erik och Maj-Britt var där.", ["Sven-Erik", "Maj-Britt"]),
        ("Det skriver Malou von Sivers.", ["Malou von Sivers"]),
        ("Hans chef sa att Hans Larsson slutar.", ["Hans Larsson"]),
        ("Vi frågade Per om det.", ["Per"]),
        ("Per sa att det var fel.", ["Per"]),
        ("Vilhelmina sa att hon ville sluta.", ["Vilhelmina"]),
        ("Det tog Fatima Haddad två veckor.", ["Fatima Haddad"]),
    ],
)
def test_names(text: str, names: list[str]) -> None:
    assert spans(text) == [("namn", n) for n in names]


@pytest.mark.parametrize(
    "text",
    [
        "Per månad kostar det 3 000 kr.",
        "Dag för dag blir det bättre.",
        "Hans chef var inte där.",
        "Max tre personer får plats. Ville du något mer?",
        "Alla var där. Inga problem.",
        "Kommunstyrelsen och Sektor Utbildning, HR och IT samarbetar.",
        "Vi använder Microsoft Teams och Stratsys.",
        "vi bor i Hjo och pendlar till Skövde.",
        "Jag har jobbat i Nora, i Vilhelmina och i Mora.",
        "Nora kommun och Svea hovrätt.",
        "Kina och Israel nämndes.",
        "Det var i Juni, på Måndag.",
        "Rut-avdraget och San Francisco.",
    ],
)
def test_no_names(text: str) -> None:
    assert spans(text) == []


def test_known_names_are_found_in_lower_case_and_apart() -> None:
    known = ("Kerstin Malm", "Anneli Strand", "Bo Ek")
    text = "kerstin malm sa det, sen sa kerstin att Malm och anneli tog det."
    assert spans(text, known) == [
        ("namn", "kerstin malm"),
        ("namn", "kerstin"),
        ("namn", "Malm"),
        ("namn", "anneli"),
    ]


def test_known_surnames_that_are_words_stay_words_in_lower_case() -> None:
    known = ("Bo Ek", "Sara Ros", "Anneli Strand")
    assert spans("vi får ros av chefen och bo i ek vid en strand", known) == []
    assert spans("Bo Ek och Sara Ros.", known) == [("namn", "Bo Ek"), ("namn", "Sara Ros")]


def test_findings_carry_no_text() -> None:
    (finding,) = find_personal_data("Ring 070-123 45 67")
    assert finding == Finding("telefon", 5, 18)
    assert "070" not in repr(finding)
    assert not hasattr(finding, "text")
