"""What the material says of a support function in whatever words
(`synth.draft.function_said.said_of_function`)."""

from __future__ import annotations

from synth.draft.function_said import said_of_function
from synth.privacy.roles import RoleGroups
from synth.records import SourceType, Statement
from synth.store.themes import LensRecord

LOKAL = ("Lokalförsörjning", "Lokalbehov, hyresavtal och kontakt med fastighetsägare.")


def answer(number: int, text: str, role: str = "Rektor") -> Statement:
    return Statement(
        id=f"ENK-{number:04d}.001",
        source_id=f"ENK-{number:04d}",
        source_type=SourceType.ENKAT,
        position=1,
        text=text,
        role=role,
        sector="Barn och utbildning",
    )


def interview(number: int, text: str) -> Statement:
    return Statement(
        id=f"INT-{number:02d}.004",
        source_id=f"INT-{number:02d}",
        source_type=SourceType.INTERVJU,
        position=4,
        text=text,
        role="Enhetschef",
        sector="Vård och omsorg",
    )


def lenses(statements: list[Statement], polarity: str = "svaghet") -> dict[str, LensRecord]:
    return {st.id: LensRecord("strukturer", 0.9, polarity, 0.9) for st in statements}


def test_what_is_said_against_a_function_in_other_words_is_found() -> None:
    told = [
        answer(1, "Lokalfrågor fastnar och ingen tar ansvar."),
        answer(2, "Vi får inte köpa lokalt fast det ofta är billigare."),
        answer(3, "Lokalförsörjningsplanen finns men följs inte, besluten fattas ad hoc."),
        answer(4, "Lokalförsörjningsplanen finns men följs inte, besluten fattas ad hoc."),
        interview(1, "Det tar månader att få besked om nya lokaler för hemtjänsten."),
    ]
    found = said_of_function(*LOKAL, told, lenses(told), None)
    # an interview first, then the answers; the two in the same words one line
    assert [b.statement_ids for b in found] == [
        ("INT-01.004",),
        ("ENK-0001.001",),
        ("ENK-0003.001", "ENK-0004.001"),
    ]
    assert found[0].text == (
        "I en intervju beskrivs att det tar månader att få besked om nya lokaler för hemtjänsten."
    )
    assert found[2].text.startswith("I två enkätsvar med samma ordalydelse")
    # at most `most`, and none said elsewhere on the slides
    assert len(said_of_function(*LOKAL, told, lenses(told), None, most=1)) == 1
    rest = said_of_function(*LOKAL, told, lenses(told), None, cited={"INT-01.004"})
    assert [b.statement_ids[0] for b in rest] == ["ENK-0001.001", "ENK-0003.001"]


def test_praise_a_wish_and_what_points_at_its_speaker_are_no_such_line() -> None:
    praise = [answer(1, "Bra dialog mellan lokalförsörjning och fastighet, korta vägar.")]
    assert said_of_function(*LOKAL, praise, lenses(praise, "styrka"), None) == ()
    wish = [answer(2, "Vi behöver en tydlig lokalförsörjningsprocess med en kontaktperson.")]
    assert said_of_function(*LOKAL, wish, lenses(wish), None) == ()
    # the one sektorschef's "vi" is their sector: the line would point at them
    head = Statement(
        id="INT-04.027",
        source_id="INT-04",
        source_type=SourceType.INTERVJU,
        position=27,
        text="Barn och utbildning vill ha nya lokaler men inte ta kostnaden, och vi får "
        "skulden när hyran går upp.",
        role="Sektorschef",
        sector="Samhällsbyggnad",
    )
    roles = RoleGroups.count({head.id: head}, 5)
    assert said_of_function(*LOKAL, [head], lenses([head]), roles) == ()
