from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from synth.errors import IngestError
from synth.ingest.interview_log import lookup, read_interview_log, read_recipients
from synth.records import SourceType


def test_the_log_gives_metadata_per_file(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text(
        "fil;typ;datum;roll;sektor;deltagare;intervjuare\n"
        'a.docx;intervju;2026-09-02;Kommundirektör;KLK;Eva Lindgren;"Johan Almqvist; Sara Nyström"\n'
        'fokus.vtt;Fokusgrupp;;Enhetschef;Vård och omsorg;"Anneli Strand; Robert Hedlund";Sara Nyström\n',
        encoding="utf-8",
    )
    log = read_interview_log(path)

    first = log["a.docx"]
    assert first.type is SourceType.INTERVJU and first.date == dt.date(2026, 9, 2)
    assert first.interviewers == ("Johan Almqvist", "Sara Nyström")
    focus = log["fokus.vtt"]
    assert focus.type is SourceType.FOKUSGRUPP and focus.date is None
    assert focus.participants == ("Anneli Strand", "Robert Hedlund")
    assert focus.role_of(1) == "Enhetschef"


def test_lookup_forgives_case_and_suffix(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text("fil;typ\nIntervju_HR.docx;intervju\n", encoding="utf-8")
    log = read_interview_log(path)
    assert lookup(log, "intervju_hr.docx") is log["Intervju_HR.docx"]
    assert lookup(log, "Intervju_HR.txt") is log["Intervju_HR.docx"]
    assert lookup(log, "annan.docx") is None


def test_an_unknown_type_names_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text("fil;typ\na.txt;intervju\nb.txt;samtal\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"intervjuer\.csv, rad 3, kolumn 'typ'"):
        read_interview_log(path)


def test_a_log_without_file_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "intervjuer.csv"
    path.write_text("namn;typ\na;intervju\n", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_interview_log(path)
    assert caught.value.column == "fil"


def test_recipients_need_an_email(tmp_path: Path) -> None:
    path = tmp_path / "mottagare.csv"
    path.write_text(
        "namn;e-post;sektor\nAnna Berg;anna.berg@kommun.se;HR\nPer Ek;;IT\n", encoding="utf-8"
    )
    with pytest.raises(IngestError, match="rad 3") as caught:
        read_recipients(path)
    assert "Per Ek" not in str(caught.value)
