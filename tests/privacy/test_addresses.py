"""Street addresses and postcodes: found, and numbered organisational text left alone."""

from __future__ import annotations

import pytest

from synth.privacy.addresses import find_addresses
from synth.privacy.detect import find_personal_data
from synth.privacy.pseudonymise import Pseudonymiser


def spans(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text)]


@pytest.mark.parametrize(
    "address",
    [
        "Storgatan 12",
        "Kvarngatan 7B",
        "Kvarngatan 7 B",
        "Drottninggatan 12 A, lgh 1102",
        "Björkvägen 3",
        "Lilla gränd 4",
        "Stortorget 1",
        "Solbacken 22",
        "Lindallén 9",
        "Granstigen 5",
        "Solliden 14",
        "Östra Storgatan 4",
        "Stora torget 3",
        "Karl Johans gata 5",
        "Drottning Kristinas väg 12",
        "Storgatan 12-14",
        "Storgatan 12–14",
        "Storgatan 12, 123 45 Exempelstad",
        "Storgatan 12, 12345 Exempelstad",
        "Kungsplan 3B",
        "Kungsleden 4 lgh 1201",
        "STORGATAN 12",
        "storgatan 12",
    ],
)
def test_street_addresses_are_found_whole(address: str) -> None:
    text = f"Hon bor på {address} sedan i våras."
    assert spans(text) == [("adress", address)]


@pytest.mark.parametrize(
    "postcode",
    ["123 45 Exempelstad", "12345 Exempelstad", "123 45 EXEMPELSTAD", "SE-123 45 Exempelstad"],
)
def test_postcodes_with_their_town_are_found(postcode: str) -> None:
    text = f"Skicka det till {postcode}, tack."
    assert spans(text) == [("adress", postcode)]


def test_weak_street_words_need_evidence() -> None:
    # "-plan", "-gång", "-led" end ordinary nouns too; "bor på" makes it an address
    assert spans("Hon bor på Kungsplan 3.") == [("adress", "Kungsplan 3")]
    assert spans("Adress: Kungsleden 4") == [("adress", "Kungsleden 4")]
    assert spans("Kungsplan 3 är en bra lösning.") == []


def test_the_issue_examples_become_one_marker() -> None:
    pseudo = Pseudonymiser.from_names([])
    text = (
        "Jag bor på Storgatan 12, 123 45 Exempelstad, och min syster på Kvarngatan 7B. "
        "Posten går till Drottninggatan 12 A, lgh 1102, 12345 Exempelstad."
    )
    assert pseudo.apply(text) == (
        "Jag bor på [adress], och min syster på [adress]. Posten går till [adress]."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vi införde Lifecare 2 under år 2025, se kapitel 3.",
        "3 av 5 chefer svarade, i omgång 2 svarade 4 av 5.",
        "Handlingsplan 2 och Handlingsplanen 2024 antogs, liksom Verksamhetsplan 2025-2027.",
        "Översiktsplan 2030 och Färdplan 2 gäller.",
        "Kontoret ligger på plan 3 i Stadshuset, vid Stortorget och Storgatan.",
        "Trafiken längs riksväg 50 och länsväg 226 ökar, och en genväg 2 gånger i veckan.",
        "Alternativ väg 2 innebär en ny organisation. Kommunens väg 3 är en annan.",
        "Vi har 12000 Anställda och 45 000 invånare.",
        "Storgatan 12,5 procent, vägen 3 gånger, backen 12:30.",
        "Genomgång 2 och Ingång 3 på mötet 08.30.",
        "Sektor Utbildning har 3 rektorer och Stratsys 2.0 används sedan 2019.",
        "Kommunstyrelsen 2024-03-01, § 12, dnr KS 2024/123.",
    ],
)
def test_numbered_organisational_text_is_no_address(text: str) -> None:
    assert list(find_addresses(text)) == []
    assert spans(text) == []
