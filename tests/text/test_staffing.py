"""Support a unit keeps of its own, as an interview tells it (`synth.text.staffing`)."""

from __future__ import annotations

import pytest

from synth.text.staffing import kept_support, role_functions

# the inventory form's functions as `forms/stodresurser.yaml` describes them
FUNCTIONS = {
    "Ekonomi/controller": "Budget, redovisning, fakturor, uppföljning och controllerstöd till chefer.",
    "HR/personal och lön": "Rekrytering, arbetsrätt, arbetsmiljö, lön, schemaläggning och bemanning.",
    "Chefsnära administration/assistenter": "Administratörer, assistenter och samordnare som avlastar chefer.",
    "IT/digitalisering": "IT-stöd, system, e-tjänster och digital utveckling.",
    "Kommunikation": "Webb, intranät, press, information och grafisk form.",
    "Verksamhetsutveckling": "Processer, projekt och förbättringsarbete.",
    "Nämnd- och kansliadministration": "Nämndsekreterare, kallelser, protokoll och beredning av ärenden.",
    "Upphandling/inköp": "Upphandling, inköp och avtalsuppföljning.",
}  # fmt: skip
SECTORS = ("Barn och utbildning", "Vård och omsorg", "Samhällsbyggnad")


@pytest.mark.parametrize(
    ("role", "function"),
    [
        # by the label, a hyphenated abbreviation, or the form's description of it
        ("controllern", "Ekonomi/controller"),
        ("ekonomisamordnare", "Ekonomi/controller"),
        ("IT-tekniker", "IT/digitalisering"),
        ("HR-administration", "HR/personal och lön"),
        ("systemförvaltare", "IT/digitalisering"),
        ("bemanningsadministratörer", "HR/personal och lön"),
        ("administratörer", "Chefsnära administration/assistenter"),
        ("kommunikatör", "Kommunikation"),
        ("nämndsekreterare", "Nämnd- och kansliadministration"),
        ("upphandlare", "Upphandling/inköp"),
        # no role, or a role in no function: "kommun" is no start of "kommunikation"
        ("kommundirektör", None),
        ("socionom", None),
        ("systemet", None),
        ("utvecklare", None),
    ],
)
def test_a_role_belongs_to_the_function_its_word_begins_with(
    role: str, function: str | None
) -> None:
    assert role_functions(role, FUNCTIONS) == function


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Det är sektorn, tror jag. Vi har ju en systemförvaltare på halvtid.",
            [(None, "IT/digitalisering", "systemförvaltare")],
        ),
        (
            "Vård och omsorg har bemanningsadministratörer, och i Barn och utbildning finns "
            "det en som gör HR-administration, anställningsavtal och sånt.",
            [("Barn och utbildning", "HR/personal och lön", "hr-administration")],
        ),
        (
            "Så det har slutat med att vi har anställt en egen upphandlare.",
            [(None, "Upphandling/inköp", "upphandlare")],
        ),
        # a relative clause goes with the role it tells of (blind review 165: IFO's
        # systemförvaltare was missed)
        (
            "Vår systemförvaltare, som är en socionom på halvtid, hon har sagt att hon inte "
            "orkar mer.",
            [(None, "IT/digitalisering", "systemförvaltare")],
        ),
        # the central one who serves the unit, a post vacant, one denied, or the chef's own
        ("Vår controller är otroligt tillgänglig.", []),
        ("Controllern vi har är bra, men hon sitter på kontoret och har en egen chef.", []),
        ("Vi har haft en tjänst som systemförvaltare utannonserad två gånger.", []),
        ("Jag har ingen egen skoladministratör på heltid.", []),
        ("Chefen har blivit sin egen administratör: fakturor, attester, schema.", []),
        # two sectors in one clause: which of them keeps it is not told
        ("Barn och utbildning och Vård och omsorg har egna controllers.", []),
    ],
)
def test_support_kept_of_ones_own_is_read_clause_by_clause(
    text: str, kept: list[tuple[str | None, str, str]]
) -> None:
    assert kept_support(text, FUNCTIONS, SECTORS) == kept
