from __future__ import annotations

from synth.ingest.statements import statements_from_turns
from synth.ingest.transcripts import parse_transcript
from synth.records import InterviewMeta, Turn
from tests.conftest import DATA


def test_statements_keep_their_question_and_time() -> None:
    meta = InterviewMeta(file="teams.vtt", interviewers=("Sara Nyström",))
    drafts = statements_from_turns(parse_transcript(DATA / "teams.vtt", meta))

    assert [d.speaker for d in drafts] == ["Robert Hedlund", "Jenny Lund"]
    first = drafts[0]
    assert first.question == "Hur fungerar stödet från IT för era enheter?"
    assert first.text == (
        "Ärligt talat så tar det för lång tid. "
        "Vi väntade t.ex. sex veckor på nya telefoner till nattpersonalen."
    )
    assert first.timestamp == 5.5
    assert drafts[1].question == "Hur fungerar stödet från IT för era enheter?"
    assert drafts[1].timestamp == 16.2


def test_a_long_turn_is_split_into_statements_of_at_most_three_sentences() -> None:
    sentences = [f"Mening nummer {i} handlar om stödet från ekonomi och HR." for i in range(9)]
    turn = Turn(speaker="IP", text=" ".join(sentences), position=0)
    drafts = statements_from_turns([turn], max_sentences=3)
    assert len(drafts) >= 3
    assert all(1 <= d.text.count(".") <= 3 for d in drafts)
    assert " ".join(d.text for d in drafts) == " ".join(sentences)
    assert [d.position for d in drafts] == list(range(len(drafts)))


def test_fillers_fragments_and_interviewer_turns_are_not_statements() -> None:
    turns = [
        Turn(speaker="I", text="Hur är det med IT?", position=0, is_interviewer=True),
        Turn(speaker="IP", text="Mm. Ja precis.", position=1),
        Turn(speaker="IP2", text="Okej.", position=2),
        Turn(speaker="IP", text="Eh, öh, IT-supporten svarar inte på veckor.", position=3),
    ]
    drafts = statements_from_turns(turns)
    assert [d.text for d in drafts] == ["IT-supporten svarar inte på veckor."]


def test_a_statement_needs_enough_words() -> None:
    turns = [Turn(speaker="IP", text="Bra stöd.", position=0)]
    assert statements_from_turns(turns, min_words=4) == []
    assert [d.text for d in statements_from_turns(turns, min_words=2)] == ["Bra stöd."]


def test_transcribers_notes_on_what_is_not_speech_are_dropped() -> None:
    turns = [
        Turn(
            speaker="IP",
            text="[skratt] Nej men IT-supporten svarar aldrig i tid. Vi är en bra skola för "
            "branschen, kan man säga. [skratt] Och (ohörbart) controllern hjälper oss mycket.",
            position=0,
        )
    ]
    texts = " ".join(d.text for d in statements_from_turns(turns))
    assert "skratt" not in texts and "ohörbart" not in texts
    assert "IT-supporten svarar aldrig i tid." in texts
    assert "controllern hjälper oss mycket." in texts


def test_a_topic_said_on_its_own_stays_with_the_sentence_that_takes_it_up() -> None:
    # dropped as a fragment, "Men, alltså, rapporterna." left "De är svåra att läsa" to be
    # read as said of the controllers before it
    turn = Turn(
        speaker="IP",
        text="Vi har en controller som kan verksamheten. Budgetuppföljningen fungerar. "
        "Men, alltså, rapporterna. De är svåra att läsa.",
        position=0,
    )
    (draft,) = statements_from_turns([turn])
    assert draft.text == (
        "Vi har en controller som kan verksamheten. Budgetuppföljningen fungerar. "
        "Men rapporterna, de är svåra att läsa."
    )
    # a fragment that nothing takes up is dropped as before
    alone = Turn(speaker="IP", text="Rapporterna. Vi har fått en ny mall i höstas.", position=1)
    assert [d.text for d in statements_from_turns([alone])] == ["Vi har fått en ny mall i höstas."]


def test_a_prompt_to_go_on_ends_the_question_a_backchannel_keeps_it() -> None:
    # as in an IFO interview: the answer after "Berätta." goes on with the speaker's own
    # "tufft läge", and is no answer to how long they have been there
    turns = [
        Turn(speaker="I", text="Hur länge har du varit här?", position=0, is_interviewer=True),
        Turn(speaker="IP", text="Snart tre år. Det har aldrig varit så tufft som nu.", position=1),
        Turn(speaker="I", text="Berätta.", position=2, is_interviewer=True),
        Turn(speaker="IP", text="Det är kompetensförsörjningen, framför allt.", position=3),
        Turn(speaker="I", text="Hur många chefer har du?", position=4, is_interviewer=True),
        Turn(speaker="IP", text="Jag har fyra enhetschefer under mig.", position=5),
        Turn(speaker="I", text="Mm.", position=6, is_interviewer=True),
        Turn(speaker="IP", text="En av dem har slutat i höstas.", position=7),
        Turn(speaker="I", text="Fyra?", position=8, is_interviewer=True),
        Turn(speaker="IP", text="Fyra enhetschefer på papperet, tre i praktiken.", position=9),
    ]
    asked = {d.text: d.question for d in statements_from_turns(turns)}
    assert asked["Snart tre år. Det har aldrig varit så tufft som nu."] == (
        "Hur länge har du varit här?"
    )
    assert asked["Det är kompetensförsörjningen, framför allt."] is None
    assert asked["En av dem har slutat i höstas."] == "Hur många chefer har du?"
    assert asked["Fyra enhetschefer på papperet, tre i praktiken."] == "Hur många chefer har du?"


def test_a_question_that_points_back_keeps_what_it_points_at() -> None:
    # as in the SBF interview: the sektorschef's doubts are about a single point of entry,
    # which the question's own last sentence does not name
    turns = [
        Turn(
            speaker="I",
            text=(
                "Mm. En idé som andra har lyft är en gemensam ingång till stödet, en "
                "servicefunktion. Vad tänker du om det?"
            ),
            position=0,
            is_interviewer=True,
        ),
        Turn(speaker="IP", text="Jag är orolig att det blir ett lager till.", position=1),
        Turn(speaker="I", text="Okej. Hur ser HR-stödet ut?", position=2, is_interviewer=True),
        Turn(speaker="IP", text="HR-konsulten svarar samma dag.", position=3),
        Turn(speaker="I", text="Kan du utveckla det?", position=4, is_interviewer=True),
        Turn(speaker="IP", text="Hon kan arbetsrätten och ringer tillbaka.", position=5),
        Turn(
            speaker="I",
            text="Det vore jättebra. Om vi går över till IT, hur fungerar det?",
            position=6,
            is_interviewer=True,
        ),
        Turn(speaker="IP", text="Ärendena bollas mellan supporten och leverantören.", position=7),
    ]
    asked = {d.text: d.question for d in statements_from_turns(turns)}
    assert asked["Jag är orolig att det blir ett lager till."] == (
        "En idé som andra har lyft är en gemensam ingång till stödet, en servicefunktion. "
        "Vad tänker du om det?"
    )
    # nothing to point at before it, or only a filler: the question as it stands
    assert asked["HR-konsulten svarar samma dag."] == "Hur ser HR-stödet ut?"
    assert asked["Hon kan arbetsrätten och ringer tillbaka."] == "Kan du utveckla det?"
    # nor where it names what it asks about itself
    assert asked["Ärendena bollas mellan supporten och leverantören."] == (
        "Om vi går över till IT, hur fungerar det?"
    )
