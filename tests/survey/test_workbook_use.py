"""The workbook as a respondent uses it: the scale's words in the list, columns and rows
that fit, a printout that keeps each question with its answers, and an inventory that
holds a function at more than one placement."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from synth.config import EngagementConfig
from synth.forms import form_dirs, load_named_form
from synth.survey.collect import collect_engagement
from synth.survey.inventory_workbook import inventory_engagement
from synth.survey.layout import ANSWER_SHEET, build_layout
from synth.survey.render import render_engagement
from synth.survey.shadow import inventory_findings
from tests.survey.conftest import fill, ref
from tests.survey.test_collect import answers_by_key, outcome, workbook_of


def _likert_answers(config: EngagementConfig) -> tuple[dict[str, object], Path]:
    result = render_engagement(config, "chefsenkat")
    form = result.form
    answers: dict[str, object] = {
        # picked from the list, as Excel writes the choice
        ref(form, "stod", "hr", "far_stod"): "4 – Instämmer till stor del",
        ref(form, "stod", "hr", "vet_vart"): "Vet ej",
        # typed: the bare number, as a number and as text, and the words alone
        ref(form, "stod", "it", "far_stod"): 2,
        ref(form, "stod", "it", "vet_vart"): "5",
        ref(form, "stod", "ekonomi", "far_stod"): "Instämmer delvis",
        # a hyphen for the dash, as someone typing it would
        ref(form, "stod", "ekonomi", "vet_vart"): "1 - Instämmer inte alls",
        # words that say another point than the number: which was meant cannot be told
        ref(form, "stod", "juridik", "far_stod"): "2 – Instämmer helt",
        ref(form, "stod", "it", "placering"): "På kontoret/i verksamheten",
        ref(form, "underlattar"): "5 – Instämmer helt",
        ref(form, "chefsniva"): "Enhetschef/rektor (första linjens chef)",
        ref(form, "antal_medarbetare"): 14,
    }
    return answers, workbook_of(result, "anna")


def _assert_stored_as_numbers(config: EngagementConfig, file: str) -> None:
    report = collect_engagement(config)
    anna = outcome(report, file)
    assert anna.action == "added"
    stored = answers_by_key(config, "chefsenkat")
    a = anna.recipient_id
    assert stored[(a, "stod", "hr", "far_stod")] == ("answered", "4", 4.0)
    assert stored[(a, "stod", "hr", "vet_vart")] == ("answered", "Vet ej", None)
    assert stored[(a, "stod", "it", "far_stod")] == ("answered", "2", 2.0)
    assert stored[(a, "stod", "it", "vet_vart")] == ("answered", "5", 5.0)
    assert stored[(a, "stod", "ekonomi", "far_stod")] == ("answered", "3", 3.0)
    assert stored[(a, "stod", "ekonomi", "vet_vart")] == ("answered", "1", 1.0)
    assert stored[(a, "stod", "juridik", "far_stod")] == ("invalid", None, None)
    assert stored[(a, "stod", "it", "placering")] == ("answered", "kontor", None)
    assert stored[(a, "underlattar", "", "")] == ("answered", "5", 5.0)
    problems = [(p.kind, p.message) for p in anna.problems]
    assert problems == [("invalid", "svaret ska vara ett heltal 1–5 eller Vet ej")]


def test_a_scale_point_is_stored_as_its_number_chosen_from_the_list_or_typed(
    survey_engagement: EngagementConfig,
) -> None:
    answers, workbook = _likert_answers(survey_engagement)
    fill(workbook, survey_engagement.inbox / "Svar Anna.xlsx", answers)
    _assert_stored_as_numbers(survey_engagement, "Svar Anna")


def _calc() -> bool:
    """Whether LibreOffice can open a workbook: its soffice, and Calc beside it (a machine
    may have only Impress, which scripts/render_deck.py needs, and then no xlsx loads)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    program = Path(soffice).resolve().parent
    return shutil.which("localc") is not None or any(program.glob("*sclo.*"))


@pytest.mark.skipif(not _calc(), reason="LibreOffice Calc saknas")
def test_a_workbook_filled_and_saved_in_libreoffice_reads_the_same(
    survey_engagement: EngagementConfig, tmp_path: Path
) -> None:
    answers, workbook = _likert_answers(survey_engagement)
    filled = fill(workbook, tmp_path / "ifyllt" / "svar-anna.xlsx", answers)
    saved = tmp_path / "sparat"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profil'}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(saved),
            str(filled),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    shutil.copy(saved / "svar-anna.xlsx", survey_engagement.inbox / "svar-anna.xlsx")
    _assert_stored_as_numbers(survey_engagement, "svar-anna")


def test_columns_fit_their_choices_and_long_questions_get_room(
    survey_engagement: EngagementConfig,
) -> None:
    result = render_engagement(survey_engagement, "chefsenkat")
    form = result.form
    sheet = load_workbook(result.workbooks[0].path)[ANSWER_SHEET]

    def width(cell: str) -> float:
        return sheet.column_dimensions[cell.rstrip("0123456789")].width

    assert width(ref(form, "stod", "hr", "placering")) >= len("På kontoret/i verksamheten")
    assert width(ref(form, "stod", "hr", "far_stod")) >= len("4 – Instämmer till stor del")
    # a question of two lines gets two lines' height, not the default one
    row = int(ref(form, "roller_tydliga")[1:])
    assert sheet[f"B{row}"].value.startswith("Det är tydligt vad stödfunktionerna gör")
    assert sheet.row_dimensions[row].height >= 30
    # the hint beside a single answer runs across the sheet rather than wrapping narrowly
    hint = ref(form, "chefsniva").replace("C", "D")
    assert any(str(r).startswith(hint + ":") for r in sheet.merged_cells.ranges)


