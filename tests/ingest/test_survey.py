from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from synth.config import SurveyMapping, load_config
from synth.errors import FormError, IngestError
from synth.ingest.pipeline import ingest_engagement
from synth.ingest.survey import export_labels, question_id, read_survey, read_survey_export
from synth.workspace import init_engagement

DATA = Path(__file__).parents[1] / "data"
HR = "Hur nöjd är du med stödet från HR?"
IT = "Hur nöjd är du med stödet från IT?"
MISSING = "Vad saknar du i stödet?"

MAPPING = SurveyMapping(
    respondent_id="ID",
    sector="Sektor",
    role="Roll",
    likert=["Hur nöjd är du med stödet från *"],
    free_text=["Vad saknar du*"],
)
FORMS_SCALE = {
    "Mycket dåligt": 1,
    "Ganska dåligt": 2,
    "Varken bra eller dåligt": 3,
    "Ganska bra": 4,
    "Mycket bra": 5,
}


def write_csv(tmp_path: Path, rows: list[str], header: str | None = None) -> Path:
    path = tmp_path / "export.csv"
    header = header or f"ID;Sektor;Roll;{HR};{IT};{MISSING}"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1252"))
    return path


def test_likert_answers_from_a_swedish_excel_csv() -> None:
    rows = read_survey_export(DATA / "enkat_excel_cp1252.csv", MAPPING)

    assert [r.key for r in rows] == ["1", "2", "3", "4"]
    assert [r.row_number for r in rows] == [2, 3, 5, 6]
    first = rows[0]
    assert (first.sector, first.role) == ("Vård och omsorg", "Enhetschef")
    assert [(a.question_id, a.question, a.value, a.raw) for a in first.answers] == [
        ("hur_nojd_ar_du_med_stodet_fran_hr", HR, 4.0, "4"),
        ("hur_nojd_ar_du_med_stodet_fran_it", IT, None, "Vet ej"),
    ]
    assert [a.value for a in rows[1].answers] == [3.0, None]  # "3,0" and an empty cell
    assert [a.value for a in rows[2].answers] == [5.0, 2.0]  # "5 - Mycket bra"
    assert [a.value for a in rows[3].answers] == [None, 1.0]  # "ej aktuellt"
    assert rows[3].role is None


def test_gaps_are_kept_as_missing_answers_not_dropped() -> None:
    rows = read_survey_export(DATA / "enkat_excel_cp1252.csv", MAPPING)
    assert all(len(r.answers) == 2 for r in rows)
    assert rows[1].answers[1].raw == ""


def test_free_text_is_trimmed_and_non_answers_dropped() -> None:
    rows = read_survey_export(DATA / "enkat_excel_cp1252.csv", MAPPING)
    assert rows[0].free_text == ((MISSING, "En väg in för allt stöd."),)
    assert rows[1].free_text == ()  # "-"
    assert rows[2].free_text == ((MISSING, "Snabbare svar från IT. Och lönen i tid."),)
    assert rows[3].free_text == ()  # "Inget"


def test_the_questions_found_are_reported() -> None:
    export = read_survey(DATA / "enkat_excel_cp1252.csv", MAPPING)
    assert [(q.question_id, q.question) for q in export.likert] == [
        ("hur_nojd_ar_du_med_stodet_fran_hr", HR),
        ("hur_nojd_ar_du_med_stodet_fran_it", IT),
    ]
    assert export.free_text == (MISSING,)


def test_a_utf8_export_with_bom_and_commas() -> None:
    rows = read_survey_export(DATA / "enkat_utf8_bom.csv", MAPPING)
    assert [(r.key, r.answers[0].value) for r in rows] == [("10", 4.0), ("11", 2.0)]
    assert rows[1].free_text == ()  # "Vet ej"


