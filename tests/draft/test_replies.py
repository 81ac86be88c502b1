"""A strength or weakness put to the head of the unit it names gives their answer beside it
(`synth.draft.replies.with_replies`)."""

from __future__ import annotations

from synth.draft.offline import MAX_BULLETS
from synth.draft.replies import with_replies
from synth.records import Bullet, SourceType, Statement, ThemeDraft
from tests.drafted import finding

PUT = "Jag har hört i andra intervjuer att ärenden tar lång tid. Hur ser du på det?"
ANSWER = (
    "Det stämmer delvis. Servicedesken svarar oftast inom en dag, och enklare ärenden, "
    "lösenord, skrivare och sånt, löser vi snabbt. Men när det handlar om "
    "verksamhetssystemen blir det långa ledtider, det ska jag erkänna."
)


def answered(
    text: str = ANSWER,
    question: str | None = PUT,
    role: str = "IT-chef",
    sector: str = "Kommunledningskontoret",
    sid: str = "INT-06.005",
) -> dict[str, Statement]:
    st = Statement(
        id=sid,
        source_id=sid.split(".")[0],
        source_type=SourceType.INTERVJU,
        position=5,
        text=text,
        question=question,
        role=role,
        sector=sector,
    )
    return {st.id: st}


def weakness(headline: str = "IT-ärenden tar veckor", lines: int = 1) -> ThemeDraft:
    support = tuple(f"FOK-02.0{30 + k}" for k in range(lines))
    return finding(
        "T22",
        headline,
        support,
        [
            Bullet(f"I en fokusgrupp beskrivs att ärende {k} tar veckor.", (s,))
            for k, s in enumerate(support)
        ],
    )


def praised() -> ThemeDraft:
    """The strength "HR-stödet är bra", heard in a focus group."""
    return finding(
        "T01",
        "HR-stödet är bra",
        ("FOK-01.013",),
        [Bullet("I en fokusgrupp nämns ”HR är det bästa stödet vi har”.", ("FOK-01.013",))],
        polarity="styrka",
    )


def test_the_units_answer_stands_last_with_its_verdict_and_reason() -> None:
    (done,) = with_replies([weakness()], answered())

    line = done.bullets[-1]
    assert line.text == (
        "I en intervju bekräftas bilden delvis: Servicedesken svarar oftast inom en dag, men "
        "när det handlar om verksamhetssystemen blir det långa ledtider."
    )
    # it cites what it tells and is no evidence of the finding
    assert line.statement_ids == ("INT-06.005",)
    assert line.beside and not line.own
    assert done.bullets[0].own


def test_a_rejection_and_a_confirmation_are_told_as_such() -> None:
    rejected = answered("Nej, det känner jag inte igen. De flesta ärenden löses samma dag.")
    (done,) = with_replies([weakness()], rejected)
    assert done.bullets[-1].text == (
        "I en intervju ifrågasätts bilden: de flesta ärenden löses samma dag."
    )
    held = answered("Ja, det stämmer. Vi har fyra vakanser och hinner inte med ärendena.")
    (done,) = with_replies([weakness()], held)
    # the speaker's "vi" is the unit they head, and the line names the unit only as
    # what it speaks of, not as who said it (blind review 161: "Från IT-enhetens sida"
    # named the one IT chief interviewed)
    assert done.bullets[-1].text == (
        "I en intervju bekräftas bilden: IT-enheten har fyra vakanser och hinner inte med ärendena."
    )


def test_no_reply_where_the_finding_was_not_put_to_the_unit_it_names() -> None:
    cases = [
        # a sektorschef answers for the sector, not for IT
        answered(role="Sektorschef", sector="Vård och omsorg"),
        # the question put something else to the IT chief
        answered(question="Jag har hört att upphandlingar tar lång tid. Hur ser du på det?"),
        # an answer that takes up no claim
        answered(text="Servicedesken svarar oftast inom en dag."),
        # a verdict with nothing said of why
        answered(text="Det stämmer delvis."),
    ]
    for statements in cases:
        (done,) = with_replies([weakness()], statements)
        assert all(b.own for b in done.bullets), statements
    # nor of a finding about another unit, nor of a wish
    (done,) = with_replies([weakness("Upphandlingar tar lång tid")], answered())
    assert all(b.own for b in done.bullets)
    wish = finding(
        "T34",
        "Det finns önskemål om snabbare IT-ärenden",
        ("X.1",),
        [Bullet("I en intervju efterfrågas snabbare ärenden.", ("X.1",))],
        polarity="förslag",
    )
    (done,) = with_replies([wish], answered())
    assert all(b.own for b in done.bullets)


def test_a_full_slide_gives_up_its_last_line_of_its_own_not_the_other_side() -> None:
    draft = weakness(lines=MAX_BULLETS - 1)
    other_side = Bullet(
        "Samtidigt lyfts som en styrka att servicedesken svarar snabbt.",
        ("INT-01.003",),
        counterpart="T07",
    )
    draft = finding(draft.theme_id, draft.headline, draft.support_ids, [*draft.bullets, other_side])

    (done,) = with_replies([draft], answered())

    assert len(done.bullets) == MAX_BULLETS
    assert done.bullets[-2] == other_side
    assert done.bullets[-1].beside
    assert [b for b in done.bullets if b.own] == list(draft.bullets[: MAX_BULLETS - 2])


def test_beside_a_strength_the_units_head_asked_for_its_shortcomings_gives_them() -> None:
    asked = "Om du ska vara självkritisk, var finns bristerna?"
    answer = (
        "Det finns det. Rekryteringen är en. Vi har inte resurser att hjälpa till i varje "
        "rekrytering, så cheferna gör det mesta själva."
    )
    statements = answered(answer, asked, role="HR-chef", sid="INT-05.005")

    (done,) = with_replies([praised()], statements)

    assert done.bullets[-1].text == (
        "I en intervju beskrivs samtidigt att HR-enheten inte har resurser att hjälpa till i "
        "varje rekrytering, så cheferna gör det mesta själva."
    )
    # a weakness is not qualified by the unit's own shortcomings, which confirm it
    (done,) = with_replies([weakness("HR-stödet är svagt")], statements)
    assert all(b.own for b in done.bullets)


def test_what_the_one_head_of_a_unit_says_of_it_as_we_is_no_reply() -> None:
    """The one HR chief's "Vi har inte resurser att hjälpa till i varje rekrytering" points
    at her, told of "HR-enheten" or not (`RoleGroups.names_speaker`); what she says of the
    support without speaking for it stands."""
    from synth.privacy.roles import RoleGroups

    asked = "Om du ska vara självkritisk, var finns bristerna?"
    for answer, told in (
        (
            "Vi har inte resurser att hjälpa till i varje rekrytering, så cheferna gör det själva.",
            None,
        ),
        (
            "Rekryteringsstödet är för tunt, det ska jag erkänna.",
            "I en intervju beskrivs samtidigt att rekryteringsstödet är för tunt.",
        ),
    ):
        statements = answered(answer, asked, role="HR-chef", sid="INT-05.005")
        roles = RoleGroups.count(statements, threshold=5)
        (done,) = with_replies([praised()], statements, roles)
        assert (done.bullets[-1].text if done.bullets[-1].beside else None) == told
