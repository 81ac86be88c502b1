"""What the next speaker in the same exchange holds against a strength stands beside it
(`synth.draft.reservations.with_reservations`)."""

from __future__ import annotations

from dataclasses import replace

from synth.draft.reservations import with_reservations
from synth.records import Bullet, SourceType, Statement, ThemeDraft
from tests.drafted import finding

ASKED = "Vem vill börja?"


def said(position: int, text: str, question: str | None = ASKED) -> Statement:
    return Statement(
        id=f"FOK-02.{position:03d}",
        source_id="FOK-02",
        source_type=SourceType.FOKUSGRUPP,
        position=position,
        text=text,
        question=question,
        role="Rektor",
        sector="Barn och utbildning",
    )


def exchange(*answers: str, question: str | None = ASKED) -> dict[str, Statement]:
    """The praise first, then the answers after it in the same exchange."""
    told = [said(3, "Samma här, HR-stödet är verkligen bra.")]
    told += [said(4 + k, text, question) for k, text in enumerate(answers)]
    return {st.id: st for st in told}


def praised(bullets: tuple[Bullet, ...] = ()) -> ThemeDraft:
    return finding(
        "T01",
        "HR-stödet är bra",
        ("FOK-02.003",),
        list(bullets)
        or [Bullet("I en fokusgrupp beskrivs att HR-stödet är verkligen bra.", ("FOK-02.003",))],
        polarity="styrka",
    )


def test_the_reservation_the_next_speaker_sets_against_the_praise_stands_beside_it() -> None:
    """Blind review 163: "HR-stödet är bra" with no word of the focus group's "Det är
    personberoende", said right after the praise. Its "det" is the praise's subject."""
    statements = exchange(
        "Men det där är ju lite det jag tänker på. Det fungerar för att [namn] svarar. "
        "Det är personberoende."
    )
    (draft,) = with_reservations([praised()], statements)
    assert draft.bullets[-1] == Bullet(
        "I en fokusgrupp beskrivs samtidigt att HR-stödet är personberoende.",
        ("FOK-02.004",),
        beside=True,
    )
    # the finding's own line stays: the reservation is said beside it
    assert draft.bullets[0].statement_ids == ("FOK-02.003",)


def test_the_reservations_det_is_the_unit_of_the_one_the_praise_named_last() -> None:
    """Blind reviews 165 and 166: "[namn] på lönekontoret svarar alltid samma dag", and
    the answer "Det fungerar för att [namn] svarar. Det är personberoende." is said of
    lönekontoret, not of the HR-stöd praised before it."""
    statements = exchange(
        "Men det där är ju lite det jag tänker på. Det fungerar för att [namn] svarar. "
        "Det är personberoende."
    )
    statements["FOK-02.003"] = replace(
        statements["FOK-02.003"],
        text="Samma här, HR-stödet är verkligen bra. Och lönen, det är nästan aldrig fel. "
        "[namn] på lönekontoret svarar alltid samma dag.",
    )
    (draft,) = with_reservations([praised()], statements)
    assert draft.bullets[-1].text == (
        "I en fokusgrupp beskrivs samtidigt att lönekontoret är personberoende."
    )


def test_no_reservation_without_a_contrast_a_criticism_or_in_another_exchange() -> None:
    # the focus group goes on to something else, with no contrast: no reservation
    onwards = exchange("En förskolechef som vill köpa nya möbler får vänta i månader.")
    # a contrast that finds no fault
    praising = exchange("Men det fungerar för att hon alltid svarar samma dag.")
    # a new question: another exchange
    asked_anew = exchange("Men det är personberoende.", question="Hur fungerar upphandlingen?")
    for statements in (onwards, praising, asked_anew):
        (draft,) = with_reservations([praised()], statements)
        assert not any(b.beside for b in draft.bullets)


def test_a_strength_with_a_line_beside_it_already_or_a_weakness_is_left_as_it_is() -> None:
    statements = exchange("Men det är personberoende.")
    beside = Bullet("I en intervju beskrivs samtidigt att rekryteringen är tunn.", ("INT-05.010",))
    strength = praised(
        (Bullet("I en fokusgrupp beskrivs att det är bra.", ("FOK-02.003",)), beside)
    )
    weakness = finding(
        "T02",
        "HR-stödet är för tunt",
        ("FOK-02.003",),
        [Bullet("I en fokusgrupp beskrivs att HR är tunt.", ("FOK-02.003",))],
    )
    assert with_reservations([strength, weakness], statements) == (strength, weakness)