def test_microsoft_forms_export_with_the_scale_as_text() -> None:
    mapping = MAPPING.model_copy(
        update={"likert": ["Hur nöjd är du med stödet från följande*"], "scale": FORMS_SCALE}
    )
    export = read_survey(DATA / "enkat_forms.xlsx", mapping)

    assert [q.question.rsplit(".", 1)[1] for q in export.likert] == ["HR", "Ekonomi", "IT"]
    values = [[a.value for a in row.answers] for row in export.rows]
    assert values == [[4.0, 5.0, 1.0], [3.0, None, None], [5.0, 2.0, 4.0]]  # "mycket bra" too
    assert export.rows[0].free_text == ((MISSING, "Tydligare servicenivåer från IT."),)
    assert export.rows[1].free_text == ()  # "nej"
    assert [r.key for r in export.rows] == ["1", "2", "3"]


def test_text_answers_without_a_scale_say_where_to_put_it() -> None:
    mapping = MAPPING.model_copy(update={"likert": ["Hur nöjd är du med stödet från följande*"]})
    with pytest.raises(IngestError, match=r"survey\.scale") as caught:
        read_survey_export(DATA / "enkat_forms.xlsx", mapping)
    assert (caught.value.row, caught.value.column) == (
        2,
        "Hur nöjd är du med stödet från följande funktioner?.HR",
    )


def test_an_out_of_range_answer_names_file_row_and_column() -> None:
    with pytest.raises(IngestError) as caught:
        read_survey_export(DATA / "enkat_utanfor_skalan.csv", MAPPING)
    error = caught.value
    assert (error.file, error.row, error.column) == ("enkat_utanfor_skalan.csv", 3, IT)
    assert "utanför skalan 1–5" in error.reason
    assert str(error).startswith(f"enkat_utanfor_skalan.csv, rad 3, kolumn '{IT}'")


def test_a_scale_sets_the_range(tmp_path: Path) -> None:
    mapping = MAPPING.model_copy(update={"scale": {"Instämmer inte alls": 1, "Instämmer helt": 7}})
    path = write_csv(tmp_path, ["1;KLK;Chef;7;Instämmer helt;", "2;KLK;Chef;8;1;"])
    with pytest.raises(IngestError, match="utanför skalan 1–7") as caught:
        read_survey_export(path, mapping)
    assert (caught.value.row, caught.value.column) == (3, HR)


@pytest.mark.parametrize("answer", ["kanske", "4-5", "Bra"])
def test_an_answer_that_is_no_answer_names_row_and_column(tmp_path: Path, answer: str) -> None:
    path = write_csv(tmp_path, ["1;Vård och omsorg;Enhetschef;3;3;", f"2;KLK;Chef;{answer};3;"])
    with pytest.raises(IngestError, match=r"^export\.csv, rad 3, kolumn 'Hur nöjd.*HR\?'"):
        read_survey_export(path, MAPPING)


@pytest.mark.parametrize(
    ("answer", "value"),
    [("5 (Mycket bra)", 5.0), ("4. Ganska bra", 4.0), ("Ganska bra (4)", 4.0), ("VET EJ", None)],
)
def test_labels_carrying_their_number(tmp_path: Path, answer: str, value: float | None) -> None:
    path = write_csv(tmp_path, [f"1;KLK;Chef;{answer};;"])
    assert read_survey_export(path, MAPPING)[0].answers[0].value == value


def test_a_missing_sector_column_is_named() -> None:
    with pytest.raises(IngestError) as caught:
        read_survey_export(DATA / "enkat_utan_sektor.csv", MAPPING)
    assert (caught.value.file, caught.value.column) == ("enkat_utan_sektor.csv", "Sektor")


def test_no_matching_question_column_is_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path, ["1;KLK;Chef;4;4;"])
    mapping = MAPPING.model_copy(update={"likert": ["Hur trivs du*"], "free_text": []})
    with pytest.raises(IngestError, match=r"survey\.likert") as caught:
        read_survey_export(path, mapping)
    assert caught.value.column == "Hur trivs du*"


def test_without_respondent_ids_rows_are_keyed_by_row(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        ["1;KLK;Chef;4;4;", ";;;;;", "2;VoO;Chef;3;3;"],
        header=f"X;Sektor;Roll;{HR};{IT};",
    )
    mapping = MAPPING.model_copy(update={"respondent_id": None})
    assert [r.key for r in read_survey_export(path, mapping)] == ["rad-2", "rad-4"]


