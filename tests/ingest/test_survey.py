from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from synth.config import SurveyMapping
from synth.errors import IngestError
from synth.ingest.survey import question_id, read_survey_export

MAPPING = SurveyMapping(
    respondent_id="ID",
    sector="Sektor",
    role="Roll",
    likert=["Stödet från *"],
    free_text=["Vad saknar du*"],
    scale={
        "Mycket dåligt": 1,
        "Ganska dåligt": 2,
        "Varken eller": 3,
        "Ganska bra": 4,
        "Mycket bra": 5,
    },
)


def write_csv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "export.csv"
    header = "ID;Sektor;Roll;Stödet från HR?;Stödet från IT?;Vad saknar du?\r\n"
    path.write_bytes((header + "\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def test_likert_answers_free_text_and_gaps(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [
            "1;Vård och omsorg;Enhetschef;4;Vet ej;En väg in för allt stöd.",
            "2;Barn och utbildning;Rektor;3,0;;-",
            "3;Barn och utbildning;Rektor;5 - Mycket bra;Ganska dåligt;Inget",
        ],
    )
    rows = read_survey_export(path, MAPPING)

    assert [r.key for r in rows] == ["1", "2", "3"]
    first = rows[0]
    assert (first.sector, first.role) == ("Vård och omsorg", "Enhetschef")
    assert [(a.question_id, a.value, a.raw) for a in first.answers] == [
        ("stodet_fran_hr", 4.0, "4"),
        ("stodet_fran_it", None, "Vet ej"),
    ]
    assert first.free_text == (("Vad saknar du?", "En väg in för allt stöd."),)
    assert [a.value for a in rows[1].answers] == [3.0, None]
    assert rows[1].free_text == ()  # "-" is no answer
    assert [a.value for a in rows[2].answers] == [5.0, 2.0]
    assert rows[2].free_text == ()  # nor is "Inget"
    assert len({r.content_hash for r in rows}) == 3


def test_an_out_of_range_answer_names_row_and_column(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, ["1;Vård och omsorg;Enhetschef;4;3;", "2;Vård och omsorg;Enhetschef;7;3;"]
    )
    with pytest.raises(IngestError) as caught:
        read_survey_export(path, MAPPING)
    assert (caught.value.file, caught.value.row, caught.value.column) == (
        "export.csv",
        3,
        "Stödet från HR?",
    )
    assert "utanför skalan" in caught.value.reason


def test_an_answer_that_is_no_answer_names_row_and_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path, ["1;Vård och omsorg;Enhetschef;kanske;3;"])
    with pytest.raises(IngestError, match=r"rad 2, kolumn 'Stödet från HR\?'"):
        read_survey_export(path, MAPPING)


def test_a_missing_sector_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("ID;Roll;Stödet från HR?\n1;Rektor;4\n", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_survey_export(path, MAPPING)
    assert caught.value.column == "Sektor"


def test_a_duplicate_respondent_id_is_an_error(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, ["1;Vård och omsorg;Enhetschef;4;3;", "1;Vård och omsorg;Enhetschef;4;3;"]
    )
    with pytest.raises(IngestError, match="två gånger"):
        read_survey_export(path, MAPPING)


def test_microsoft_forms_xlsx_with_text_answers(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ID", "Starttid", "Sektor", "Roll", "Stödet från HR?", "Vad saknar du i stödet?"])
    sheet.append(
        [
            17,
            "2026-09-14 08:12",
            "Samhällsbyggnad",
            "Avdelningschef",
            "Ganska bra",
            "Tydligare servicenivåer",
        ]
    )
    path = tmp_path / "forms.xlsx"
    workbook.save(path)
    (row,) = read_survey_export(path, MAPPING)
    assert row.key == "17"
    assert row.answers[0].value == 4.0
    assert row.free_text == (("Vad saknar du i stödet?", "Tydligare servicenivåer"),)


def test_question_ids_are_stable_ascii() -> None:
    assert question_id("Hur nöjd är du med stödet från IT/digitalisering?") == (
        "hur_nojd_ar_du_med_stodet_fran_it_digitalisering"
    )
