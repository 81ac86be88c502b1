"""The reason a finding's sources give for it: causal clauses several of them say."""

from __future__ import annotations

from synth.draft.reasons import given_reason, reason_clauses
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
