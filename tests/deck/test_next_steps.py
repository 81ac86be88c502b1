"""The deck's next steps: what its own material shows missing, unconfirmed or waiting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from synth.deck.content import DeckContent, Fieldwork
from synth.deck.next_steps import Waiting, next_steps
from synth.deck.resources import ResourceRow, ResourceTable
from synth.draft.context import Figure
from tests.deck.test_render import OBSERVATION

WORK = Fieldwork(
    interviews=4, group_interviews=1, workshops=0, survey_responses=0, survey_recipients=None,
    statements=40, group_kinds=("gruppintervju",),
)  # fmt: skip
INVENTORY = ResourceTable(
    levels=("central",),
    rows=(ResourceRow("HR/personal och lön", (4.0,), 4.5, 4.0, 2),),
    respondents=10,
    invited=12,
)


def content(**fields: object) -> DeckContent:
    return replace(
        DeckContent(
            client="Hjo kommun",
            commission="",
            date=dt.date(2026, 12, 1),
            fieldwork=WORK,
            observations=(),
        ),
        **fields,
    )


def test_the_steps_name_what_the_material_lacks_then_the_testing_and_the_decision() -> None:
    figure = Figure("I en intervju beskrivs att antalet invånare över 80 ökar.", "INT-01.004")
    steps = next_steps(
        content(resources=INVENTORY, development=(figure,)),
        waiting=Waiting(1, (9, 10)),
    )
    assert [(s.text, s.own) for s in steps] == [
        # the consultants' own check first, for the notes alone
        (
            "Stäm av siffrorna om utvecklingssituationen i bilagan mot kommunens egen statistik.",
            True,
        ),
        # not the units by name: each is one manager (blind reviews 140, 142, 143)
        (
            "Komplettera inventeringen av stödresurser med svar från de 2 av 12 tillfrågade "
            "som inte har svarat.",
            False,
        ),
        # nothing here is an observation: none to test back, nor results to tell back
        (
            "Ta ställning till rekommendation 1 först: var resurserna i rekommendation 9 och "
            "10 ska finnas avgörs av den.",
            False,
        ),
    ]
    # the notes say where the consultant finds who they are
    assert steps[1].basis == (
        "inventeringen av stödresurser: 10 av 12 tillfrågade har svarat; vilka som inte har "
        "svarat: synth status --saknade"
    )
    # with observations from interviews, they are tested back before the decision; from
    # the survey alone there is no one to test them on
    heard = next_steps(content(observations=(OBSERVATION,)), waiting=Waiting(1, (9,)))
    assert [s.text for s in heard] == [
        # (what waits on them, of what the deck has: here neither assessment nor
        # recommendations)
        "Stäm av iakttagelserna med de intervjuade innan de blir slutliga.",
        "Ta ställning till rekommendation 1 först: var resursen i rekommendation 9 ska "
        "finnas avgörs av den.",
        # the group interview heard is told the results, as the Gävle commission ends
        "Återkoppla resultatet till dem som deltog i gruppintervjuerna.",
    ]
    # from the survey alone there is no one to test them on; its chefs are told back
    surveyed = replace(WORK, interviews=0, group_interviews=0, survey_responses=120)
    (told,) = next_steps(content(observations=(OBSERVATION,), fieldwork=surveyed))
    assert told.text == "Återkoppla resultatet till cheferna som fick chefsenkäten."
    assert told.basis == "120 chefer svarade på chefsenkäten"
    # each by the role it brings in, where each is named (blind review 143 read "var
    # resurserna i rekommendation 10" as the new chefs it sets a norm for too)
    named = Waiting(1, (10, 11), ("administratörerna", "kommunikatören"))
    (decision,) = next_steps(content(), waiting=named)
    assert decision.text == (
        "Ta ställning till rekommendation 1 först: var administratörerna i rekommendation "
        "10 och kommunikatören i 11 ska finnas avgörs av den."
    )


def test_without_the_units_names_the_steps_count_them_and_without_gaps_say_nothing() -> None:
    one_short = replace(INVENTORY, respondents=11)
    (step,) = next_steps(content(resources=one_short))
    assert step.text == (
        "Komplettera inventeringen av stödresurser med svar från den av de 12 tillfrågade "
        "som inte har svarat."
    )
    # all answered, no figures, nothing waiting: no slide
    assert next_steps(content(resources=replace(INVENTORY, respondents=12))) == ()
    # a figure another source gives otherwise is not on the slide, and not a step
    differing = Figure("I en intervju beskrivs att 1,5 procent ska sparas.", "INT-02.001")
    differing = replace(differing, differs=True)
    assert next_steps(content(development=(differing,))) == ()


def test_answers_alike_word_for_word_are_checked_before_the_deck_is_shown() -> None:
    """Blind review 150: 57 free-text sentences stood word for word in several chefs'
    answers, and the deck only labelled them "samma ordalydelse"; whether one chef
    answered twice, answers were copied or a template shared is the consultants' to find
    out with whoever runs the survey tool, before the client sees the deck."""
    found = content(observations=(OBSERVATION,), repeated_wordings=57)
    (step,) = [s for s in next_steps(found) if "enkätverktyget" in s.text]
    assert step.own
    assert step.text.startswith(
        "Ta reda på, med den som administrerar enkätverktyget, varför 57 meningar i "
        "fritextsvaren står ordagrant i svar från flera chefer: om samma chef har svarat"
    )
    # none alike, or no findings they would stand in: nothing to check
    assert not [s for s in next_steps(content(observations=(OBSERVATION,))) if s.own]
    assert not next_steps(content(repeated_wordings=57))


def test_the_chefs_count_of_their_staff_is_checked_where_it_exceeds_the_sectors_employees() -> None:
    """The slides say the count is doubtful where the chefs who answered lead more staff
    than the sector employs (`staff_overcount`); which count holds is the consultants' to
    find out before the shares and the chefs a norm takes are shown (blind review 156)."""
    from synth.deck.survey import staff_table
    from synth.records import Respondent
    from synth.survey.shadow import InventoryFindings, SectorDensity

    chefs = [
        Respondent(f"R{k:04d}", f"ENK-{k:04d}", "Vård och omsorg", "Enhetschef", 45.0)
        for k in range(6)
    ]
    table = staff_table(chefs, threshold=5)

    def employing(employees: float) -> ResourceTable:
        sector = SectorDensity("Vård och omsorg", 2, employees, 4.0, 0.0, whole=True)
        findings = InventoryFindings(balances=(), sectors=(sector,), clauses=(), details=())
        return replace(INVENTORY, findings=findings)

    found = content(observations=(OBSERVATION,), staff=table, resources=employing(250.0))
    (step,) = [s for s in next_steps(found) if "personalsystemet" in s.text]
    assert step.own
    assert "(270 mot 250)" in step.basis
    # as many as the sector employs: nothing to check
    calm = content(observations=(OBSERVATION,), staff=table, resources=employing(300.0))
    assert not [s for s in next_steps(calm) if "personalsystemet" in s.text]


def test_support_the_material_names_beyond_the_inventory_is_to_be_checked_with_the_sector() -> None:
    """Blind review 162: "Reconcile the inventory with what interviewees say about their
    own staff". The step names the function and the sector, not who said it; the notes
    give the statements."""
    from synth.deck.resources import UnlistedSupport

    unlisted = (
        UnlistedSupport("Vård och omsorg", "IT/digitalisering", ("INT-03.007",), ("intervjuerna",)),
    )
    (step,) = [s for s in next_steps(content(unlisted=unlisted)) if "sektor" in s.text]
    assert step.text == (
        "Stäm av inventeringen av stödresurser med sektorerna: IT/digitalisering i Vård och "
        "omsorg nämns i intervjuerna men inte i sektorns svar."
    )
    assert (
        not step.own and step.basis == "IT/digitalisering i Vård och omsorg: uttalanden INT-03.007"
    )
    survey = replace(unlisted[0], sector="Samhällsbyggnad", said_in=("enkäten",))
    (step,) = [s for s in next_steps(content(unlisted=(*unlisted, survey))) if "sektor" in s.text]
    assert "i Samhällsbyggnad nämns i intervjuerna och enkäten men inte i sektorernas svar" in (
        step.text
    )
