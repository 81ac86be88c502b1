from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from synth.config import EngagementConfig
from synth.forms import form_dirs, load_named_form
from synth.privacy import Pseudonymiser
from synth.store.surveys import RecipientInput, StoredAnswer
from synth.survey.collect import collect_engagement
from synth.survey.inventory import InventoryLine, inventory_lines, summarise
from synth.survey.inventory_workbook import inventory_engagement
from synth.survey.render import render_engagement
from tests.survey.conftest import fill, ref


def line(unit: str, function: str, actual: float | None, level: str, **kw: object) -> InventoryLine:
    values: dict[str, object] = {
        "recipient_id": unit,
        "sector": "Vård och omsorg",
        "unit": unit,
        "function": function,
        "people": 1.0,
        "fte_budget": actual,
        "fte_actual": actual,
        "level": level,
    }
    values.update(kw)
    return InventoryLine(**values)  # type: ignore[arg-type]


def test_fragmentation_is_the_share_held_in_small_parts() -> None:
    lines = [
        line("A", "Ekonomi", 3.0, "central"),
        line("B", "Ekonomi", 0.5, "enhet"),
        line("C", "Ekonomi", 0.5, "enhet", sector="Samhällsbyggnad"),
        # budget only: the budget stands in for practice
        line("D", "HR", None, "sektor", fte_budget=2.0, people=3.0),
        line("E", "HR", 1.6, "sektor", fte_budget=1.0),
    ]
    summary = summarise(lines, ["HR", "Ekonomi"])
    economy, hr = summary.profiles[1], summary.profiles[0]
    assert (hr.function, economy.function) == ("HR", "Ekonomi")
    assert (economy.respondents, economy.fte_actual, economy.fte_in_small_parts) == (3, 4.0, 1.0)
    assert economy.fragmentation == pytest.approx(0.25)
    assert economy.share_close == pytest.approx(0.25)
    assert (hr.fte_actual, hr.fragmentation, hr.share_close) == (3.6, 0.0, 1.0)
    levels = {(a.function, a.group): a for a in summary.by_level}
    assert [a.group for a in summary.by_level if a.function == "Ekonomi"] == ["central", "enhet"]
    assert levels[("HR", "sektor")].people == 4.0
    assert levels[("HR", "sektor")].fte_budget == 3.0
    assert levels[("HR", "sektor")].difference == 0.6
    sectors = {(a.function, a.group): a.fte_actual for a in summary.by_sector}
    assert sectors[("Ekonomi", "Samhällsbyggnad")] == 0.5
    assert sectors[("Ekonomi", "Vård och omsorg")] == 3.5


def test_work_spread_thinly_over_many_people_is_fragmented_whoever_reports_it() -> None:
    # a sector head reports the unit administrators of the whole sector in one row
    lines = [
        line("sektor", "Ekonomi", 1.2, "enhet", people=6.0),
        line("ekonomikontor", "Ekonomi", 2.8, "sektor", people=3.0),
        line("hr-stab", "HR", 1.5, "sektor", people=2.0),
    ]
    summary = summarise(lines, ["Ekonomi", "HR"])
    economy, hr = summary.profiles

    # 1,2 åa over six people is 0,2 åa each: small parts, though the row holds over 1 åa
    assert (economy.fte_actual, economy.fte_in_small_parts) == (4.0, 1.2)
    assert economy.fragmentation == pytest.approx(0.3)
    assert hr.fragmentation == 0.0  # 0,75 åa each: posts of their own


def test_only_rows_with_an_answer_become_lines() -> None:
    form = load_named_form("stodresurser", form_dirs(None))

    def answer(row: str, field: str, text: str | None, number: float | None = None) -> StoredAnswer:
        status = "answered" if text is not None else "missing"
        return StoredAnswer("M1", None, "funktioner", row, field, status, text, number, text or "")

    answers = [
        answer("hr", "aa_budgeterat", "1,5", 1.5),
        answer("hr", "placering", "kontor"),
        answer("juridik", "aa_budgeterat", None),
        answer("egen_1", "rad", "Bemanning"),
        answer("egen_1", "aa_praktiken", "2", 2.0),
    ]
    people = {"M1": RecipientInput("M1", "Barn och utbildning", "Skola X", "Rektor", "x.xlsx")}
    lines = inventory_lines(form, answers, people)
    # in the form's order: the listed functions, then the respondent's own rows
    assert [(x.function, x.fte_budget, x.fte_actual, x.level, x.unit) for x in lines] == [
        ("HR/personal och lön", 1.5, None, "kontor", "Skola X"),
        ("Bemanning", None, 2.0, "okänd", "Skola X"),
    ]


