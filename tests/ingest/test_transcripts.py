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
