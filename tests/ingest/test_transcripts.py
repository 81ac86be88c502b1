from __future__ import annotations

from pathlib import Path

import pytest

from synth.errors import IngestError
from synth.ingest.transcripts import parse_transcript
from synth.records import InterviewMeta
from tests.conftest import DATA


def test_teams_vtt_voice_tags_make_turns_with_times() -> None:
    meta = InterviewMeta(file="teams.vtt", interviewers=("Sara Nyström",))
    turns = parse_transcript(DATA / "teams.vtt", meta)

    assert [(t.speaker, t.is_interviewer) for t in turns] == [
        ("Sara Nyström", True),
        ("Robert Hedlund", False),
        ("Sara Nyström", True),
        ("Jenny Lund", False),
    ]
    robert = turns[1]
    assert robert.text.startswith("Ärligt talat") and "sex veckor" in robert.text
    assert robert.start == 5.5
    assert [start for _, start in robert.segments] == [5.5, 9.1]


def test_zoom_vtt_name_prefixes_make_turns() -> None:
    turns = parse_transcript(DATA / "zoom.vtt")
    assert [t.speaker for t in turns] == ["Sara Nyström", "Tomas Berglund"]
    # no log: the one who asks the questions is taken for the interviewer
    assert [t.is_interviewer for t in turns] == [True, False]
    assert "rapporterna är svåra" in turns[1].text


def test_srt_prefixes_carry_over_to_unprefixed_cues() -> None:
    meta = InterviewMeta(file="intervju.srt", interviewers=("Johan Almqvist",))
    turns = parse_transcript(DATA / "intervju.srt", meta)
    assert [(t.speaker, t.is_interviewer) for t in turns] == [
        ("Johan", True),
        ("Karin", False),
        ("Johan", True),
        ("Karin", False),
    ]
    assert turns[1].text.endswith("och flera av dem motsäger varandra.")


def test_markdown_bold_prefixes_headings_and_front_matter() -> None:
    turns = parse_transcript(DATA / "fokusgrupp.md")
    assert [t.speaker for t in turns] == [
        "Moderator",
        "Deltagare 1",
        "Deltagare 2",
        "Moderator",
        "Deltagare 2",
    ]
    assert turns[0].is_interviewer and not turns[1].is_interviewer
    assert "titel" not in " ".join(t.text for t in turns)
    assert "Det gäller bl.a. lärplattformarna också." in turns[2].text


def test_teams_word_export_headings_and_title_lines() -> None:
    meta = InterviewMeta(file="teams_export.docx", interviewers=("Johan Almqvist",))
    turns = parse_transcript(DATA / "teams_export.docx", meta)
    assert [t.speaker for t in turns] == ["Johan Almqvist", "Helena Forsberg"] * 2
    assert turns[1].start == 15.0 and turns[3].start == 70.0
    assert "Mötesavskrift" not in " ".join(t.text for t in turns)


def test_word_prefixes_and_a_heading() -> None:
    turns = parse_transcript(DATA / "intervju.docx")
    assert [t.speaker for t in turns] == ["Intervjuare", "Ekonomichef"] * 2
    assert "Intervju med ekonomichef" not in " ".join(t.text for t in turns)
    # a paragraph without prefix continues the speaker before it
    assert "rapporterna är svåra att läsa" in turns[1].text


def test_windows_1252_text_with_crlf() -> None:
    turns = parse_transcript(DATA / "latin1.txt")
    assert turns[1].speaker == "Niklas"
    assert "förvaltningarna" in turns[1].text


