"""A wish's slide tells what is feared of it where the conversation that gave the wish, or
a question about it, does (`synth.draft.misgivings.with_misgivings`)."""

from __future__ import annotations

from synth.draft.misgivings import with_misgivings
from synth.records import Bullet, SourceType, Statement, ThemeDraft
from tests.drafted import finding

WISH = "Och egentligen en väg in, ett gemensamt servicecenter för HR-, löne- och IT-frågor."
FEARED = "Jag tror att [namn] är positiv. Sektorerna är skeptiska, de är rädda att förlora sina resurser."


def said(
    sid: str,
    text: str,
    question: str | None,
    position: int,
    kind: SourceType = SourceType.INTERVJU,
) -> Statement:
    return Statement(
        id=sid,
        source_id=sid.split(".")[0],
        source_type=kind,
        position=position,
        text=text,
        question=question,
        role="HR-chef",
    )


def conversation(follow_up: str | None) -> dict[str, Statement]:
    """An interview that gives the wish for one way in, an answer more to the same question,
    and then an answer to `follow_up` that voices a misgiving."""
    asked = "Hur tänker du att det borde fungera?"
    turns = [
        said("INT-05.022", WISH, asked, 22),
        said(
            "INT-05.023", "Det skulle avlasta HR-konsulterna från de enklare frågorna.", asked, 23
        ),
        said("INT-05.024", FEARED, follow_up, 24),
        said("INT-08.035", "Att det finns en väg in till stödet.", "Om du fick önska?", 35),
    ]
    return {st.id: st for st in turns}


def wish(
    support: tuple[str, ...] = ("INT-08.035", "INT-05.022"),
    line: str = "I en intervju efterfrågas en väg in till stödet.",
) -> ThemeDraft:
    """The finding "Det finns önskemål om en väg in", resting on `support`, whose first
    statement gives its one line."""
    return finding(
        "T34",
        "Det finns önskemål om en väg in",
        support,
        [Bullet(line, support[:1])],
        polarity="förslag",
    )


def test_a_misgiving_in_the_next_answers_stands_last_under_the_wish() -> None:
    statements = conversation("Är det en tanke som delas i ledningen?")
    (done,) = with_misgivings([wish()], statements)

    line = done.bullets[-1]
    assert line.text == (
        "I en intervju beskrivs samtidigt att sektorerna är skeptiska och att de är rädda att "
        "förlora sina resurser."
    )
    # it cites what it tells, not the wish's evidence, and is no evidence of the wish
    assert line.statement_ids == ("INT-05.024",)
    assert line.beside and not line.own
    assert done.bullets[0].own


def test_no_misgiving_from_an_answer_to_another_question() -> None:
    # a question about something else, one that asks for anything more, and one that asks
    # for worries of its own: what is feared there is not said of the wish
    for question in (
        "Hur ser det ut med lokalerna?",
        "Finns det något mer du vill lägga till?",
        "Är det något du är orolig för i genomlysningen?",
        "Och digitaliseringen inom HR?",
    ):
        statements = conversation(question)
        assert with_misgivings([wish()], statements) == (wish(),), question


def test_a_misgiving_only_two_answers_on() -> None:
    statements = conversation("Är det en tanke som delas i ledningen?")
    later = {**statements, "INT-05.024": said("INT-05.024", "Ja.", None, 24)}
    later["INT-05.025"] = said("INT-05.025", FEARED, "Och ledningen, delar den det?", 25)
    assert with_misgivings([wish()], later) == (wish(),)


def test_an_answer_to_a_question_about_the_wish_is_heard_too() -> None:
    statements = {
        **conversation(None),
        "INT-06.022": said(
            "INT-06.022",
            "Sektorcheferna är oroliga att det blir ett lager till.",
            "Hur ser du på idén om en väg in för stödet?",
            22,
        ),
    }
    statements.pop("INT-05.024")
    (done,) = with_misgivings([wish()], statements)
    assert done.bullets[-1].text == (
        "I en intervju beskrivs samtidigt att sektorcheferna är oroliga att det blir ett "
        "lager till."
    )
    assert done.bullets[-1].statement_ids == ("INT-06.022",)


def test_no_misgiving_of_the_speaker_alone_nor_from_the_survey_nor_under_a_complaint() -> None:
    statements = conversation("Är det en tanke som delas i ledningen?")
    # the speaker's own worry in the first person points at the speaker
    personal = {
        **statements,
        "INT-05.024": said("INT-05.024", "Jag är orolig att jag förlorar mina resurser.", None, 24),
    }
    assert with_misgivings([wish()], personal) == (wish(),)
    # a survey answer is no conversation: the next answer is another question's
    survey = {
        sid: said(sid.replace("INT", "ENK"), st.text, st.question, st.position, SourceType.ENKAT)
        for sid, st in statements.items()
    }
    survey = {st.id: st for st in survey.values()}
    surveyed = wish(("ENK-05.022",), "I ett enkätsvar efterfrågas en väg in.")
    assert with_misgivings([surveyed], survey) == (surveyed,)
    # a weakness has its other side from the findings (`with_counterparts`)
    weak = finding(
        "T34",
        "Det saknas en väg in",
        ("INT-05.022",),
        [Bullet("I en intervju beskrivs att det saknas en väg in.", ("INT-05.022",))],
    )
    assert with_misgivings([weak], statements) == (weak,)


def test_the_answer_to_the_idea_put_to_an_interviewee_is_heard_first() -> None:
    """Blind review 160: the sektorschef asked about the idea says first-hand what the HR
    chief only reports of the sectors; the slide should cite that. The interviewer puts
    the wish in other words ("en gemensam ingång …, en servicefunktion"), which the
    wish's support alone shares ("servicefunktion"); the worry said of the speaker's own
    person is told as the worry put forward."""
    put = "En idé som andra har lyft är en gemensam ingång, en servicefunktion. Vad tänker du?"
    statements = {
        **conversation("Är det en tanke som delas i ledningen?"),
        "INT-09.016": said("INT-09.016", "En väg in. En gemensam servicefunktion.", None, 16),
        "INT-04.030": said(
            "INT-04.030",
            "Jag är lite kluven. Men jag är orolig att det blir ett lager till.",
            put,
            30,
        ),
        # another wish, whose support shares only the common "gemensam" with the question
        "INT-03.032": said("INT-03.032", "En gemensam digitaliseringsplan.", None, 32),
    }
    wanted = wish(("INT-08.035", "INT-05.022", "INT-09.016"))
    plan = finding(
        "T13",
        "Det finns önskemål om en digitaliseringsplan",
        ("INT-03.032",),
        [Bullet("I en intervju efterfrågas en digitaliseringsplan.", ("INT-03.032",))],
        polarity="förslag",
    )
    done, other = with_misgivings([wanted, plan], statements)
    assert done.bullets[-1].text == (
        "I en intervju framförs samtidigt oro för att det blir ett lager till."
    )
    assert done.bullets[-1].statement_ids == ("INT-04.030",) and done.bullets[-1].beside
    assert other == plan