def test_a_missing_id_column_is_named_when_ids_are_configured(tmp_path: Path) -> None:
    path = write_csv(tmp_path, ["1;KLK;Chef;4;4;"], header=f"Nr;Sektor;Roll;{HR};{IT};")
    with pytest.raises(IngestError) as caught:
        read_survey_export(path, MAPPING)
    assert caught.value.column == "ID"


def test_a_duplicate_respondent_id_is_an_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path, ["1;KLK;Chef;4;3;", "1;KLK;Chef;4;3;"])
    with pytest.raises(IngestError, match="samma svars-id som på rad 2") as caught:
        read_survey_export(path, MAPPING)
    assert (caught.value.row, caught.value.column) == (3, "ID")


def test_content_hashes_are_stable_and_differ_per_answer(tmp_path: Path) -> None:
    first = read_survey_export(DATA / "enkat_excel_cp1252.csv", MAPPING)
    again = read_survey_export(DATA / "enkat_excel_cp1252.csv", MAPPING)
    assert [r.content_hash for r in first] == [r.content_hash for r in again]
    assert len({r.content_hash for r in first}) == len(first)
    changed = write_csv(
        tmp_path, ["1;Vård och omsorg;Enhetschef;5;Vet ej;En väg in för allt stöd."]
    )
    assert read_survey_export(changed, MAPPING)[0].content_hash != first[0].content_hash


def test_a_column_synth_does_not_read_leaves_the_hash_alone(tmp_path: Path) -> None:
    plain = write_csv(tmp_path, ["1;KLK;Chef;4;3;Mer tid."])
    before = read_survey_export(plain, MAPPING)[0].content_hash
    extra = write_csv(
        tmp_path,
        ["2026-09-14;1;KLK;Chef;4;3;Mer tid."],
        header=f"Starttid;ID;Sektor;Roll;{HR};{IT};{MISSING}",
    )
    assert read_survey_export(extra, MAPPING)[0].content_hash == before


def test_question_ids_are_stable_ascii() -> None:
    assert question_id("Hur nöjd är du med stödet från IT/digitalisering?") == (
        "hur_nojd_ar_du_med_stodet_fran_it_digitalisering"
    )
    assert question_id("Åäö  ÅÄÖ é") == "aao_aao_e"


def test_long_questions_that_differ_at_the_end_keep_apart() -> None:
    stem = "Hur nöjd är du med stödet från följande funktioner i kommunens centrala förvaltning? "
    hr, it = question_id(stem + "[HR]"), question_id(stem + "[IT]")
    assert hr != it
    assert len(hr) <= 60 and len(it) <= 60
    assert hr == question_id(stem + "[HR]")
    assert hr.isascii() and hr.startswith("hur_nojd_ar_du_med_stodet")


# Exports from the survey tools, each in its own shape (tests/data/make_survey_exports.py).

SECTOR_Q = "Vilken sektor*"
GOOD_Q = "Vad fungerar bra*"
MISSING_Q = "Vad saknar du*"
SAKNAR = "Vad saknar du – vilket stöd skulle göra störst skillnad för dig och din verksamhet?"
FORMS_MAPPING = SurveyMapping(
    respondent_id="ID",
    sector=SECTOR_Q,
    role="Vilken chefsnivå*",
    likert=["Hur fungerar stödet från *"],
    free_text=[GOOD_Q, MISSING_Q],
    scale=FORMS_SCALE,
)
KOBO_MAPPING = SurveyMapping(
    form="chefsenkat",
    respondent_id="_uuid",
    sector="sektor",
    role="chefsniva",
    likert=["stod_*", "underlattar"],
    free_text=["fungerar_*", "saknar"],
    dont_know=["Vet ej", "vet_ej"],
)


