from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell

from synth.config import EngagementConfig
from synth.errors import ConfigError, IngestError
from synth.forms import TableQuestion
from synth.store import Store
from synth.store.surveys import response_rates
from synth.survey.collect import collect_engagement
from synth.survey.layout import ANSWER_SHEET, INSTRUCTION_SHEET, build_layout
from synth.survey.render import render_engagement
from synth.survey.token import KEY_FILE, Token, TokenKey
from synth.tables import TOKEN_SHEET, is_survey_workbook
from tests.survey.conftest import ref


def test_one_workbook_per_recipient_tied_to_them_by_a_token(
    survey_engagement: EngagementConfig,
) -> None:
    result = render_engagement(survey_engagement, "chefsenkat", deadline=dt.date(2026, 12, 4))
    names = sorted(w.path.name for w in result.workbooks)
    assert names == [
        "chefsenkat-anna-berg.xlsx",
        "chefsenkat-asa-oberg.xlsx",
        "chefsenkat-per-ek.xlsx",
    ]
    key = TokenKey.for_engagement(survey_engagement.root, create=False)
    anna = next(w for w in result.workbooks if "anna" in w.path.name)
    book = load_workbook(anna.path)
    assert book.sheetnames[:2] == [INSTRUCTION_SHEET, ANSWER_SHEET]
    assert book[TOKEN_SHEET].sheet_state == "veryHidden"
    token = Token.parse(book[TOKEN_SHEET]["B1"].value)
    assert token is not None and key.verify(token)
    assert (token.form_id, token.version) == ("chefsenkat", 1)
    assert token.recipient_id == key.recipient_id("anna.berg@testkommun.se")
    instructions = book[INSTRUCTION_SHEET]
    texts = [c.value for row in instructions.iter_rows() for c in row if c.value]
    assert "Anna Berg, Enhetschef" in texts and "Vård och omsorg – Hemtjänst Norr" in texts
    assert "2026-12-04" in texts
    assert (
        "Skala: 1 = Instämmer inte alls, 2 = Instämmer i liten grad, 3 = Instämmer delvis, "
        "4 = Instämmer till stor del, 5 = Instämmer helt, Vet ej = kan inte bedöma." in texts
    )
    assert is_survey_workbook(anna.path)


def test_only_answer_cells_are_open_and_each_has_its_validation(
    survey_engagement: EngagementConfig,
) -> None:
    result = render_engagement(survey_engagement, "chefsenkat")
    form = result.form
    book = load_workbook(result.workbooks[0].path)
    sheet = book[ANSWER_SHEET]
    assert sheet.protection.sheet and book[INSTRUCTION_SHEET].protection.sheet
    assert book.security is not None and book.security.lockStructure
    layout = build_layout(form)
    # the cells a free-text answer is merged over belong to it and are not separate answers
    open_cells = {
        c.coordinate
        for row in sheet.iter_rows()
        for c in row
        if not c.protection.locked and not isinstance(c, MergedCell)
    }
    assert open_cells == {a.ref for a in layout.answers}
    assert sheet["B14"].protection.locked and sheet["B14"].value == "Ekonomi"

    def rule(cell: str) -> tuple[str, str | None, str | None, str | None]:
        found = [v for v in sheet.data_validations.dataValidation if cell in v.sqref]
        assert len(found) == 1, cell
        v = found[0]
        return v.type, v.formula1, v.formula2, v.errorStyle

    lists = book["Listor"]
    assert lists.sheet_state == "hidden"
    # the scale's words in the list; a typed bare number gets a warning, not a refusal
    kind, formula, _, style = rule(ref(form, "stod", "hr", "far_stod"))
    assert (kind, style) == ("list", "warning")
    column = formula.split("$")[1]
    assert [lists[f"{column}{n}"].value for n in range(1, 7)] == [
        "1 – Instämmer inte alls",
        "2 – Instämmer i liten grad",
        "3 – Instämmer delvis",
        "4 – Instämmer till stor del",
        "5 – Instämmer helt",
        "Vet ej",
    ]
    kind, formula, _, _ = rule(ref(form, "chefsniva"))
    column = formula.split("$")[1]
    assert lists[f"{column}3"].value == "Enhetschef/rektor (första linjens chef)"
    # a warning, not a stop, so that "12,5" typed in an English Excel still gets through
    assert rule(ref(form, "antal_medarbetare")) == ("whole", "0", "500", "warning")
    assert rule(ref(form, "storst_skillnad", field="hr"))[:2] == ("list", '"X"')
    assert not [v for v in sheet.data_validations.dataValidation if ref(form, "saknar") in v.sqref]


