"""What a quote may not show even with every name removed."""

from __future__ import annotations

import pytest

from synth.privacy.quotes import special_category, states_own_position


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hennes handläggare gick in i väggen och är sjukskriven sedan mars.", "hälsa"),
        ("Han har en diagnos som gör att han inte klarar telefonen.", "hälsa"),
        ("[namn] är fackligt aktiv och sitter i alla samverkansmöten.", "fackligt medlemskap"),
        ("En kollega bär slöja och har fått kommentarer från brukare.", "religion"),
        ("Hon har en politisk tillhörighet som alla känner till.", "politisk åsikt"),
        # one person named by what they do, or described after "som"
        (
            "Jag hade ett tufft rehabärende i våras, en lärare som hade varit sjukskriven länge.",
            "hälsa",
        ),
        ("Vår undersköterska på natten har en diagnos som ingen kände till.", "hälsa"),
        # a personnel case needs no other word to point at its one person
        ("Vi hade ett ärende i våras med en uppsägning av personliga skäl.", "personalärende"),
        # so does an offence or a threat against someone
        (
            "HR var med från första timmen, de hjälpte oss med polisanmälan, med krisstöd, "
            "med skyddade personuppgifter.",
            "brott eller hot",
        ),
        ("En socialsekreterare blev hotad i receptionen förra hösten.", "brott eller hot"),
    ],
)
def test_special_category_data_about_one_person_is_found(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize(
    "text",
    [
        "Sjukfrånvaron i hemtjänsten är hög och vikarierna räcker inte.",  # no one person
        "Facket vill ha besked om schemaläggningen före sommaren.",  # the union as an actor
        "Hon svarar alltid samma dag, det är ovärderligt.",  # a person, nothing sensitive
        "Många lärare är sjukskrivna och vikarierna räcker inte.",  # no one person
        "Stödet i rehabärenden är riktigt bra, HR följer med på rehabmöten.",  # the support
        "Uppsägningar vid arbetsbrist sköts av HR centralt.",  # no one person's case
        "Hotbilden mot kommunen har förändrats och kraven på säkerhet ökar.",  # no incident
    ],
)
def test_other_statements_pass(text: str) -> None:
    assert special_category(text) is None


def test_a_speaker_who_names_their_own_position_is_told() -> None:
    assert states_own_position("Jag ingår i kommunens krisledningsgrupp sedan i fjol.")
    assert states_own_position("Som ekonomichef får jag alla frågor om budgeten.")
    assert states_own_position("Det ser jag som lönechef varje månad.", "Lönechef")
    # the first person without a position, or a position without the first person
    assert not states_own_position("Jag tycker att stödet har blivit bättre.", "Lönechef")
    assert not states_own_position("Ekonomichefen sitter i ledningsgruppen.")