def test_a_microsoft_forms_export_reads_answers_and_labels_but_not_who_answered() -> None:
    export = read_survey(DATA / "enkat_microsoft_forms.xlsx", FORMS_MAPPING)

    assert [(r.key, r.sector, r.role) for r in export.rows] == [
        ("1", "Vård och omsorg", "Enhetschef"),
        ("2", "Vård och omsorg", "Enhetschef"),
        ("3", "Barn och utbildning", "Rektor"),
    ]
    assert [[a.value for a in r.answers] for r in export.rows] == [
        [5.0, 2.0, 4.0],
        [4.0, 1.0, None],
        [3.0, 2.0, 4.0],
    ]
    assert export.rows[2].free_text == (
        (SAKNAR, "Mer stöd i budgetarbetet, gärna från controllern."),
    )
    # even a pattern that matches every column reads no name or address
    everything = read_survey(
        DATA / "enkat_microsoft_forms.xlsx", FORMS_MAPPING.model_copy(update={"free_text": ["*"]})
    )
    read = " ".join(answer for row in everything.rows for _, answer in row.free_text)
    assert "Kerstin" not in read and "@" not in read
    assert not {"Namn", "E-post"} & set(everything.free_text)


@pytest.mark.parametrize("column", ["E-post", "Namn"])
def test_a_mapping_that_would_store_who_answered_is_refused(column: str) -> None:
    mapping = FORMS_MAPPING.model_copy(update={"respondent_id": column})
    with pytest.raises(IngestError) as caught:
        read_survey(DATA / "enkat_microsoft_forms.xlsx", mapping)
    assert caught.value.column == column
    assert "läses aldrig" in str(caught.value) and "survey.respondent_id" in str(caught.value)


def test_a_respondent_id_that_holds_an_address_is_refused(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        ["anna.berg@exempelkommun.se;Vård och omsorg;Enhetschef;4;2;"],
        header=f"Svarande;Sektor;Roll;{HR};{IT};{MISSING}",
    )
    mapping = MAPPING.model_copy(update={"respondent_id": "Svarande"})
    with pytest.raises(IngestError) as caught:
        read_survey(path, mapping)
    assert caught.value.row == 2
    assert "anna.berg" not in str(caught.value)


def test_a_google_forms_export_keys_respondents_by_timestamp() -> None:
    mapping = SurveyMapping(
        respondent_id="Tidstämpel",
        sector=SECTOR_Q,
        role="Din roll",
        likert=["Hur nöjd är du med stödet från *"],
        free_text=[GOOD_Q, MISSING_Q],
    )
    export = read_survey(DATA / "enkat_google_forms.csv", mapping)

    assert [r.key for r in export.rows] == [
        "2026-11-20 09:14:03",
        "2026-11-20 09:31:47",
        "2026-11-21 13:02:55",
    ]
    assert [[a.value for a in r.answers] for r in export.rows] == [
        [4.0, 2.0],
        [5.0, None],
        [3.0, 1.0],
    ]
    assert export.rows[1].free_text == (
        (
            "Vad fungerar bra i det stöd du får i dag?",
            "Introduktionen för nya chefer, bland annat.",
        ),
    )


def test_a_limesurvey_export_with_subquestions_and_an_unfinished_response() -> None:
    mapping = SurveyMapping(
        respondent_id="id",
        sector=SECTOR_Q,
        role="Din roll",
        likert=["Hur nöjd är du med stödet från följande funktioner?*"],
        free_text=[MISSING_Q],
        scale=FORMS_SCALE,
    )
    export = read_survey(DATA / "enkat_limesurvey.csv", mapping)

    assert [q.question[-4:] for q in export.likert] == ["[HR]", "[IT]", "omi]"]
    assert len({q.question_id for q in export.likert}) == 3
    assert [r.key for r in export.rows] == ["12", "13", "15"]
    assert [[a.value for a in r.answers] for r in export.rows] == [
        [5.0, 2.0, 4.0],
        [4.0, None, 1.0],
        [4.0, None, None],  # never submitted: the gaps stay gaps
    ]
    assert export.rows[0].free_text == ((SAKNAR, "Fler skoladministratörer."),)


