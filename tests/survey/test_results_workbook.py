"""enkatsvar.xlsx, reopened with openpyxl: one row per respondent, nobody named."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from synth.cli import app
from synth.store.surveys import StoredAnswer
from synth.survey.results_workbook import write_answers
from tests.survey.test_results import FORM, PEOPLE, answers


def _with_free_text() -> list[StoredAnswer]:
    rows = answers()
    rows.append(
        StoredAnswer("s0", None, "saknar", "", "", "answered", '=HYPERLINK("http://x")', None, "")
    )
    rows.append(
        StoredAnswer("s1", None, "saknar", "", "", "answered", "Ring Anna Berg på HR.", None, "")
    )
    return rows


def test_every_answer_one_row_per_respondent_and_no_personal_data(tmp_path: Path) -> None:
    target = tmp_path / "enkatsvar.xlsx"
    report = write_answers(
        FORM, _with_free_text(), PEOPLE, lambda t: t.replace("Anna Berg", "[Person 1]"), target
    )
    assert report.respondents == 10
    book = load_workbook(target)
    sheet = book["Svar"]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header[:2] == ["Svarande", "Sektor"]
    assert len(rows) == 10
    assert all(re.fullmatch(r"R\d{3}", str(r[0])) for r in rows)
    col = {h: i for i, h in enumerate(header)}
    hr_far = col["HR: Jag får det stöd jag behöver"]
    values = sorted((r[hr_far] for r in rows), key=str)
    # likert answers are numbers, "Vet ej" stays text
    assert sorted(v for v in values if isinstance(v, int)) == [1, 2, 2, 3, 4, 4, 4, 5, 5]
    assert "Vet ej" in values
    level = col["Vilken chefsnivå har du?"]
    assert {r[level] for r in rows} == {
        "Enhetschef/rektor (första linjens chef)",
        "Kontorschef/verksamhetschef",
    }
    marked = col["Inom vilka områden skulle bättre stöd göra störst skillnad för dig? – HR"]
    assert sum(r[marked] or 0 for r in rows) == 6
    # no recipient id, unit or role anywhere; free text pseudonymised and never a formula
    every = [
        str(c.value)
        for s in book.worksheets
        for row in s.iter_rows()
        for c in row
        if c.value is not None
    ]
    assert not any(
        re.fullmatch(r"[sk]\d", v) or v.startswith("Enhet ") or v == "Rektor" for v in every
    )
    assert not any("Anna Berg" in v for v in every)
    assert "Ring [Person 1] på HR." in every
    cells = [c for s in book.worksheets for row in s.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert '=HYPERLINK("http://x")' in every
    guide = [list(r) for r in book["Frågor"].iter_rows(values_only=True)]
    assert any(r[3] == "stod.hr.behover_mer" and "högt = stort behov" in r[2] for r in guide[1:])


def test_the_export_command_writes_the_file(tmp_path: Path) -> None:
    from tests.conftest import make_engagement

    config = make_engagement(tmp_path / "uppdrag")
    target = tmp_path / "svar.xlsx"
    result = CliRunner().invoke(app, ["survey", "export", str(config.root), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert "0 svarande" in result.output
    assert load_workbook(target)["Svar"].max_row == 1
