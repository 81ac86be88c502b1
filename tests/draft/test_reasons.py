"""The reason a finding's sources give for it: causal clauses several of them say."""

from __future__ import annotations

from dataclasses import replace

from synth.draft.reasons import given_reason, reason_clauses, told_together
from synth.records import SourceType, Statement

SECTOR = frozenset({"sektor"})


def heard(sid: str, text: str, kind: SourceType = SourceType.FOKUSGRUPP) -> Statement:
    return Statement(sid, sid.split(".")[0], kind, 1, text)


def test_a_causal_clause_after_what_names_the_subject_is_its_reason() -> None:
    said = (
        "Och sektorn har ju anställt egna administratörer och en egen kommunikatör för att "
        "det inte fungerar centralt. Och nu finns det dubbelt."
    )
    assert reason_clauses(said, SECTOR) == ["det inte fungerar centralt"]
    # up to its first comma: what follows is the speaker going on
    assert reason_clauses(
        "Sektorerna har egna upphandlare eftersom upphandlingen tar för lång tid, och det "
        "kostade oss ett år.",
        SECTOR,
    ) == ["upphandlingen tar för lång tid"]
    # "Det beror på att …" explains the sentence before it
    assert reason_clauses(
        "Sektorerna har anställt egna IT-tekniker. Det beror på att IT inte hinner.", SECTOR
    ) == ["IT inte hinner"]


def test_what_is_no_reason_of_the_finding_is_not_read_as_one() -> None:
    for text in (
        # denied
        "Sektorn har chefer som inte förstår budgetrapporten, och det är inte för att de är dumma.",
        # a purpose, and what is feared, not a cause
        "Sektorn har anställt en controller för att hjälpa cheferna.",
        "Sektorn ser risken för att frågor hamnar mellan stolarna.",
        # the speaker's own unit: their reason as they said it
        "Sektorn har en egen upphandlare eftersom vi inte får hjälp.",
        # said of something else than the subject
        "Upphandlingen tar lång tid eftersom mallarna ändras hela tiden.",
        # the finding given as its own reason
        "Sektorn har egna resurser eftersom sektorerna vill ha det så.",
    ):
        assert reason_clauses(text, SECTOR) == [], text


def test_a_reason_is_given_where_two_sources_say_one_in_shared_words() -> None:
    support = [
        heard(
            "FOK-01.054",
            "Och sektorn har ju anställt egna administratörer och en egen kommunikatör för "
            "att det inte fungerar centralt.",
        ),
        heard(
            "FOK-02.032",
            "För vi har ju två IT-tekniker som sektorn själv anställde för några år sedan, "
            "just för att det inte fungerade centralt.",
        ),
        heard("INT-04.013", "Sektorn har en egen upphandlare eftersom mallarna ändras."),
    ]
    reason = given_reason(support, SECTOR)
    assert reason is not None
    # the shortest wording of those that agree; the unrelated reason is not among them
    assert reason.clause == "det inte fungerar centralt"
    assert reason.statement_ids == ("FOK-01.054", "FOK-02.032")
    assert reason.source_ids == ("FOK-01", "FOK-02")
    # one source's reason is that source's, not the material's
    assert given_reason(support[:1], SECTOR) is None
    # two reasons about different things are no shared reason
    assert given_reason([support[0], support[2]], SECTOR) is None
    # without a subject nothing tells what a reason explains
    assert given_reason(support, frozenset()) is None


def answer(sid: str, question: str, text: str, kind: SourceType = SourceType.INTERVJU) -> Statement:
    position = sid.split(".")[1]
    return replace(heard(sid, text, kind), position=int(position), question=question)


SLOW = [
    answer("INT-01.011", "Kan du ge fler exempel?", "Ärendena hamnar mittemellan i veckor."),
    answer("INT-06.007", "Hur ser du på det?", "Ärendet ligger i TopDesk och väntar."),
    answer("GRP-01.035", "Hur fungerar det?", "Ärendet låg i TopDesk i sex veckor."),
    answer(
        "FOK-01.034", "Hur fungerar det?", "Ärendena bollas i tre veckor.", SourceType.FOKUSGRUPP
    ),
    answer(
        "ENK-0032.002",
        "Vad fungerar mindre bra?",
        "- IT-ärenden tar för lång tid",
        SourceType.ENKAT,
    ),
]


def test_what_several_tell_in_the_same_answer_is_told_together() -> None:
    """Asked how IT works, interviewees told of cases that wait for weeks and, in the same
    answer, that nobody knows who owns the systems (blind review 121: "the deck does not
    connect the two"). Three interviews or groups that do make the two findings told
    together; a survey answer's list, a part of another answer (a question asked again
    later), and a statement under both findings do not."""
    owners = [
        answer("INT-01.010", "Kan du ge fler exempel?", "Det är oklart vem som äger vad."),
        answer("INT-06.006", "Hur ser du på det?", "Det är inte tydligt vem som äger vad."),
        answer("GRP-01.036", "Hur fungerar det?", "Det är oklart vem som äger Hypergene."),
        # the same question asked again later in the focus group: another answer
        answer("FOK-01.090", "Hur fungerar det?", "Vem äger Lifecare?", SourceType.FOKUSGRUPP),
        answer(
            "ENK-0032.003",
            "Vad fungerar mindre bra?",
            "- oklart vem som äger systemen",
            SourceType.ENKAT,
        ),
    ]
    reports = [
        answer(
            "FOK-01.090",
            "Hur fungerar det?",
            "Rapporterna är svåra att läsa.",
            SourceType.FOKUSGRUPP,
        )
    ]
    found = told_together(SLOW, {"T26": owners, "T14": reports})
    assert found == ("T26", ("GRP-01", "INT-01", "INT-06"))
    # two are not enough, and what both findings rest on tells nothing together
    assert told_together(SLOW, {"T26": owners[:2]}) is None
    assert told_together(SLOW, {"T26": [*owners[:2], SLOW[2]]}) is None