def test_a_kobo_export_maps_field_names_back_onto_the_forms_questions() -> None:
    labels = export_labels(KOBO_MAPPING, None)
    export = read_survey(DATA / "enkat_kobotoolbox.xlsx", KOBO_MAPPING, labels)

    assert [(q.question_id, q.question) for q in export.likert] == [
        ("stod_hr_far_stod", "HR: Jag får det stöd jag behöver"),
        ("stod_it_far_stod", "IT/digitalisering: Jag får det stöd jag behöver"),
        (
            "stod_it_vet_vart",
            "IT/digitalisering: Jag vet vart jag ska vända mig och får svar i rimlig tid",
        ),
        (
            "underlattar",
            "Sammantaget gör stödfunktionerna det lättare för mig att leda min verksamhet.",
        ),
    ]
    first = export.rows[0]
    assert first.key == "5c1f0e2a-0001-4b7e-9a51-0d3c8e6f7a21"
    assert first.sector == "Vård och omsorg"
    assert [a.value for a in first.answers] == [4.0, 2.0, None, 3.0]
    assert first.free_text[0] == (
        "Vad fungerar bra i det stöd du får i dag?",
        "Bemanningsenheten hjälper till snabbt.",
    )
    assert "_submitted_by" not in export.free_text


def test_a_mapping_naming_an_unknown_form_is_refused() -> None:
    with pytest.raises(FormError, match="chefsenkät"):
        export_labels(KOBO_MAPPING.model_copy(update={"form": "chefsenkät"}), None)
    with pytest.raises(IngestError, match=r"survey\.form"):
        read_survey(DATA / "enkat_kobotoolbox.xlsx", KOBO_MAPPING)


def _toml(value: object) -> str:
    # JSON strings and numbers are TOML too; lists and tables need TOML's own brackets
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)


def _engagement(tmp_path: Path, mapping: SurveyMapping) -> Path:
    """A new engagement whose survey settings are `mapping`."""
    root = tmp_path / "uppdrag"
    init_engagement(root, name="Testkommun")
    toml = (root / "engagement.toml").read_text(encoding="utf-8")
    settings = "[survey]\n" + "".join(
        f"{key} = {_toml(value)}\n" for key, value in mapping.model_dump().items() if value
    )
    toml = toml[: toml.index("[survey]")] + settings + "\n" + toml[toml.index("[models]") :]
    (root / "engagement.toml").write_text(toml, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("export", "mapping"),
    [("enkat_microsoft_forms.xlsx", FORMS_MAPPING), ("enkat_kobotoolbox.xlsx", KOBO_MAPPING)],
)
def test_no_name_or_address_in_an_export_reaches_the_store(
    tmp_path: Path, export: str, mapping: SurveyMapping
) -> None:
    root = _engagement(tmp_path, mapping)
    shutil.copy(DATA / export, root / "inbox" / export)
    config = load_config(root)

    report = ingest_engagement(config)

    assert not report.rejected, report.rejected
    with sqlite3.connect(root / "store.sqlite") as db:
        stored = " ".join(
            str(value)
            for (table,) in db.execute("select name from sqlite_master where type = 'table'")
            for row in db.execute(f'select * from "{table}"')
            for value in row
        )
    assert "Vård och omsorg" in stored  # the answers are there
    for secret in ("exempelkommun.se", "Kerstin", "Almqvist", "Forsberg", "utredning_ex"):
        assert secret not in stored


STAFF = "Antal medarbetare"


def test_the_number_of_staff_is_read_as_chefs_write_it(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [
            "1;Vård och omsorg;Enhetschef;4;3;",
            "2;Vård och omsorg;Enhetschef;4;3;",
            "3;Barn och utbildning;Rektor;4;3;",
            "4;Barn och utbildning;Rektor;4;3;",
            "5;Samhällsbyggnad;Enhetschef;4;3;",
            "6;Samhällsbyggnad;Enhetschef;4;3;",
        ],
        header=f"ID;Sektor;Roll;{HR};{IT};{STAFF}",
    )
    # the cells, as the demo's managers wrote them: a count, an estimate, a decimal
    # comma, "Vet ej", nothing, and a range that is no one number
    text = path.read_bytes().decode("cp1252").splitlines()
    cells = ["48", "ca 40", "25,5", "Vet ej", "", "40-50"]
    path.write_bytes(
        ("\r\n".join([text[0], *(f"{r}{c}" for r, c in zip(text[1:], cells, strict=True))])).encode(
            "cp1252"
        )
    )

    export = read_survey(path, MAPPING.model_copy(update={"staff": STAFF}))

    assert [r.staff for r in export.rows] == [48.0, 40.0, 25.5, None, None, None]
    assert export.unread_staff == (7,)  # the spreadsheet's row of "40-50"
    # without the setting the column is not read at all
    assert {r.staff for r in read_survey(path, MAPPING).rows} == {None}