def test_the_inventory_has_a_row_per_function_with_decimal_fte(
    survey_engagement: EngagementConfig,
) -> None:
    result = render_engagement(survey_engagement, "stodresurser")
    form = result.form
    table = next(q for q in form.questions() if isinstance(q, TableQuestion))
    sheet = load_workbook(result.workbooks[0].path)[ANSWER_SHEET]
    budget = ref(form, "funktioner", "ekonomi", "aa_budgeterat")
    row = int(budget[1:])
    # the label with its definition under it, and a second row for another placement
    assert sheet[f"B{row}"].value == (
        "Ekonomi/controller\nBudget, redovisning, fakturor, uppföljning och controllerstöd "
        "till chefer."
    )
    assert ref(form, "funktioner", "ekonomi_2", "aa_budgeterat") == f"D{row + 1}"
    assert sheet[f"B{row + 1}"].value == "Ekonomi/controller – annan placering"
    # a filled, locked example row between the header and the first function
    example = [sheet.cell(row - 1, c).value for c in range(2, 8)]
    assert example[:5] == ["Exempel: HR/personal och lön", "2", "0", "1,0", "Enhet"]
    assert sheet.cell(row - 1, 4).protection.locked
    header = [sheet.cell(row - 2, c).value for c in range(2, 8)]
    assert header[0] == "Funktion" and header[2].startswith("Årsarbetare budgeterat *")
    decimal = next(v for v in sheet.data_validations.dataValidation if budget in v.sqref)
    assert (decimal.type, decimal.formula1, decimal.formula2) == ("decimal", "0", "300")
    own_row = ref(form, "funktioner", "egen_1", "rad")
    assert not sheet[own_row].protection.locked
    assert len([a for a in build_layout(form).answers if a.field_id == "placering"]) == len(
        table.row_ids()
    )


def test_the_xlsform_has_survey_choices_and_settings(survey_engagement: EngagementConfig) -> None:
    result = render_engagement(survey_engagement, "chefsenkat")
    book = load_workbook(result.xlsform)
    assert book.sheetnames == ["survey", "choices", "settings"]
    survey = [
        dict(zip(next(book["survey"].iter_rows(values_only=True)), row, strict=True))
        for row in book["survey"].iter_rows(min_row=2, values_only=True)
    ]
    by_name = {row["name"]: row for row in survey}
    assert by_name["stod_hr_far_stod"]["type"] == "select_one likert"
    assert by_name["antal_medarbetare"]["type"] == "integer"
    assert by_name["antal_medarbetare"]["constraint"] == ". >= 0 and . <= 500"
    assert by_name["storst_skillnad"]["type"] == "select_multiple storst_skillnad"
    assert by_name["saknar"]["type"] == "text"
    opened = sum(1 for r in survey if r["type"] == "begin group")
    assert opened == sum(1 for r in survey if r["type"] == "end group")
    choices = list(book["choices"].iter_rows(min_row=2, values_only=True))
    assert ("likert", "vet_ej", "Vet ej") in choices
    assert list(book["settings"].iter_rows(values_only=True))[1][:3] == (
        "Chefsenkät om stödet till chefer",
        "chefsenkat",
        "1",
    )


def test_recipients_are_recorded_by_sector_without_names(
    survey_engagement: EngagementConfig,
) -> None:
    render_engagement(survey_engagement, "chefsenkat")
    with Store.open(survey_engagement.store_url) as store:
        rates = {(r.form_id, r.sector): (r.recipients, r.answered) for r in response_rates(store)}
    assert rates == {
        ("chefsenkat", "Barn och utbildning"): (1, 0),
        ("chefsenkat", "Vård och omsorg"): (1, 0),
        ("chefsenkat", "okänd"): (1, 0),
    }
    raw = (survey_engagement.root / "store.sqlite").read_bytes()
    assert b"Anna Berg" not in raw and b"anna.berg" not in raw


def test_a_missing_recipient_list_is_an_error_naming_it(
    survey_engagement: EngagementConfig,
) -> None:
    (survey_engagement.root / "mottagare.xlsx").unlink()
    with pytest.raises(IngestError, match=r"mottagare\.xlsx: mottagarlistan saknas"):
        render_engagement(survey_engagement, "chefsenkat")


def test_an_empty_key_left_by_a_full_disk_blocks_only_once_workbooks_depend_on_it(
    survey_engagement: EngagementConfig,
) -> None:
    """Issue 13, point 11: a 0-byte .synth/survey.key blocked every later render."""
    config = survey_engagement
    key_file = config.root / KEY_FILE
    key_file.parent.mkdir(parents=True, exist_ok=True)
    key_file.write_bytes(b"")  # what a full disk left behind before anything was rendered

    result = render_engagement(config, "chefsenkat")

    assert len(result.workbooks) == 3
    key = TokenKey.for_engagement(config.root, create=False)
    token = Token.parse(load_workbook(result.workbooks[0].path)[TOKEN_SHEET]["B1"].value)
    assert token is not None and key.verify(token)

    key_file.write_bytes(b"")  # now the workbooks out there depend on the lost key
    with pytest.raises(ConfigError, match="enkätnyckeln är tom") as caught:
        render_engagement(config, "chefsenkat")
    assert "återställ filen från en säkerhetskopia" in str(caught.value)
    assert "--resend" in str(caught.value)
    with pytest.raises(ConfigError, match="enkätnyckeln är tom"):
        collect_engagement(config)
    assert key_file.read_bytes() == b""