def test_a_colon_in_a_sentence_is_no_speaker() -> None:
    text = "I: Vad är viktigast?\nIP: Det viktiga är: att vi får en väg in.\nProblemet: ingen äger frågan."
    path = Path(__file__).parent / "_colon.txt"
    try:
        path.write_text(text, encoding="utf-8")
        turns = parse_transcript(path)
    finally:
        path.unlink()
    assert [t.speaker for t in turns] == ["I", "IP"]
    assert "Problemet: ingen äger frågan." in turns[1].text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("trasig.docx", b"PK\x03\x04garbage", "Word"),
        ("slumpdata.docx", bytes(range(256)), "Word"),
        ("tom.txt", b"", "tom"),
        ("bara_mellanslag.md", b"   \n\n  ", "tom"),
        ("binar.txt", b"\x00\x01\x02" * 100, "binär"),
        ("trasig.srt", b"ingen tidkod alls", "SRT"),
        ("trasig.vtt", b"inte webvtt", "WebVTT"),
    ],
)
def test_broken_files_are_rejected_by_name(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as caught:
        parse_transcript(path)
    assert caught.value.file == name
    assert reason in caught.value.reason


MALFORMED_VTT = """\
WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Anna Berg>HR-stödet fungerar bra hos oss.

2
00:00:05.000 -> 00:00:08.000
<v Anna Berg>IT-stödet tar veckor på sig.

NOTE ingen text som ska läsas

3
00:00:09.000 --> 00:00:99.000
<v Anna Berg>Ekonomistödet är nära.

4
00:00:13.000 --> 00:00:15.000
<v Anna Berg>Lönekontoret svarar fort.
"""


def test_a_malformed_vtt_cue_is_reported_by_line_never_dropped(tmp_path: Path) -> None:
    path = tmp_path / "teams.vtt"
    path.write_text(MALFORMED_VTT, encoding="utf-8")

    with pytest.raises(IngestError) as caught:
        parse_transcript(path)

    reason = caught.value.reason
    assert caught.value.file == "teams.vtt"
    assert "2 textblock har ogiltig eller saknad tidkod" in reason
    assert "rad 7 (textblock 2)" in reason and "rad 13 (textblock 3)" in reason
    assert "IT-stödet" not in reason and "Ekonomistödet" not in reason


def test_a_vtt_of_only_malformed_cues_says_so_not_that_it_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "zoom.vtt"
    path.write_text(
        "WEBVTT\n\n1\n00:01.000 -> 00:04.000\nHej där.\n\n2\n00:05 --> 00:06\nMer text.\n",
        encoding="utf-8",
    )

    with pytest.raises(IngestError) as caught:
        parse_transcript(path)

    assert "ingen text" not in caught.value.reason
    assert "rad 3 (textblock 1), rad 7 (textblock 2)" in caught.value.reason


def test_an_srt_cue_without_timing_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "intervju.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nIP: Stödet fungerar.\n\n"
        "00:00:05,000 --> 00:00:08\nIP: Det här hade tappats.\n\n"
        "3\n00:00:09,000 --> 00:00:12,000\nIP: Sista.\n",
        encoding="utf-8",
    )

    with pytest.raises(IngestError) as caught:
        parse_transcript(path)

    assert "rad 5 (textblock 2)" in caught.value.reason
    assert "00:01:02,000 --> 00:01:05,500" in caught.value.reason


def test_well_formed_captions_lose_nothing() -> None:
    # Teams' identifiers and voice tags, Zoom's name prefixes, SRT's multi-line cues
    for name in ("teams.vtt", "zoom.vtt", "intervju.srt"):
        assert parse_transcript(DATA / name)


def test_a_line_labelled_anew_by_the_same_speaker_is_an_utterance_of_its_own(
    tmp_path: Path,
) -> None:
    """The seed engagement's deck had "… efterfrågas oförändrat antal nämnder Kopplat
    ansvar för arbetsmarknad": two lines, each labelled "IP:", read as one sentence. A
    line labelled anew keeps its own sentence; a line without a label still goes on with
    the one before it, as a wrapped line does."""
    from synth.ingest.statements import statements_from_turns

    path = tmp_path / "intervju.txt"
    path.write_text(
        "I: Vad beslutades?\n"
        "IP: Oförändrat antal nämnder\n"
        "IP: Kopplat ansvar för arbetsmarknad och försörjningsstöd\n"
        "IP: Det var ett beslut som tog lång tid att\n"
        "komma fram till i kommunstyrelsen.\n",
        encoding="utf-8",
    )
    turns = parse_transcript(path)
    texts = [d.text for d in statements_from_turns(turns, max_sentences=1, min_words=3)]
    assert "Oförändrat antal nämnder." in texts
    assert "Kopplat ansvar för arbetsmarknad och försörjningsstöd." in texts
    assert "Det var ett beslut som tog lång tid att komma fram till i kommunstyrelsen." in texts