def test_a_number_of_staff_that_is_no_number_is_a_warning_not_a_lost_export(
    tmp_path: Path,
) -> None:
    root = _engagement(tmp_path, MAPPING.model_copy(update={"staff": STAFF}))
    header = f"ID;Sektor;Roll;{HR};{IT};{MISSING};{STAFF}"
    rows = ["1;Vård och omsorg;Enhetschef;4;3;En väg in.;52", "2;Vård och omsorg;Rektor;4;3;;många"]
    (root / "inbox" / "export.csv").write_bytes(
        ("\r\n".join([header, *rows]) + "\r\n").encode("cp1252")
    )

    report = ingest_engagement(load_config(root))

    assert not report.rejected, report.rejected
    assert len(report.warnings) == 1
    file, warning = report.warnings[0]
    assert "export.csv" in file and STAFF in warning and "rad 3" in warning
    assert "många" not in warning  # a cell may name someone: it is never quoted
    with sqlite3.connect(root / "store.sqlite") as db:
        assert sorted(db.execute("select staff from respondents"), key=str) == [(52.0,), (None,)]


ANSWERED = "Starttid"


def test_when_a_chef_answered_is_read_and_a_cell_that_is_no_date_is_a_warning(
    tmp_path: Path,
) -> None:
    """The export's time of answering gives each respondent's source its date, as the
    interview log gives an interview's: the deck says when the survey was answered. Excel's
    time, Kobo's ISO time and a date in words are read; a cell that is no date leaves its
    row without one, in a warning naming the row and not the cell, and loses nothing."""
    root = _engagement(tmp_path, MAPPING.model_copy(update={"answered": ANSWERED}))
    header = f"ID;Sektor;Roll;{HR};{IT};{MISSING};{ANSWERED}"
    rows = [
        "1;Vård och omsorg;Enhetschef;4;3;En väg in.;2026-09-14 08:02",
        "2;Vård och omsorg;Rektor;4;3;;2026-10-02T16:40:12.000+02:00",
        "3;Barn och utbildning;Rektor;4;3;;20 september 2026",
        "4;Barn och utbildning;Rektor;4;3;;i går",
    ]
    (root / "inbox" / "export.csv").write_bytes(
        ("\r\n".join([header, *rows]) + "\r\n").encode("cp1252")
    )

    report = ingest_engagement(load_config(root))

    assert not report.rejected, report.rejected
    ((file, warning),) = report.warnings
    assert "export.csv" in file and ANSWERED in warning and "rad 5" in warning
    assert "i går" not in warning
    with sqlite3.connect(root / "store.sqlite") as db:
        dates = [d for (d,) in db.execute("select date from sources where type = 'enkät'")]
    assert sorted(dates, key=str) == ["2026-09-14", "2026-09-20", "2026-10-02", None]


def test_free_text_given_word_for_word_in_several_rows_is_a_warning(tmp_path: Path) -> None:
    root = _engagement(tmp_path, MAPPING)
    header = f"ID;Sektor;Roll;{HR};{IT};{MISSING}"
    copied = "Upphandlingar av entreprenader drar ut på tiden, vi har tappat en byggsäsong."
    rows = [
        f"1;Samhällsbyggnad;Enhetschef;4;3;{copied}",
        "2;Samhällsbyggnad;Enhetschef;4;3;Snabba svar.",
        f"3;Samhällsbyggnad;Enhetschef;2;3;{copied}",
        "4;Samhällsbyggnad;Enhetschef;4;3;Snabba svar.",
    ]
    (root / "inbox" / "export.csv").write_bytes(
        ("\r\n".join([header, *rows]) + "\r\n").encode("cp1252")
    )

    report = ingest_engagement(load_config(root))

    assert not report.rejected, report.rejected
    ((file, warning),) = report.warnings
    # the row of the copy, in the spreadsheet's numbering; the short answer is no copy
    assert "export.csv" in file
    assert warning.startswith("En mening i fritextsvaren står ordagrant i flera svar")
    assert "rad 4)" in warning and "räknas per svarande" in warning
    assert "entreprenader" not in warning  # the answer itself is never quoted