@pytest.mark.parametrize("name", ["chefsenkat", "stodresurser"])
def test_the_answer_sheet_prints_landscape_fitted_to_width_questions_kept_whole(
    survey_engagement: EngagementConfig, name: str
) -> None:
    result = render_engagement(survey_engagement, name)
    layout = build_layout(result.form)
    sheet = load_workbook(result.workbooks[0].path)[ANSWER_SHEET]
    setup = sheet.page_setup
    assert (setup.orientation, int(setup.paperSize)) == ("landscape", int(sheet.PAPERSIZE_A4))
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    corner = f"${get_column_letter(layout.last_column)}${layout.last_row}"
    assert sheet.print_area == f"'{ANSWER_SHEET}'!$A$1:{corner}"
    assert sheet.print_title_rows == "$1:$2"
    starts = [brk.id + 1 for brk in sheet.row_breaks.brk]
    assert starts, "a form of several pages is broken between questions"
    # a page starts at a question (or its section), never inside one
    for start in starts:
        assert any(first == start for first, _ in layout.blocks), start


def test_a_function_at_two_placements_sums_as_one_function(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "stodresurser")
    form = result.form

    def cell(row: str, column: str) -> str:
        return ref(form, "funktioner", row, column)

    fill(
        workbook_of(result, "anna"),
        config.inbox / "anna.xlsx",
        {
            ref(form, "ansvarsomrade"): "Förskolorna i norr",
            ref(form, "antal_anstallda"): 400,
            # a sector controller, and administrators at the units doing the same
            cell("ekonomi", "antal_personer"): 1,
            cell("ekonomi", "aa_budgeterat"): "1,0",
            cell("ekonomi", "aa_praktiken"): "1,0",
            cell("ekonomi", "placering"): "Sektor",
            cell("ekonomi_2", "antal_personer"): 4,
            cell("ekonomi_2", "aa_budgeterat"): 0,
            cell("ekonomi_2", "aa_praktiken"): "1,2",
            cell("ekonomi_2", "placering"): "Enhet",
            # a third placement of HR on an own row, the function picked from its list
            cell("hr", "aa_budgeterat"): "0,5",
            cell("hr", "placering"): "Central förvaltning",
            cell("egen_1", "rad"): "HR/personal och lön",
            cell("egen_1", "aa_budgeterat"): 0,
            cell("egen_1", "aa_praktiken"): "0,5",
            cell("egen_1", "placering"): "Enhet",
            cell("chefsnara_admin", "aa_budgeterat"): 0,
            cell("chefsnara_admin", "aa_praktiken"): "1,5",
            cell("chefsnara_admin", "placering"): "Enhet",
            # the competence and role questions
            ref(form, "roller"): "Controller: budget. Assistenter (Karin): fakturor.",
            ref(form, "kompetens"): "Delvis",
            ref(form, "kvalitet"): "Godtagbar",
            ref(form, "kompetens_saknas"): "Lönekunskap",
            ref(form, "overenskommelse"): "Nej",
        },
    )
    report = collect_engagement(config)
    assert outcome(report, "anna").problems == ()
    target = config.root / "ut" / "inventering.xlsx"
    summary, findings = inventory_engagement(config, target)

    profiles = {p.function: (p.respondents, p.fte_actual) for p in summary.profiles}
    assert profiles == {
        "Ekonomi/controller": (1, 2.2),
        "HR/personal och lön": (1, 1.0),
        "Chefsnära administration/assistenter": (1, 1.5),
    }
    levels = {(a.function, a.group): (a.fte_budget, a.fte_actual) for a in summary.by_level}
    assert levels[("Ekonomi/controller", "sektor")] == (1.0, 1.0)
    assert levels[("Ekonomi/controller", "enhet")] == (0.0, 1.2)
    assert levels[("HR/personal och lön", "enhet")] == (0.0, 0.5)
    balances = {b.function: b for b in findings.balances}
    assert balances["Ekonomi/controller"].unbudgeted == 1.2
    assert balances == {b.function: b for b in inventory_findings(summary).balances}

    book = load_workbook(target)
    functions = [r[0] for r in book["Budget och praktik"].iter_rows(min_row=2, values_only=True)]
    assert functions == [
        "Ekonomi/controller",
        "HR/personal och lön",
        "Chefsnära administration/assistenter",
        "Totalt",
    ]
    units = list(book["Enheter"].iter_rows(values_only=True))
    answered = dict(zip(units[0], units[1], strict=True))
    assert answered["Överenskommelse om stödet"] == "Nej"
    assert answered["Har de som ger stöd hos er den kompetens som uppgifterna kräver?"] == "Delvis"
    assert answered["Hur bedömer du kvaliteten i det stöd som finns hos er?"] == "Godtagbar"
    assert answered["Vilken kompetens saknas eller är svår att få tag på?"] == "Lönekunskap"
    roles = answered["Vilka roller och arbetsuppgifter har de som ger stöd hos er?"]
    assert roles.startswith("Controller: budget.") and "Karin" not in roles
    # every question outside the table reaches the sheet
    outside = {q.text for q in load_named_form("stodresurser", form_dirs(None)).questions()}
    expected = (
        outside
        - {"Stödresurser per funktion"}
        - {
            "Vilken enhet eller vilket ansvarsområde gäller uppgifterna?",
            "Ungefär hur många anställda finns i enheten/ansvarsområdet totalt?",
            "Finns det en överenskommelse om vad stödet ska leverera till verksamheten?",
            "Övriga kommentarer om stödresurserna hos er",
        }
    )
    assert expected <= set(units[0])