def test_inventory_workbook_from_returned_forms(survey_engagement: EngagementConfig) -> None:
    config = survey_engagement
    result = render_engagement(config, "stodresurser")
    form = result.form

    def cell(row: str, column: str) -> str:
        return ref(form, "funktioner", row, column)

    for name, budget, level, comment, agreement in [
        ("anna", "3,0", "Central förvaltning", "Anna Berg är ensam om budgeten", "Nej"),
        ("asa", "0,4", "Enhet", "", "Delvis"),
    ]:
        workbook = next(w.path for w in result.workbooks if name in w.path.name)
        fill(
            workbook,
            config.inbox / f"{name}.xlsx",
            {
                cell("ekonomi", "antal_personer"): 2,
                cell("ekonomi", "aa_budgeterat"): budget,
                cell("ekonomi", "placering"): level,
                cell("ekonomi", "kommentar"): comment,
                ref(form, "overenskommelse"): agreement,
            },
        )
    collect_engagement(config)
    target = config.root / "ut" / "inventering.xlsx"
    summary, _findings = inventory_engagement(config, target)
    assert [(p.function, p.respondents, p.fte_actual) for p in summary.profiles] == [
        ("Ekonomi/controller", 2, 3.4)
    ]
    book = load_workbook(target)
    assert book.sheetnames == [
        "Iakttagelser",
        "Budget och praktik",
        "Per sektor",
        "Per funktion och nivå",
        "Per funktion och sektor",
        "Fragmentering",
        "Enheter",
        "Rader",
        "Kontroll",
    ]
    # the questions about the support are findings of their own: that nobody has an
    # agreement on what the support delivers was in the units' rows only (review 53)
    told = list(book["Iakttagelser"].iter_rows(values_only=True))
    assert told[-1] == (
        "Ingen av de två svarande anger att det finns en överenskommelse om vad stödet ska "
        "leverera; en svarar delvis och en nej",
        "Finns det en överenskommelse om vad stödet ska leverera till verksamheten? "
        "Ja 0, Delvis 1, Nej 1, Vet ej 0 av 2 svarande.",
    )
    levels = list(book["Per funktion och nivå"].iter_rows(values_only=True))
    assert levels[1:] == [
        ("Ekonomi/controller", "Central", 1, 2, 3, 3, 0),
        ("Ekonomi/controller", "Enhet", 1, 2, 0.4, 0.4, 0),
    ]
    assert book["Per funktion och nivå"].auto_filter.ref == "A1:G3"
    assert "0,5 åa var" in book["Fragmentering"]["D1"].comment.text
    fragment = list(book["Fragmentering"].iter_rows(values_only=True))[1]
    assert fragment[:4] == ("Ekonomi/controller", 2, 3.4, 0.4)
    assert book["Fragmentering"]["E2"].number_format == "0%"
    rows = list(book["Rader"].iter_rows(values_only=True))
    comments = [r[7] for r in rows[1:]]
    assert "[namn] är ensam om budgeten" in comments
    assert not any("Anna" in str(c) for c in comments)


def test_a_form_without_a_table_cannot_be_summarised(
    survey_engagement: EngagementConfig, tmp_path: Path
) -> None:
    from synth.errors import FormError

    with pytest.raises(FormError, match="'chefsenkat' har ingen tabell med årsarbetare"):
        inventory_engagement(survey_engagement, tmp_path / "x.xlsx", "chefsenkat")


def test_own_row_labels_are_pseudonymised_like_comments() -> None:
    form = load_named_form("stodresurser", form_dirs(None))
    label = "Karin Johanssons lönestöd 070-123 45 67"
    answers = [
        StoredAnswer("M1", None, "funktioner", "egen_1", "rad", "answered", label, None, label),
        StoredAnswer("M1", None, "funktioner", "egen_1", "aa_praktiken", "answered", "1", 1.0, "1"),
    ]
    pseudo = Pseudonymiser.from_names([])
    (own,) = inventory_lines(form, answers, {}, clean=pseudo.apply)
    assert own.function == "[namn] lönestöd [telefon]"


def test_own_row_labels_reach_no_sheet_with_personal_data(
    survey_engagement: EngagementConfig,
) -> None:
    config = survey_engagement
    result = render_engagement(config, "stodresurser")
    form = result.form
    workbook = next(w.path for w in result.workbooks if "anna" in w.path.name)
    fill(
        workbook,
        config.inbox / "anna.xlsx",
        {
            ref(form, "funktioner", "egen_1", "rad"): "Karin Johanssons lönestöd 070-123 45 67",
            ref(form, "funktioner", "egen_1", "aa_praktiken"): "0,5",
            ref(form, "funktioner", "egen_1", "placering"): "Enhet",
            ref(form, "funktioner", "egen_1", "kommentar"): "Ring maria svensson på 070–765 43 21",
        },
    )
    collect_engagement(config)
    target = config.root / "ut" / "inventering.xlsx"
    summary, _findings = inventory_engagement(config, target)
    # what the terminal shows is the profiles' functions
    assert [p.function for p in summary.profiles] == ["[namn] lönestöd [telefon]"]
    book = load_workbook(target)
    by_function = {"Budget och praktik", "Per funktion och nivå", "Per funktion och sektor"}
    by_function |= {"Fragmentering", "Rader"}
    for sheet in book.worksheets:
        values = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
        if sheet.title in by_function:
            assert "[namn] lönestöd [telefon]" in values, sheet.title
        # whole pieces of the numbers: a recipient's id is hex and may hold "765"
        for secret in ("Karin", "Johansson", "070-123", "45 67", "maria", "svensson", "765 43"):
            assert not any(secret in v for v in values), (sheet.title, secret)
    comments = [r[7] for r in book["Rader"].iter_rows(min_row=2, values_only=True)]
    assert comments == ["Ring [namn] på [telefon]"]
